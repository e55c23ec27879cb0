/*
 * The Reference_Nomination_Wizard flow's Apex actions for the preview's lightning-flow stand-in:
 * what NominationWizardLoadAction prefills and what NominationWizardSubmitAction saves, reduced
 * to the rules the screens show (reference types required, the landing-page checkbox, the response
 * moving to Nominated only where c/referenceProgram allows it).
 */
import {
  NOMINATION_STATUS,
  REVIEW_STATUS,
  canMoveReview,
  isLandingPageProgram,
  programLabel,
  reviewStatusLabel
} from 'c/referenceProgram';
import STATUS_MOVE from '@salesforce/label/c.Error_Review_Status_Move';
import TYPE_REQUIRED from '@salesforce/label/c.Error_Wizard_Reference_Type_Required';
import UNTICKED from '@salesforce/label/c.Error_Wizard_Landing_Page_Untick';
import CHAMPION_OTHER_ACCOUNT from '@salesforce/label/c.Error_Wizard_Champion_Other_Account';
import RESPONSE_OTHER_ACCOUNT from '@salesforce/label/c.Error_Wizard_Response_Other_Account';
import { ApexError, format, todayGmt } from '../program/store.js';

function loadNominationContext(store, { responseId, accountId }) {
  const response = store.get(responseId);
  if (!response && !accountId)
    throw new ApexError('Local preview: the wizard needs a response or an account.');
  const campaign = store.get(response?.CampaignId);
  const contact = store.get(response?.ContactId);
  const account = store.get(accountId ?? contact?.AccountId);
  const program = campaign?.Reference_Program__c ?? null;
  return {
    responseId: response?.Id ?? null,
    campaignName: campaign?.Name ?? null,
    program,
    programLabel: program ? programLabel(program) : null,
    isLandingPageResponse: Boolean(program && isLandingPageProgram(program)),
    championContactId: contact?.Id ?? null,
    championName: contact?.Name ?? null,
    accountId: account?.Id ?? null,
    accountName: account?.Name ?? null,
    accountTeamVerdict: response?.Account_Team_Verdict__c ?? null
  };
}

function submitNomination(store, submission) {
  const refuse = (errorMessage) => ({ isSuccess: false, nominationId: null, errorMessage });
  const types = String(submission.selectedTypes ?? '')
    .split(';')
    .filter(Boolean);
  if (types.length === 0) return refuse(TYPE_REQUIRED);
  if (submission.isLandingPageResponse && submission.sourcedFromLandingPage !== true) {
    return refuse(UNTICKED);
  }
  if (!submission.accountId) return refuse('Local preview: choose an account.');
  const champion = store.get(submission.championContactId);
  if (champion && champion.AccountId !== submission.accountId) {
    return refuse(CHAMPION_OTHER_ACCOUNT);
  }
  const response = store.get(submission.responseId);
  if (response) {
    // As NominationWizardService: the response's contact's account, or its converted lead's.
    const person = store.get(response.ContactId ?? response.LeadId);
    const personAccountId = response.ContactId ? person?.AccountId : person?.ConvertedAccountId;
    if (personAccountId !== submission.accountId) return refuse(RESPONSE_OTHER_ACCOUNT);
    const from = response.Review_Status__c || REVIEW_STATUS.NEW;
    if (!canMoveReview(from, REVIEW_STATUS.NOMINATED)) {
      return refuse(
        format(STATUS_MOVE, reviewStatusLabel(from), reviewStatusLabel(REVIEW_STATUS.NOMINATED))
      );
    }
  }
  const nomination = store.create('Reference_Nomination__c', 'a01', {
    Account__c: submission.accountId,
    Champion_Contact__c: submission.championContactId,
    Program__c: submission.program,
    Source_Campaign__c: response?.CampaignId ?? null,
    Source_Response_Id__c: response?.Id ?? null,
    Sourced_From_Landing_Page__c: submission.sourcedFromLandingPage === true,
    Status__c: NOMINATION_STATUS.NOMINATED,
    Nominated_On__c: todayGmt(),
    Account_Team_Verdict__c: submission.accountTeamVerdict ?? null
  });
  for (const type of types) {
    store.create('Nomination_Reference_Type__c', 'a02', {
      Nomination__c: nomination.Id,
      Reference_Type__c: type
    });
  }
  if (response) {
    response.Review_Status__c = REVIEW_STATUS.NOMINATED;
    response.Status_Changed_On__c = new Date().toISOString();
    response.Nomination__c = nomination.Id;
  }
  return { isSuccess: true, nominationId: nomination.Id, errorMessage: null };
}

export const flowMethods = {
  'PreviewFlow.loadNominationContext': loadNominationContext,
  'PreviewFlow.submitNomination': submitNomination
};

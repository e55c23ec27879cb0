/*
 * The Reference_Nomination_Wizard flow's Apex actions for the preview's lightning-flow stand-in:
 * what NominationWizardLoadAction prefills (also as Check_Open_Nomination once the account and
 * program are chosen) and what NominationWizardSubmitAction saves, reduced to the rules the screens
 * show: account, champion, program and campaign required (the flow's required fields), reference
 * types required, the landing-page checkbox, one open nomination per account and program
 * (NominationService's Open_Nomination_Key__c), a response on a review board (a landing-page
 * program's) nominated and moved to Nominated only where c/referenceProgram allows it. Plus the
 * options the flow's lookups and picklists offer.
 */
import {
  GITLAB_SYNC_STATUS,
  NOMINATION_STATUS,
  OPEN_NOMINATION_STATUSES,
  PROGRAMS,
  REVIEW_STATUS,
  VERDICTS,
  canMoveReview,
  isLandingPageProgram,
  isProgram,
  nextReviewStatuses,
  programLabel,
  referenceTypeLabel,
  reviewStatusLabel,
  verdictLabel
} from 'c/referenceProgram';
import ALREADY_NOMINATED from '@salesforce/label/c.Error_Wizard_Response_Already_Nominated';
import RESPONSE_CLOSED from '@salesforce/label/c.Error_Wizard_Response_Closed';
import RESPONSE_NOT_READY from '@salesforce/label/c.Error_Wizard_Response_Not_Ready';
import TYPE_REQUIRED from '@salesforce/label/c.Error_Wizard_Reference_Type_Required';
import UNTICKED from '@salesforce/label/c.Error_Wizard_Landing_Page_Untick';
import CHAMPION_OTHER_ACCOUNT from '@salesforce/label/c.Error_Wizard_Champion_Other_Account';
import RESPONSE_OTHER_ACCOUNT from '@salesforce/label/c.Error_Wizard_Response_Other_Account';
import ACCOUNT_REQUIRED from '@salesforce/label/c.Error_Wizard_Account_Required';
import PROGRAM_REQUIRED from '@salesforce/label/c.Error_Wizard_Program_Required';
import CHAMPION_REQUIRED from '@salesforce/label/c.Error_Wizard_Champion_Required';
import CAMPAIGN_REQUIRED from '@salesforce/label/c.Error_Wizard_Campaign_Required';
import OPEN_NOMINATION from '@salesforce/label/c.Error_Open_Nomination_Exists';
import RESPONSE_REQUIRED from '@salesforce/label/c.Error_Landing_Page_Response_Required';
import CAMPAIGN_MISMATCH from '@salesforce/label/c.Error_Source_Campaign_Mismatch';
import START_MISSING from '@salesforce/label/c.Error_Wizard_Start_Missing';
import ACCOUNT_NOT_FOUND from '@salesforce/label/c.Error_Wizard_Account_Not_Found';
import RESPONSE_NOT_FOUND from '@salesforce/label/c.Error_Source_Response_Not_Found';
import RESPONSE_OPTION from '@salesforce/label/c.Wizard_Response_Option';
import { format, todayGmt } from '../program/store.js';
import type { Store } from '../program/store.js';
import type { CampaignMember, Nomination, ParamsOf, ResultOf } from '../program/types.js';
import { standIns } from '../program/types.js';
import type { Program, ReferenceType, Verdict } from 'c/referenceProgram';
import type GetLandingPageResponses from '@salesforce/apex/NominationWizardResponses.getLandingPageResponses';

/** NominationWizardService.ContextRequest: what the wizard started from (pasted Ids allowed). */
interface NominationWizardContextRequest {
  responseId?: string | null;
  accountId?: string | null;
  program?: string | null;
}

/**
 * NominationWizardService.Context (Load_Wizard_Context, Check_Open_Nomination), with what the
 * preview's flow screens also show; a wizard that cannot start gets its errorMessage only.
 */
type NominationWizardContext =
  | { errorMessage: string }
  | {
      responseId: string | null;
      campaignId: string | null;
      campaignName: string | null;
      program: Program | null;
      programLabel: string | null;
      isLandingPageResponse: boolean;
      championContactId: string | null;
      championName: string | null;
      accountId: string | null;
      accountName: string | null;
      assignedCrmId: string | null;
      accountTeamVerdict: Verdict | null;
      accountTeamReply: string | null;
      existingNominationId: string | null;
      existingNominationName: string | null;
      errorMessage: null;
    };

/** NominationWizardService.Submission, as the preview's flow collects it on Finish. */
interface NominationWizardSubmission {
  responseId?: string | null;
  isLandingPageResponse?: boolean;
  accountId?: string | null;
  championContactId?: string | null;
  program?: string | null;
  campaignId?: string | null;
  assignedCrmId?: string | null;
  /** The reference type page's output: API values joined with ';'. */
  selectedTypes?: string | null;
  sourcedFromLandingPage?: boolean | null;
  landingPageResponseId?: string | null;
  notes?: string | null;
  consentLogoContent?: boolean;
  accountTeamVerdict?: Verdict | null;
}

/** NominationWizardService.Outcome (Submit_Nomination), with the chosen types' labels. */
type NominationWizardOutcome =
  | { isSuccess: false; nominationId: null; errorMessage: string }
  | {
      isSuccess: true;
      nominationId: string;
      nominationName: string | null;
      errorMessage: null;
      referenceTypeLabels: string;
    };

/** A lookup or picklist choice of the flow's screens. */
interface Choice {
  value: string;
  label: string;
}

/** The open nomination of an account in a program (NominationService.openKeyOf). */
export function openNominationOf(
  store: Store,
  accountId: string | null | undefined,
  program: Program | null | undefined
): Nomination | undefined {
  if (!accountId || !program) return undefined;
  return store
    .all('Reference_Nomination__c')
    .find(
      (nomination) =>
        nomination.Account__c === accountId &&
        nomination.Program__c === program &&
        OPEN_NOMINATION_STATUSES.includes(nomination.Status__c)
    );
}

function defaultCrmId(store: Store, program: Program): string | null {
  const username = store.config[program]?.Default_CRM_Username__c;
  if (!username) return null;
  return store.all('User').find((user) => user.Username === username && user.IsActive)?.Id ?? null;
}

/** As NominationWizardService.toId: a pasted Id is trimmed; blank is null. */
function pastedId(value: string | null | undefined): string | null {
  const trimmed = String(value ?? '').trim();
  return trimmed || null;
}

/**
 * As NominationWizardService.onReviewBoard: only a landing-page program's response is on a review
 * board; a webinar's is not, so its review status neither stops nor follows a nomination.
 */
function onReviewBoard(store: Store, response: CampaignMember): boolean {
  const program = store.find('Campaign', response.CampaignId)?.Reference_Program__c;
  return isProgram(program) && isLandingPageProgram(program);
}

/**
 * As NominationWizardService.reviewStatusProblem: the one rule of the load and the submit, and the
 * one place choosing its sentence (where to act); null when the response may be nominated.
 */
function reviewStatusProblem(store: Store, response: CampaignMember): string | null {
  const from = response.Review_Status__c || REVIEW_STATUS.NEW;
  if (!onReviewBoard(store, response) || canMoveReview(from, REVIEW_STATUS.NOMINATED)) return null;
  // its nomination was deleted (Nomination__c cleared): the response stays nominated
  if (from === REVIEW_STATUS.NOMINATED) return ALREADY_NOMINATED;
  const sentence = nextReviewStatuses(from).length === 0 ? RESPONSE_CLOSED : RESPONSE_NOT_READY;
  return format(
    sentence,
    reviewStatusLabel(from),
    store.find('Campaign', response.CampaignId)?.Name ?? ''
  );
}

function loadNominationContext(
  store: Store,
  {
    responseId: givenResponse,
    accountId: givenAccount,
    program: chosenProgram
  }: NominationWizardContextRequest
): NominationWizardContext {
  const responseId = pastedId(givenResponse);
  const accountId = pastedId(givenAccount);
  const response = store.find('CampaignMember', responseId);
  if (responseId && !response) return { errorMessage: format(RESPONSE_NOT_FOUND, responseId) };
  // refused before the first page; an already nominated response goes on to its open nomination
  const moveProblem =
    response && !response.Nomination__c ? reviewStatusProblem(store, response) : null;
  if (moveProblem) return { errorMessage: moveProblem };
  if (!response && !accountId) return { errorMessage: START_MISSING };
  if (!response && store.find('Account', accountId)?.Id !== accountId) {
    return { errorMessage: format(ACCOUNT_NOT_FOUND, accountId) };
  }
  const campaign = store.find('Campaign', response?.CampaignId);
  const contact = store.find('Contact', response?.ContactId);
  const account = store.find('Account', accountId ?? contact?.AccountId);
  const program = isProgram(chosenProgram)
    ? chosenProgram
    : (campaign?.Reference_Program__c ?? null);
  const open = openNominationOf(store, account?.Id, program);
  return {
    responseId: response?.Id ?? null,
    campaignId: campaign?.Id ?? null,
    campaignName: campaign?.Name ?? null,
    program,
    programLabel: program ? programLabel(program) : null,
    isLandingPageResponse: Boolean(response && onReviewBoard(store, response)),
    championContactId: contact?.Id ?? null,
    championName: contact?.Name ?? null,
    accountId: account?.Id ?? null,
    accountName: account?.Name ?? null,
    assignedCrmId: program ? defaultCrmId(store, program) : null,
    accountTeamVerdict: response?.Account_Team_Verdict__c ?? null,
    accountTeamReply: response?.Account_Team_Reply__c ?? null,
    existingNominationId: open?.Id ?? null,
    existingNominationName: open?.Name ?? null,
    errorMessage: null
  };
}

/** What the flow's lookups (by referenced object) and picklists (by field) offer. */
function wizardOptions(
  store: Store,
  { accountId }: { accountId: string | null }
): { lookups: Record<string, Choice[]>; picklists: Record<string, Choice[]> } {
  const byName = (a: Choice, b: Choice): number => String(a.label).localeCompare(String(b.label));
  return {
    lookups: {
      Account: store
        .all('Account')
        .map((one) => ({ value: one.Id, label: one.Name }))
        .sort(byName),
      Contact: store
        .all('Contact')
        .filter((one) => one.AccountId === accountId)
        .map((one) => ({ value: one.Id, label: one.Name }))
        .sort(byName),
      Campaign: store
        .all('Campaign')
        .map((one) => ({ value: one.Id, label: one.Name }))
        .sort(byName),
      User: store
        .all('User')
        .filter((one) => one.IsActive && one.Preview_Crm__c)
        .map((one) => ({ value: one.Id, label: one.Name }))
        .sort(byName)
    },
    picklists: {
      Program__c: PROGRAMS.map((value) => ({ value, label: programLabel(value) })),
      Account_Team_Verdict__c: VERDICTS.map((value) => ({ value, label: verdictLabel(value) }))
    }
  };
}

/** NominationWizardResponses.getLandingPageResponses: the account's responses left to link. */
function getLandingPageResponses(
  store: Store,
  { accountId }: ParamsOf<typeof GetLandingPageResponses>
): ResultOf<typeof GetLandingPageResponses> {
  if (!accountId) return [];
  return store
    .all('CampaignMember')
    .filter((response) => {
      const program = store.find('Campaign', response.CampaignId)?.Reference_Program__c;
      return (
        store.find('Contact', response.ContactId)?.AccountId === accountId &&
        isProgram(program) &&
        isLandingPageProgram(program) &&
        !response.Nomination__c
      );
    })
    .map((response) => ({
      value: response.Id,
      label: format(
        RESPONSE_OPTION,
        store.find('Contact', response.ContactId)?.Name ?? '',
        store.find('Campaign', response.CampaignId)?.Name ?? '',
        new Date(response.CreatedDate).toLocaleDateString()
      )
    }));
}

/** The submission with the flow's required fields (account, champion, program, campaign). */
type CompleteSubmission = NominationWizardSubmission & {
  accountId: string;
  championContactId: string;
  program: Program;
  campaignId: string;
};

/** Why the submission cannot be saved as it is; undefined when it can. */
function problemOf(
  store: Store,
  submission: NominationWizardSubmission,
  types: string[]
): string | undefined {
  if (!submission.accountId) return ACCOUNT_REQUIRED;
  if (!submission.championContactId) return CHAMPION_REQUIRED;
  if (!isProgram(submission.program)) return PROGRAM_REQUIRED;
  if (!submission.campaignId) return CAMPAIGN_REQUIRED;
  if (types.length === 0) return TYPE_REQUIRED;
  if (submission.isLandingPageResponse && submission.sourcedFromLandingPage !== true) {
    return UNTICKED;
  }
  const open = openNominationOf(store, submission.accountId, submission.program);
  if (open) return format(OPEN_NOMINATION, programLabel(submission.program), open.Name);
  return undefined;
}

function hasGitLabProject(store: Store, program: Program): boolean {
  const config = store.config[program];
  return Boolean(config?.GitLab_Project_Id__c || config?.GitLab_Project_Path__c);
}

function sourceResponseOf(store: Store, submission: NominationWizardSubmission) {
  const linked =
    submission.sourcedFromLandingPage === true && submission.landingPageResponseId
      ? submission.landingPageResponseId
      : submission.responseId;
  return store.find('CampaignMember', linked);
}

function submitNomination(
  store: Store,
  given: NominationWizardSubmission
): NominationWizardOutcome {
  const refuse = (errorMessage: string): NominationWizardOutcome => ({
    isSuccess: false,
    nominationId: null,
    errorMessage
  });
  // (the reference type page offers c/referenceProgram's types only)
  const types = String(given.selectedTypes ?? '')
    .split(';')
    .filter(Boolean) as ReferenceType[];
  const problem = problemOf(store, given, types);
  if (problem) return refuse(problem);
  // (problemOf refused a submission without any of the required fields)
  const submission = given as CompleteSubmission;
  const champion = store.find('Contact', submission.championContactId);
  if (champion && champion.AccountId !== submission.accountId) {
    return refuse(CHAMPION_OTHER_ACCOUNT);
  }
  const response = sourceResponseOf(store, submission);
  if (submission.sourcedFromLandingPage === true && !response) return refuse(RESPONSE_REQUIRED);
  if (response) {
    // As NominationWizardService: the response's contact's account, or its converted lead's.
    const personAccountId = response.ContactId
      ? store.find('Contact', response.ContactId)?.AccountId
      : store.find('Lead', response.LeadId)?.ConvertedAccountId;
    if (personAccountId !== submission.accountId) return refuse(RESPONSE_OTHER_ACCOUNT);
    if (response.CampaignId !== submission.campaignId) {
      return refuse(
        format(CAMPAIGN_MISMATCH, store.find('Campaign', response.CampaignId)?.Name ?? '')
      );
    }
    const moveProblem = reviewStatusProblem(store, response);
    if (moveProblem) return refuse(moveProblem);
  }
  const nomination = store.create('Reference_Nomination__c', 'a01', {
    Account__c: submission.accountId,
    Champion_Contact__c: submission.championContactId,
    Program__c: submission.program,
    Assigned_CRM__c: submission.assignedCrmId || null,
    Source_Campaign__c: submission.campaignId,
    Source_Response_Id__c: response?.Id ?? null,
    Sourced_From_Landing_Page__c: submission.sourcedFromLandingPage === true,
    Status__c: NOMINATION_STATUS.NOMINATED,
    Nominated_On__c: todayGmt(),
    Notes__c: submission.notes || null,
    Consent_Logo_Content__c: submission.consentLogoContent === true,
    Account_Team_Verdict__c: submission.accountTeamVerdict ?? null,
    // As the nomination trigger (GitLabIssueService): a program with a GitLab project queues its issue.
    GitLab_Sync_Status__c: hasGitLabProject(store, submission.program)
      ? GITLAB_SYNC_STATUS.QUEUED
      : GITLAB_SYNC_STATUS.NOT_QUEUED
  });
  for (const type of types) {
    store.create('Nomination_Reference_Type__c', 'a02', {
      Nomination__c: nomination.Id,
      Reference_Type__c: type
    });
  }
  if (response) {
    if (onReviewBoard(store, response)) {
      response.Review_Status__c = REVIEW_STATUS.NOMINATED;
      response.Status_Changed_On__c = new Date().toISOString();
    }
    response.Nomination__c = nomination.Id;
  }
  return {
    isSuccess: true,
    nominationId: nomination.Id,
    nominationName: nomination.Name ?? null,
    errorMessage: null,
    referenceTypeLabels: types.map(referenceTypeLabel).join(', ')
  };
}

export const flowMethods = standIns({
  'PreviewFlow.loadNominationContext': loadNominationContext,
  'PreviewFlow.wizardOptions': wizardOptions,
  'PreviewFlow.describe': (store: Store, { flowApiName }: { flowApiName: string }) =>
    store.flows?.[flowApiName] ?? null,
  'PreviewFlow.submitNomination': submitNomination,
  'NominationWizardResponses.getLandingPageResponses': getLandingPageResponses
});

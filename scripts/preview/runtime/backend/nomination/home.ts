/*
 * NominationHomeController for the preview, on the sample data: the nomination's home (what
 * NominationHomeService.getHome reads and the next step it words), the CRM picker (active users
 * holding Reference CRM: Preview_Crm__c in the sample users), assigning the CRM, and the intro
 * email's refusals (no champion email, no CRM, not an intro-email program, already sent and not
 * confirmed). No email leaves the preview: a sent intro email is recorded as an email Task on the
 * nomination, as setSaveAsActivity would log it, and on the nomination (Intro_Email_Sent_On__c,
 * Intro_Email_Sent_By__c) as NominationIntroEmail records it.
 */
import { GITLAB_SYNC_STATUS, NOMINATION_STATUS, isOpenNomination } from 'c/referenceProgram';
import type { NominationStatus, Program } from 'c/referenceProgram';
import NOT_FOUND from '@salesforce/label/c.Nomination_Home_Not_Found';
import NOT_A_CRM from '@salesforce/label/c.Nomination_Home_Not_A_Crm';
import CLOSED from '@salesforce/label/c.Nomination_Home_Closed';
import THE_CRM from '@salesforce/label/c.Nomination_Home_The_Crm';
import NEXT_CLOSED from '@salesforce/label/c.Nomination_Next_Closed';
import NEXT_ASSIGN from '@salesforce/label/c.Nomination_Next_Assign_Crm';
import NEXT_ASSIGN_NO_DEFAULT from '@salesforce/label/c.Nomination_Next_Assign_Crm_No_Default';
import NEXT_RETRY from '@salesforce/label/c.Nomination_Next_Retry_GitLab';
import NEXT_INTRO from '@salesforce/label/c.Nomination_Next_Intro_Email';
import NEXT_ACCEPT from '@salesforce/label/c.Nomination_Next_Accept';
import NEXT_START from '@salesforce/label/c.Nomination_Next_Start';
import NEXT_COMPLETE from '@salesforce/label/c.Nomination_Next_Complete';
import NEXT_KEEP from '@salesforce/label/c.Nomination_Next_Keep_Active';
import OWNER_NOBODY from '@salesforce/label/c.Nomination_Owner_Nobody';
import OWNER_PM from '@salesforce/label/c.Nomination_Owner_Program_Manager';
import NOT_FOR_PROGRAM from '@salesforce/label/c.Intro_Email_Not_For_Program';
import NO_CHAMPION from '@salesforce/label/c.Intro_Email_No_Champion';
import CHAMPION_NO_EMAIL from '@salesforce/label/c.Intro_Email_Champion_No_Email';
import NO_CRM from '@salesforce/label/c.Intro_Email_No_Crm';
import ALREADY_SENT from '@salesforce/label/c.Intro_Email_Already_Sent';
import ALREADY_SENT_NO_SENDER from '@salesforce/label/c.Intro_Email_Already_Sent_No_Sender';
import { ApexError, format, todayGmt } from '../program/store.js';
import { gitLabStatusOf } from '../gitlab-issue/gitlab-issue.js';
import type { Store } from '../program/store.js';
import type { ParamsOf, ResultOf, User } from '../program/types.js';
import { standIns } from '../program/types.js';
import type GetHome from '@salesforce/apex/NominationHomeController.getHome';
import type SearchCrms from '@salesforce/apex/NominationHomeController.searchCrms';
import type AssignCrm from '@salesforce/apex/NominationHomeController.assignCrm';
import type SendIntroEmail from '@salesforce/apex/NominationHomeController.sendIntroEmail';

/** NominationHomeService.Home, with what nextStep reads from it known to be set. */
type Home = ResultOf<typeof GetHome> & {
  status: NominationStatus;
  gitLab: Apex.GitLabIssueStatus;
};

/** NominationIntroEmail.TEMPLATE_BY_PROGRAM. */
const TEMPLATE_BY_PROGRAM: Partial<Record<Program, string>> = {
  Open_Source: 'Open_Source_CRM_Intro',
  Education: 'Education_CRM_Intro'
};

const NEXT_BY_STATUS: Partial<Record<NominationStatus, string>> = {
  [NOMINATION_STATUS.NOMINATED]: NEXT_ACCEPT,
  [NOMINATION_STATUS.ACCEPTED]: NEXT_START,
  [NOMINATION_STATUS.IN_PROGRESS]: NEXT_COMPLETE
};

function isActiveCrm(user: User | undefined): boolean {
  return Boolean(user?.IsActive && user.Preview_Crm__c);
}

function nextStep(home: Home): [string, string] {
  const crm = home.crmName ?? THE_CRM;
  if (!isOpenNomination(home.status)) return [NEXT_CLOSED, OWNER_NOBODY];
  if (!home.crmId) {
    return [home.programHasDefaultCrm ? NEXT_ASSIGN : NEXT_ASSIGN_NO_DEFAULT, OWNER_PM];
  }
  if (home.gitLab.status === GITLAB_SYNC_STATUS.FAILED) return [NEXT_RETRY, OWNER_PM];
  if (home.status === NOMINATION_STATUS.NOMINATED && home.hasIntroEmail) {
    return [format(NEXT_INTRO, crm), OWNER_PM];
  }
  return [format(NEXT_BY_STATUS[home.status] ?? NEXT_KEEP, crm), crm];
}

function getHome(store: Store, { nominationId }: ParamsOf<typeof GetHome>): Home {
  const record = store.find('Reference_Nomination__c', nominationId);
  if (!record) throw new ApexError(NOT_FOUND);
  const account = store.find('Account', record.Account__c);
  const champion = store.find('Contact', record.Champion_Contact__c);
  const response = store.find('CampaignMember', record.Source_Response_Id__c);
  const crm = store.find('User', record.Assigned_CRM__c);
  const gitLab = gitLabStatusOf(record);
  const open = isOpenNomination(record.Status__c);
  const home: Home = {
    id: record.Id,
    name: record.Name ?? null,
    status: record.Status__c,
    statusReason: record.Status_Reason__c ?? null,
    program: record.Program__c,
    accountId: account?.Id ?? null,
    accountName: account?.Name ?? null,
    championId: champion?.Id ?? null,
    championName: champion?.Name ?? null,
    championHasEmail: Boolean(champion?.Email),
    referenceTypes: store
      .all('Nomination_Reference_Type__c')
      .filter((row) => row.Nomination__c === record.Id)
      .map((row) => row.Reference_Type__c)
      .sort(),
    sourcedFromLandingPage: record.Sourced_From_Landing_Page__c === true,
    sourceCampaignName: store.find('Campaign', record.Source_Campaign__c)?.Name ?? null,
    sourceResponseId: response?.Id ?? null,
    responsePersonName: store.find('Contact', response?.ContactId)?.Name ?? null,
    accountTeamVerdict: record.Account_Team_Verdict__c ?? null,
    accountTeamReply: response?.Account_Team_Reply__c ?? null,
    accountTeamReplyAuthorName: store.userName(response?.Account_Team_Reply_Author__c),
    accountTeamRepliedOn: response?.Account_Team_Replied_On__c ?? null,
    notes: record.Notes__c ?? null,
    nominatedOn: record.Nominated_On__c ?? null,
    nominatedByName: store.userName(record.Nominated_By__c ?? record.CreatedById),
    gitLab,
    canRetryGitLab: gitLab.status === GITLAB_SYNC_STATUS.FAILED,
    crmId: crm?.Id ?? null,
    crmName: crm?.Name ?? null,
    programHasDefaultCrm: Boolean(store.config[record.Program__c]?.Default_CRM_Username__c),
    canAssignCrm: open,
    hasIntroEmail: Boolean(TEMPLATE_BY_PROGRAM[record.Program__c]),
    introEmailSentOn: record.Intro_Email_Sent_On__c ?? null,
    introEmailSentByName: record.Intro_Email_Sent_On__c
      ? store.userName(record.Intro_Email_Sent_By__c)
      : null,
    nextStep: null,
    nextStepOwner: null
  };
  [home.nextStep, home.nextStepOwner] = nextStep(home);
  return home;
}

function searchCrms(
  store: Store,
  { searchTerm }: ParamsOf<typeof SearchCrms>
): ResultOf<typeof SearchCrms> {
  const term = String(searchTerm ?? '')
    .trim()
    .toLowerCase();
  return store
    .all('User')
    .filter((user) => isActiveCrm(user) && user.Name.toLowerCase().includes(term))
    .sort((a, b) => a.Name.localeCompare(b.Name))
    .map((user) => ({ userId: user.Id, name: user.Name, title: user.Title ?? null }));
}

function assignCrm(
  store: Store,
  { nominationId, crmId }: ParamsOf<typeof AssignCrm>
): ResultOf<typeof AssignCrm> {
  if (!isActiveCrm(store.find('User', crmId))) throw new ApexError(NOT_A_CRM);
  const record = store.find('Reference_Nomination__c', nominationId);
  if (!record) throw new ApexError(NOT_FOUND);
  if (!isOpenNomination(record.Status__c)) throw new ApexError(CLOSED);
  record.Assigned_CRM__c = crmId;
  return getHome(store, { nominationId });
}

function sendIntroEmail(
  store: Store,
  { nominationId, sendAgain }: ParamsOf<typeof SendIntroEmail>
): ResultOf<typeof SendIntroEmail> {
  const record = store.find('Reference_Nomination__c', nominationId);
  if (!record) throw new ApexError(NOT_FOUND);
  const template = TEMPLATE_BY_PROGRAM[record.Program__c];
  if (!template) throw new ApexError(NOT_FOR_PROGRAM);
  const champion = store.find('Contact', record.Champion_Contact__c);
  if (!champion) throw new ApexError(NO_CHAMPION);
  if (!champion.Email) throw new ApexError(format(CHAMPION_NO_EMAIL, champion.Name));
  if (!isActiveCrm(store.find('User', record.Assigned_CRM__c))) throw new ApexError(NO_CRM);
  if (record.Intro_Email_Sent_On__c && sendAgain !== true) {
    const sentOn = new Date(record.Intro_Email_Sent_On__c).toLocaleString();
    const sentBy = store.userName(record.Intro_Email_Sent_By__c);
    // as NominationIntroEmail: a sender no one can name is left out
    throw new ApexError(
      sentBy ? format(ALREADY_SENT, sentOn, sentBy) : format(ALREADY_SENT_NO_SENDER, sentOn)
    );
  }
  store.create('Task', '00T', {
    WhoId: champion.Id,
    WhatId: record.Id,
    TaskSubtype: 'Email',
    Subject: template,
    ActivityDate: todayGmt(),
    Status: 'Completed'
  });
  record.Intro_Email_Sent_On__c = new Date().toISOString();
  record.Intro_Email_Sent_By__c = store.currentUserId;
  return champion.Name;
}

export const homeMethods = standIns({
  'NominationHomeController.getHome': getHome,
  'NominationHomeController.searchCrms': searchCrms,
  'NominationHomeController.assignCrm': assignCrm,
  'NominationHomeController.sendIntroEmail': sendIntroEmail
});

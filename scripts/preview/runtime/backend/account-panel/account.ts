/*
 * ReferenceAccountPanelController for the preview, on the sample
 * data: the account's story (owner and CSMs, landing-page responses, nominations with their GitLab
 * issue, community program memberships) and the Chatter posts to the Community Programs and Sales
 * Support groups. The community-program standing is computed like CommunityProgramStanding.cls:
 * 60-day renewal window, expiry after the subscription end, Startups renewals paid from year two,
 * Ultimate support never included. Review and membership vocabulary come from c/referenceProgram.
 * No Chatter exists here: a post is recorded as a FeedItem in the in-memory store.
 */
import {
  GITLAB_SYNC_STATUS,
  LANDING_PAGE_PROGRAMS,
  MEMBERSHIP_STATUS,
  PROGRAM,
  REVIEW_STATUS,
  canMoveReview,
  programLabel,
  verificationRouteFor
} from 'c/referenceProgram';
import NOT_FOUND from '@salesforce/label/c.Account_Panel_Error_Account_Not_Found';
import WARNING_OWNER from '@salesforce/label/c.Account_Panel_Warning_Account_Owner';
import WARNING_GROUP_EMPTY from '@salesforce/label/c.Account_Panel_Warning_Group_Empty';
import GROUP_NOT_CONFIGURED from '@salesforce/label/c.Account_Panel_Group_Not_Configured';
import ENGAGE_POST from '@salesforce/label/c.Community_Chatter_Engage_Post';
import FIX_OWNER_POST from '@salesforce/label/c.Community_Chatter_Fix_Owner_Post';
import CLOSED_LOST_POST from '@salesforce/label/c.Community_Chatter_Closed_Lost_Post';
import NOTE from '@salesforce/label/c.Community_Chatter_Note';
import REFUSED_NOT_FOUND from '@salesforce/label/c.Community_Chatter_Refused_Not_Found';
import REFUSED_NO_GROUP from '@salesforce/label/c.Community_Chatter_Refused_No_Group';
import REFUSED_OWNER_FINE from '@salesforce/label/c.Community_Chatter_Refused_Owner_Fine';
import REFUSED_NOT_EXPIRED from '@salesforce/label/c.Community_Chatter_Refused_Not_Expired';
import MENTIONS_CAPPED from '@salesforce/label/c.Community_Chatter_Warning_Mentions_Capped';
import { ApexError, addDays, compareResponses, format, todayGmt } from '../program/store.js';
import { gitLabStatusOf } from '../gitlab-issue/gitlab-issue.js';
import type { Store } from '../program/store.js';
import type {
  Account,
  CampaignMember,
  GroupSettingField,
  Membership as MembershipRecord,
  ParamsOf,
  ResultOf,
  User
} from '../program/types.js';
import { standIns } from '../program/types.js';
import type GetAccountStory from '@salesforce/apex/ReferenceAccountPanelController.getAccountStory';
import type EngageCommunityPrograms from '@salesforce/apex/ReferenceAccountPanelController.engageCommunityPrograms';
import type AskSalesSupportToFixOwner from '@salesforce/apex/ReferenceAccountPanelController.askSalesSupportToFixOwner';
import type RequestClosedLost from '@salesforce/apex/ReferenceAccountPanelController.requestClosedLost';

type Story = Apex.ReferenceAccountPanelService.AccountStory;
type Membership = Apex.ReferenceAccountPanelService.Membership;

// CommunityProgramStanding.cls and ReferenceAccountPanelSelector.cls / AccountTeamChatter.cls.
const RENEWAL_WINDOW_DAYS = 60;
const ULTIMATE_SUPPORT_INCLUDED = false;
const STARTUPS_FREE_YEARS = 1;
const MAX_RESPONSES = 200;
const MAX_MENTIONS = 25;
const DAY = 24 * 60 * 60 * 1000;

// ---- CommunityProgramStanding -----------------------------------------------------------------

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** Apex Date.addYears: 29 February becomes 28 February in a year without it. */
function addYears(day: string, years: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const last = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  const target = new Date(Date.UTC(year + years, month - 1, Math.min(date, last)));
  return target.toISOString().slice(0, 10);
}

export function standingOf(
  storedStatus: string | null | undefined,
  transitionToPaid: boolean | null | undefined,
  subscriptionEnd: string | null | undefined,
  today: string | null | undefined
): string {
  if (transitionToPaid === true || storedStatus === MEMBERSHIP_STATUS.TRANSITIONED_TO_PAID) {
    return MEMBERSHIP_STATUS.TRANSITIONED_TO_PAID;
  }
  const notStarted: (string | null | undefined)[] = [
    MEMBERSHIP_STATUS.APPLIED,
    MEMBERSHIP_STATUS.VERIFIED
  ];
  if (notStarted.includes(storedStatus) || !subscriptionEnd || !today) {
    return storedStatus || MEMBERSHIP_STATUS.APPLIED;
  }
  if (today > subscriptionEnd) return MEMBERSHIP_STATUS.EXPIRED;
  if (daysBetween(today, subscriptionEnd) <= RENEWAL_WINDOW_DAYS) {
    return MEMBERSHIP_STATUS.RENEWAL_DUE;
  }
  return MEMBERSHIP_STATUS.ACTIVE;
}

export function programYear(
  subscriptionStart: string | null | undefined,
  today: string | null | undefined
): number | null {
  if (!subscriptionStart || !today) return null;
  if (today < subscriptionStart) return 1;
  let fullYears = Number(today.slice(0, 4)) - Number(subscriptionStart.slice(0, 4));
  if (addYears(subscriptionStart, fullYears) > today) fullYears -= 1;
  return fullYears + 1;
}

function isWrongOpportunityOwner(
  isClosed: boolean,
  ownerId: string | null | undefined,
  communityUserIds: Set<string>
): boolean {
  if (isClosed === true || !ownerId) return false;
  return communityUserIds.size > 0 && !communityUserIds.has(ownerId);
}

function isExpiredBeforeReturn(standing: string, isClosed: boolean): boolean {
  return standing === MEMBERSHIP_STATUS.EXPIRED && isClosed === false;
}

// ---- helpers ----------------------------------------------------------------------------------

/** Users of the public group the Default Reference Program Setting names in `settingField`. */
function groupUsers(store: Store, settingField: GroupSettingField): User[] {
  if (!store.settings[settingField]) return [];
  return store.all('User').filter((user) => user.Preview_Group__c === settingField);
}

function idsOf(users: User[], activeOnly: boolean): Set<string> {
  return new Set(users.filter((user) => !activeOnly || user.IsActive).map((user) => user.Id));
}

function person(user: User | undefined): Apex.ReferenceAccountPanelService.Person {
  return { userId: user?.Id ?? null, name: user?.Name ?? null, isActive: user?.IsActive ?? false };
}

function groupName(developerName: string | null | undefined): string {
  return developerName || GROUP_NOT_CONFIGURED;
}

function newestFirst(
  a: Pick<CampaignMember, 'CreatedDate' | 'Id'>,
  b: Pick<CampaignMember, 'CreatedDate' | 'Id'>
): number {
  return -compareResponses(a, b);
}

function findAccount(store: Store, accountId: string | null | undefined): Account | undefined {
  return store.find('Account', accountId);
}

// ---- getAccountStory --------------------------------------------------------------------------

function membershipOf(
  store: Store,
  record: MembershipRecord,
  today: string,
  communityUserIds: Set<string>
): Membership {
  const standing = standingOf(
    record.Status__c,
    record.Transition_To_Paid__c,
    record.Subscription_End__c,
    today
  );
  const year = programYear(record.Subscription_Start__c, today);
  const startups = record.Program__c === PROGRAM.STARTUPS;
  const membership: Membership = {
    id: record.Id,
    name: record.Name ?? null,
    program: record.Program__c,
    storedStatus: record.Status__c ?? null,
    standing,
    verificationRoute:
      record.Verification_Route__c || verificationRouteFor(record.Program__c) || null,
    subscriptionStart: record.Subscription_Start__c ?? null,
    subscriptionEnd: record.Subscription_End__c ?? null,
    daysUntilRenewal: record.Subscription_End__c
      ? daysBetween(today, record.Subscription_End__c)
      : null,
    programYear: year,
    renewalIsPaid: startups,
    pastFreeYear: startups && year !== null && year > STARTUPS_FREE_YEARS,
    freeUntil:
      startups && record.Subscription_Start__c
        ? addDays(addYears(record.Subscription_Start__c, STARTUPS_FREE_YEARS), -1)
        : null,
    ultimateSupportIncluded: ULTIMATE_SUPPORT_INCLUDED,
    transitionToPaid:
      record.Transition_To_Paid__c === true ||
      record.Status__c === MEMBERSHIP_STATUS.TRANSITIONED_TO_PAID,
    seats: record.Seats__c ?? null,
    opportunity: null,
    canAskToFixOwner: false,
    canRequestClosedLost: false
  };
  const source = store.find('Opportunity', record.Renewal_Opportunity__c);
  if (source) {
    const isClosed = source.IsClosed === true;
    membership.opportunity = {
      id: source.Id,
      name: source.Name ?? null,
      ownerName: store.userName(source.OwnerId),
      stageName: source.StageName ?? null,
      closeDate: source.CloseDate ?? null,
      isClosed,
      wrongOwner: isWrongOpportunityOwner(isClosed, source.OwnerId, communityUserIds),
      expiredBeforeReturn: isExpiredBeforeReturn(standing, isClosed)
    };
  }
  return membership;
}

function getAccountStory(store: Store, { accountId }: ParamsOf<typeof GetAccountStory>): Story {
  const account = findAccount(store, accountId);
  if (!account) throw new ApexError(NOT_FOUND);
  const today = todayGmt();
  const settings = store.settings;
  const communityUsers = groupUsers(store, 'Community_Programs_Group__c');
  const salesSupportUsers = groupUsers(store, 'Sales_Support_Group__c');
  const communityUserIds = idsOf(communityUsers, false);
  const salesSupportReachable = idsOf(salesSupportUsers, true).size > 0;
  const owner = store.find('User', account.OwnerId);
  const csms = store
    .all('AccountTeamMember')
    .filter(
      (member) =>
        member.AccountId === account.Id &&
        (!settings.CSM_Team_Role__c || member.TeamMemberRole === settings.CSM_Team_Role__c)
    )
    .map((member) => person(store.find('User', member.UserId)));

  const story: Story & {
    responses: Apex.ReferenceAccountPanelService.Response[];
    nominations: Apex.ReferenceAccountPanelService.Nomination[];
    memberships: Membership[];
    warnings: string[];
  } = {
    accountId: account.Id,
    accountName: account.Name,
    today,
    owner: person(owner),
    customerSuccessManagers: csms,
    responses: [],
    moreResponses: false,
    nominations: [],
    memberships: [],
    warnings: [],
    canEngageCommunityPrograms: idsOf(communityUsers, true).size > 0,
    canNominate: true
  };

  const responses = store
    .all('CampaignMember')
    .filter((response) => {
      const program = store.find('Campaign', response.CampaignId)?.Reference_Program__c;
      return (
        store.find('Contact', response.ContactId)?.AccountId === account.Id &&
        !!program &&
        LANDING_PAGE_PROGRAMS.includes(program)
      );
    })
    .sort(newestFirst);
  for (const response of responses) {
    if (story.responses.length === MAX_RESPONSES) {
      story.moreResponses = true;
      break;
    }
    // (every response here passed the filter above, which found its campaign)
    const campaign = store.find('Campaign', response.CampaignId)!;
    const reviewStatus = response.Review_Status__c || REVIEW_STATUS.NEW;
    story.responses.push({
      id: response.Id,
      campaignId: response.CampaignId,
      campaignName: campaign.Name,
      program: campaign.Reference_Program__c ?? null,
      personId: response.ContactId ?? null,
      personName: store.find('Contact', response.ContactId)?.Name ?? null,
      reviewStatus,
      latestReply: response.Account_Team_Reply__c ?? null,
      latestReplyAuthorName: store.userName(response.Account_Team_Reply_Author__c),
      latestReplyOn: response.Account_Team_Replied_On__c ?? null,
      nominationId: response.Nomination__c ?? null,
      canAskAccountTeam: canMoveReview(reviewStatus, REVIEW_STATUS.ACCOUNT_TEAM_ASKED),
      canNominate:
        story.canNominate &&
        !response.Nomination__c &&
        canMoveReview(reviewStatus, REVIEW_STATUS.NOMINATED)
    });
  }

  const types = store.all('Nomination_Reference_Type__c');
  for (const record of store
    .all('Reference_Nomination__c')
    .filter((nomination) => nomination.Account__c === account.Id)
    .sort(newestFirst)
    .slice(0, MAX_RESPONSES)) {
    const gitLab = gitLabStatusOf(record);
    story.nominations.push({
      id: record.Id,
      name: record.Name ?? null,
      program: record.Program__c,
      status: record.Status__c,
      referenceTypes: types
        .filter((type) => type.Nomination__c === record.Id)
        .map((type) => type.Reference_Type__c)
        .sort(),
      sourcedFromLandingPage: record.Sourced_From_Landing_Page__c === true,
      crmId: record.Assigned_CRM__c ?? null,
      crmName: store.userName(record.Assigned_CRM__c),
      gitLabStatus: gitLab.status,
      gitLabIssueIid: gitLab.issueIid,
      gitLabIssueUrl: gitLab.issueUrl,
      gitLabError: gitLab.lastError,
      canRetryGitLab: gitLab.status === GITLAB_SYNC_STATUS.FAILED
    });
  }

  const memberships = store
    .all('Community_Program_Membership__c')
    .filter((membership) => membership.Account__c === account.Id)
    .sort(
      (a, b) =>
        String(a.Program__c).localeCompare(String(b.Program__c)) ||
        String(b.Subscription_End__c ?? '').localeCompare(String(a.Subscription_End__c ?? '')) ||
        String(a.Id).localeCompare(String(b.Id))
    );
  for (const record of memberships) {
    const membership = membershipOf(store, record, today, communityUserIds);
    membership.canAskToFixOwner = salesSupportReachable && !!membership.opportunity?.wrongOwner;
    membership.canRequestClosedLost =
      salesSupportReachable && !!membership.opportunity?.expiredBeforeReturn;
    story.memberships.push(membership);
  }

  if (owner && communityUserIds.has(owner.Id)) {
    story.warnings.push(format(WARNING_OWNER, owner.Name));
  }
  if (story.memberships.length > 0) {
    for (const [field, users] of [
      ['Community_Programs_Group__c', communityUsers],
      ['Sales_Support_Group__c', salesSupportUsers]
    ] as const) {
      if (idsOf(users, true).size === 0) {
        story.warnings.push(format(WARNING_GROUP_EMPTY, groupName(settings[field])));
      }
    }
  }
  return story;
}

// ---- Chatter posts to the groups --------------------------------------------------------------

function post(
  store: Store,
  subjectId: string,
  users: User[],
  developerName: string | null | undefined,
  text: string,
  note: string | null | undefined
): Apex.CommunityProgramsChatterService.PostOutcome {
  const outcome: Apex.CommunityProgramsChatterService.PostOutcome & {
    mentionedNames: string[];
    warnings: string[];
  } = { feedElementId: null, subjectId, mentionedNames: [], warnings: [] };
  let leftOut = 0;
  for (const user of users.filter((one) => one.IsActive)) {
    if (outcome.mentionedNames.length === MAX_MENTIONS) leftOut += 1;
    else outcome.mentionedNames.push(user.Name);
  }
  if (outcome.mentionedNames.length === 0) {
    throw new ApexError(format(REFUSED_NO_GROUP, developerName ?? ''));
  }
  if (leftOut > 0) outcome.warnings.push(format(MENTIONS_CAPPED, leftOut, MAX_MENTIONS));
  const plainNote = String(note ?? '').trim();
  const mentions = outcome.mentionedNames.map((name) => `@${name}`).join(' ');
  const currentUser = store.userName(store.currentUserId);
  const body = `${mentions}\n${text}${plainNote ? `\n\n${format(NOTE, currentUser, plainNote)}` : ''}`;
  outcome.feedElementId = store.create('FeedItem', '0D5', { ParentId: subjectId, Body: body }).Id;
  return outcome;
}

function engageCommunityPrograms(
  store: Store,
  { accountId, note }: ParamsOf<typeof EngageCommunityPrograms>
): ResultOf<typeof EngageCommunityPrograms> {
  const account = findAccount(store, accountId);
  if (!account) throw new ApexError(REFUSED_NOT_FOUND);
  const field = 'Community_Programs_Group__c';
  return post(
    store,
    account.Id,
    groupUsers(store, field),
    store.settings[field],
    format(ENGAGE_POST, account.Name),
    note
  );
}

function membershipWithOpportunity(store: Store, membershipId: string | null | undefined) {
  const membership = store.find('Community_Program_Membership__c', membershipId);
  const opportunity = store.find('Opportunity', membership?.Renewal_Opportunity__c);
  if (!membership || !opportunity) throw new ApexError(REFUSED_NOT_FOUND);
  return { membership, opportunity, account: store.find('Account', membership.Account__c) };
}

function askSalesSupportToFixOwner(
  store: Store,
  { membershipId, note }: ParamsOf<typeof AskSalesSupportToFixOwner>
): ResultOf<typeof AskSalesSupportToFixOwner> {
  const { membership, opportunity, account } = membershipWithOpportunity(store, membershipId);
  const community = idsOf(groupUsers(store, 'Community_Programs_Group__c'), false);
  if (!isWrongOpportunityOwner(opportunity.IsClosed === true, opportunity.OwnerId, community)) {
    throw new ApexError(REFUSED_OWNER_FINE);
  }
  const field = 'Sales_Support_Group__c';
  const text = format(
    FIX_OWNER_POST,
    opportunity.Name,
    store.userName(opportunity.OwnerId) ?? '',
    programLabel(membership.Program__c),
    account?.Name ?? ''
  );
  return post(store, opportunity.Id, groupUsers(store, field), store.settings[field], text, note);
}

function requestClosedLost(
  store: Store,
  { membershipId, note }: ParamsOf<typeof RequestClosedLost>
): ResultOf<typeof RequestClosedLost> {
  const { membership, opportunity, account } = membershipWithOpportunity(store, membershipId);
  const standing = standingOf(
    membership.Status__c,
    membership.Transition_To_Paid__c,
    membership.Subscription_End__c,
    todayGmt()
  );
  if (!isExpiredBeforeReturn(standing, opportunity.IsClosed === true)) {
    throw new ApexError(REFUSED_NOT_EXPIRED);
  }
  const field = 'Sales_Support_Group__c';
  const text = format(
    CLOSED_LOST_POST,
    opportunity.Name,
    programLabel(membership.Program__c),
    membership.Subscription_End__c,
    account?.Name ?? ''
  );
  return post(store, opportunity.Id, groupUsers(store, field), store.settings[field], text, note);
}

export const accountMethods = standIns({
  'ReferenceAccountPanelController.getAccountStory': getAccountStory,
  'ReferenceAccountPanelController.engageCommunityPrograms': engageCommunityPrograms,
  'ReferenceAccountPanelController.askSalesSupportToFixOwner': askSalesSupportToFixOwner,
  'ReferenceAccountPanelController.requestClosedLost': requestClosedLost
});

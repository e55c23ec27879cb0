/*
 * ReferenceResponseBoardController for the preview: the same reads and moves as the Apex
 * (ReferenceResponseBoardService, ReferenceResponseBoardSelector, ReferenceReviewQueue,
 * ReferenceReviewService), on the in-memory store. Every status rule is c/referenceProgram's.
 */
import {
  REVIEW_STATUS,
  REVIEW_STATUSES,
  VERDICT,
  VERDICTS,
  NEEDS_ACTION_STATUSES,
  advisesCrmOnAgreement,
  callTypeFor,
  callTypeLabel,
  canMoveReview,
  isLandingPageProgram,
  isVerdict,
  needsAction,
  nextReviewStatuses,
  reviewStatusLabel,
  verdictLabel
} from 'c/referenceProgram';
import CAMPAIGN_NOT_FOUND from '@salesforce/label/c.Board_Error_Campaign_Not_Found';
import INVALID_CURSOR from '@salesforce/label/c.Board_Error_Invalid_Cursor';
import NOT_A_PROGRAM_CAMPAIGN from '@salesforce/label/c.Board_Error_Not_A_Program_Campaign';
import VERDICT_UNKNOWN from '@salesforce/label/c.Board_Error_Verdict_Unknown';
import REASON_REQUIRED from '@salesforce/label/c.Board_Error_Reason_Required';
import CALL_DATE_REQUIRED from '@salesforce/label/c.Board_Error_Call_Date_Required';
import NO_RESPONSES_SELECTED from '@salesforce/label/c.Board_Error_No_Responses_Selected';
import ROW_DONE from '@salesforce/label/c.Board_Row_Done';
import ROW_NOT_FOUND from '@salesforce/label/c.Board_Row_Not_Found';
import ROW_PERSON_MISSING from '@salesforce/label/c.Board_Row_Person_Missing';
import ROW_CRM_ADVISED from '@salesforce/label/c.Board_Row_Crm_Advised';
import ROW_NO_CRM_TO_ADVISE from '@salesforce/label/c.Board_Row_No_Crm_To_Advise';
import PERSON_MISSING from '@salesforce/label/c.Board_Person_Missing';
import STATUS_MOVE from '@salesforce/label/c.Error_Review_Status_Move';
import SOURCE_UNKNOWN from '@salesforce/label/c.Board_Error_Verdict_Source_Unknown';
import REPLY_REQUIRED from '@salesforce/label/c.Board_Error_Verdict_Reply_Required';
import REPLY_TOO_LONG from '@salesforce/label/c.Board_Error_Verdict_Reply_Too_Long';
import ROW_NO_ACCOUNT_TEAM from '@salesforce/label/c.Board_Row_Verdict_No_Account_Team';
import ROW_NO_REPLY from '@salesforce/label/c.Board_Row_Verdict_No_Reply';
import ROW_CHANGE_NEEDS_REASON from '@salesforce/label/c.Board_Row_Verdict_Change_Needs_Reason';
import ROW_ALREADY from '@salesforce/label/c.Board_Row_Already_In_Status';
import ROW_CALL_BEFORE_SIGNUP from '@salesforce/label/c.Board_Row_Call_Date_Before_Signup';
import CALL_TOO_FAR from '@salesforce/label/c.Board_Error_Call_Date_Too_Far';
import OUTCOME_REQUIRED from '@salesforce/label/c.Board_Error_Call_Outcome_Required';
import OUTCOME_UNKNOWN from '@salesforce/label/c.Board_Error_Call_Outcome_Unknown';
import OUTCOME_FUTURE from '@salesforce/label/c.Board_Error_Call_Outcome_Future';
import TEXT_TOO_LONG from '@salesforce/label/c.Error_Text_Too_Long';
import {
  ApexError,
  addDays,
  compareResponses,
  format,
  startOfDay,
  todayGmt
} from '../program/store.js';
import type { Store } from '../program/store.js';
import type {
  Campaign,
  CampaignMember,
  Contact,
  Lead,
  ParamsOf,
  ProgramConfig,
  ResultOf,
  SObject,
  User
} from '../program/types.js';
import { standIns } from '../program/types.js';
import type { Program, ReviewStatus, Verdict } from 'c/referenceProgram';
import type GetBoard from '@salesforce/apex/ReferenceResponseBoardController.getBoard';
import type GetCounts from '@salesforce/apex/ReferenceResponseBoardController.getCounts';
import type GetResponses from '@salesforce/apex/ReferenceResponseBoardController.getResponses';
import type RecordVerdict from '@salesforce/apex/ReferenceResponseBoardController.recordVerdict';
import type RecordVerdictFrom from '@salesforce/apex/ReferenceResponseBoardController.recordVerdictFrom';
import type LogCall from '@salesforce/apex/ReferenceResponseBoardController.logCall';
import type MarkAgreedToPartner from '@salesforce/apex/ReferenceResponseBoardController.markAgreedToPartner';
import type MarkNotAFit from '@salesforce/apex/ReferenceResponseBoardController.markNotAFit';
import type MarkReviewComplete from '@salesforce/apex/ReferenceResponseBoardController.markReviewComplete';

/** ReferenceResponseBoardService.Board, as the controller's getBoard returns it. */
type Board = ResultOf<typeof GetBoard>;
/** ReferenceReviewQueue.Counts, as the controller's getCounts returns it. */
type Counts = ResultOf<typeof GetCounts>;
type ResponseRow = Apex.ReferenceResponseBoardService.ResponseRow;
type RowResult = Apex.ReferenceReviewService.RowResult;
/** A response page's query: ReferenceResponseBoardController.getResponses's parameters. */
type ResponseQuery = ParamsOf<typeof GetResponses>;
/** A keyset cursor of that query: the last row handed out (CreatedDate, then Id). */
type Cursor = Pick<ResponseQuery, 'afterCreatedDate' | 'afterId'>;

/**
 * ReferenceReviewQueue.Rules (the last review day, the overdue day) with the moments
 * ReferenceResponseBoardSelector's query takes for the same views (createdSince, untouchedBefore).
 */
export interface ReviewQueueRules {
  lastReviewDay: string | null;
  overdueBeforeDay: string;
  createdSince: string | null;
  untouchedBefore: string;
}

/** What a move does besides the status (ReferenceReviewService's per-action rules). */
interface MoveChange {
  /** The row may stay in the status it moves to (a missed call stays scheduled). */
  mayStay?: boolean;
  /** Why this row may not move, or null. */
  refusal?(response: CampaignMember): string | null;
  /** The fields the action sets on a row that moves. */
  apply?(response: CampaignMember): void;
}

export const DEFAULT_CADENCE_DAYS = 30;
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;
const REPLY_SNIPPET_LENGTH = 280;
const MAX_REPLY_TEXT_LENGTH = 5000;
const MAX_CALL_DAYS_AHEAD = 365;
const CALL_NOTES_LENGTH = 32768;
/** Call_Outcome__c's values and labels; the first two mean the call took place (Call Held). */
const CALL_OUTCOMES = [
  { value: 'Held_Positive', label: 'Held: positive' },
  { value: 'Held_Not_A_Fit', label: 'Held: not a fit' },
  { value: 'No_Show', label: 'No-show' },
  { value: 'Rescheduled', label: 'Rescheduled' }
];
const CALL_OUTCOMES_HELD = ['Held_Positive', 'Held_Not_A_Fit'];
/** Verdict_Source__c's values and labels (the org describes the picklist; the preview cannot). */
export const SOURCE_CHATTER_REPLY = 'Chatter_Reply';
const VERDICT_SOURCES = [
  { value: SOURCE_CHATTER_REPLY, label: 'Chatter Reply' },
  { value: 'Slack', label: 'Slack' },
  { value: 'Email', label: 'Email' },
  { value: 'Call', label: 'Call' },
  { value: 'Other', label: 'Other' }
];
const VIEW = {
  NEEDS_ACTION: 'NEEDS_ACTION',
  OVERDUE: 'OVERDUE',
  NEW_SINCE_REVIEW: 'NEW_SINCE_REVIEW'
};
/** The fields the board's search matches, as ReferenceResponseBoardSelector's LIKE filters. */
export const SEARCH_FIELDS = [
  'LastName',
  'FirstName',
  'Email',
  'Contact.Account.Name',
  'Lead.Company'
];
const PROBLEM = {
  NO_ACCOUNT: 'NO_ACCOUNT',
  NO_ACTIVE_OWNER: 'NO_ACTIVE_OWNER',
  NO_ACTIVE_CSM: 'NO_ACTIVE_CSM',
  PERSON_MISSING: 'PERSON_MISSING'
};

const statusOf = (response: Pick<CampaignMember, 'Review_Status__c'>): ReviewStatus =>
  response.Review_Status__c || REVIEW_STATUS.NEW;
const isOpen = (status: ReviewStatus): boolean => nextReviewStatuses(status).length > 0;
/** ReferenceResponseBoardSelector's GROUP_ constants: the needs-action-first order. */
const GROUP = { NEEDS_ACTION: 0, WAITING: 1, CLOSED: 2 };
const actionGroupOf = (status: ReviewStatus): number =>
  needsAction(status) ? GROUP.NEEDS_ACTION : isOpen(status) ? GROUP.WAITING : GROUP.CLOSED;

/** Apex's String.abbreviate: at most `max` characters, ending in '...' when cut. */
function abbreviate(text: string | null | undefined, max: number): string | null {
  if (text == null || text.length <= max) return text ?? null;
  return `${text.slice(0, max - 3)}...`;
}

function campaignOrFail(store: Store, campaignId: string | null | undefined): Campaign {
  const campaign = store.find('Campaign', campaignId);
  if (!campaign || !campaign.Id.startsWith('701')) throw new ApexError(CAMPAIGN_NOT_FOUND);
  return campaign;
}

function programOf(store: Store, campaign: Campaign): ProgramConfig | null {
  const program = campaign.Reference_Program__c;
  if (!program || !isLandingPageProgram(program)) return null;
  return store.config[program] ?? null;
}

export function rulesOf(
  campaign: Pick<Campaign, 'Last_Review_Date__c'>,
  config: Pick<ProgramConfig, 'Review_Cadence_Days__c'> | null | undefined,
  now: number = Date.now()
): ReviewQueueRules {
  const cadence = Number(config?.Review_Cadence_Days__c);
  const lastReviewDay = campaign.Last_Review_Date__c ?? null;
  const overdueBeforeDay = addDays(
    todayGmt(now),
    -(cadence > 0 ? Math.trunc(cadence) : DEFAULT_CADENCE_DAYS)
  );
  return {
    lastReviewDay,
    overdueBeforeDay,
    createdSince: lastReviewDay ? startOfDay(lastReviewDay) : null,
    untouchedBefore: startOfDay(overdueBeforeDay)
  };
}

function lastMoved(response: Pick<CampaignMember, 'Status_Changed_On__c' | 'CreatedDate'>): string {
  return response.Status_Changed_On__c ?? response.CreatedDate;
}

export function isOverdue(
  rules: Pick<ReviewQueueRules, 'untouchedBefore'>,
  response: Pick<CampaignMember, 'Review_Status__c' | 'Status_Changed_On__c' | 'CreatedDate'>
): boolean {
  return isOpen(statusOf(response)) && lastMoved(response) < rules.untouchedBefore;
}

export function isNewSinceReview(
  rules: Pick<ReviewQueueRules, 'createdSince'>,
  response: Pick<CampaignMember, 'CreatedDate'>
): boolean {
  return rules.createdSince === null || response.CreatedDate >= rules.createdSince;
}

export function getBoard(store: Store, { campaignId }: ParamsOf<typeof GetBoard>): Board {
  const campaign = campaignOrFail(store, campaignId);
  const board: Board = {
    campaignId: campaign.Id,
    campaignName: campaign.Name,
    program: null,
    feedsProgram: false,
    callType: null,
    advisesCrm: false,
    cadenceDays: null,
    reviewers: [],
    lastReviewDate: campaign.Last_Review_Date__c ?? null,
    lastReviewedByName: store.userName(campaign.Last_Reviewed_By__c),
    verdictSources: VERDICT_SOURCES.map((source) => ({ ...source })),
    callOutcomes: CALL_OUTCOMES.map((outcome) => ({ ...outcome })),
    maxCallDaysAhead: MAX_CALL_DAYS_AHEAD,
    callNotesMaxLength: CALL_NOTES_LENGTH,
    maxPageSize: MAX_PAGE_SIZE
  };
  const config = programOf(store, campaign);
  const program = campaign.Reference_Program__c;
  if (!config || !program) return board;
  board.program = program;
  board.feedsProgram = true;
  board.callType = callTypeFor(program);
  board.advisesCrm = advisesCrmOnAgreement(program);
  const cadence = Number(config.Review_Cadence_Days__c);
  board.cadenceDays = cadence > 0 ? Math.trunc(cadence) : DEFAULT_CADENCE_DAYS;
  if (config.Reviewer_Group__c) {
    // Group membership is set up in the org; in the preview the loading user reviews.
    const reviewer = store.userName(store.currentUserId);
    board.reviewers = reviewer ? [reviewer] : [];
  }
  return board;
}

export function getCounts(store: Store, { campaignId }: ParamsOf<typeof GetCounts>): Counts {
  const campaign = campaignOrFail(store, campaignId);
  const config = programOf(store, campaign);
  const counts: Counts & {
    total: number;
    newSinceReview: number;
    overdue: number;
    needsAction: number;
  } = {
    total: 0,
    newSinceReview: 0,
    overdue: 0,
    needsAction: 0,
    byStatus: []
  };
  // a campaign of no program: no counts (the board asks before it knows), as the Apex
  if (!config) return counts;
  const rules = rulesOf(campaign, config);
  const byStatus = new Map<ReviewStatus, number>();
  for (const response of store.responsesOf(campaign.Id)) {
    const status = statusOf(response);
    counts.total += 1;
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    const createdDay = response.CreatedDate.slice(0, 10);
    if (rules.lastReviewDay === null || createdDay >= rules.lastReviewDay) {
      counts.newSinceReview += 1;
    }
    if (isOpen(status) && lastMoved(response).slice(0, 10) < rules.overdueBeforeDay) {
      counts.overdue += 1;
    }
    if (needsAction(status)) counts.needsAction += 1;
  }
  counts.byStatus = REVIEW_STATUSES.map((status) => ({
    status,
    responses: byStatus.get(status) ?? 0
  }));
  return counts;
}

function personOf(
  store: Store,
  response: CampaignMember
): { contact: Contact | undefined; lead: Lead | undefined } {
  const contact = response.ContactId ? store.find('Contact', response.ContactId) : undefined;
  const lead = !contact && response.LeadId ? store.find('Lead', response.LeadId) : undefined;
  return { contact, lead };
}

/** A field of a response as SOQL reads it: the member's own name and email are its person's. */
function fieldOf(store: Store, record: SObject | undefined, path: string): unknown {
  const [head = '', ...rest] = path.split('.');
  if (rest.length === 0) return record?.[head];
  const id = record?.[`${head}Id`];
  return fieldOf(store, typeof id === 'string' ? store.get(id) : undefined, rest.join('.'));
}

function searchText(store: Store, response: CampaignMember): string {
  if (response.Preview_Search === undefined) {
    const { contact, lead } = personOf(store, response);
    response.Preview_Search = SEARCH_FIELDS.map((field) =>
      fieldOf(store, field.includes('.') ? response : (contact ?? lead), field)
    )
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
  }
  return response.Preview_Search;
}

function matcher(
  store: Store,
  query: ResponseQuery,
  rules: ReviewQueueRules
): (response: CampaignMember) => boolean {
  const tests: ((response: CampaignMember) => boolean)[] = [];
  const createdSince = rules.createdSince;
  if (query.status) tests.push((response) => statusOf(response) === query.status);
  if (query.view === VIEW.NEEDS_ACTION) {
    tests.push((response) => NEEDS_ACTION_STATUSES.includes(statusOf(response)));
  } else if (query.view === VIEW.OVERDUE) {
    tests.push((response) => isOverdue(rules, response));
  } else if (query.view === VIEW.NEW_SINCE_REVIEW && createdSince) {
    tests.push((response) => response.CreatedDate >= createdSince);
  }
  const search = query.search?.trim().toLowerCase();
  if (search) tests.push((response) => searchText(store, response).includes(search));
  return (response) => tests.every((test) => test(response));
}

/** Index of the first response after the keyset cursor, in the query's direction. */
function startIndex(list: CampaignMember[], query: Cursor, newestFirst: boolean): number {
  if (!query.afterCreatedDate || !query.afterId) return newestFirst ? list.length - 1 : 0;
  const cursor = { CreatedDate: query.afterCreatedDate, Id: query.afterId };
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareResponses(list[mid]!, cursor) <= 0) low = mid + 1;
    else high = mid;
  }
  // low: first index strictly after the cursor (ascending).
  if (!newestFirst) return low;
  let index = low - 1;
  while (index >= 0 && compareResponses(list[index]!, cursor) >= 0) index -= 1;
  return index;
}

/** A cursor must be one the board handed out: a response of the campaign, with its own time. */
function requireHandedOutCursor(store: Store, campaign: Campaign, params: Cursor): void {
  if (!params.afterCreatedDate && !params.afterId) return;
  const row = params.afterId ? store.find('CampaignMember', params.afterId) : null;
  const handedOut =
    row != null &&
    row.CampaignId === campaign.Id &&
    Date.parse(row.CreatedDate) === Date.parse(params.afterCreatedDate ?? '');
  if (!handedOut) throw new ApexError(INVALID_CURSOR);
}

/** ReferenceResponseBoardService.pageSizeOf: the default below 1, never over the maximum. */
export function pageSizeOf(requested: number | null | undefined): number {
  return requested == null || requested < 1
    ? DEFAULT_PAGE_SIZE
    : Math.min(requested, MAX_PAGE_SIZE);
}

export function getResponses(store: Store, params: ResponseQuery): ResultOf<typeof GetResponses> {
  const campaign = campaignOrFail(store, params.campaignId);
  const config = programOf(store, campaign);
  if (!config) {
    return { rows: [], hasMore: false, nextCreatedDate: null, nextId: null, nextGroup: null };
  }
  requireHandedOutCursor(store, campaign, params);
  const rules = rulesOf(campaign, config);
  const pageSize = pageSizeOf(params.pageSize);
  const newestFirst = params.newestFirst === true;
  const matches = matcher(store, params, rules);
  const list = store.responsesOf(campaign.Id);
  const picked: CampaignMember[] = [];
  const step = newestFirst ? -1 : 1;
  // One keyset walk per group: with needs action first, the cursor's group from the cursor, then
  // the next groups from their start (ReferenceResponseBoardService.selectNeedsActionFirst).
  const walk = (cursor: Cursor, group: number | undefined): void => {
    for (
      let i = startIndex(list, cursor, newestFirst);
      i >= 0 && i < list.length && picked.length <= pageSize;
      i += step
    ) {
      const response = list[i]!;
      if (group !== undefined && actionGroupOf(statusOf(response)) !== group) continue;
      if (matches(response)) picked.push(response);
    }
  };
  if (params.needsActionFirst === true) {
    const first = params.afterGroup ?? GROUP.NEEDS_ACTION;
    for (let group = first; group <= GROUP.CLOSED && picked.length <= pageSize; group++) {
      walk(group === first ? params : {}, group);
    }
  } else {
    walk(params, undefined);
  }
  const hasMore = picked.length > pageSize;
  if (hasMore) picked.length = pageSize;
  const last = picked.at(-1);
  const rows = picked.map((response) => toRow(store, response, rules));
  markActiveReferences(store, rows, campaign.Reference_Program__c);
  return {
    rows,
    hasMore,
    nextCreatedDate: last?.CreatedDate ?? null,
    nextId: last?.Id ?? null,
    nextGroup: last ? actionGroupOf(statusOf(last)) : null
  };
}

/** The rows whose account is an active reference of the program: since its nomination day. */
function markActiveReferences(
  store: Store,
  rows: ResponseRow[],
  program: Program | null | undefined
): void {
  const sinceByAccount = new Map<string, string | null>();
  for (const nomination of store.all('Reference_Nomination__c')) {
    if (nomination.Program__c === program && nomination.Status__c === 'Active_Reference') {
      sinceByAccount.set(
        nomination.Account__c,
        nomination.Became_Active_On__c ??
          nomination.Nominated_On__c ??
          nomination.CreatedDate?.slice(0, 10) ??
          null
      );
    }
  }
  for (const row of rows) {
    row.activeReferenceSince = (row.accountId && sinceByAccount.get(row.accountId)) || null;
  }
}

function csmNames(store: Store, accountId: string): string[] {
  const role = store.settings.CSM_Team_Role__c;
  if (!role) return [];
  return store
    .all('AccountTeamMember')
    .filter((member) => member.AccountId === accountId && member.TeamMemberRole === role)
    .map((member) => store.find('User', member.UserId))
    .filter((user): user is User => Boolean(user?.IsActive))
    .map((user) => user.Name)
    .sort();
}

export function toRow(
  store: Store,
  response: CampaignMember,
  rules: Pick<ReviewQueueRules, 'untouchedBefore' | 'createdSince'>
): ResponseRow {
  const status = statusOf(response);
  const nomination = store.find('Reference_Nomination__c', response.Nomination__c);
  const row: ResponseRow & { problems: string[] } = {
    id: response.Id,
    createdDate: response.CreatedDate,
    personId: null,
    personType: null,
    personName: null,
    company: null,
    accountId: null,
    accountName: null,
    accountOwnerName: null,
    accountOwnerActive: false,
    csmNames: null,
    status,
    statusChangedOn: response.Status_Changed_On__c ?? null,
    callDate: response.Call_Date__c ?? null,
    reply: abbreviate(response.Account_Team_Reply__c, REPLY_SNIPPET_LENGTH),
    replyAuthorName: store.userName(response.Account_Team_Reply_Author__c),
    repliedOn: response.Account_Team_Replied_On__c ?? null,
    verdict: response.Account_Team_Verdict__c ?? null,
    verdictReason: response.Verdict_Reason__c ?? null,
    nominationId: nomination?.Id ?? null,
    nominationStatus: nomination?.Status__c ?? null,
    gitLabSyncStatus: nomination?.GitLab_Sync_Status__c ?? null,
    gitLabIssueUrl: nomination?.GitLab_Issue_URL__c ?? null,
    gitLabIssueIid: nomination?.GitLab_Issue_IID__c ?? null,
    gitLabLastError: nomination?.GitLab_Last_Error__c ?? null,
    email: null,
    replyAuthorIsOwner: false,
    verdicts: [],
    verdictSource: response.Verdict_Source__c ?? null,
    verdictReplyAuthor: response.Verdict_Reply_Author__c ?? null,
    verdictReplyText: response.Verdict_Reply_Text__c ?? null,
    reviewNotes: response.Review_Notes__c ?? null,
    callOutcome: response.Call_Outcome__c ?? null,
    callOutcomeLabel:
      CALL_OUTCOMES.find((outcome) => outcome.value === response.Call_Outcome__c)?.label ?? null,
    callNotes: response.Call_Notes__c ?? null,
    activeReferenceSince: null,
    needsAction: needsAction(status),
    overdue: isOverdue(rules, response),
    newSinceReview: isNewSinceReview(rules, response),
    problems: []
  };
  const { contact, lead } = personOf(store, response);
  if (!contact) {
    if (!lead) {
      row.personName = PERSON_MISSING;
      row.problems.push(PROBLEM.PERSON_MISSING);
      return row;
    }
    row.personType = 'Lead';
    row.personId = lead.Id;
    row.personName = lead.Name;
    row.email = lead.Email ?? null;
    row.company = lead.Company ?? null;
    row.problems.push(PROBLEM.NO_ACCOUNT);
    return row;
  }
  row.personType = 'Contact';
  row.personId = contact.Id;
  row.personName = contact.Name;
  row.email = contact.Email ?? null;
  const account = store.find('Account', contact.AccountId);
  if (!account) {
    row.problems.push(PROBLEM.NO_ACCOUNT);
    return row;
  }
  row.accountId = account.Id;
  row.accountName = account.Name;
  const owner = store.find('User', account.OwnerId);
  row.accountOwnerName = owner?.Name ?? null;
  row.accountOwnerActive = owner?.IsActive === true;
  row.verdicts = verdictsFor(status, true);
  row.replyAuthorIsOwner =
    !!response.Account_Team_Reply_Author__c && response.Account_Team_Reply_Author__c === owner?.Id;
  if (!row.accountOwnerActive) row.problems.push(PROBLEM.NO_ACTIVE_OWNER);
  const csms = csmNames(store, account.Id);
  if (csms.length === 0) row.problems.push(PROBLEM.NO_ACTIVE_CSM);
  else row.csmNames = csms.join(', ');
  return row;
}

/* ---------------------------------------------------------------- moves (ReferenceReviewService) */

function distinct(responseIds: string[] | null | undefined): string[] {
  if (!Array.isArray(responseIds) || responseIds.length === 0) {
    throw new ApexError(NO_RESPONSES_SELECTED);
  }
  return [...new Set(responseIds.filter(Boolean))];
}

/** ReferenceReviewService.verdictsFor: the verdicts a response may receive now. */
export function verdictsFor(
  status: ReviewStatus | null | undefined,
  hasAccountTeam: boolean
): Verdict[] {
  if (!hasAccountTeam) return [];
  return VERDICTS.filter((verdict) =>
    canMoveReview(status || REVIEW_STATUS.NEW, statusForVerdict(verdict))
  );
}

function statusForVerdict(verdict: Verdict): ReviewStatus {
  return verdict === VERDICT.CONFIRMED ? REVIEW_STATUS.CONFIRMED : REVIEW_STATUS.DECLINED;
}

function nameOf(store: Store, response: CampaignMember): string {
  const { contact, lead } = personOf(store, response);
  return (contact ?? lead)?.Name ?? PERSON_MISSING;
}

/** Moves each response to `toStatus` when c/referenceProgram allows it; one result per row. */
function move(
  store: Store,
  responseIds: string[] | null | undefined,
  toStatus: ReviewStatus,
  change: MoveChange = {}
): { results: RowResult[]; moved: CampaignMember[] } {
  const results: RowResult[] = [];
  const moved: CampaignMember[] = [];
  for (const responseId of distinct(responseIds)) {
    const response = store.find('CampaignMember', responseId);
    let refusal: string | null = null;
    if (!response) {
      refusal = ROW_NOT_FOUND;
    } else if (statusOf(response) === toStatus && !change.mayStay) {
      refusal = format(ROW_ALREADY, nameOf(store, response), reviewStatusLabel(toStatus));
    } else if (statusOf(response) !== toStatus && !canMoveReview(statusOf(response), toStatus)) {
      refusal = format(
        STATUS_MOVE,
        reviewStatusLabel(statusOf(response)),
        reviewStatusLabel(toStatus)
      );
    } else {
      refusal = change.refusal?.(response) ?? null;
    }
    const personName = response ? nameOf(store, response) : null;
    // (no response always carries a refusal; the test tells TypeScript so)
    if (refusal || !response) {
      results.push({ responseId, ok: false, message: refusal, personName });
      continue;
    }
    // as ReferenceResponseService.checkReviewMoves: only a real move stamps (and so ends overdue)
    if (response.Review_Status__c !== toStatus) {
      response.Review_Status__c = toStatus;
      response.Status_Changed_On__c = new Date().toISOString();
    }
    change.apply?.(response);
    results.push({ responseId, ok: true, message: ROW_DONE, personName });
    moved.push(response);
  }
  return { results, moved };
}

export function recordVerdict(
  store: Store,
  { responseIds, verdict, reason }: ParamsOf<typeof RecordVerdict>
): RowResult[] {
  return recordVerdictFrom(store, { responseIds, verdict, reason, source: SOURCE_CHATTER_REPLY });
}

/** ReferenceReviewService.recordVerdict(VerdictRequest): the verdict with its source. */
export function recordVerdictFrom(
  store: Store,
  {
    responseIds,
    verdict,
    reason,
    source,
    replyAuthor,
    replyText
  }: ParamsOf<typeof RecordVerdictFrom>
): RowResult[] {
  if (!isVerdict(verdict)) throw new ApexError(VERDICT_UNKNOWN);
  if (verdict === VERDICT.DECLINED && !reason?.trim()) throw new ApexError(REASON_REQUIRED);
  const from = source || SOURCE_CHATTER_REPLY;
  if (!VERDICT_SOURCES.some((one) => one.value === from)) throw new ApexError(SOURCE_UNKNOWN);
  const chatter = from === SOURCE_CHATTER_REPLY;
  // The reply of a verdict from outside Chatter, trimmed; a Chatter verdict has its reply already.
  let reply: { author: string; text: string } | null = null;
  if (!chatter) {
    const author = replyAuthor?.trim();
    const text = replyText?.trim();
    if (!author || !text) throw new ApexError(REPLY_REQUIRED);
    if (text.length > MAX_REPLY_TEXT_LENGTH) {
      throw new ApexError(format(REPLY_TOO_LONG, MAX_REPLY_TEXT_LENGTH, text.length));
    }
    reply = { author, text };
  }
  return move(store, responseIds, statusForVerdict(verdict), {
    refusal(response) {
      const person = nameOf(store, response);
      const { contact } = personOf(store, response);
      if (!contact || !store.get(contact.AccountId)) return format(ROW_NO_ACCOUNT_TEAM, person);
      if (chatter && !response.Account_Team_Reply__c?.trim()) return format(ROW_NO_REPLY, person);
      const recorded = response.Account_Team_Verdict__c;
      if (recorded && recorded !== verdict && !reason?.trim()) {
        return format(ROW_CHANGE_NEEDS_REASON, person, verdictLabel(recorded));
      }
      return null;
    },
    apply(response) {
      response.Account_Team_Verdict__c = verdict;
      response.Verdict_Reason__c = reason?.trim() || null;
      response.Verdict_Source__c = from;
      response.Verdict_Reply_Author__c = reply?.author ?? null;
      response.Verdict_Reply_Text__c = reply?.text ?? null;
    }
  }).results;
}

const personMissing = (store: Store, response: CampaignMember): boolean => {
  const { contact, lead } = personOf(store, response);
  return !contact && !lead;
};

export function logCall(
  store: Store,
  { responseIds, callDate, outcome: callOutcome, notes }: ParamsOf<typeof LogCall>
): RowResult[] {
  const callNotes = notes?.trim() || null;
  if (callNotes && callNotes.length > CALL_NOTES_LENGTH) {
    throw new ApexError(
      format(
        TEXT_TOO_LONG,
        'Call Notes',
        CALL_NOTES_LENGTH.toLocaleString('en-US'),
        callNotes.length.toLocaleString('en-US')
      )
    );
  }
  if (!callDate) throw new ApexError(CALL_DATE_REQUIRED);
  if (callDate > addDays(todayGmt(), MAX_CALL_DAYS_AHEAD)) {
    throw new ApexError(format(CALL_TOO_FAR, MAX_CALL_DAYS_AHEAD));
  }
  const dueOrPast = callDate <= todayGmt();
  if (!dueOrPast && callOutcome) throw new ApexError(OUTCOME_FUTURE);
  if (dueOrPast && !callOutcome) throw new ApexError(OUTCOME_REQUIRED);
  if (dueOrPast && !CALL_OUTCOMES.some((one) => one.value === callOutcome)) {
    throw new ApexError(OUTCOME_UNKNOWN);
  }
  const held = dueOrPast && !!callOutcome && CALL_OUTCOMES_HELD.includes(callOutcome);
  const toStatus = held ? REVIEW_STATUS.CALL_HELD : REVIEW_STATUS.CALL_SCHEDULED;
  const outcomeLabel = CALL_OUTCOMES.find((one) => one.value === callOutcome)?.label;
  const outcome = move(store, responseIds, toStatus, {
    // a scheduled call that was missed or moved stays scheduled
    mayStay: !held,
    refusal(response) {
      if (personMissing(store, response)) return ROW_PERSON_MISSING;
      const signedUp = response.CreatedDate.slice(0, 10);
      return callDate < signedUp
        ? format(ROW_CALL_BEFORE_SIGNUP, nameOf(store, response), signedUp)
        : null;
    },
    apply(response) {
      response.Call_Date__c = callDate;
      response.Call_Outcome__c = dueOrPast ? callOutcome : null;
      response.Call_Notes__c = callNotes;
    }
  });
  for (const response of outcome.moved) {
    const campaign = store.find('Campaign', response.CampaignId);
    const program = campaign?.Reference_Program__c;
    const { contact, lead } = personOf(store, response);
    // (a moved row has its person: a missing one is refused)
    const person = (contact ?? lead)!;
    store.create('Task', '00T', {
      Subject: `${program ? callTypeLabel(callTypeFor(program)) : ''}: ${person.Name}`,
      ActivityDate: callDate,
      TaskSubtype: 'Call',
      WhoId: person.Id,
      WhatId: contact?.AccountId ?? null,
      Status: dueOrPast ? 'Completed' : 'Not Started',
      Description: [campaign?.Name, dueOrPast ? outcomeLabel : null, callNotes]
        .filter(Boolean)
        .join('\n')
    });
  }
  return outcome.results;
}

export function markAgreedToPartner(
  store: Store,
  { responseIds }: ParamsOf<typeof MarkAgreedToPartner>
): RowResult[] {
  const outcome = move(store, responseIds, REVIEW_STATUS.AGREED_TO_PARTNER);
  for (const response of outcome.moved) {
    const program = store.find('Campaign', response.CampaignId)?.Reference_Program__c;
    if (!program || !advisesCrmOnAgreement(program)) continue;
    const result = outcome.results.find((one) => one.responseId === response.Id);
    if (!result) continue;
    // The org resolves Default_CRM_Username__c to a user and sends a custom notification.
    const crm = store.config[program]?.Default_CRM_Username__c;
    result.message = crm ? ROW_CRM_ADVISED : ROW_NO_CRM_TO_ADVISE;
  }
  return outcome.results;
}

export function markNotAFit(
  store: Store,
  { responseIds, reason }: ParamsOf<typeof MarkNotAFit>
): RowResult[] {
  const why = reason?.trim();
  if (!why) throw new ApexError(REASON_REQUIRED);
  return move(store, responseIds, REVIEW_STATUS.NOT_A_FIT, {
    apply(response) {
      const notes = response.Review_Notes__c ? `${response.Review_Notes__c}\n${why}` : why;
      response.Review_Notes__c = notes.slice(0, 32768);
    }
  }).results;
}

export function markReviewComplete(
  store: Store,
  { campaignId }: ParamsOf<typeof MarkReviewComplete>
): Board {
  const campaign = campaignOrFail(store, campaignId);
  if (!programOf(store, campaign)) throw new ApexError(NOT_A_PROGRAM_CAMPAIGN);
  campaign.Last_Review_Date__c = todayGmt();
  campaign.Last_Reviewed_By__c = store.currentUserId;
  return getBoard(store, { campaignId });
}

/**
 * Preview only: an Account Owner or CSM replies in Chatter to the ask of a response, as
 * AccountTeamReplyService captures it from the FeedComment trigger (author, text, time, Replied).
 */
export function simulateReply(
  store: Store,
  { responseId, text }: { responseId: string; text: string }
): { responseId: string; personName: string } {
  const response = store.find('CampaignMember', responseId);
  if (!response) throw new ApexError(ROW_NOT_FOUND);
  const { contact } = personOf(store, response);
  const account = contact ? store.find('Account', contact.AccountId) : undefined;
  if (!account) throw new ApexError(format(ROW_NO_ACCOUNT_TEAM, nameOf(store, response)));
  response.Account_Team_Reply__c = text;
  response.Account_Team_Reply_Author__c = account.OwnerId ?? null;
  response.Account_Team_Replied_On__c = new Date().toISOString();
  if (canMoveReview(statusOf(response), REVIEW_STATUS.ACCOUNT_TEAM_REPLIED)) {
    response.Review_Status__c = REVIEW_STATUS.ACCOUNT_TEAM_REPLIED;
    response.Status_Changed_On__c = new Date().toISOString();
  }
  return { responseId, personName: nameOf(store, response) };
}

/** The responses of a campaign whose account team was asked and may reply (preview only). */
export function askedResponses(
  store: Store,
  { campaignId }: { campaignId: string }
): { id: string; name: string }[] {
  return store
    .responsesOf(campaignId)
    .filter((response) => statusOf(response) === REVIEW_STATUS.ACCOUNT_TEAM_ASKED)
    .map((response) => ({ id: response.Id, name: nameOf(store, response) }));
}

export const methods = standIns({
  'PreviewChatter.simulateReply': simulateReply,
  'PreviewChatter.askedResponses': askedResponses,
  'ReferenceResponseBoardController.getBoard': getBoard,
  'ReferenceResponseBoardController.getCounts': getCounts,
  'ReferenceResponseBoardController.getResponses': getResponses,
  'ReferenceResponseBoardController.recordVerdict': recordVerdict,
  'ReferenceResponseBoardController.recordVerdictFrom': recordVerdictFrom,
  'ReferenceResponseBoardController.logCall': logCall,
  'ReferenceResponseBoardController.markAgreedToPartner': markAgreedToPartner,
  'ReferenceResponseBoardController.markNotAFit': markNotAFit,
  'ReferenceResponseBoardController.markReviewComplete': markReviewComplete
});

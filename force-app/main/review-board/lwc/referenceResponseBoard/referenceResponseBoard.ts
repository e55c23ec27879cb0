import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import getBoard from '@salesforce/apex/ReferenceResponseBoardController.getBoard';
import getCounts from '@salesforce/apex/ReferenceResponseBoardController.getCounts';
import getResponses from '@salesforce/apex/ReferenceResponseBoardController.getResponses';
import recordVerdict from '@salesforce/apex/ReferenceResponseBoardController.recordVerdict';
import logCall from '@salesforce/apex/ReferenceResponseBoardController.logCall';
import markAgreedToPartner from '@salesforce/apex/ReferenceResponseBoardController.markAgreedToPartner';
import markNotAFit from '@salesforce/apex/ReferenceResponseBoardController.markNotAFit';
import markReviewComplete from '@salesforce/apex/ReferenceResponseBoardController.markReviewComplete';
import AskAccountTeamModal, { OUTCOME } from 'c/askAccountTeamModal';
import NominationWizardModal, { WIZARD_FINISHED } from 'c/nominationWizardModal';
import { formatLabel as format, reduceErrors } from 'c/ldsUtils';
import {
  REVIEW_STATUS,
  REVIEW_STATUSES,
  VERDICT,
  callTypeLabel,
  canMoveReview,
  isCallType,
  isNominationStatus,
  isProgram,
  isReviewStatus,
  nominationStatusLabel,
  programLabel,
  reviewStatusLabel
} from 'c/referenceProgram';
import type { ReviewStatus } from 'c/referenceProgram';
import TITLE from '@salesforce/label/c.Board_Title';
import INERT from '@salesforce/label/c.Board_Inert';
import LOAD_FAILED from '@salesforce/label/c.Board_Load_Failed';
import COUNTS_FAILED from '@salesforce/label/c.Board_Counts_Failed';
import ACTION_FAILED from '@salesforce/label/c.Board_Action_Failed';
import NO_ACCESS from '@salesforce/label/c.Board_Error_No_Access';
import LOADING from '@salesforce/label/c.Board_Loading';
import EMPTY from '@salesforce/label/c.Board_Empty';
import PROGRAM from '@salesforce/label/c.Board_Program';
import REVIEWERS from '@salesforce/label/c.Board_Reviewers';
import NO_REVIEWERS from '@salesforce/label/c.Board_No_Reviewers';
import LAST_REVIEW from '@salesforce/label/c.Board_Last_Review';
import NEVER_REVIEWED from '@salesforce/label/c.Board_Never_Reviewed';
import REVIEWED_BY from '@salesforce/label/c.Board_Reviewed_By';
import TOTAL from '@salesforce/label/c.Board_Total';
import NEW_SINCE_REVIEW from '@salesforce/label/c.Board_New_Since_Review';
import OVERDUE from '@salesforce/label/c.Board_Overdue';
import NEEDS_ACTION from '@salesforce/label/c.Board_Needs_Action';
import MARK_REVIEW_COMPLETE from '@salesforce/label/c.Board_Mark_Review_Complete';
import REVIEW_RECORDED from '@salesforce/label/c.Board_Review_Recorded';
import FILTER_STATUS from '@salesforce/label/c.Board_Filter_Status';
import ALL_STATUSES from '@salesforce/label/c.Board_All_Statuses';
import FILTER_VIEW from '@salesforce/label/c.Board_Filter_View';
import VIEW_ALL from '@salesforce/label/c.Board_View_All';
import SEARCH from '@salesforce/label/c.Board_Search';
import SEARCH_PLACEHOLDER from '@salesforce/label/c.Board_Search_Placeholder';
import SORT from '@salesforce/label/c.Board_Sort';
import OLDEST_FIRST from '@salesforce/label/c.Board_Oldest_First';
import NEWEST_FIRST from '@salesforce/label/c.Board_Newest_First';
import LOAD_MORE from '@salesforce/label/c.Board_Load_More';
import SHOWING from '@salesforce/label/c.Board_Showing';
import SELECT_ALL from '@salesforce/label/c.Board_Select_All';
import SELECT_ROW from '@salesforce/label/c.Board_Select_Row';
import SELECTED from '@salesforce/label/c.Board_Selected';
import COL_PERSON from '@salesforce/label/c.Board_Column_Person';
import COL_ACCOUNT from '@salesforce/label/c.Board_Column_Account';
import COL_OWNER from '@salesforce/label/c.Board_Column_Owner';
import COL_CSM from '@salesforce/label/c.Board_Column_Csm';
import COL_STATUS from '@salesforce/label/c.Board_Column_Status';
import COL_REPLY from '@salesforce/label/c.Board_Column_Reply';
import COL_CALL from '@salesforce/label/c.Board_Column_Call';
import COL_AGE from '@salesforce/label/c.Board_Column_Age';
import COL_ACTIONS from '@salesforce/label/c.Board_Column_Actions';
import NOMINATION from '@salesforce/label/c.Board_Nomination';
import ACTION_CONFIRM from '@salesforce/label/c.Board_Action_Confirm';
import ACTION_DECLINE from '@salesforce/label/c.Board_Action_Decline';
import ACTION_LOG_CALL from '@salesforce/label/c.Board_Action_Log_Call';
import ACTION_AGREED from '@salesforce/label/c.Board_Action_Agreed';
import ACTION_NOT_A_FIT from '@salesforce/label/c.Board_Action_Not_A_Fit';
import ACTION_OPEN_LEAD from '@salesforce/label/c.Board_Action_Open_Lead';
import ACTION_ASK from '@salesforce/label/c.Board_Action_Ask_Account_Team';
import ACTION_NOMINATE from '@salesforce/label/c.Board_Action_Nominate';
import NOMINATED from '@salesforce/label/c.Board_Nominated';
import ROW_ACTIONS_FOR from '@salesforce/label/c.Board_Row_Actions_For';
import REASON from '@salesforce/label/c.Board_Reason';
import CALL_DATE from '@salesforce/label/c.Board_Call_Date';
import SUBMIT from '@salesforce/label/c.Board_Submit';
import CANCEL from '@salesforce/label/c.Board_Cancel';
import APPLIES_TO from '@salesforce/label/c.Board_Applies_To';
import RESULTS_SUMMARY from '@salesforce/label/c.Board_Results_Summary';
import DISMISS from '@salesforce/label/c.Board_Dismiss';
import PROBLEM_NO_ACCOUNT_LEAD from '@salesforce/label/c.Board_Problem_Lead_No_Account';
import PROBLEM_NO_ACCOUNT_CONTACT from '@salesforce/label/c.Board_Problem_Contact_No_Account';
import PROBLEM_NO_ACTIVE_OWNER from '@salesforce/label/c.Board_Problem_No_Active_Owner';
import PROBLEM_NO_ACTIVE_CSM from '@salesforce/label/c.Board_Problem_No_Active_Csm';
import PROBLEM_PERSON_MISSING from '@salesforce/label/c.Board_Problem_Person_Missing';

/** The board's views; the API values are ReferenceResponseBoardSelector's VIEW_ constants. */
export const VIEW = {
  ALL: 'ALL',
  NEEDS_ACTION: 'NEEDS_ACTION',
  NEW_SINCE_REVIEW: 'NEW_SINCE_REVIEW',
  OVERDUE: 'OVERDUE'
} as const;
type View = (typeof VIEW)[keyof typeof VIEW];

/** Problem codes, as ReferenceResponseBoardService's PROBLEM_ constants. */
const PROBLEM = {
  NO_ACCOUNT: 'NO_ACCOUNT',
  NO_ACTIVE_OWNER: 'NO_ACTIVE_OWNER',
  NO_ACTIVE_CSM: 'NO_ACTIVE_CSM',
  PERSON_MISSING: 'PERSON_MISSING'
} as const;

export const ACTION = {
  ASK: 'ask',
  NOMINATE: 'nominate',
  CONFIRM: 'confirm',
  DECLINE: 'decline',
  LOG_CALL: 'logCall',
  AGREED: 'agreed',
  NOT_A_FIT: 'notAFit',
  OPEN_LEAD: 'openLead'
} as const;
type Action = (typeof ACTION)[keyof typeof ACTION];
type ReviewAction = Exclude<Action, 'openLead' | 'ask' | 'nominate'>;

export const PAGE_SIZE = 50;
const SORT_OLDEST = 'oldest';
const SORT_NEWEST = 'newest';
const NO_ACCESS_PATTERN = /do not have access to the Apex class/i;

type Row = Apex.ReferenceResponseBoardService.ResponseRow;
type RowResult = Apex.ReferenceReviewService.RowResult;

const ACTION_LABELS: Readonly<Record<ReviewAction, string>> = {
  [ACTION.CONFIRM]: ACTION_CONFIRM,
  [ACTION.DECLINE]: ACTION_DECLINE,
  [ACTION.LOG_CALL]: ACTION_LOG_CALL,
  [ACTION.AGREED]: ACTION_AGREED,
  [ACTION.NOT_A_FIT]: ACTION_NOT_A_FIT
};
// The status each action moves a response to: offered only where the shared transitions allow it.
const ACTION_TARGET: Readonly<Record<ReviewAction, ReviewStatus>> = {
  [ACTION.CONFIRM]: REVIEW_STATUS.CONFIRMED,
  [ACTION.DECLINE]: REVIEW_STATUS.DECLINED,
  [ACTION.LOG_CALL]: REVIEW_STATUS.CALL_HELD,
  [ACTION.AGREED]: REVIEW_STATUS.AGREED_TO_PARTNER,
  [ACTION.NOT_A_FIT]: REVIEW_STATUS.NOT_A_FIT
};
const REVIEW_ACTIONS = Object.keys(ACTION_TARGET) as ReviewAction[];

// Server DTO fields are nullable; the template wants text.
function textOf(value: string | null | undefined): string {
  return value ?? '';
}

function dataIdOf(event: Event): string {
  return textOf((event.currentTarget as HTMLElement).dataset.id);
}

function valueOf(event: Event): string {
  return textOf((event.target as HTMLInputElement).value);
}

function statusText(status: string | null): string {
  return isReviewStatus(status) ? reviewStatusLabel(status) : textOf(status);
}

function canDo(action: ReviewAction, status: string | null): boolean {
  if (!isReviewStatus(status)) {
    return false;
  }
  if (action === ACTION.LOG_CALL) {
    return (
      canMoveReview(status, REVIEW_STATUS.CALL_HELD) ||
      canMoveReview(status, REVIEW_STATUS.CALL_SCHEDULED)
    );
  }
  return canMoveReview(status, ACTION_TARGET[action]);
}

// The account team is asked in Chatter on the account: a response without one cannot be asked.
function canAsk(row: Row): boolean {
  const blocked = (row.problems ?? []).some(
    (code) => code === PROBLEM.NO_ACCOUNT || code === PROBLEM.PERSON_MISSING
  );
  return (
    !blocked &&
    isReviewStatus(row.status) &&
    canMoveReview(row.status, REVIEW_STATUS.ACCOUNT_TEAM_ASKED)
  );
}

// A nomination needs the customer's account; the shared transitions say when it may happen.
function canNominate(row: Row): boolean {
  return (
    !!row.accountId &&
    !row.nominationId &&
    isReviewStatus(row.status) &&
    canMoveReview(row.status, REVIEW_STATUS.NOMINATED)
  );
}

function problemText(code: string, row: Row): string {
  switch (code) {
    case PROBLEM.NO_ACCOUNT:
      return row.personType === 'Lead' ? PROBLEM_NO_ACCOUNT_LEAD : PROBLEM_NO_ACCOUNT_CONTACT;
    case PROBLEM.NO_ACTIVE_OWNER:
      return PROBLEM_NO_ACTIVE_OWNER;
    case PROBLEM.NO_ACTIVE_CSM:
      return PROBLEM_NO_ACTIVE_CSM;
    case PROBLEM.PERSON_MISSING:
      return PROBLEM_PERSON_MISSING;
    default:
      return code;
  }
}

/**
 * The response review board of a landing-page Campaign: the header of the monthly review, the
 * responses a page at a time (keyset paging on the server), and the review actions on one response
 * or a selection, each validated by the server with a result per response.
 */
export default class ReferenceResponseBoard extends NavigationMixin(LightningElement) {
  @api recordId?: string;

  readonly labels = {
    TITLE,
    INERT,
    LOADING,
    EMPTY,
    PROGRAM,
    REVIEWERS,
    LAST_REVIEW,
    TOTAL,
    NEW_SINCE_REVIEW,
    OVERDUE,
    NEEDS_ACTION,
    MARK_REVIEW_COMPLETE,
    FILTER_STATUS,
    FILTER_VIEW,
    SEARCH,
    SEARCH_PLACEHOLDER,
    SORT,
    LOAD_MORE,
    SELECT_ALL,
    COL_PERSON,
    COL_ACCOUNT,
    COL_OWNER,
    COL_CSM,
    COL_STATUS,
    COL_REPLY,
    COL_CALL,
    COL_AGE,
    COL_ACTIONS,
    NOMINATION,
    REASON,
    CALL_DATE,
    SUBMIT,
    CANCEL,
    DISMISS,
    COUNTS_FAILED,
    ACTION_OPEN_LEAD,
    ACTION_ASK
  };

  board?: Apex.ReferenceResponseBoardService.Board;
  counts?: Apex.ReferenceReviewQueue.Counts;
  rows: Row[] = [];
  hasMore = false;
  nextCreatedDate: string | null = null;
  nextId: string | null = null;
  loading = true;
  loadingMore = false;
  busy = false;
  error: unknown;
  countsError: unknown;
  actionError: unknown;
  notice?: string;

  status = '';
  view: View = VIEW.ALL;
  search = '';
  sort = SORT_OLDEST;
  selectedIds: string[] = [];

  pendingAction?: ReviewAction;
  pendingIds: string[] = [];
  reason = '';
  callDate = '';
  results: RowResult[] = [];
  resultNames: Record<string, string> = {};

  connectedCallback(): void {
    this.load();
  }

  // ---- loading ---------------------------------------------------------------------------------

  async load(): Promise<void> {
    this.loading = true;
    this.error = undefined;
    try {
      this.board = await getBoard({ campaignId: this.recordId });
      if (this.board.feedsProgram) {
        await Promise.all([this.loadCounts(), this.loadFirstPage()]);
      }
    } catch (error) {
      this.error = error;
    } finally {
      this.loading = false;
    }
  }

  async loadCounts(): Promise<void> {
    this.countsError = undefined;
    try {
      this.counts = await getCounts({ campaignId: this.recordId });
    } catch (error) {
      this.counts = undefined;
      this.countsError = error;
    }
  }

  async loadFirstPage(): Promise<void> {
    this.nextCreatedDate = null;
    this.nextId = null;
    this.selectedIds = [];
    const page = await this.fetchPage();
    this.rows = page.rows ?? [];
    this.applyCursor(page);
  }

  async handleLoadMore(): Promise<void> {
    this.loadingMore = true;
    try {
      const page = await this.fetchPage();
      this.rows = [...this.rows, ...(page.rows ?? [])];
      this.applyCursor(page);
    } catch (error) {
      this.actionError = error;
    } finally {
      this.loadingMore = false;
    }
  }

  fetchPage(): Promise<Apex.ReferenceResponseBoardService.ResponsePage> {
    return getResponses({
      campaignId: this.recordId,
      status: this.status || null,
      view: this.view,
      search: this.search.trim() || null,
      newestFirst: this.sort === SORT_NEWEST,
      afterCreatedDate: this.nextCreatedDate,
      afterId: this.nextId,
      pageSize: PAGE_SIZE
    });
  }

  applyCursor(page: Apex.ReferenceResponseBoardService.ResponsePage): void {
    this.hasMore = page.hasMore === true;
    this.nextCreatedDate = page.nextCreatedDate;
    this.nextId = page.nextId;
  }

  async reloadList(): Promise<void> {
    this.busy = true;
    try {
      await this.loadFirstPage();
    } catch (error) {
      this.actionError = error;
    } finally {
      this.busy = false;
    }
  }

  // ---- filters ---------------------------------------------------------------------------------

  handleStatusChange(event: CustomEvent<{ value: string }>): void {
    this.status = event.detail.value;
    this.reloadList();
  }

  handleViewChange(event: CustomEvent<{ value: string }>): void {
    this.view = event.detail.value as View;
    this.reloadList();
  }

  handleSortChange(event: CustomEvent<{ value: string }>): void {
    this.sort = event.detail.value;
    this.reloadList();
  }

  handleSearchChange(event: Event): void {
    this.search = valueOf(event);
  }

  handleSearchCommit(): void {
    this.reloadList();
  }

  // ---- selection -------------------------------------------------------------------------------

  handleSelectRow(event: Event): void {
    const input = event.target as HTMLInputElement;
    const id = textOf(input.dataset.id);
    this.selectedIds = input.checked
      ? [...this.selectedIds, id]
      : this.selectedIds.filter((selected) => selected !== id);
  }

  handleSelectAll(event: Event): void {
    this.selectedIds = (event.target as HTMLInputElement).checked
      ? this.rows.map((row) => textOf(row.id))
      : [];
  }

  // ---- actions ---------------------------------------------------------------------------------

  handleRowAction(event: CustomEvent<{ value: string }>): void {
    const id = dataIdOf(event);
    const action = event.detail.value as Action;
    if (action === ACTION.OPEN_LEAD) {
      const row = this.rows.find((candidate) => candidate.id === id);
      this.openRecord(textOf(row?.personId));
      return;
    }
    if (action === ACTION.ASK) {
      this.askAccountTeam([id]);
      return;
    }
    if (action === ACTION.NOMINATE) {
      this.nominate(id);
      return;
    }
    this.startAction(action, [id]);
  }

  handleBulkAction(event: Event): void {
    const action = (event.currentTarget as HTMLElement).dataset.action as ReviewAction;
    this.startAction(action, [...this.selectedIds]);
  }

  handleBulkAsk(): void {
    this.askAccountTeam([...this.selectedIds]);
  }

  // The Chatter capability lives in c/askAccountTeamModal; the board only opens it and refreshes.
  async askAccountTeam(ids: string[]): Promise<void> {
    this.results = [];
    this.actionError = undefined;
    this.notice = undefined;
    this.resultNames = Object.fromEntries(this.rows.map((row) => [row.id, textOf(row.personName)]));
    try {
      const outcomes = await AskAccountTeamModal.open({
        size: 'medium',
        label: ACTION_ASK,
        responseIds: ids
      });
      if (!outcomes) {
        return;
      }
      this.results = outcomes.map((outcome) => ({
        responseId: outcome.responseId,
        ok: outcome.outcome !== OUTCOME.refused,
        message: outcome.message
      }));
      this.busy = true;
      await Promise.all([this.loadCounts(), this.loadFirstPage()]);
    } catch (error) {
      this.actionError = error;
    } finally {
      this.busy = false;
    }
  }

  // The nomination wizard (a Flow) lives in c/nominationWizardModal; the board opens it for one row.
  async nominate(id: string): Promise<void> {
    const row = this.rows.find((candidate) => candidate.id === id);
    this.results = [];
    this.actionError = undefined;
    this.notice = undefined;
    try {
      const result = await NominationWizardModal.open({
        size: 'large',
        label: ACTION_NOMINATE,
        responseId: id,
        accountId: textOf(row?.accountId)
      });
      if (result !== WIZARD_FINISHED) {
        return;
      }
      this.notice = NOMINATED;
      this.busy = true;
      await Promise.all([this.loadCounts(), this.loadFirstPage()]);
    } catch (error) {
      this.actionError = error;
    } finally {
      this.busy = false;
    }
  }

  handleOpenLead(event: Event): void {
    this.openRecord(dataIdOf(event));
  }

  openRecord(recordId: string): void {
    const navigate = (this as unknown as Record<symbol, (ref: unknown) => void>)[
      NavigationMixin.Navigate
    ] as (ref: unknown) => void;
    navigate.call(this, {
      type: 'standard__recordPage',
      attributes: { recordId, actionName: 'view' }
    });
  }

  async startAction(action: ReviewAction, ids: string[]): Promise<void> {
    this.results = [];
    this.actionError = undefined;
    this.notice = undefined;
    if (action === ACTION.AGREED || action === ACTION.CONFIRM) {
      await this.run(action, ids);
      return;
    }
    // Decline, not a fit and the call need input first.
    this.pendingAction = action;
    this.pendingIds = ids;
    this.reason = '';
    this.callDate = '';
  }

  handleReasonChange(event: Event): void {
    this.reason = valueOf(event);
  }

  handleCallDateChange(event: Event): void {
    this.callDate = valueOf(event);
  }

  handleCancel(): void {
    this.pendingAction = undefined;
    this.pendingIds = [];
  }

  async handleSubmit(): Promise<void> {
    const missing =
      (this.needsReason && this.reason.trim() === '') ||
      (this.needsCallDate && this.callDate === '');
    if (missing || !this.pendingAction) {
      // Let the base components show which field is missing.
      this.template
        ?.querySelectorAll<HTMLInputElement>('.action-form [data-input]')
        .forEach((input) => input.reportValidity());
      return;
    }
    await this.run(this.pendingAction, this.pendingIds);
  }

  async run(action: ReviewAction, ids: string[]): Promise<void> {
    this.busy = true;
    // Names are kept now: after the reload a moved response may have left the filtered list.
    this.resultNames = Object.fromEntries(this.rows.map((row) => [row.id, textOf(row.personName)]));
    try {
      this.results = await this.call(action, ids);
      this.pendingAction = undefined;
      this.pendingIds = [];
      await Promise.all([this.loadCounts(), this.loadFirstPage()]);
    } catch (error) {
      this.actionError = error;
    } finally {
      this.busy = false;
    }
  }

  call(action: ReviewAction, responseIds: string[]): Promise<RowResult[]> {
    switch (action) {
      case ACTION.CONFIRM:
        return recordVerdict({ responseIds, verdict: VERDICT.CONFIRMED, reason: null });
      case ACTION.DECLINE:
        return recordVerdict({ responseIds, verdict: VERDICT.DECLINED, reason: this.reason });
      case ACTION.LOG_CALL:
        return logCall({ responseIds, callDate: this.callDate });
      case ACTION.AGREED:
        return markAgreedToPartner({ responseIds });
      default:
        return markNotAFit({ responseIds, reason: this.reason });
    }
  }

  async handleMarkReviewComplete(): Promise<void> {
    this.busy = true;
    this.actionError = undefined;
    this.notice = undefined;
    try {
      this.board = await markReviewComplete({ campaignId: this.recordId });
      this.notice = REVIEW_RECORDED;
      await Promise.all([this.loadCounts(), this.loadFirstPage()]);
    } catch (error) {
      this.actionError = error;
    } finally {
      this.busy = false;
    }
  }

  handleDismissResults(): void {
    this.results = [];
    this.notice = undefined;
  }

  /** A GitLab issue retried from a row: reload so the row shows the new status. */
  handleGitLabStatusChange(): Promise<void> {
    return this.reloadList();
  }

  // ---- view model ------------------------------------------------------------------------------

  get isInert(): boolean {
    return !this.loading && !this.error && this.board?.feedsProgram === false;
  }

  get isReady(): boolean {
    return !this.loading && !this.error && this.board?.feedsProgram === true;
  }

  get errorMessage(): string {
    return reduceErrors(this.error).some((message) => NO_ACCESS_PATTERN.test(message))
      ? NO_ACCESS
      : LOAD_FAILED;
  }

  get actionErrorMessage(): string {
    return reduceErrors(this.actionError).some((message) => NO_ACCESS_PATTERN.test(message))
      ? NO_ACCESS
      : ACTION_FAILED;
  }

  get programText(): string {
    const program = this.board?.program;
    const callType = this.board?.callType;
    const name = isProgram(program) ? programLabel(program) : '';
    return isCallType(callType) ? `${name} · ${callTypeLabel(callType)}` : name;
  }

  get reviewersText(): string {
    const reviewers = this.board?.reviewers ?? [];
    return reviewers.length > 0 ? reviewers.join(', ') : NO_REVIEWERS;
  }

  get lastReviewText(): string {
    const date = this.board?.lastReviewDate;
    if (!date) {
      return NEVER_REVIEWED;
    }
    const reviewer = this.board?.lastReviewedByName;
    return reviewer ? format(REVIEWED_BY, date, reviewer) : date;
  }

  get statusCounts(): Array<{ status: string; text: string }> {
    return (this.counts?.byStatus ?? [])
      .filter((count) => (count.responses ?? 0) > 0)
      .map((count) => ({
        status: textOf(count.status),
        text: `${statusText(count.status)}: ${count.responses}`
      }));
  }

  get statusOptions(): Array<{ label: string; value: string }> {
    return [
      { label: ALL_STATUSES, value: '' },
      ...REVIEW_STATUSES.map((status) => ({ label: reviewStatusLabel(status), value: status }))
    ];
  }

  get viewOptions(): Array<{ label: string; value: string }> {
    return [
      { label: VIEW_ALL, value: VIEW.ALL },
      { label: NEEDS_ACTION, value: VIEW.NEEDS_ACTION },
      { label: NEW_SINCE_REVIEW, value: VIEW.NEW_SINCE_REVIEW },
      { label: OVERDUE, value: VIEW.OVERDUE }
    ];
  }

  get sortOptions(): Array<{ label: string; value: string }> {
    return [
      { label: OLDEST_FIRST, value: SORT_OLDEST },
      { label: NEWEST_FIRST, value: SORT_NEWEST }
    ];
  }

  get isEmpty(): boolean {
    return this.rows.length === 0;
  }

  get showingText(): string {
    return format(SHOWING, this.rows.length);
  }

  get allSelected(): boolean {
    return this.rows.length > 0 && this.selectedIds.length === this.rows.length;
  }

  get selectionText(): string {
    return format(SELECTED, this.selectedIds.length);
  }

  get bulkDisabled(): boolean {
    return this.selectedIds.length === 0 || this.busy;
  }

  get bulkActions(): Array<{ action: string; label: string }> {
    return REVIEW_ACTIONS.map((action) => ({ action, label: ACTION_LABELS[action] }));
  }

  get rowViews(): Array<Record<string, unknown>> {
    return this.rows.map((row) => {
      const id = textOf(row.id);
      const problems = (row.problems ?? []).map((code) => ({ code, text: problemText(code, row) }));
      const actions: Array<{ value: Action; label: string }> = REVIEW_ACTIONS.filter((action) =>
        canDo(action, row.status)
      ).map((action) => ({ value: action, label: ACTION_LABELS[action] }));
      if (canAsk(row)) {
        actions.unshift({ value: ACTION.ASK, label: ACTION_ASK });
      }
      if (canNominate(row)) {
        actions.push({ value: ACTION.NOMINATE, label: ACTION_NOMINATE });
      }
      const isLead = row.personType === 'Lead';
      if (isLead) {
        actions.push({ value: ACTION.OPEN_LEAD, label: ACTION_OPEN_LEAD });
      }
      const nominationStatus = row.nominationStatus;
      return {
        id,
        row,
        selected: this.selectedIds.includes(id),
        selectLabel: format(SELECT_ROW, textOf(row.personName)),
        actionsLabel: format(ROW_ACTIONS_FOR, textOf(row.personName)),
        personUrl: row.personId ? `/${row.personId}` : null,
        accountUrl: row.accountId ? `/${row.accountId}` : null,
        statusLabel: statusText(row.status),
        // lightning-relative-date-time takes a Date or epoch milliseconds, not Apex's ISO text
        createdTime: row.createdDate ? Date.parse(row.createdDate) : null,
        statusClass: row.overdue
          ? 'slds-badge slds-theme_warning'
          : row.needsAction
            ? 'slds-badge slds-badge_inverse'
            : 'slds-badge',
        problems,
        hasProblems: problems.length > 0,
        offerOpenLead: isLead && !!row.personId,
        actions,
        hasActions: actions.length > 0,
        hasNomination: !!row.nominationId,
        nominationLabel: isNominationStatus(nominationStatus)
          ? nominationStatusLabel(nominationStatus)
          : (nominationStatus ?? '')
      };
    });
  }

  get formTitle(): string {
    return this.pendingAction ? ACTION_LABELS[this.pendingAction] : '';
  }

  get formAppliesTo(): string {
    return format(APPLIES_TO, this.pendingIds.length);
  }

  get needsReason(): boolean {
    return this.pendingAction === ACTION.DECLINE || this.pendingAction === ACTION.NOT_A_FIT;
  }

  get needsCallDate(): boolean {
    return this.pendingAction === ACTION.LOG_CALL;
  }

  get hasResults(): boolean {
    return this.results.length > 0;
  }

  get resultsSummary(): string {
    const done = this.results.filter((result) => result.ok).length;
    return format(RESULTS_SUMMARY, done, this.results.length - done);
  }

  get resultViews(): Array<{ key: string; text: string; className: string }> {
    return this.results.map((result, index) => ({
      key: `${textOf(result.responseId)}-${index}`,
      text: `${this.resultNames[textOf(result.responseId)] || textOf(result.responseId)}: ${textOf(result.message)}`,
      className: result.ok ? 'result result-done' : 'result result-refused slds-text-color_error'
    }));
  }
}

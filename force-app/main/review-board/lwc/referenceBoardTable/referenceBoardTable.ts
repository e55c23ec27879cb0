import { LightningElement, api } from 'lwc';
import { formatLabel as format, formatLabelOr } from 'c/ldsUtils';
import {
  NOMINATION_STATUS,
  isNominationStatus,
  isReviewStatus,
  nextReviewStatuses,
  nominationStatusLabel
} from 'c/referenceProgram';
import { PROBLEM, actionLabel, reviewStatusText, rowActions } from 'c/referenceReviewActions';
import type { Action, ActionRequest, Row } from 'c/referenceReviewActions';
import { LABELS } from './labels';
import { NO_SLOTS, assignRowSlots } from './rowSlots';
import type { RowSlots } from './rowSlots';

/** `rowselect` carries the response whose checkbox changed and whether it is now checked. */
export interface RowSelectDetail {
  responseId: string;
  selected: boolean;
}
/** `selectall` carries whether "select all" is now checked. */
export interface SelectAllDetail {
  selected: boolean;
}
/** `rowaction` carries the action chosen on one response (its menu or its "open lead"). */
export type RowActionDetail = ActionRequest;
/** `loadmore` carries no detail: the board keeps the cursor of the next page. */
export type LoadMoreDetail = null;
/** `issuestatuschange` forwards what c-git-lab-issue-status reports after a retry. */
export type IssueStatusChangeDetail = Apex.GitLabIssueStatus;
/** What the board calls on the table. */
export interface BoardTableApi {
  focusResponse(responseId: string, index: number): void;
}

// Server DTO fields are nullable; the template wants text.
function textOf(value: string | null | undefined): string {
  return value ?? '';
}

function problemText(code: string, row: Row): string {
  switch (code) {
    case PROBLEM.NO_ACCOUNT:
      return row.personType === 'Lead'
        ? LABELS.PROBLEM_NO_ACCOUNT_LEAD
        : LABELS.PROBLEM_NO_ACCOUNT_CONTACT;
    case PROBLEM.NO_ACTIVE_OWNER:
      return LABELS.PROBLEM_NO_ACTIVE_OWNER;
    case PROBLEM.NO_ACTIVE_CSM:
      return LABELS.PROBLEM_NO_ACTIVE_CSM;
    case PROBLEM.PERSON_MISSING:
      return LABELS.PROBLEM_PERSON_MISSING;
    default:
      return code;
  }
}

function statusClass(row: Row): string {
  if (row.overdue) {
    return 'status-badge slds-badge slds-theme_warning';
  }
  return row.needsAction ? 'status-badge slds-badge slds-badge_inverse' : 'status-badge slds-badge';
}

// A closed response (no move left) needs no warning about its account team any more.
function isOpen(row: Row): boolean {
  return isReviewStatus(row.status) && nextReviewStatuses(row.status).length > 0;
}

/**
 * The responses of the board, one row per response, in five columns that fit a record page's
 * main column (about 860 px at 1280): the person (name, email, account or company, problems), the
 * account team (owner with an Inactive marker, CSMs), one status badge (overdue in it), the reply,
 * verdict and call in one cell, the sign-up date and a row-action menu. Narrow regions (phones, a
 * sidebar) get the rows as stacked cards. The board owns the rows and the selection.
 */
export default class ReferenceBoardTable extends LightningElement {
  /** The responses listed so far (every page loaded). */
  @api
  get rows(): Row[] {
    return this.listed;
  }
  set rows(value: Row[]) {
    this.listed = value ?? [];
    // Stryker disable next-line OptionalChaining: a component has its template from construction
    const focusedRow = this.template?.activeElement?.closest<HTMLElement>('tr.response');
    this.slots = assignRowSlots(
      this.slots,
      this.listed.map((row) => textOf(row.id)),
      focusedRow?.dataset.id ?? null
    );
  }
  /** The Ids of the selected responses. */
  @api selectedIds: string[] = [];
  /** The server has a next page. */
  @api hasMore = false;
  /** The next page is on its way. */
  @api loadingMore = false;
  /** A filter or search narrows the list: the empty state says so. */
  @api filtered = false;

  listed: Row[] = [];
  /** Which row (its key) shows which response: see rowSlots. */
  slots: RowSlots = NO_SLOTS;

  readonly labels = LABELS;

  get isEmpty(): boolean {
    return this.rows.length === 0;
  }

  get emptyText(): string {
    return this.filtered ? LABELS.EMPTY : LABELS.EMPTY_NO_FILTER;
  }

  get showingText(): string {
    return format(LABELS.SHOWING, this.rows.length);
  }

  // Read only where the table shows, which is never with no rows.
  get allSelected(): boolean {
    return this.selectedIds.length === this.rows.length;
  }

  get rowViews(): Array<Record<string, unknown>> {
    return this.rows.map((row) => {
      const id = textOf(row.id);
      const open = isOpen(row);
      const problems = open
        ? (row.problems ?? []).map((code) => ({ code, text: problemText(code, row) }))
        : [];
      const actions = rowActions(row).map((action) => ({
        value: action,
        label: actionLabel(action)
      }));
      const nominationStatus = row.nominationStatus;
      const status = reviewStatusText(row.status);
      const replyAuthor = row.replyAuthorName
        ? format(
            row.replyAuthorIsOwner ? LABELS.REPLY_BY_OWNER : LABELS.REPLY_BY_CSM,
            row.replyAuthorName
          )
        : '';
      const otherChannel =
        !!row.verdictSource && !!row.verdictReplyAuthor
          ? formatLabelOr(
              LABELS.VERDICT_FROM_CHANNEL,
              LABELS.VERDICT_FROM_CHANNEL_NO_TEXT,
              row.verdictSource.replace(/_/g, ' '),
              row.verdictReplyAuthor,
              row.verdictReplyText
            )
          : '';
      // a sign-up without a name is told apart by its email before the generic label
      const who = row.personName?.trim() || row.email;
      return {
        id,
        slot: this.slots.byId.get(id) ?? id,
        row,
        selected: this.selectedIds.includes(id),
        selectLabel: formatLabelOr(LABELS.SELECT_ROW, LABELS.SELECT_ROW_UNNAMED, who),
        actionsLabel: formatLabelOr(LABELS.ROW_ACTIONS_FOR, LABELS.ROW_ACTIONS_FOR_UNNAMED, who),
        personUrl: row.personId ? `/${row.personId}` : null,
        accountUrl: row.accountId ? `/${row.accountId}` : null,
        ownerText: row.accountOwnerName ? format(LABELS.OWNER, row.accountOwnerName) : '',
        ownerInactive: !!row.accountOwnerName && !row.accountOwnerActive,
        csmText: row.csmNames ? format(LABELS.CSM, row.csmNames) : '',
        statusLabel: row.overdue ? format(LABELS.STATUS_OVERDUE, status) : status,
        statusClass: statusClass(row),
        replyAuthor,
        otherChannel,
        verdictReasonText: row.verdictReason
          ? format(LABELS.VERDICT_REASON, row.verdictReason)
          : '',
        notesText: row.reviewNotes ? format(LABELS.NOTES, row.reviewNotes) : '',
        callOutcomeText: row.callOutcomeLabel
          ? format(LABELS.CALL_OUTCOME_ON_ROW, row.callOutcomeLabel)
          : '',
        callNotesText: row.callNotes ? format(LABELS.CALL_NOTES_ON_ROW, row.callNotes) : '',
        problems,
        hasProblems: problems.length > 0,
        actions,
        hasActions: actions.length > 0,
        hasNomination: !!row.nominationId,
        // One entry keyed by the nomination: a row that changes hands gets a new issue status.
        // (read only under hasNomination)
        issueStatus: [{ key: row.nominationId }],
        // "Nominated" is already the status: the nomination's own status shows once it moves on.
        showNominationStatus:
          !!nominationStatus && nominationStatus !== NOMINATION_STATUS.NOMINATED,
        nominationLabel: isNominationStatus(nominationStatus)
          ? nominationStatusLabel(nominationStatus)
          : textOf(nominationStatus)
      };
    });
  }

  /**
   * Focus back on a response's row after the board reloaded around an action on it: the row's
   * action menu, else its checkbox. When the response has left the list (an action moved it out of
   * the view or sort), the row now at its place, the next one to review (else the last row); with no
   * rows, the empty state. Never the body.
   */
  @api
  focusResponse(responseId: string, index: number): void {
    // Stryker disable next-line OptionalChaining: the board calls this on a rendered table, which has its template
    const rows = [...(this.template?.querySelectorAll<HTMLElement>('tr.response') ?? [])];
    const row =
      rows.find((one) => one.dataset.id === responseId) ?? rows[Math.min(index, rows.length - 1)];
    const target = row
      ? (row.querySelector<HTMLElement>('.row-actions') ??
        row.querySelector<HTMLElement>('.select-row'))
      : // Stryker disable next-line OptionalChaining: a rendered table has its template
        this.template?.querySelector<HTMLElement>('.empty');
    // Stryker disable next-line OptionalChaining: a row always has its checkbox, an empty table its empty state
    target?.focus();
  }

  handleSelectRow(event: Event): void {
    const input = event.target as HTMLInputElement;
    const detail: RowSelectDetail = {
      responseId: textOf(input.dataset.id),
      selected: input.checked
    };
    this.dispatchEvent(new CustomEvent<RowSelectDetail>('rowselect', { detail }));
  }

  handleSelectAll(event: Event): void {
    const detail: SelectAllDetail = { selected: (event.target as HTMLInputElement).checked };
    this.dispatchEvent(new CustomEvent<SelectAllDetail>('selectall', { detail }));
  }

  handleRowAction(event: CustomEvent<{ value: string }>): void {
    this.notifyAction(event.detail.value as Action, event);
  }

  handleLoadMore(): void {
    // Stryker disable next-line ObjectLiteral: a CustomEvent's detail is null by default
    this.dispatchEvent(new CustomEvent<LoadMoreDetail>('loadmore', { detail: null }));
  }

  handleIssueStatusChange(event: CustomEvent<IssueStatusChangeDetail>): void {
    this.dispatchEvent(
      new CustomEvent<IssueStatusChangeDetail>('issuestatuschange', { detail: event.detail })
    );
  }

  // The control that fired carries its response's Id in data-id.
  notifyAction(action: Action, event: Event): void {
    const id = textOf((event.currentTarget as HTMLElement).dataset.id);
    this.dispatchEvent(
      new CustomEvent<RowActionDetail>('rowaction', { detail: { action, responseIds: [id] } })
    );
  }
}

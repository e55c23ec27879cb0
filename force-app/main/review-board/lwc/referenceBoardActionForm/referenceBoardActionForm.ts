import { LightningElement, api } from 'lwc';
import { formatLabel as format, formatLabelOr } from 'c/ldsUtils';
import { addDays, userToday } from 'c/userCalendar';
import { VERDICT } from 'c/referenceProgram';
import {
  ACTION,
  REVIEW_ACTIONS,
  actionLabel,
  isVerdict,
  needsCallDate,
  needsReason,
  rowsOffering
} from 'c/referenceReviewActions';
import type { Action, ActionRequest, ReviewAction, Row, RowResult } from 'c/referenceReviewActions';
import { LABELS } from './labels';

/** `bulkaction` carries an action on the selected responses that offer it. */
export type BulkActionDetail = ActionRequest;
/** `actionsubmit` carries the action waiting for input, with that input. */
export interface ActionSubmitDetail extends ActionRequest<ReviewAction> {
  reason: string;
  callDate: string;
  /** how a call dated today or earlier went (Call_Outcome__c); '' for other actions */
  outcome?: string;
  /** notes on the call; '' for other actions */
  notes?: string;
  /** where a verdict came from (Verdict_Source__c); '' for other actions */
  source?: string;
  replyAuthor?: string;
  replyText?: string;
}
/** `actioncancel` carries no detail: the board drops the action waiting for input. */
export type ActionCancelDetail = null;
/** `resultsdismiss` carries no detail: the board forgets the last results and notice. */
export type ResultsDismissDetail = null;

/** What the board calls on the form (c-reference-board-action-form). */
export interface ActionFormApi {
  focusFeedback(): boolean;
}

type Option = Apex.ReferenceResponseBoardService.Option;

/** The verdict source of the captured Chatter reply (ReferenceReviewService.SOURCE_CHATTER_REPLY). */
export const SOURCE_CHATTER_REPLY = 'Chatter_Reply';
/** Longest verdict reason (Verdict_Reason__c, a text area). */
export const MAX_VERDICT_REASON = 255;
/** Longest not-a-fit reason and other-channel reply the dialog takes. */
export const MAX_LONG_TEXT = 5000;

/**
 * The actions of the response board on its selection: the bulk bar (only the actions at least one
 * selected response offers), the dialog of an action (what it applies to, by name, and the input it
 * needs: a reason, a call date, where a verdict came from) and what the last action did, response
 * by response, in one results region. The board runs the actions; this form only asks for them.
 */
export default class ReferenceBoardActionForm extends LightningElement {
  /** The Ids of the selected responses. */
  @api selectedIds: string[] = [];
  /** The rows listed, to name the people an action applies to. */
  // Stryker disable next-line ArrayDeclaration: the board always passes its rows; a default row would have no Id, and requests name Ids
  @api rows: Row[] = [];
  /** Where a verdict may come from (the board's verdictSources). */
  @api verdictSources: Option[] = [];
  /** How a call may have gone (the board's callOutcomes). */
  @api callOutcomes: Option[] = [];
  /** How many days ahead a call may be dated: the server's rule, sent with the board. */
  @api maxCallDaysAhead?: number | null;
  /** The longest call notes the field takes (the board's callNotesMaxLength). */
  @api callNotesMaxLength?: number | null;
  /** An action runs on the board: nothing else may start. */
  @api busy = false;
  /** The result of each response of the last action. */
  @api results: RowResult[] = [];
  /** The responses' names when the last action started, by Id: a moved row may have left the list. */
  @api resultNames: Record<string, string> = {};
  /** What the last action that has no per-response results did. */
  @api notice?: string;
  /** Why the last action failed as a whole, already naming the action and the people. */
  @api failure?: string;

  /** The review action waiting for input; each new one starts with an empty form. */
  @api
  get request(): ActionRequest<ReviewAction> | undefined {
    return this.pending;
  }
  set request(value: ActionRequest<ReviewAction> | undefined) {
    this.pending = value;
    this.reason = '';
    this.callDate = '';
    this.replyAuthor = '';
    this.replyText = '';
    // Stryker disable next-line StringLiteral: a source no option has falls back to the first option, as '' does
    this.source = '';
    this.outcome = '';
    this.notes = '';
  }
  /** The selected responses left out of the pending action (they do not offer it). */
  // Stryker disable next-line ArrayDeclaration: a default Id that no listed row has leaves nobody out either
  @api leftOutIds: string[] = [];

  pending?: ActionRequest<ReviewAction>;
  /** The results, notice and failure last brought into view (the board sends new ones each time). */
  // Stryker disable next-line ArrayDeclaration: the first feedback differs from either default (results are a new array)
  private revealed: unknown[] = [];
  // Stryker disable StringLiteral: the fields show only in a request's dialog, and setting the request empties them all first
  reason = '';
  callDate = '';
  source = '';
  replyAuthor = '';
  replyText = '';
  outcome = '';
  notes = '';
  // Stryker restore StringLiteral

  readonly labels = LABELS;
  readonly askLabel = actionLabel(ACTION.ASK);

  get selectionText(): string {
    return format(LABELS.SELECTED, this.selectedIds.length);
  }

  get selectedRows(): Row[] {
    return this.rows.filter((row) => this.selectedIds.includes(row.id ?? ''));
  }

  /** Only the actions one of the selected responses offers: impossible ones are not shown. */
  get bulkActions(): Array<{ action: string; label: string }> {
    const selected = this.selectedRows;
    const offered: Action[] = [ACTION.ASK, ...REVIEW_ACTIONS];
    return offered
      .filter((action) => rowsOffering(action, selected).length > 0)
      .map((action) => ({ action, label: actionLabel(action) }));
  }

  // With no action offered the bar lists none: only busy hides it.
  get hasBulkActions(): boolean {
    return !this.busy;
  }

  /** The action waiting in the dialog: the getters below are read only while it is open. */
  get pendingAction(): ReviewAction | undefined {
    // Stryker disable next-line OptionalChaining: read only inside the dialog, which shows only while an action is pending
    return this.pending?.action;
  }

  get pendingRows(): Row[] {
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: read only inside the dialog, which shows only while an action is pending
    const ids = this.pending?.responseIds ?? [];
    return this.rows.filter((row) => ids.includes(row.id ?? ''));
  }

  get formTitle(): string {
    // Stryker disable ConditionalExpression,BlockStatement,StringLiteral: the heading is read only by the dialog, which shows only while an action is pending
    if (!this.pending) {
      return '';
    }
    // Stryker restore ConditionalExpression,BlockStatement,StringLiteral
    const action = actionLabel(this.pending.action);
    const count = this.pending.responseIds.length;
    return count === 1
      ? formatLabelOr(
          LABELS.HEADING_ONE,
          LABELS.HEADING_ONE_UNNAMED,
          action,
          this.pendingRows[0]?.personName
        )
      : format(LABELS.HEADING_MANY, action, count);
  }

  get appliesTo(): Array<{ id: string; text: string }> {
    return this.pendingRows.map((row) => ({
      // Stryker disable next-line LogicalOperator,StringLiteral: the id is only the item's key
      id: row.id ?? '',
      text: [row.personName, row.accountName ?? row.company].filter(Boolean).join(' · ')
    }));
  }

  get leftOut(): Array<{ id: string; text: string }> {
    return (
      this.rows
        .filter((row) => this.leftOutIds.includes(row.id ?? ''))
        // Stryker disable next-line LogicalOperator,StringLiteral: the id is only the item's key
        .map((row) => ({ id: row.id ?? '', text: row.personName ?? '' }))
    );
  }

  get hasLeftOut(): boolean {
    return this.leftOut.length > 0;
  }

  get isVerdict(): boolean {
    return isVerdict(this.pendingAction);
  }

  /** The captured replies: the Chatter option is offered only when one of the rows has one. */
  get capturedReplies(): Array<{ id: string; text: string }> {
    return this.pendingRows
      .filter((row) => !!row.reply)
      .map((row) => ({
        // Stryker disable next-line LogicalOperator,StringLiteral: the id is only the item's key
        id: row.id ?? '',
        text: row.replyAuthorName
          ? format(LABELS.CAPTURED_REPLY, row.replyAuthorName, row.reply)
          : format(LABELS.CAPTURED_REPLY_NO_AUTHOR, row.reply)
      }));
  }

  get sourceOptions(): Option[] {
    const hasReply = this.capturedReplies.length > 0;
    return this.verdictSources.filter(
      (option) => option.value !== SOURCE_CHATTER_REPLY || hasReply
    );
  }

  get sourceValue(): string {
    const options = this.sourceOptions;
    return this.source && options.some((option) => option.value === this.source)
      ? this.source
      : (options[0]?.value ?? '');
  }

  get otherChannel(): boolean {
    return this.isVerdict && this.sourceValue !== '' && this.sourceValue !== SOURCE_CHATTER_REPLY;
  }

  /** Confirming overturns a recorded decline: that needs a reason (a decline always asks one). */
  get changesVerdict(): boolean {
    return (
      // Stryker disable next-line ConditionalExpression: the other actions are offered only on rows with no decline to overturn (shared transitions), and a decline or a close asks a reason anyway
      this.pendingAction === ACTION.CONFIRM &&
      this.pendingRows.some((row) => row.verdict === VERDICT.DECLINED)
    );
  }

  get showReason(): boolean {
    return needsReason(this.pendingAction) || this.isVerdict;
  }

  get reasonRequired(): boolean {
    return needsReason(this.pendingAction) || this.changesVerdict;
  }

  get reasonLabel(): string {
    return this.changesVerdict && !needsReason(this.pendingAction)
      ? LABELS.CHANGE_REASON
      : LABELS.REASON;
  }

  get reasonMax(): number {
    return this.isVerdict ? MAX_VERDICT_REASON : MAX_LONG_TEXT;
  }

  get reasonCounter(): string {
    return format(LABELS.CHARACTERS_USED, this.reason.length, this.reasonMax);
  }

  get replyCounter(): string {
    return format(LABELS.CHARACTERS_USED, this.replyText.length, MAX_LONG_TEXT);
  }

  get replyMax(): number {
    return MAX_LONG_TEXT;
  }

  get needsCallDate(): boolean {
    return needsCallDate(this.pendingAction);
  }

  /** Not before the latest sign-up of the rows, not more than a year ahead (the server agrees). */
  get callDateMin(): string {
    // A row without a sign-up date gives '', which sorts first: the latest date wins anyway.
    const days = this.pendingRows.map((row) => (row.createdDate ?? '').slice(0, 10));
    return days.sort().at(-1) ?? '';
  }

  /** Empty (no limit in the input) until the board has told how far ahead a call may be. */
  get callDateMax(): string {
    if (this.maxCallDaysAhead == null) {
      return '';
    }
    return addDays(userToday(), this.maxCallDaysAhead);
  }

  /**
   * A call dated today or earlier took place (or was missed): it says how it went. Today is the
   * user's day in their Salesforce time zone, as the server's Date.today(), not the browser's.
   */
  get callDue(): boolean {
    return this.needsCallDate && this.callDate !== '' && this.callDate <= userToday();
  }

  get notesMax(): number {
    return this.callNotesMaxLength ?? MAX_LONG_TEXT;
  }

  get notesCounter(): string {
    return format(LABELS.CHARACTERS_USED, this.notes.length, this.notesMax);
  }

  get callDateHint(): string {
    return format(LABELS.CALL_DATE_HINT, this.callDateMin);
  }

  get hasResults(): boolean {
    return this.results.length > 0;
  }

  get resultsSummary(): string {
    const done = this.results.filter((result) => result.ok).length;
    return format(LABELS.RESULTS_SUMMARY, done, this.results.length - done);
  }

  get resultViews(): Array<{ key: string; text: string; className: string }> {
    return this.results.map((result, index) => {
      const id = result.responseId ?? '';
      const name = result.personName || this.resultNames[id] || id;
      return {
        // Stryker disable next-line StringLiteral: a key only tells LWC which item is which
        key: `${id}-${index}`,
        text: `${name}: ${result.message ?? ''}`,
        className: result.ok
          ? 'result result-done slds-hyphenate'
          : 'result result-refused slds-text-color_error slds-hyphenate'
      };
    });
  }

  /** A failure shows in the dialog while it is open, else in the results region. */
  get failureOutside(): boolean {
    return !!this.failure && !this.pending;
  }

  get hasFeedback(): boolean {
    return !!this.notice || this.hasResults || this.failureOutside;
  }

  handleBulkAction(event: Event): void {
    const action = (event.currentTarget as HTMLElement).dataset.action as Action;
    const offering = rowsOffering(action, this.selectedRows).map((row) => row.id ?? '');
    const detail: BulkActionDetail = { action, responseIds: offering };
    this.dispatchEvent(new CustomEvent<BulkActionDetail>('bulkaction', { detail }));
  }

  handleReasonChange(event: Event): void {
    this.reason = (event.target as HTMLInputElement).value ?? '';
  }

  handleCallDateChange(event: Event): void {
    this.callDate = (event.target as HTMLInputElement).value ?? '';
  }

  handleOutcomeChange(event: CustomEvent<{ value: string }>): void {
    this.outcome = event.detail.value;
  }

  handleNotesChange(event: Event): void {
    this.notes = (event.target as HTMLInputElement).value ?? '';
  }

  handleSourceChange(event: CustomEvent<{ value: string }>): void {
    this.source = event.detail.value;
  }

  handleReplyAuthorChange(event: Event): void {
    this.replyAuthor = (event.target as HTMLInputElement).value ?? '';
  }

  handleReplyTextChange(event: Event): void {
    this.replyText = (event.target as HTMLInputElement).value ?? '';
  }

  handleCancel(): void {
    // Stryker disable next-line ObjectLiteral: a CustomEvent's detail is null by default
    this.dispatchEvent(new CustomEvent<ActionCancelDetail>('actioncancel', { detail: null }));
  }

  // Values are read from the fields themselves at Save, so a value typed after a validation error
  // counts on the first Save (a change event may not have reached us yet).
  readFields(): void {
    const value = (selector: string): string | undefined =>
      // Stryker disable next-line OptionalChaining: Save is clicked on a rendered dialog
      this.template?.querySelector<HTMLInputElement>(selector)?.value ?? undefined;
    this.reason = value('.reason') ?? this.reason;
    this.callDate = value('.call-date') ?? this.callDate;
    this.replyAuthor = value('.reply-author') ?? this.replyAuthor;
    this.replyText = value('.reply-text') ?? this.replyText;
    this.notes = value('.call-notes') ?? this.notes;
  }

  handleSubmit(): void {
    this.readFields();
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: Save is clicked on a rendered dialog
    const inputs = [...(this.template?.querySelectorAll<HTMLInputElement>('[data-input]') ?? [])];
    // Every field shows its own message (no short circuit).
    const valid = inputs.reduce((ok, input) => input.reportValidity() !== false && ok, true);
    const missing =
      (this.reasonRequired && this.reason.trim() === '') ||
      (this.needsCallDate && this.callDate === '') ||
      (this.callDue && this.outcome === '') ||
      (this.otherChannel && (this.replyAuthor.trim() === '' || this.replyText.trim() === ''));
    if (!valid || missing || !this.pending) {
      return;
    }
    const detail: ActionSubmitDetail = {
      ...this.pending,
      responseIds: [...this.pending.responseIds],
      reason: this.reason,
      callDate: this.callDate,
      outcome: this.callDue ? this.outcome : '',
      notes: this.needsCallDate ? this.notes : '',
      source: this.isVerdict ? this.sourceValue : '',
      replyAuthor: this.otherChannel ? this.replyAuthor : '',
      replyText: this.otherChannel ? this.replyText : ''
    };
    this.dispatchEvent(new CustomEvent<ActionSubmitDetail>('actionsubmit', { detail }));
  }

  /**
   * After an action on a row far down the table, its results (above the table) would be out of
   * sight: scroll them just into view. Focus stays where it is (the row's menu), and the region
   * is aria-live, so a screen reader hears them anyway.
   */
  renderedCallback(): void {
    const feedback = [this.results, this.notice, this.failureOutside ? this.failure : undefined];
    const isNew = feedback.some((part, index) => part !== this.revealed[index]);
    if (!isNew || !this.hasFeedback) {
      return;
    }
    this.revealed = feedback;
    // Stryker disable next-line OptionalChaining: rendered with feedback, the template has .results (scrollIntoView? is for jsdom)
    this.template?.querySelector<HTMLElement>('.results')?.scrollIntoView?.({ block: 'nearest' });
  }

  /**
   * Focuses the feedback region (what the last action did), for the board after an action whose
   * outcome she must read; false when there is none to focus.
   */
  @api
  focusFeedback(): boolean {
    const region = this.template?.querySelector<HTMLElement>('.results');
    region?.focus();
    return !!region;
  }

  handleDismiss(): void {
    // Stryker disable next-line ObjectLiteral: a CustomEvent's detail is null by default
    this.dispatchEvent(new CustomEvent<ResultsDismissDetail>('resultsdismiss', { detail: null }));
  }
}

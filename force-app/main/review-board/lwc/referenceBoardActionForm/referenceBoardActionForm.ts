import { LightningElement, api } from 'lwc';
import { formatLabel as format } from 'c/ldsUtils';
import {
  ACTION,
  REVIEW_ACTIONS,
  actionLabel,
  needsCallDate,
  needsReason
} from 'c/referenceReviewActions';
import type { ActionRequest, ReviewAction, RowResult } from 'c/referenceReviewActions';
import { LABELS } from './labels';

/** `bulkaction` carries an action on every selected response (asking the team or a review). */
export type BulkActionDetail = ActionRequest;
/** `actionsubmit` carries the action waiting for input, with that input. */
export interface ActionSubmitDetail extends ActionRequest<ReviewAction> {
  reason: string;
  callDate: string;
}
/** `actioncancel` carries no detail: the board drops the action waiting for input. */
export type ActionCancelDetail = null;
/** `resultsdismiss` carries no detail: the board forgets the last results and notice. */
export type ResultsDismissDetail = null;

/**
 * The actions of the response board on its selection: the bulk bar, the input a review action
 * needs before it runs (a reason, a call date), and what the last action did, response by
 * response. The board runs the actions; this form only asks for them.
 */
export default class ReferenceBoardActionForm extends LightningElement {
  /** The Ids of the selected responses, which the bulk bar acts on. */
  @api selectedIds: string[] = [];
  /** An action runs on the board: nothing else may start. */
  @api busy = false;
  /** The result of each response of the last action. */
  @api results: RowResult[] = [];
  /** The responses' names when the last action started, by Id: a moved row may have left the list. */
  @api resultNames: Record<string, string> = {};
  /** What the last action that has no per-response results did. */
  @api notice?: string;

  /** The review action waiting for input; each new one starts with an empty form. */
  @api
  get request(): ActionRequest<ReviewAction> | undefined {
    return this.pending;
  }
  set request(value: ActionRequest<ReviewAction> | undefined) {
    this.pending = value;
    this.reason = '';
    this.callDate = '';
  }

  pending?: ActionRequest<ReviewAction>;
  reason = '';
  callDate = '';

  readonly labels = LABELS;
  readonly askLabel = actionLabel(ACTION.ASK);

  get selectionText(): string {
    return format(LABELS.SELECTED, this.selectedIds.length);
  }

  get bulkDisabled(): boolean {
    return this.selectedIds.length === 0 || this.busy;
  }

  get bulkActions(): Array<{ action: string; label: string }> {
    return REVIEW_ACTIONS.map((action) => ({ action, label: actionLabel(action) }));
  }

  get formTitle(): string {
    return this.pending ? actionLabel(this.pending.action) : '';
  }

  get formAppliesTo(): string {
    return format(LABELS.APPLIES_TO, this.pending?.responseIds.length ?? 0);
  }

  get needsReason(): boolean {
    return needsReason(this.pending?.action);
  }

  get needsCallDate(): boolean {
    return needsCallDate(this.pending?.action);
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
      return {
        key: `${id}-${index}`,
        text: `${this.resultNames[id] || id}: ${result.message ?? ''}`,
        className: result.ok ? 'result result-done' : 'result result-refused slds-text-color_error'
      };
    });
  }

  handleBulkAsk(): void {
    this.notifyBulk(ACTION.ASK);
  }

  handleBulkAction(event: Event): void {
    this.notifyBulk((event.currentTarget as HTMLElement).dataset.action as ReviewAction);
  }

  handleReasonChange(event: Event): void {
    this.reason = (event.target as HTMLInputElement).value ?? '';
  }

  handleCallDateChange(event: Event): void {
    this.callDate = (event.target as HTMLInputElement).value ?? '';
  }

  handleCancel(): void {
    this.dispatchEvent(new CustomEvent<ActionCancelDetail>('actioncancel', { detail: null }));
  }

  handleSubmit(): void {
    const missing =
      (this.needsReason && this.reason.trim() === '') ||
      (this.needsCallDate && this.callDate === '');
    if (missing || !this.pending) {
      // Let the base components show which field is missing.
      this.template
        ?.querySelectorAll<HTMLInputElement>('.action-form [data-input]')
        .forEach((input) => input.reportValidity());
      return;
    }
    const detail: ActionSubmitDetail = {
      ...this.pending,
      responseIds: [...this.pending.responseIds],
      reason: this.reason,
      callDate: this.callDate
    };
    this.dispatchEvent(new CustomEvent<ActionSubmitDetail>('actionsubmit', { detail }));
  }

  handleDismiss(): void {
    this.dispatchEvent(new CustomEvent<ResultsDismissDetail>('resultsdismiss', { detail: null }));
  }

  notifyBulk(action: BulkActionDetail['action']): void {
    const detail: BulkActionDetail = { action, responseIds: [...this.selectedIds] };
    this.dispatchEvent(new CustomEvent<BulkActionDetail>('bulkaction', { detail }));
  }
}

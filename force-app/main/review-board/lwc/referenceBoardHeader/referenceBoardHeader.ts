import { LightningElement, api } from 'lwc';
import { formatLabel as format } from 'c/ldsUtils';
import {
  NEEDS_ACTION_STATUSES,
  callTypeLabel,
  isCallType,
  isProgram,
  programLabel
} from 'c/referenceProgram';
import { reviewStatusText } from 'c/referenceReviewActions';
import { LABELS } from './labels';

/** `markreviewcomplete` carries no detail: the board opens the confirmation. */
export type MarkReviewCompleteDetail = null;
/** `reviewconfirm` carries no detail: the reviewer confirmed; the board records the review. */
export type ReviewConfirmDetail = null;
/** `reviewcancel` carries no detail: the confirmation was closed without recording. */
export type ReviewCancelDetail = null;

/**
 * The header of the monthly review on the response board: the campaign's program, its reviewers,
 * the last review, the counts of the queue and "mark review complete", which the board runs.
 */
export default class ReferenceBoardHeader extends LightningElement {
  /** The board of the campaign (ReferenceResponseBoardController.getBoard). */
  @api board?: Apex.ReferenceResponseBoardService.Board;
  /** The counts of the review queue; absent while loading or when they failed. */
  @api counts?: Apex.ReferenceReviewQueue.Counts;
  /** Why the counts could not load; the rest of the board stays usable. */
  @api countsError: unknown;
  /** An action runs on the board: the review cannot be marked meanwhile. */
  @api busy = false;
  /** The confirmation of "mark review complete" is open. */
  @api confirming = false;

  readonly labels = LABELS;

  get programText(): string {
    // Stryker disable OptionalChaining: the board renders its header only once it has the board
    const program = this.board?.program;
    const callType = this.board?.callType;
    // Stryker restore OptionalChaining
    const name = isProgram(program) ? programLabel(program) : '';
    return isCallType(callType) ? `${name} · ${callTypeLabel(callType)}` : name;
  }

  get reviewersText(): string {
    // Stryker disable next-line OptionalChaining: the board renders its header only once it has the board
    const reviewers = this.board?.reviewers ?? [];
    return reviewers.length > 0 ? reviewers.join(', ') : LABELS.NO_REVIEWERS;
  }

  /** The day of the last review, shown like the table's dates; absent when never reviewed. */
  get lastReviewDate(): string | null {
    // Stryker disable next-line OptionalChaining: the board renders its header only once it has the board
    return this.board?.lastReviewDate ?? null;
  }

  get lastReviewerText(): string {
    // Stryker disable next-line OptionalChaining: the board renders its header only once it has the board
    const reviewer = this.board?.lastReviewedByName;
    return reviewer ? format(LABELS.REVIEWED_BY_NAME, reviewer) : '';
  }

  /** The responses per review status, leaving out the statuses no response is in. */
  get statusCounts(): Array<{ status: string; text: string }> {
    // Stryker disable next-line ArrayDeclaration: an item without responses is left out just below
    return (this.counts?.byStatus ?? [])
      .filter((count) => (count.responses ?? 0) > 0)
      .map((count) => ({
        // Stryker disable next-line LogicalOperator,StringLiteral: the status is only the item's key
        status: count.status ?? '',
        text: `${reviewStatusText(count.status)}: ${count.responses}`
      }));
  }

  /** What is still open, by kind: each status that needs action, and the overdue ones. */
  get stillOpen(): Array<{ key: string; text: string }> {
    // Stryker disable next-line ArrayDeclaration: an item without responses or status is left out just below
    const open = (this.counts?.byStatus ?? [])
      .filter(
        (count) =>
          (count.responses ?? 0) > 0 &&
          // Stryker disable next-line StringLiteral: no status, or any other text, is not a status that needs action
          (NEEDS_ACTION_STATUSES as readonly string[]).includes(count.status ?? '')
      )
      .map((count) => ({
        // Stryker disable next-line LogicalOperator,StringLiteral: a count without a status is filtered out above, and this is only a key
        key: count.status ?? '',
        text: `${reviewStatusText(count.status)}: ${count.responses}`
      }));
    const overdue = this.counts?.overdue ?? 0;
    return overdue > 0
      ? [
          ...open,
          {
            // Stryker disable next-line StringLiteral: only the item's key
            key: 'overdue',
            text: `${LABELS.OVERDUE}: ${overdue}`
          }
        ]
      : open;
  }

  get hasStillOpen(): boolean {
    return this.stillOpen.length > 0;
  }

  handleMarkReviewComplete(): void {
    this.dispatchEvent(
      // Stryker disable next-line ObjectLiteral: a CustomEvent's detail is null by default
      new CustomEvent<MarkReviewCompleteDetail>('markreviewcomplete', { detail: null })
    );
  }

  handleReviewConfirm(): void {
    // Stryker disable next-line ObjectLiteral: a CustomEvent's detail is null by default
    this.dispatchEvent(new CustomEvent<ReviewConfirmDetail>('reviewconfirm', { detail: null }));
  }

  handleReviewCancel(): void {
    // Stryker disable next-line ObjectLiteral: a CustomEvent's detail is null by default
    this.dispatchEvent(new CustomEvent<ReviewCancelDetail>('reviewcancel', { detail: null }));
  }
}

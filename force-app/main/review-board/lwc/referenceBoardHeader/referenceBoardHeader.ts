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
    const program = this.board?.program;
    const callType = this.board?.callType;
    const name = isProgram(program) ? programLabel(program) : '';
    return isCallType(callType) ? `${name} · ${callTypeLabel(callType)}` : name;
  }

  get reviewersText(): string {
    const reviewers = this.board?.reviewers ?? [];
    return reviewers.length > 0 ? reviewers.join(', ') : LABELS.NO_REVIEWERS;
  }

  /** The day of the last review, shown like the table's dates; absent when never reviewed. */
  get lastReviewDate(): string | null {
    return this.board?.lastReviewDate ?? null;
  }

  get lastReviewerText(): string {
    const reviewer = this.board?.lastReviewedByName;
    return reviewer ? format(LABELS.REVIEWED_BY_NAME, reviewer) : '';
  }

  /** The responses per review status, leaving out the statuses no response is in. */
  get statusCounts(): Array<{ status: string; text: string }> {
    return (this.counts?.byStatus ?? [])
      .filter((count) => (count.responses ?? 0) > 0)
      .map((count) => ({
        status: count.status ?? '',
        text: `${reviewStatusText(count.status)}: ${count.responses}`
      }));
  }

  /** What is still open, by kind: each status that needs action, and the overdue ones. */
  get stillOpen(): Array<{ key: string; text: string }> {
    const open = (this.counts?.byStatus ?? [])
      .filter(
        (count) =>
          (count.responses ?? 0) > 0 &&
          (NEEDS_ACTION_STATUSES as readonly string[]).includes(count.status ?? '')
      )
      .map((count) => ({
        // Stryker disable next-line StringLiteral: a count without a status is filtered out above, and this is only a key
        key: count.status ?? '',
        text: `${reviewStatusText(count.status)}: ${count.responses}`
      }));
    const overdue = this.counts?.overdue ?? 0;
    return overdue > 0
      ? [...open, { key: 'overdue', text: `${LABELS.OVERDUE}: ${overdue}` }]
      : open;
  }

  get hasStillOpen(): boolean {
    return this.stillOpen.length > 0;
  }

  handleMarkReviewComplete(): void {
    this.dispatchEvent(
      new CustomEvent<MarkReviewCompleteDetail>('markreviewcomplete', { detail: null })
    );
  }

  handleReviewConfirm(): void {
    this.dispatchEvent(new CustomEvent<ReviewConfirmDetail>('reviewconfirm', { detail: null }));
  }

  handleReviewCancel(): void {
    this.dispatchEvent(new CustomEvent<ReviewCancelDetail>('reviewcancel', { detail: null }));
  }
}

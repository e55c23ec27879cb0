import { LightningElement, api } from 'lwc';
import { formatLabel as format } from 'c/ldsUtils';
import { callTypeLabel, isCallType, isProgram, programLabel } from 'c/referenceProgram';
import { reviewStatusText } from 'c/referenceReviewActions';
import { LABELS } from './labels';

/** `markreviewcomplete` carries no detail: the board knows its campaign. */
export type MarkReviewCompleteDetail = null;

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

  get lastReviewText(): string {
    const date = this.board?.lastReviewDate;
    if (!date) {
      return LABELS.NEVER_REVIEWED;
    }
    const reviewer = this.board?.lastReviewedByName;
    return reviewer ? format(LABELS.REVIEWED_BY, date, reviewer) : date;
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

  handleMarkReviewComplete(): void {
    this.dispatchEvent(
      new CustomEvent<MarkReviewCompleteDetail>('markreviewcomplete', { detail: null })
    );
  }
}

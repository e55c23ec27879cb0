import recordVerdictFrom from '@salesforce/apex/ReferenceResponseBoardController.recordVerdictFrom';
import logCall from '@salesforce/apex/ReferenceResponseBoardController.logCall';
import markAgreedToPartner from '@salesforce/apex/ReferenceResponseBoardController.markAgreedToPartner';
import markNotAFit from '@salesforce/apex/ReferenceResponseBoardController.markNotAFit';
import { VERDICT } from 'c/referenceProgram';
import { ACTION } from 'c/referenceReviewActions';
import type { RowResult } from 'c/referenceReviewActions';
import type { ActionSubmitDetail } from 'c/referenceBoardActionForm';

/**
 * Records a review action with the ReferenceResponseBoardController method that owns it; the
 * server validates each response and answers with a result per response.
 */
export function recordReview({
  action,
  responseIds,
  reason,
  callDate,
  outcome = '',
  notes = '',
  source = '',
  replyAuthor = '',
  replyText = ''
}: ActionSubmitDetail): Promise<RowResult[]> {
  switch (action) {
    case ACTION.CONFIRM:
    case ACTION.DECLINE:
      return recordVerdictFrom({
        responseIds,
        verdict: action === ACTION.CONFIRM ? VERDICT.CONFIRMED : VERDICT.DECLINED,
        reason,
        source,
        replyAuthor,
        replyText
      });
    case ACTION.LOG_CALL:
      return logCall({ responseIds, callDate, outcome: outcome || null, notes: notes || null });
    case ACTION.AGREED:
      return markAgreedToPartner({ responseIds });
    default:
      return markNotAFit({ responseIds, reason });
  }
}

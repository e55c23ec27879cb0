import TITLE from '@salesforce/label/c.Board_Title';
import PROGRAM from '@salesforce/label/c.Board_Program';
import REVIEWERS from '@salesforce/label/c.Board_Reviewers';
import NO_REVIEWERS from '@salesforce/label/c.Board_No_Reviewers';
import LAST_REVIEW from '@salesforce/label/c.Board_Last_Review';
import NEVER_REVIEWED from '@salesforce/label/c.Board_Never_Reviewed';
import REVIEWED_BY_NAME from '@salesforce/label/c.Board_Reviewed_By_Name';
import TOTAL from '@salesforce/label/c.Board_Total';
import NEW_SINCE_REVIEW from '@salesforce/label/c.Board_New_Since_Review';
import OVERDUE from '@salesforce/label/c.Board_Overdue';
import NEEDS_ACTION from '@salesforce/label/c.Board_Needs_Action';
import COUNTS_FAILED from '@salesforce/label/c.Board_Counts_Failed';
import MARK_REVIEW_COMPLETE from '@salesforce/label/c.Board_Mark_Review_Complete';
import CONFIRM_HEADING from '@salesforce/label/c.Board_Review_Confirm_Heading';
import CONFIRM_OPEN from '@salesforce/label/c.Board_Review_Confirm_Open';
import CONFIRM_NOTHING_OPEN from '@salesforce/label/c.Board_Review_Confirm_Nothing_Open';
import CONFIRM_RESET from '@salesforce/label/c.Board_Review_Confirm_Reset';
import CONFIRM_BUTTON from '@salesforce/label/c.Board_Review_Confirm_Button';

/** What the board's header shows: the monthly review of the campaign and its counts. */
export const LABELS = {
  TITLE,
  PROGRAM,
  REVIEWERS,
  NO_REVIEWERS,
  LAST_REVIEW,
  NEVER_REVIEWED,
  REVIEWED_BY_NAME,
  TOTAL,
  NEW_SINCE_REVIEW,
  OVERDUE,
  NEEDS_ACTION,
  COUNTS_FAILED,
  MARK_REVIEW_COMPLETE,
  CONFIRM_HEADING,
  CONFIRM_OPEN,
  CONFIRM_NOTHING_OPEN,
  CONFIRM_RESET,
  CONFIRM_BUTTON
} as const;

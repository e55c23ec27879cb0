import SELECTED from '@salesforce/label/c.Board_Selected';
import REASON from '@salesforce/label/c.Board_Reason';
import CALL_DATE from '@salesforce/label/c.Board_Call_Date';
import SUBMIT from '@salesforce/label/c.Board_Submit';
import CANCEL from '@salesforce/label/c.Board_Cancel';
import RESULTS_SUMMARY from '@salesforce/label/c.Board_Results_Summary';
import DISMISS from '@salesforce/label/c.Board_Dismiss';
import HEADING_ONE from '@salesforce/label/c.Board_Dialog_Heading_One';
import HEADING_ONE_UNNAMED from '@salesforce/label/c.Board_Dialog_Heading_One_Unnamed';
import HEADING_MANY from '@salesforce/label/c.Board_Dialog_Heading_Many';
import APPLIES_TO from '@salesforce/label/c.Board_Dialog_Applies_To';
import LEFT_OUT from '@salesforce/label/c.Board_Dialog_Left_Out';
import SOURCE from '@salesforce/label/c.Board_Verdict_Source';
import REPLY_AUTHOR from '@salesforce/label/c.Board_Verdict_Reply_Author';
import REPLY_TEXT from '@salesforce/label/c.Board_Verdict_Reply_Text';
import CAPTURED_REPLY from '@salesforce/label/c.Board_Verdict_Captured_Reply';
import CAPTURED_REPLY_NO_AUTHOR from '@salesforce/label/c.Board_Verdict_Captured_Reply_No_Author';
import CHANGE_REASON from '@salesforce/label/c.Board_Verdict_Change_Reason';
import CHARACTERS_USED from '@salesforce/label/c.Board_Characters_Used';
import CALL_DATE_HINT from '@salesforce/label/c.Board_Call_Date_Hint';
import CALL_OUTCOME from '@salesforce/label/c.Board_Call_Outcome';
import CALL_OUTCOME_HINT from '@salesforce/label/c.Board_Call_Outcome_Hint';
import CALL_NOTES from '@salesforce/label/c.Board_Call_Notes';

/** What the board's action form shows: the selection, the dialog of an action, its results. */
export const LABELS = {
  SELECTED,
  REASON,
  CALL_DATE,
  SUBMIT,
  CANCEL,
  RESULTS_SUMMARY,
  DISMISS,
  HEADING_ONE,
  HEADING_ONE_UNNAMED,
  HEADING_MANY,
  APPLIES_TO,
  LEFT_OUT,
  SOURCE,
  REPLY_AUTHOR,
  REPLY_TEXT,
  CAPTURED_REPLY,
  CAPTURED_REPLY_NO_AUTHOR,
  CHANGE_REASON,
  CHARACTERS_USED,
  CALL_DATE_HINT,
  CALL_OUTCOME,
  CALL_OUTCOME_HINT,
  CALL_NOTES
} as const;

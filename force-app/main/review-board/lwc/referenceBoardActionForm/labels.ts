import SELECTED from '@salesforce/label/c.Board_Selected';
import REASON from '@salesforce/label/c.Board_Reason';
import CALL_DATE from '@salesforce/label/c.Board_Call_Date';
import SUBMIT from '@salesforce/label/c.Board_Submit';
import CANCEL from '@salesforce/label/c.Board_Cancel';
import APPLIES_TO from '@salesforce/label/c.Board_Applies_To';
import RESULTS_SUMMARY from '@salesforce/label/c.Board_Results_Summary';
import DISMISS from '@salesforce/label/c.Board_Dismiss';

/** What the board's action form shows: the selection, the input an action needs, its results. */
export const LABELS = {
  SELECTED,
  REASON,
  CALL_DATE,
  SUBMIT,
  CANCEL,
  APPLIES_TO,
  RESULTS_SUMMARY,
  DISMISS
} as const;

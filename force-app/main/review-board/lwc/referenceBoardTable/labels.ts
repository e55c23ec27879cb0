import EMPTY from '@salesforce/label/c.Board_Empty';
import EMPTY_NO_FILTER from '@salesforce/label/c.Board_Empty_No_Filter';
import SELECT_ALL from '@salesforce/label/c.Board_Select_All';
import SELECT_ROW from '@salesforce/label/c.Board_Select_Row';
import SELECT_ROW_UNNAMED from '@salesforce/label/c.Board_Select_Row_Unnamed';
import COL_PERSON from '@salesforce/label/c.Board_Column_Person';
import COL_ACCOUNT_TEAM from '@salesforce/label/c.Board_Column_Account_Team';
import COL_STATUS from '@salesforce/label/c.Board_Column_Status';
import COL_REPLY from '@salesforce/label/c.Board_Column_Reply_And_Call';
import COL_AGE from '@salesforce/label/c.Board_Column_Age';
import COL_ACTIONS from '@salesforce/label/c.Board_Column_Actions';
import OWNER from '@salesforce/label/c.Board_Owner';
import CSM from '@salesforce/label/c.Board_Csm';
import INACTIVE from '@salesforce/label/c.Board_Inactive';
import STATUS_OVERDUE from '@salesforce/label/c.Board_Status_Overdue';
import REPLY_BY_OWNER from '@salesforce/label/c.Board_Reply_By_Owner';
import REPLY_BY_CSM from '@salesforce/label/c.Board_Reply_By_Csm';
import VERDICT_FROM_CHANNEL from '@salesforce/label/c.Board_Verdict_From_Channel';
import VERDICT_FROM_CHANNEL_NO_TEXT from '@salesforce/label/c.Board_Verdict_From_Channel_No_Text';
import VERDICT_REASON from '@salesforce/label/c.Board_Verdict_Reason';
import NOTES from '@salesforce/label/c.Board_Notes';
import CALL_ON from '@salesforce/label/c.Board_Call_On';
import NOMINATION from '@salesforce/label/c.Board_Nomination';
import ROW_ACTIONS_FOR from '@salesforce/label/c.Board_Row_Actions_For';
import ROW_ACTIONS_FOR_UNNAMED from '@salesforce/label/c.Board_Row_Actions_For_Unnamed';
import SHOWING from '@salesforce/label/c.Board_Showing';
import LOAD_MORE from '@salesforce/label/c.Board_Load_More';
import PROBLEM_NO_ACCOUNT_LEAD from '@salesforce/label/c.Board_Problem_Lead_No_Account';
import PROBLEM_NO_ACCOUNT_CONTACT from '@salesforce/label/c.Board_Problem_Contact_No_Account';
import PROBLEM_NO_ACTIVE_OWNER from '@salesforce/label/c.Board_Problem_No_Active_Owner';
import PROBLEM_NO_ACTIVE_CSM from '@salesforce/label/c.Board_Problem_No_Active_Csm';
import PROBLEM_PERSON_MISSING from '@salesforce/label/c.Board_Problem_Person_Missing';
import CALL_OUTCOME_ON_ROW from '@salesforce/label/c.Board_Call_Outcome_On_Row';
import CALL_NOTES_ON_ROW from '@salesforce/label/c.Board_Call_Notes_On_Row';
import ACTIVE_REFERENCE_SINCE from '@salesforce/label/c.Board_Active_Reference_Since';

/** What the board's table shows: the responses, their selection, their problems and paging. */
export const LABELS = {
  EMPTY,
  EMPTY_NO_FILTER,
  SELECT_ALL,
  SELECT_ROW,
  SELECT_ROW_UNNAMED,
  COL_PERSON,
  COL_ACCOUNT_TEAM,
  COL_STATUS,
  COL_REPLY,
  COL_AGE,
  COL_ACTIONS,
  OWNER,
  CSM,
  INACTIVE,
  STATUS_OVERDUE,
  REPLY_BY_OWNER,
  REPLY_BY_CSM,
  VERDICT_FROM_CHANNEL,
  VERDICT_FROM_CHANNEL_NO_TEXT,
  VERDICT_REASON,
  NOTES,
  CALL_ON,
  NOMINATION,
  ROW_ACTIONS_FOR,
  ROW_ACTIONS_FOR_UNNAMED,
  SHOWING,
  LOAD_MORE,
  PROBLEM_NO_ACCOUNT_LEAD,
  PROBLEM_NO_ACCOUNT_CONTACT,
  PROBLEM_NO_ACTIVE_OWNER,
  PROBLEM_NO_ACTIVE_CSM,
  PROBLEM_PERSON_MISSING,
  CALL_OUTCOME_ON_ROW,
  CALL_NOTES_ON_ROW,
  ACTIVE_REFERENCE_SINCE
} as const;

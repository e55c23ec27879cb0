import EMPTY from '@salesforce/label/c.Board_Empty';
import SELECT_ALL from '@salesforce/label/c.Board_Select_All';
import SELECT_ROW from '@salesforce/label/c.Board_Select_Row';
import COL_PERSON from '@salesforce/label/c.Board_Column_Person';
import COL_ACCOUNT from '@salesforce/label/c.Board_Column_Account';
import COL_OWNER from '@salesforce/label/c.Board_Column_Owner';
import COL_CSM from '@salesforce/label/c.Board_Column_Csm';
import COL_STATUS from '@salesforce/label/c.Board_Column_Status';
import COL_REPLY from '@salesforce/label/c.Board_Column_Reply';
import COL_CALL from '@salesforce/label/c.Board_Column_Call';
import COL_AGE from '@salesforce/label/c.Board_Column_Age';
import COL_ACTIONS from '@salesforce/label/c.Board_Column_Actions';
import OVERDUE from '@salesforce/label/c.Board_Overdue';
import NOMINATION from '@salesforce/label/c.Board_Nomination';
import ROW_ACTIONS_FOR from '@salesforce/label/c.Board_Row_Actions_For';
import SHOWING from '@salesforce/label/c.Board_Showing';
import LOAD_MORE from '@salesforce/label/c.Board_Load_More';
import PROBLEM_NO_ACCOUNT_LEAD from '@salesforce/label/c.Board_Problem_Lead_No_Account';
import PROBLEM_NO_ACCOUNT_CONTACT from '@salesforce/label/c.Board_Problem_Contact_No_Account';
import PROBLEM_NO_ACTIVE_OWNER from '@salesforce/label/c.Board_Problem_No_Active_Owner';
import PROBLEM_NO_ACTIVE_CSM from '@salesforce/label/c.Board_Problem_No_Active_Csm';
import PROBLEM_PERSON_MISSING from '@salesforce/label/c.Board_Problem_Person_Missing';

/** What the board's table shows: the responses, their selection, their problems and paging. */
export const LABELS = {
  EMPTY,
  SELECT_ALL,
  SELECT_ROW,
  COL_PERSON,
  COL_ACCOUNT,
  COL_OWNER,
  COL_CSM,
  COL_STATUS,
  COL_REPLY,
  COL_CALL,
  COL_AGE,
  COL_ACTIONS,
  OVERDUE,
  NOMINATION,
  ROW_ACTIONS_FOR,
  SHOWING,
  LOAD_MORE,
  PROBLEM_NO_ACCOUNT_LEAD,
  PROBLEM_NO_ACCOUNT_CONTACT,
  PROBLEM_NO_ACTIVE_OWNER,
  PROBLEM_NO_ACTIVE_CSM,
  PROBLEM_PERSON_MISSING
} as const;

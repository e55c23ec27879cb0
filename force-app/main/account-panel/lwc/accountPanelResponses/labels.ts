import RESPONSES from '@salesforce/label/c.Account_Panel_Responses';
import NO_RESPONSES from '@salesforce/label/c.Account_Panel_No_Responses';
import MORE_RESPONSES from '@salesforce/label/c.Account_Panel_More_Responses';
import COL_PERSON from '@salesforce/label/c.Account_Panel_Col_Person';
import COL_PROGRAM from '@salesforce/label/c.Account_Panel_Col_Program';
import COL_REVIEW_STATUS from '@salesforce/label/c.Account_Panel_Col_Review_Status';
import COL_LATEST_REPLY from '@salesforce/label/c.Account_Panel_Col_Latest_Reply';
import COL_ACTIONS from '@salesforce/label/c.Account_Panel_Col_Actions';
import NO_REPLY from '@salesforce/label/c.Account_Panel_No_Reply';
import REPLY_BY from '@salesforce/label/c.Account_Panel_Reply_By';
import ASK_ACCOUNT_TEAM from '@salesforce/label/c.Account_Panel_Ask_Account_Team';
import NOMINATE from '@salesforce/label/c.Account_Panel_Nominate';
import NOMINATE_ACCOUNT from '@salesforce/label/c.Account_Panel_Nominate_Account';
import NOMINATE_TITLE from '@salesforce/label/c.Account_Panel_Nominate_Title';

/** The labels of c/accountPanelResponses ({0} placeholders are filled with formatLabel). */
export const LABELS = {
  responses: RESPONSES,
  noResponses: NO_RESPONSES,
  moreResponses: MORE_RESPONSES,
  colPerson: COL_PERSON,
  colProgram: COL_PROGRAM,
  colReviewStatus: COL_REVIEW_STATUS,
  colLatestReply: COL_LATEST_REPLY,
  colActions: COL_ACTIONS,
  noReply: NO_REPLY,
  replyBy: REPLY_BY,
  askAccountTeam: ASK_ACCOUNT_TEAM,
  nominate: NOMINATE,
  nominateAccount: NOMINATE_ACCOUNT,
  nominateTitle: NOMINATE_TITLE
} as const;

export type ResponsesLabels = typeof LABELS;

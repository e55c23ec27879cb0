import CONFIRM from '@salesforce/label/c.Board_Action_Confirm';
import DECLINE from '@salesforce/label/c.Board_Action_Decline';
import LOG_CALL from '@salesforce/label/c.Board_Action_Log_Call';
import AGREED from '@salesforce/label/c.Board_Action_Agreed';
import NOT_A_FIT from '@salesforce/label/c.Board_Action_Not_A_Fit';
import OPEN_LEAD from '@salesforce/label/c.Board_Action_Open_Lead';
import ASK from '@salesforce/label/c.Board_Action_Ask_Account_Team';
import NOMINATE from '@salesforce/label/c.Board_Action_Nominate';

/** The names of the review actions, as the row menus, the bulk bar and the modals show them. */
export const LABELS = {
  CONFIRM,
  DECLINE,
  LOG_CALL,
  AGREED,
  NOT_A_FIT,
  OPEN_LEAD,
  ASK,
  NOMINATE
} as const;

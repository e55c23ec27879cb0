import TITLE from '@salesforce/label/c.Board_Title';
import INERT from '@salesforce/label/c.Board_Inert';
import LOADING from '@salesforce/label/c.Board_Loading';
import LOAD_FAILED from '@salesforce/label/c.Board_Load_Failed';
import ACTION_FAILED from '@salesforce/label/c.Board_Action_Failed';
import NO_ACCESS from '@salesforce/label/c.Board_Error_No_Access';
import NOMINATED from '@salesforce/label/c.Board_Nominated';
import REVIEW_RECORDED from '@salesforce/label/c.Board_Review_Recorded';
import ACTION_FAILED_FOR from '@salesforce/label/c.Board_Action_Failed_For';
import ACTION_FAILED_FOR_UNNAMED from '@salesforce/label/c.Board_Action_Failed_For_Unnamed';
import RETRY from '@salesforce/label/c.Board_Load_Retry';
import NOMINATE_ACTIVE_REFERENCE from '@salesforce/label/c.Board_Nominate_Active_Reference';
import NOMINATE_ACTIVE_REFERENCE_UNNAMED from '@salesforce/label/c.Board_Nominate_Active_Reference_Unnamed';

/**
 * What the board itself says: its title, its states and what an action did. Its children
 * (header, filters, action form, table) each gather their own labels beside them.
 */
export const LABELS = {
  TITLE,
  INERT,
  LOADING,
  LOAD_FAILED,
  ACTION_FAILED,
  NO_ACCESS,
  NOMINATED,
  REVIEW_RECORDED,
  ACTION_FAILED_FOR,
  ACTION_FAILED_FOR_UNNAMED,
  RETRY,
  NOMINATE_ACTIVE_REFERENCE,
  NOMINATE_ACTIVE_REFERENCE_UNNAMED
} as const;

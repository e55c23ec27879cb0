import TITLE from '@salesforce/label/c.Account_Panel_Title';
import REFERENCE_SECTION from '@salesforce/label/c.Account_Panel_Reference_Section';
import LOADING from '@salesforce/label/c.Account_Panel_Loading';
import LOAD_FAILED from '@salesforce/label/c.Account_Panel_Load_Failed';
import WARNING from '@salesforce/label/c.Account_Panel_Warning';
import ASK_ACCOUNT_TEAM from '@salesforce/label/c.Account_Panel_Ask_Account_Team';
import NOMINATE_TITLE from '@salesforce/label/c.Account_Panel_Nominate_Title';
import NOMINATE from '@salesforce/label/c.Account_Panel_Nominate';

/** The labels of c/referenceAccountPanel ({0} placeholders are filled with formatLabel). */
export const LABELS = {
  title: TITLE,
  referenceSection: REFERENCE_SECTION,
  loading: LOADING,
  loadFailed: LOAD_FAILED,
  warning: WARNING,
  askAccountTeam: ASK_ACCOUNT_TEAM,
  nominateTitle: NOMINATE_TITLE,
  nominate: NOMINATE
} as const;

export type AccountPanelLabels = typeof LABELS;

import NOMINATIONS from '@salesforce/label/c.Account_Panel_Nominations';
import NO_NOMINATIONS from '@salesforce/label/c.Account_Panel_No_Nominations';
import COL_NOMINATION from '@salesforce/label/c.Account_Panel_Col_Nomination';
import COL_STATUS from '@salesforce/label/c.Account_Panel_Col_Status';
import COL_REFERENCE_TYPES from '@salesforce/label/c.Account_Panel_Col_Reference_Types';
import COL_LANDING_PAGE from '@salesforce/label/c.Account_Panel_Col_Landing_Page';
import COL_CRM from '@salesforce/label/c.Account_Panel_Col_Crm';
import COL_GITLAB from '@salesforce/label/c.Account_Panel_Col_GitLab';
import YES from '@salesforce/label/c.Account_Panel_Yes';
import NO from '@salesforce/label/c.Account_Panel_No';
import NOT_ASSIGNED from '@salesforce/label/c.Account_Panel_Not_Assigned';
import NONE from '@salesforce/label/c.Account_Panel_None';
import GITLAB_FAILED from '@salesforce/label/c.Account_Panel_GitLab_Failed';
import GITLAB_FAILED_NO_REASON from '@salesforce/label/c.Account_Panel_GitLab_Failed_No_Reason';

/** The labels of c/accountPanelNominations ({0} placeholders are filled with formatLabel). */
export const LABELS = {
  nominations: NOMINATIONS,
  noNominations: NO_NOMINATIONS,
  colNomination: COL_NOMINATION,
  colStatus: COL_STATUS,
  colReferenceTypes: COL_REFERENCE_TYPES,
  colLandingPage: COL_LANDING_PAGE,
  colCrm: COL_CRM,
  colGitLab: COL_GITLAB,
  yes: YES,
  no: NO,
  notAssigned: NOT_ASSIGNED,
  none: NONE,
  gitLabFailed: GITLAB_FAILED,
  gitLabFailedNoReason: GITLAB_FAILED_NO_REASON
} as const;

export type NominationsLabels = typeof LABELS;

import ACCOUNT_TEAM from '@salesforce/label/c.Account_Panel_Account_Team';
import OWNER from '@salesforce/label/c.Account_Panel_Owner';
import CSMS from '@salesforce/label/c.Account_Panel_Csms';
import NO_CSM from '@salesforce/label/c.Account_Panel_No_Csm';
import INACTIVE from '@salesforce/label/c.Account_Panel_Inactive';

/** The labels of c/accountPanelTeam. */
export const LABELS = {
  accountTeam: ACCOUNT_TEAM,
  owner: OWNER,
  csms: CSMS,
  noCsm: NO_CSM,
  inactive: INACTIVE
} as const;

export type AccountTeamLabels = typeof LABELS;

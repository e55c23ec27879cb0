import COMMUNITY_SECTION from '@salesforce/label/c.Account_Panel_Community_Section';
import NO_MEMBERSHIPS from '@salesforce/label/c.Account_Panel_No_Memberships';
import ENGAGE from '@salesforce/label/c.Account_Panel_Engage';
import VERIFICATION from '@salesforce/label/c.Account_Panel_Verification';
import VERIFICATION_AUTOMATED_HINT from '@salesforce/label/c.Account_Panel_Verification_Automated_Hint';
import VERIFICATION_MANUAL_HINT from '@salesforce/label/c.Account_Panel_Verification_Manual_Hint';
import TERM from '@salesforce/label/c.Account_Panel_Term';
import SEATS from '@salesforce/label/c.Account_Panel_Seats';
import RENEWS_IN from '@salesforce/label/c.Account_Panel_Renews_In';
import RENEWAL_DUE from '@salesforce/label/c.Account_Panel_Renewal_Due';
import RENEWAL_DUE_TODAY from '@salesforce/label/c.Account_Panel_Renewal_Due_Today';
import EXPIRED from '@salesforce/label/c.Account_Panel_Expired';
import STARTUPS_FREE_UNTIL from '@salesforce/label/c.Account_Panel_Startups_Free_Until';
import STARTUPS_PAID from '@salesforce/label/c.Account_Panel_Startups_Paid';
import STARTUPS_YEAR from '@salesforce/label/c.Account_Panel_Startups_Year';
import NO_ULTIMATE from '@salesforce/label/c.Account_Panel_No_Ultimate';
import TRANSITION_TO_PAID from '@salesforce/label/c.Account_Panel_Transition_To_Paid';
import RENEWAL_OPPORTUNITY from '@salesforce/label/c.Account_Panel_Renewal_Opportunity';
import OPPORTUNITY_OWNER from '@salesforce/label/c.Account_Panel_Opportunity_Owner';
import OPPORTUNITY_OWNER_UNKNOWN from '@salesforce/label/c.Account_Panel_Opportunity_Owner_Unknown';
import WRONG_OWNER from '@salesforce/label/c.Account_Panel_Wrong_Owner';
import WRONG_OWNER_UNNAMED from '@salesforce/label/c.Account_Panel_Wrong_Owner_Unnamed';
import FIX_OWNER from '@salesforce/label/c.Account_Panel_Fix_Owner';
import EXPIRED_BEFORE_RETURN from '@salesforce/label/c.Account_Panel_Expired_Before_Return';
import REQUEST_CLOSED_LOST from '@salesforce/label/c.Account_Panel_Request_Closed_Lost';
import NOTE from '@salesforce/label/c.Account_Panel_Note';
import NOTE_OPTIONAL from '@salesforce/label/c.Account_Panel_Note_Optional';
import POST from '@salesforce/label/c.Account_Panel_Post';
import CANCEL from '@salesforce/label/c.Account_Panel_Cancel';
import POSTING from '@salesforce/label/c.Account_Panel_Posting';
import POSTED from '@salesforce/label/c.Account_Panel_Posted';
import POSTED_NO_MENTIONS from '@salesforce/label/c.Account_Panel_Posted_No_Mentions';
import POST_FAILED from '@salesforce/label/c.Account_Panel_Post_Failed';

/** The labels of c/accountPanelCommunityPrograms ({0} placeholders are filled with formatLabel). */
export const LABELS = {
  communitySection: COMMUNITY_SECTION,
  noMemberships: NO_MEMBERSHIPS,
  engage: ENGAGE,
  verification: VERIFICATION,
  verificationAutomatedHint: VERIFICATION_AUTOMATED_HINT,
  verificationManualHint: VERIFICATION_MANUAL_HINT,
  term: TERM,
  seats: SEATS,
  renewsIn: RENEWS_IN,
  renewalDue: RENEWAL_DUE,
  renewalDueToday: RENEWAL_DUE_TODAY,
  expired: EXPIRED,
  startupsFreeUntil: STARTUPS_FREE_UNTIL,
  startupsPaid: STARTUPS_PAID,
  startupsYear: STARTUPS_YEAR,
  noUltimate: NO_ULTIMATE,
  transitionToPaid: TRANSITION_TO_PAID,
  renewalOpportunity: RENEWAL_OPPORTUNITY,
  opportunityOwner: OPPORTUNITY_OWNER,
  opportunityOwnerUnknown: OPPORTUNITY_OWNER_UNKNOWN,
  wrongOwner: WRONG_OWNER,
  wrongOwnerUnnamed: WRONG_OWNER_UNNAMED,
  fixOwner: FIX_OWNER,
  expiredBeforeReturn: EXPIRED_BEFORE_RETURN,
  requestClosedLost: REQUEST_CLOSED_LOST,
  note: NOTE,
  noteOptional: NOTE_OPTIONAL,
  post: POST,
  cancel: CANCEL,
  posting: POSTING,
  posted: POSTED,
  postedNoMentions: POSTED_NO_MENTIONS,
  postFailed: POST_FAILED
} as const;

export type CommunityProgramsLabels = typeof LABELS;

/* The labels of c/nominationHome, gathered in one module. */
import TITLE from '@salesforce/label/c.Nomination_Home_Title';
import LOADING from '@salesforce/label/c.Nomination_Home_Loading';
import LOAD_FAILED from '@salesforce/label/c.Nomination_Home_Load_Failed';
import NEXT_STEP from '@salesforce/label/c.Nomination_Home_Next_Step';
import WHO_ACTS from '@salesforce/label/c.Nomination_Home_Who_Acts';
import STATUS from '@salesforce/label/c.Nomination_Home_Status';
import PROGRAM from '@salesforce/label/c.Nomination_Home_Program';
import ACCOUNT from '@salesforce/label/c.Nomination_Home_Account';
import CHAMPION from '@salesforce/label/c.Nomination_Home_Champion';
import NOMINATED from '@salesforce/label/c.Nomination_Home_Nominated';
import REFERENCE_TYPES from '@salesforce/label/c.Nomination_Home_Reference_Types';
import LANDING_PAGE from '@salesforce/label/c.Nomination_Home_Landing_Page';
import SOURCE from '@salesforce/label/c.Nomination_Home_Source';
import REASON from '@salesforce/label/c.Nomination_Home_Reason';
import NOTES from '@salesforce/label/c.Nomination_Home_Notes';
import ACCOUNT_TEAM from '@salesforce/label/c.Nomination_Home_Account_Team';
import VERDICT from '@salesforce/label/c.Nomination_Home_Verdict';
import NO_REPLY from '@salesforce/label/c.Nomination_Home_No_Reply';
import REPLY_BY from '@salesforce/label/c.Nomination_Home_Reply_By';
import GITLAB from '@salesforce/label/c.Nomination_Home_GitLab';
import GITLAB_FAILED from '@salesforce/label/c.Nomination_Home_GitLab_Failed';
import GITLAB_FAILED_NO_REASON from '@salesforce/label/c.Nomination_Home_GitLab_Failed_No_Reason';
import CRM from '@salesforce/label/c.Nomination_Home_Crm';
import NOT_ASSIGNED from '@salesforce/label/c.Nomination_Home_Not_Assigned';
import NO_DEFAULT_CRM from '@salesforce/label/c.Nomination_Home_No_Default_Crm';
import INTRO_EMAIL from '@salesforce/label/c.Nomination_Home_Intro_Email';
import INTRO_EMAIL_HELP from '@salesforce/label/c.Nomination_Home_Intro_Email_Help';
import INTRO_EMAIL_SENT from '@salesforce/label/c.Nomination_Home_Intro_Email_Sent';
import INTRO_EMAIL_SENT_NO_NAME from '@salesforce/label/c.Nomination_Home_Intro_Email_Sent_No_Name';
import INTRO_EMAIL_SENT_ON from '@salesforce/label/c.Nomination_Home_Intro_Email_Sent_On';
import INTRO_EMAIL_SENT_ON_NO_SENDER from '@salesforce/label/c.Nomination_Home_Intro_Email_Sent_On_No_Sender';
import INTRO_EMAIL_RESEND_NO_SENDER from '@salesforce/label/c.Intro_Email_Already_Sent_No_Sender';
import REPLIED_ON from '@salesforce/label/c.Nomination_Home_Replied_On';
import REPLY_BY_NO_DATE from '@salesforce/label/c.Nomination_Home_Reply_By_No_Date';
import INTRO_EMAIL_ALREADY_SENT from '@salesforce/label/c.Intro_Email_Already_Sent';
import INTRO_EMAIL_SEND_AGAIN from '@salesforce/label/c.Nomination_Home_Intro_Email_Send_Again';
import CANCEL from '@salesforce/label/c.Nomination_Crm_Picker_Cancel';
import NONE from '@salesforce/label/c.Nomination_Home_None';
import YES from '@salesforce/label/c.Wizard_Yes';
import NO from '@salesforce/label/c.Wizard_No';

export const LABELS = {
  title: TITLE,
  loading: LOADING,
  loadFailed: LOAD_FAILED,
  nextStep: NEXT_STEP,
  whoActs: WHO_ACTS,
  status: STATUS,
  program: PROGRAM,
  account: ACCOUNT,
  champion: CHAMPION,
  nominated: NOMINATED,
  referenceTypes: REFERENCE_TYPES,
  landingPage: LANDING_PAGE,
  source: SOURCE,
  reason: REASON,
  notes: NOTES,
  accountTeam: ACCOUNT_TEAM,
  verdict: VERDICT,
  noReply: NO_REPLY,
  replyBy: REPLY_BY,
  repliedOn: REPLIED_ON,
  replyByNoDate: REPLY_BY_NO_DATE,
  gitLab: GITLAB,
  gitLabFailed: GITLAB_FAILED,
  gitLabFailedNoReason: GITLAB_FAILED_NO_REASON,
  crm: CRM,
  notAssigned: NOT_ASSIGNED,
  noDefaultCrm: NO_DEFAULT_CRM,
  introEmail: INTRO_EMAIL,
  introEmailHelp: INTRO_EMAIL_HELP,
  introEmailSent: INTRO_EMAIL_SENT,
  introEmailSentNoName: INTRO_EMAIL_SENT_NO_NAME,
  introEmailSentOn: INTRO_EMAIL_SENT_ON,
  introEmailSentOnNoSender: INTRO_EMAIL_SENT_ON_NO_SENDER,
  introEmailAlreadySent: INTRO_EMAIL_ALREADY_SENT,
  introEmailResendNoSender: INTRO_EMAIL_RESEND_NO_SENDER,
  introEmailSendAgain: INTRO_EMAIL_SEND_AGAIN,
  cancel: CANCEL,
  none: NONE,
  yes: YES,
  no: NO
};

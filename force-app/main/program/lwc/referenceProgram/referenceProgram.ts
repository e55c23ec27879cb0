/*
 * The program's domain vocabulary: the API values stored in picklists, the moves allowed between
 * them, and their display labels. Apex holds the same values in ReferenceProgram.cls;
 * scripts/gate/vocabulary-twin.mjs fails the gate when the two drift apart.
 */
import CALL_TYPE_DISCOVERY_CALL_LABEL from '@salesforce/label/c.Call_Type_Discovery_Call';
import CALL_TYPE_INTRO_CALL_LABEL from '@salesforce/label/c.Call_Type_Intro_Call';
import MEMBERSHIP_STATUS_ACTIVE_LABEL from '@salesforce/label/c.Membership_Status_Active';
import MEMBERSHIP_STATUS_APPLIED_LABEL from '@salesforce/label/c.Membership_Status_Applied';
import MEMBERSHIP_STATUS_EXPIRED_LABEL from '@salesforce/label/c.Membership_Status_Expired';
import MEMBERSHIP_STATUS_RENEWAL_DUE_LABEL from '@salesforce/label/c.Membership_Status_Renewal_Due';
import MEMBERSHIP_STATUS_TRANSITIONED_TO_PAID_LABEL from '@salesforce/label/c.Membership_Status_Transitioned_To_Paid';
import MEMBERSHIP_STATUS_VERIFIED_LABEL from '@salesforce/label/c.Membership_Status_Verified';
import NOMINATION_STATUS_ACCEPTED_LABEL from '@salesforce/label/c.Nomination_Status_Accepted';
import NOMINATION_STATUS_ACTIVE_REFERENCE_LABEL from '@salesforce/label/c.Nomination_Status_Active_Reference';
import NOMINATION_STATUS_DECLINED_LABEL from '@salesforce/label/c.Nomination_Status_Declined';
import NOMINATION_STATUS_IN_PROGRESS_LABEL from '@salesforce/label/c.Nomination_Status_In_Progress';
import NOMINATION_STATUS_NOMINATED_LABEL from '@salesforce/label/c.Nomination_Status_Nominated';
import NOMINATION_STATUS_WITHDRAWN_LABEL from '@salesforce/label/c.Nomination_Status_Withdrawn';
import PROGRAM_CUSTOMER_LABEL from '@salesforce/label/c.Program_Customer';
import PROGRAM_EDUCATION_LABEL from '@salesforce/label/c.Program_Education';
import PROGRAM_OPEN_SOURCE_LABEL from '@salesforce/label/c.Program_Open_Source';
import PROGRAM_STARTUPS_LABEL from '@salesforce/label/c.Program_Startups';
import REFERENCE_TYPE_ANALYST_REFERENCE_LABEL from '@salesforce/label/c.Reference_Type_Analyst_Reference';
import REFERENCE_TYPE_BLOG_LABEL from '@salesforce/label/c.Reference_Type_Blog';
import REFERENCE_TYPE_CASE_STUDY_LABEL from '@salesforce/label/c.Reference_Type_Case_Study';
import REFERENCE_TYPE_CUSTOMER_ADVISORY_BOARD_LABEL from '@salesforce/label/c.Reference_Type_Customer_Advisory_Board';
import REFERENCE_TYPE_EVENT_SPEAKER_LABEL from '@salesforce/label/c.Reference_Type_Event_Speaker';
import REFERENCE_TYPE_LIVE_SALES_REFERENCE_CALL_LABEL from '@salesforce/label/c.Reference_Type_Live_Sales_Reference_Call';
import REFERENCE_TYPE_LOGO_LABEL from '@salesforce/label/c.Reference_Type_Logo';
import REFERENCE_TYPE_PEER_REVIEW_LABEL from '@salesforce/label/c.Reference_Type_Peer_Review';
import REFERENCE_TYPE_PODCAST_LABEL from '@salesforce/label/c.Reference_Type_Podcast';
import REFERENCE_TYPE_PRESS_REFERENCE_LABEL from '@salesforce/label/c.Reference_Type_Press_Reference';
import REFERENCE_TYPE_USAGE_QUOTE_LABEL from '@salesforce/label/c.Reference_Type_Usage_Quote';
import REFERENCE_TYPE_VIDEO_LABEL from '@salesforce/label/c.Reference_Type_Video';
import REVIEW_STATUS_ACCOUNT_TEAM_ASKED_LABEL from '@salesforce/label/c.Review_Status_Account_Team_Asked';
import REVIEW_STATUS_ACCOUNT_TEAM_REPLIED_LABEL from '@salesforce/label/c.Review_Status_Account_Team_Replied';
import REVIEW_STATUS_AGREED_TO_PARTNER_LABEL from '@salesforce/label/c.Review_Status_Agreed_To_Partner';
import REVIEW_STATUS_CALL_HELD_LABEL from '@salesforce/label/c.Review_Status_Call_Held';
import REVIEW_STATUS_CALL_SCHEDULED_LABEL from '@salesforce/label/c.Review_Status_Call_Scheduled';
import REVIEW_STATUS_CONFIRMED_LABEL from '@salesforce/label/c.Review_Status_Confirmed';
import REVIEW_STATUS_DECLINED_LABEL from '@salesforce/label/c.Review_Status_Declined';
import REVIEW_STATUS_NEW_LABEL from '@salesforce/label/c.Review_Status_New';
import REVIEW_STATUS_NOMINATED_LABEL from '@salesforce/label/c.Review_Status_Nominated';
import REVIEW_STATUS_NOT_A_FIT_LABEL from '@salesforce/label/c.Review_Status_Not_A_Fit';
import VERDICT_CONFIRMED_LABEL from '@salesforce/label/c.Verdict_Confirmed';
import VERDICT_DECLINED_LABEL from '@salesforce/label/c.Verdict_Declined';
import VERIFICATION_ROUTE_AUTOMATED_THIRD_PARTY_LABEL from '@salesforce/label/c.Verification_Route_Automated_Third_Party';
import VERIFICATION_ROUTE_MANUAL_PROOF_OF_USE_LABEL from '@salesforce/label/c.Verification_Route_Manual_Proof_Of_Use';

export const PROGRAM = {
  CUSTOMER: 'Customer',
  OPEN_SOURCE: 'Open_Source',
  EDUCATION: 'Education',
  STARTUPS: 'Startups'
} as const;
export type Program = (typeof PROGRAM)[keyof typeof PROGRAM];
export const PROGRAMS: readonly Program[] = Object.values(PROGRAM);
export const LANDING_PAGE_PROGRAMS: readonly Program[] = [
  PROGRAM.CUSTOMER,
  PROGRAM.OPEN_SOURCE,
  PROGRAM.EDUCATION
];
export const COMMUNITY_PROGRAMS: readonly Program[] = [
  PROGRAM.OPEN_SOURCE,
  PROGRAM.EDUCATION,
  PROGRAM.STARTUPS
];
export const CRM_ADVISED_PROGRAMS: readonly Program[] = [
  PROGRAM.OPEN_SOURCE,
  PROGRAM.EDUCATION,
  PROGRAM.STARTUPS
];

export const CALL_TYPE = {
  INTRO: 'Intro_Call',
  DISCOVERY: 'Discovery_Call'
} as const;
export type CallType = (typeof CALL_TYPE)[keyof typeof CALL_TYPE];
export const CALL_TYPES: readonly CallType[] = Object.values(CALL_TYPE);
export const CALL_TYPE_BY_PROGRAM: Readonly<Record<Program, CallType>> = {
  [PROGRAM.CUSTOMER]: CALL_TYPE.INTRO,
  [PROGRAM.OPEN_SOURCE]: CALL_TYPE.DISCOVERY,
  [PROGRAM.EDUCATION]: CALL_TYPE.DISCOVERY,
  [PROGRAM.STARTUPS]: CALL_TYPE.DISCOVERY
};

export const REVIEW_STATUS = {
  NEW: 'New',
  ACCOUNT_TEAM_ASKED: 'Account_Team_Asked',
  ACCOUNT_TEAM_REPLIED: 'Account_Team_Replied',
  CONFIRMED: 'Confirmed',
  DECLINED: 'Declined',
  CALL_SCHEDULED: 'Call_Scheduled',
  CALL_HELD: 'Call_Held',
  AGREED_TO_PARTNER: 'Agreed_To_Partner',
  NOMINATED: 'Nominated',
  NOT_A_FIT: 'Not_A_Fit'
} as const;
export type ReviewStatus = (typeof REVIEW_STATUS)[keyof typeof REVIEW_STATUS];
export const REVIEW_STATUSES: readonly ReviewStatus[] = Object.values(REVIEW_STATUS);
export const REVIEW_TRANSITIONS: Readonly<Record<ReviewStatus, readonly ReviewStatus[]>> = {
  [REVIEW_STATUS.NEW]: [
    REVIEW_STATUS.ACCOUNT_TEAM_ASKED,
    REVIEW_STATUS.CONFIRMED,
    REVIEW_STATUS.DECLINED,
    REVIEW_STATUS.NOT_A_FIT
  ],
  [REVIEW_STATUS.ACCOUNT_TEAM_ASKED]: [
    REVIEW_STATUS.ACCOUNT_TEAM_REPLIED,
    REVIEW_STATUS.CONFIRMED,
    REVIEW_STATUS.DECLINED,
    REVIEW_STATUS.NOT_A_FIT
  ],
  [REVIEW_STATUS.ACCOUNT_TEAM_REPLIED]: [
    REVIEW_STATUS.ACCOUNT_TEAM_ASKED,
    REVIEW_STATUS.CONFIRMED,
    REVIEW_STATUS.DECLINED,
    REVIEW_STATUS.NOT_A_FIT
  ],
  // A verdict may be corrected (the account team changed its mind) before the call; with a reason.
  [REVIEW_STATUS.CONFIRMED]: [
    REVIEW_STATUS.DECLINED,
    REVIEW_STATUS.CALL_SCHEDULED,
    REVIEW_STATUS.CALL_HELD,
    REVIEW_STATUS.NOT_A_FIT
  ],
  [REVIEW_STATUS.DECLINED]: [
    REVIEW_STATUS.ACCOUNT_TEAM_ASKED,
    REVIEW_STATUS.CONFIRMED,
    REVIEW_STATUS.NOT_A_FIT
  ],
  [REVIEW_STATUS.CALL_SCHEDULED]: [REVIEW_STATUS.CALL_HELD, REVIEW_STATUS.NOT_A_FIT],
  [REVIEW_STATUS.CALL_HELD]: [
    REVIEW_STATUS.AGREED_TO_PARTNER,
    REVIEW_STATUS.NOMINATED,
    REVIEW_STATUS.NOT_A_FIT
  ],
  [REVIEW_STATUS.AGREED_TO_PARTNER]: [REVIEW_STATUS.NOMINATED, REVIEW_STATUS.NOT_A_FIT],
  [REVIEW_STATUS.NOMINATED]: [],
  [REVIEW_STATUS.NOT_A_FIT]: []
};
export const NEEDS_ACTION_STATUSES: readonly ReviewStatus[] = [
  REVIEW_STATUS.NEW,
  REVIEW_STATUS.ACCOUNT_TEAM_REPLIED,
  REVIEW_STATUS.CONFIRMED,
  REVIEW_STATUS.CALL_HELD,
  REVIEW_STATUS.AGREED_TO_PARTNER
];

export const VERDICT = {
  CONFIRMED: 'Confirmed',
  DECLINED: 'Declined'
} as const;
export type Verdict = (typeof VERDICT)[keyof typeof VERDICT];
export const VERDICTS: readonly Verdict[] = Object.values(VERDICT);

export const NOMINATION_STATUS = {
  NOMINATED: 'Nominated',
  ACCEPTED: 'Accepted',
  IN_PROGRESS: 'In_Progress',
  ACTIVE_REFERENCE: 'Active_Reference',
  DECLINED: 'Declined',
  WITHDRAWN: 'Withdrawn'
} as const;
export type NominationStatus = (typeof NOMINATION_STATUS)[keyof typeof NOMINATION_STATUS];
export const NOMINATION_STATUSES: readonly NominationStatus[] = Object.values(NOMINATION_STATUS);
export const NOMINATION_TRANSITIONS: Readonly<
  Record<NominationStatus, readonly NominationStatus[]>
> = {
  [NOMINATION_STATUS.NOMINATED]: [
    NOMINATION_STATUS.ACCEPTED,
    NOMINATION_STATUS.DECLINED,
    NOMINATION_STATUS.WITHDRAWN
  ],
  [NOMINATION_STATUS.ACCEPTED]: [
    NOMINATION_STATUS.IN_PROGRESS,
    NOMINATION_STATUS.DECLINED,
    NOMINATION_STATUS.WITHDRAWN
  ],
  [NOMINATION_STATUS.IN_PROGRESS]: [
    NOMINATION_STATUS.ACTIVE_REFERENCE,
    NOMINATION_STATUS.DECLINED,
    NOMINATION_STATUS.WITHDRAWN
  ],
  [NOMINATION_STATUS.ACTIVE_REFERENCE]: [NOMINATION_STATUS.WITHDRAWN],
  [NOMINATION_STATUS.DECLINED]: [],
  [NOMINATION_STATUS.WITHDRAWN]: []
};
export const OPEN_NOMINATION_STATUSES: readonly NominationStatus[] = [
  NOMINATION_STATUS.NOMINATED,
  NOMINATION_STATUS.ACCEPTED,
  NOMINATION_STATUS.IN_PROGRESS,
  NOMINATION_STATUS.ACTIVE_REFERENCE
];
export const NOMINATION_STATUSES_NEEDING_REASON: readonly NominationStatus[] = [
  NOMINATION_STATUS.DECLINED,
  NOMINATION_STATUS.WITHDRAWN
];

export const REFERENCE_TYPE = {
  LOGO: 'Logo',
  LIVE_SALES_REFERENCE_CALL: 'Live_Sales_Reference_Call',
  CASE_STUDY: 'Case_Study',
  BLOG: 'Blog',
  VIDEO: 'Video',
  PODCAST: 'Podcast',
  USAGE_QUOTE: 'Usage_Quote',
  EVENT_SPEAKER: 'Event_Speaker',
  ANALYST_REFERENCE: 'Analyst_Reference',
  PRESS_REFERENCE: 'Press_Reference',
  PEER_REVIEW: 'Peer_Review',
  CUSTOMER_ADVISORY_BOARD: 'Customer_Advisory_Board'
} as const;
export type ReferenceType = (typeof REFERENCE_TYPE)[keyof typeof REFERENCE_TYPE];
export const REFERENCE_TYPES: readonly ReferenceType[] = Object.values(REFERENCE_TYPE);

export const MEMBERSHIP_STATUS = {
  APPLIED: 'Applied',
  VERIFIED: 'Verified',
  ACTIVE: 'Active',
  RENEWAL_DUE: 'Renewal_Due',
  EXPIRED: 'Expired',
  TRANSITIONED_TO_PAID: 'Transitioned_To_Paid'
} as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUS)[keyof typeof MEMBERSHIP_STATUS];
export const MEMBERSHIP_STATUSES: readonly MembershipStatus[] = Object.values(MEMBERSHIP_STATUS);

export const VERIFICATION_ROUTE = {
  AUTOMATED: 'Automated_Third_Party',
  MANUAL: 'Manual_Proof_Of_Use'
} as const;
export type VerificationRoute = (typeof VERIFICATION_ROUTE)[keyof typeof VERIFICATION_ROUTE];
export const VERIFICATION_ROUTES: readonly VerificationRoute[] = Object.values(VERIFICATION_ROUTE);
export const GITLAB_SYNC_STATUS = {
  NOT_QUEUED: 'Not_Queued',
  QUEUED: 'Queued',
  CREATED: 'Created',
  FAILED: 'Failed'
} as const;
export type GitLabSyncStatus = (typeof GITLAB_SYNC_STATUS)[keyof typeof GITLAB_SYNC_STATUS];
export const GITLAB_SYNC_STATUSES: readonly GitLabSyncStatus[] = Object.values(GITLAB_SYNC_STATUS);
// Only community programs verify membership; the Customer program has no route.
export const VERIFICATION_ROUTE_BY_PROGRAM: Readonly<Partial<Record<Program, VerificationRoute>>> =
  {
    [PROGRAM.EDUCATION]: VERIFICATION_ROUTE.AUTOMATED,
    [PROGRAM.OPEN_SOURCE]: VERIFICATION_ROUTE.MANUAL,
    [PROGRAM.STARTUPS]: VERIFICATION_ROUTE.MANUAL
  };

const PROGRAM_LABELS: Readonly<Record<Program, string>> = {
  [PROGRAM.CUSTOMER]: PROGRAM_CUSTOMER_LABEL,
  [PROGRAM.OPEN_SOURCE]: PROGRAM_OPEN_SOURCE_LABEL,
  [PROGRAM.EDUCATION]: PROGRAM_EDUCATION_LABEL,
  [PROGRAM.STARTUPS]: PROGRAM_STARTUPS_LABEL
};
const CALL_TYPE_LABELS: Readonly<Record<CallType, string>> = {
  [CALL_TYPE.INTRO]: CALL_TYPE_INTRO_CALL_LABEL,
  [CALL_TYPE.DISCOVERY]: CALL_TYPE_DISCOVERY_CALL_LABEL
};
const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  [REVIEW_STATUS.NEW]: REVIEW_STATUS_NEW_LABEL,
  [REVIEW_STATUS.ACCOUNT_TEAM_ASKED]: REVIEW_STATUS_ACCOUNT_TEAM_ASKED_LABEL,
  [REVIEW_STATUS.ACCOUNT_TEAM_REPLIED]: REVIEW_STATUS_ACCOUNT_TEAM_REPLIED_LABEL,
  [REVIEW_STATUS.CONFIRMED]: REVIEW_STATUS_CONFIRMED_LABEL,
  [REVIEW_STATUS.DECLINED]: REVIEW_STATUS_DECLINED_LABEL,
  [REVIEW_STATUS.CALL_SCHEDULED]: REVIEW_STATUS_CALL_SCHEDULED_LABEL,
  [REVIEW_STATUS.CALL_HELD]: REVIEW_STATUS_CALL_HELD_LABEL,
  [REVIEW_STATUS.AGREED_TO_PARTNER]: REVIEW_STATUS_AGREED_TO_PARTNER_LABEL,
  [REVIEW_STATUS.NOMINATED]: REVIEW_STATUS_NOMINATED_LABEL,
  [REVIEW_STATUS.NOT_A_FIT]: REVIEW_STATUS_NOT_A_FIT_LABEL
};
const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  [VERDICT.CONFIRMED]: VERDICT_CONFIRMED_LABEL,
  [VERDICT.DECLINED]: VERDICT_DECLINED_LABEL
};
const NOMINATION_STATUS_LABELS: Readonly<Record<NominationStatus, string>> = {
  [NOMINATION_STATUS.NOMINATED]: NOMINATION_STATUS_NOMINATED_LABEL,
  [NOMINATION_STATUS.ACCEPTED]: NOMINATION_STATUS_ACCEPTED_LABEL,
  [NOMINATION_STATUS.IN_PROGRESS]: NOMINATION_STATUS_IN_PROGRESS_LABEL,
  [NOMINATION_STATUS.ACTIVE_REFERENCE]: NOMINATION_STATUS_ACTIVE_REFERENCE_LABEL,
  [NOMINATION_STATUS.DECLINED]: NOMINATION_STATUS_DECLINED_LABEL,
  [NOMINATION_STATUS.WITHDRAWN]: NOMINATION_STATUS_WITHDRAWN_LABEL
};
const REFERENCE_TYPE_LABELS: Readonly<Record<ReferenceType, string>> = {
  [REFERENCE_TYPE.LOGO]: REFERENCE_TYPE_LOGO_LABEL,
  [REFERENCE_TYPE.LIVE_SALES_REFERENCE_CALL]: REFERENCE_TYPE_LIVE_SALES_REFERENCE_CALL_LABEL,
  [REFERENCE_TYPE.CASE_STUDY]: REFERENCE_TYPE_CASE_STUDY_LABEL,
  [REFERENCE_TYPE.BLOG]: REFERENCE_TYPE_BLOG_LABEL,
  [REFERENCE_TYPE.VIDEO]: REFERENCE_TYPE_VIDEO_LABEL,
  [REFERENCE_TYPE.PODCAST]: REFERENCE_TYPE_PODCAST_LABEL,
  [REFERENCE_TYPE.USAGE_QUOTE]: REFERENCE_TYPE_USAGE_QUOTE_LABEL,
  [REFERENCE_TYPE.EVENT_SPEAKER]: REFERENCE_TYPE_EVENT_SPEAKER_LABEL,
  [REFERENCE_TYPE.ANALYST_REFERENCE]: REFERENCE_TYPE_ANALYST_REFERENCE_LABEL,
  [REFERENCE_TYPE.PRESS_REFERENCE]: REFERENCE_TYPE_PRESS_REFERENCE_LABEL,
  [REFERENCE_TYPE.PEER_REVIEW]: REFERENCE_TYPE_PEER_REVIEW_LABEL,
  [REFERENCE_TYPE.CUSTOMER_ADVISORY_BOARD]: REFERENCE_TYPE_CUSTOMER_ADVISORY_BOARD_LABEL
};
const MEMBERSHIP_STATUS_LABELS: Readonly<Record<MembershipStatus, string>> = {
  [MEMBERSHIP_STATUS.APPLIED]: MEMBERSHIP_STATUS_APPLIED_LABEL,
  [MEMBERSHIP_STATUS.VERIFIED]: MEMBERSHIP_STATUS_VERIFIED_LABEL,
  [MEMBERSHIP_STATUS.ACTIVE]: MEMBERSHIP_STATUS_ACTIVE_LABEL,
  [MEMBERSHIP_STATUS.RENEWAL_DUE]: MEMBERSHIP_STATUS_RENEWAL_DUE_LABEL,
  [MEMBERSHIP_STATUS.EXPIRED]: MEMBERSHIP_STATUS_EXPIRED_LABEL,
  [MEMBERSHIP_STATUS.TRANSITIONED_TO_PAID]: MEMBERSHIP_STATUS_TRANSITIONED_TO_PAID_LABEL
};
const VERIFICATION_ROUTE_LABELS: Readonly<Record<VerificationRoute, string>> = {
  [VERIFICATION_ROUTE.AUTOMATED]: VERIFICATION_ROUTE_AUTOMATED_THIRD_PARTY_LABEL,
  [VERIFICATION_ROUTE.MANUAL]: VERIFICATION_ROUTE_MANUAL_PROOF_OF_USE_LABEL
};

// Server data arrives untyped; a case or spelling mismatch must not pass as a known value.
function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  // includes compares with ===: only the very same string matches, never another type
  return (values as readonly unknown[]).includes(value);
}

export function isProgram(value: unknown): value is Program {
  return isOneOf(PROGRAMS, value);
}

export function isCallType(value: unknown): value is CallType {
  return isOneOf(CALL_TYPES, value);
}

export function isReviewStatus(value: unknown): value is ReviewStatus {
  return isOneOf(REVIEW_STATUSES, value);
}

export function isVerdict(value: unknown): value is Verdict {
  return isOneOf(VERDICTS, value);
}

export function isNominationStatus(value: unknown): value is NominationStatus {
  return isOneOf(NOMINATION_STATUSES, value);
}

export function isReferenceType(value: unknown): value is ReferenceType {
  return isOneOf(REFERENCE_TYPES, value);
}

export function isMembershipStatus(value: unknown): value is MembershipStatus {
  return isOneOf(MEMBERSHIP_STATUSES, value);
}

export function isGitLabSyncStatus(value: unknown): value is GitLabSyncStatus {
  return isOneOf(GITLAB_SYNC_STATUSES, value);
}

export function isVerificationRoute(value: unknown): value is VerificationRoute {
  return isOneOf(VERIFICATION_ROUTES, value);
}

export function nextReviewStatuses(from: ReviewStatus): readonly ReviewStatus[] {
  return REVIEW_TRANSITIONS[from];
}

export function canMoveReview(from: ReviewStatus, to: ReviewStatus): boolean {
  return REVIEW_TRANSITIONS[from].includes(to);
}

export function needsAction(status: ReviewStatus): boolean {
  return NEEDS_ACTION_STATUSES.includes(status);
}

export function nextNominationStatuses(from: NominationStatus): readonly NominationStatus[] {
  return NOMINATION_TRANSITIONS[from];
}

export function canMoveNomination(from: NominationStatus, to: NominationStatus): boolean {
  return NOMINATION_TRANSITIONS[from].includes(to);
}

export function isOpenNomination(status: NominationStatus): boolean {
  return OPEN_NOMINATION_STATUSES.includes(status);
}

export function nominationNeedsReason(status: NominationStatus): boolean {
  return NOMINATION_STATUSES_NEEDING_REASON.includes(status);
}

export function callTypeFor(program: Program): CallType {
  return CALL_TYPE_BY_PROGRAM[program];
}

export function isLandingPageProgram(program: Program): boolean {
  return LANDING_PAGE_PROGRAMS.includes(program);
}

export function isCommunityProgram(program: Program): boolean {
  return COMMUNITY_PROGRAMS.includes(program);
}

export function advisesCrmOnAgreement(program: Program): boolean {
  return CRM_ADVISED_PROGRAMS.includes(program);
}

export function verificationRouteFor(program: Program): VerificationRoute | undefined {
  return VERIFICATION_ROUTE_BY_PROGRAM[program];
}

export function programLabel(program: Program): string {
  return PROGRAM_LABELS[program];
}

export function callTypeLabel(callType: CallType): string {
  return CALL_TYPE_LABELS[callType];
}

export function reviewStatusLabel(status: ReviewStatus): string {
  return REVIEW_STATUS_LABELS[status];
}

export function verdictLabel(verdict: Verdict): string {
  return VERDICT_LABELS[verdict];
}

export function nominationStatusLabel(status: NominationStatus): string {
  return NOMINATION_STATUS_LABELS[status];
}

export function referenceTypeLabel(referenceType: ReferenceType): string {
  return REFERENCE_TYPE_LABELS[referenceType];
}

export function membershipStatusLabel(status: MembershipStatus): string {
  return MEMBERSHIP_STATUS_LABELS[status];
}

export function verificationRouteLabel(route: VerificationRoute): string {
  return VERIFICATION_ROUTE_LABELS[route];
}

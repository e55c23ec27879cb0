import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getAccountStory from '@salesforce/apex/ReferenceAccountPanelController.getAccountStory';
import engageCommunityPrograms from '@salesforce/apex/ReferenceAccountPanelController.engageCommunityPrograms';
import askSalesSupportToFixOwner from '@salesforce/apex/ReferenceAccountPanelController.askSalesSupportToFixOwner';
import requestClosedLost from '@salesforce/apex/ReferenceAccountPanelController.requestClosedLost';
import AskAccountTeamModal from 'c/askAccountTeamModal';
import NominationWizardModal, { WIZARD_FINISHED } from 'c/nominationWizardModal';
import { formatLabel } from 'c/ldsUtils';
import {
  MEMBERSHIP_STATUS,
  PROGRAM,
  VERIFICATION_ROUTE,
  isMembershipStatus,
  isNominationStatus,
  isProgram,
  isReferenceType,
  isReviewStatus,
  isVerificationRoute,
  membershipStatusLabel,
  nominationStatusLabel,
  programLabel,
  referenceTypeLabel,
  reviewStatusLabel,
  verificationRouteLabel
} from 'c/referenceProgram';
import TITLE from '@salesforce/label/c.Account_Panel_Title';
import REFERENCE_SECTION from '@salesforce/label/c.Account_Panel_Reference_Section';
import COMMUNITY_SECTION from '@salesforce/label/c.Account_Panel_Community_Section';
import LOADING from '@salesforce/label/c.Account_Panel_Loading';
import LOAD_FAILED from '@salesforce/label/c.Account_Panel_Load_Failed';
import ACCOUNT_TEAM from '@salesforce/label/c.Account_Panel_Account_Team';
import OWNER from '@salesforce/label/c.Account_Panel_Owner';
import CSMS from '@salesforce/label/c.Account_Panel_Csms';
import NO_CSM from '@salesforce/label/c.Account_Panel_No_Csm';
import INACTIVE from '@salesforce/label/c.Account_Panel_Inactive';
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
import WRONG_OWNER from '@salesforce/label/c.Account_Panel_Wrong_Owner';
import FIX_OWNER from '@salesforce/label/c.Account_Panel_Fix_Owner';
import EXPIRED_BEFORE_RETURN from '@salesforce/label/c.Account_Panel_Expired_Before_Return';
import REQUEST_CLOSED_LOST from '@salesforce/label/c.Account_Panel_Request_Closed_Lost';
import NOTE from '@salesforce/label/c.Account_Panel_Note';
import NOTE_OPTIONAL from '@salesforce/label/c.Account_Panel_Note_Optional';
import POST from '@salesforce/label/c.Account_Panel_Post';
import CANCEL from '@salesforce/label/c.Account_Panel_Cancel';
import POSTING from '@salesforce/label/c.Account_Panel_Posting';
import POSTED from '@salesforce/label/c.Account_Panel_Posted';
import POST_FAILED from '@salesforce/label/c.Account_Panel_Post_Failed';
import WARNING from '@salesforce/label/c.Account_Panel_Warning';

type AccountStory = Apex.ReferenceAccountPanelService.AccountStory;
type StoryResponse = Apex.ReferenceAccountPanelService.Response;
type StoryNomination = Apex.ReferenceAccountPanelService.Nomination;
type StoryMembership = Apex.ReferenceAccountPanelService.Membership;
type PostOutcome = Apex.CommunityProgramsChatterService.PostOutcome;

/** The Chatter actions of the Community programs section. */
export const CHATTER_ACTION = {
  ENGAGE: 'engage',
  FIX_OWNER: 'fixOwner',
  CLOSED_LOST: 'closedLost'
} as const;
export type ChatterAction = (typeof CHATTER_ACTION)[keyof typeof CHATTER_ACTION];

/** GitLab_Sync_Status__c of a failed issue (GitLabIssueStatus.FAILED). */
const GITLAB_FAILED_STATUS = 'Failed';

interface PersonView {
  key: string;
  fullName: string;
  isInactive: boolean;
}

interface ResponseView {
  key: string;
  id: string;
  personName: string;
  personUrl: string;
  program: string;
  reviewStatus: string;
  hasReply: boolean;
  reply: string;
  replyBy: string;
  replyOn: string | null;
  canAsk: boolean;
  canNominate: boolean;
  askText: string;
  nominateText: string;
}

interface NominationView {
  key: string;
  id: string;
  title: string;
  url: string;
  program: string;
  nominationStatus: string;
  referenceTypes: string;
  landingPage: string;
  crm: string;
  gitLabStatus: string | undefined;
  gitLabIssueUrl: string | undefined;
  gitLabIssueIid: number | undefined;
  gitLabError: string | undefined;
  showGitLabStatus: boolean;
  gitLabFailedText: string;
}

interface OpportunityView {
  title: string;
  url: string;
  owner: string;
  stage: string;
  wrongOwnerText: string | null;
  expiredText: string | null;
}

interface MembershipView {
  key: string;
  id: string;
  headingId: string;
  program: string;
  standing: string;
  standingClass: string;
  route: string;
  routeHint: string;
  hasTerm: boolean;
  start: string | null;
  end: string | null;
  renewalText: string;
  seats: string;
  showFreeUntil: boolean;
  freeUntil: string | null;
  paidRenewalText: string;
  transitionToPaid: boolean;
  opportunity: OpportunityView | null;
  canFixOwner: boolean;
  canRequestClosedLost: boolean;
  fixOwnerText: string;
  closedLostText: string;
}

interface Composer {
  action: ChatterAction;
  targetId: string;
  title: string;
  noteLabel: string;
  noteRequired: boolean;
}

const STANDING_BADGES: Readonly<Record<string, string>> = {
  [MEMBERSHIP_STATUS.ACTIVE]: 'slds-badge slds-theme_success',
  [MEMBERSHIP_STATUS.RENEWAL_DUE]: 'slds-badge slds-theme_warning',
  [MEMBERSHIP_STATUS.EXPIRED]: 'slds-badge slds-theme_error',
  [MEMBERSHIP_STATUS.TRANSITIONED_TO_PAID]: 'slds-badge slds-badge_inverse'
};

function text(value: string | null | undefined): string {
  return value ?? '';
}

function recordUrl(recordId: string | null | undefined): string {
  return recordId ? `/lightning/r/${recordId}/view` : '';
}

function programText(value: string | null): string {
  return isProgram(value) ? programLabel(value) : text(value);
}

function reviewStatusText(value: string | null): string {
  return isReviewStatus(value) ? reviewStatusLabel(value) : text(value);
}

function nominationStatusText(value: string | null): string {
  return isNominationStatus(value) ? nominationStatusLabel(value) : text(value);
}

function membershipStatusText(value: string | null): string {
  return isMembershipStatus(value) ? membershipStatusLabel(value) : text(value);
}

function referenceTypesText(values: string[] | null): string {
  const labels = (values ?? []).map((value) => {
    return isReferenceType(value) ? referenceTypeLabel(value) : value;
  });
  return labels.length > 0 ? labels.join(', ') : NONE;
}

// The days are computed on the server; the panel only words them.
function renewalText(membership: StoryMembership): string {
  const days = membership.daysUntilRenewal;
  if (days === null) {
    return '';
  }
  switch (membership.standing) {
    case MEMBERSHIP_STATUS.EXPIRED:
      return formatLabel(EXPIRED, -days);
    case MEMBERSHIP_STATUS.RENEWAL_DUE:
      return days === 0 ? RENEWAL_DUE_TODAY : formatLabel(RENEWAL_DUE, days);
    case MEMBERSHIP_STATUS.ACTIVE:
      return formatLabel(RENEWS_IN, days);
    default:
      return '';
  }
}

function routeHint(route: string | null): string {
  if (route === VERIFICATION_ROUTE.AUTOMATED) {
    return VERIFICATION_AUTOMATED_HINT;
  }
  return route === VERIFICATION_ROUTE.MANUAL ? VERIFICATION_MANUAL_HINT : '';
}

/**
 * The Account page panel: the account's reference story (landing-page responses, nominations with
 * their GitLab issue, the account team) and its community program standing (memberships judged on
 * the server, rules of engagement), with the actions the user may take.
 */
export default class ReferenceAccountPanel extends LightningElement {
  /** The Account record (set by the record page). */
  @api recordId?: string;

  @wire(getAccountStory, { accountId: '$recordId' })
  story?: Apex.WireResult<AccountStory>;

  composer?: Composer;
  note = '';
  posting = false;
  postError?: unknown;

  readonly labels = {
    title: TITLE,
    referenceSection: REFERENCE_SECTION,
    communitySection: COMMUNITY_SECTION,
    loading: LOADING,
    loadFailed: LOAD_FAILED,
    accountTeam: ACCOUNT_TEAM,
    owner: OWNER,
    csms: CSMS,
    noCsm: NO_CSM,
    inactive: INACTIVE,
    responses: RESPONSES,
    noResponses: NO_RESPONSES,
    colPerson: COL_PERSON,
    colProgram: COL_PROGRAM,
    colReviewStatus: COL_REVIEW_STATUS,
    colLatestReply: COL_LATEST_REPLY,
    colActions: COL_ACTIONS,
    noReply: NO_REPLY,
    nominateAccount: NOMINATE_ACCOUNT,
    nominations: NOMINATIONS,
    noNominations: NO_NOMINATIONS,
    colNomination: COL_NOMINATION,
    colStatus: COL_STATUS,
    colReferenceTypes: COL_REFERENCE_TYPES,
    colLandingPage: COL_LANDING_PAGE,
    colCrm: COL_CRM,
    colGitLab: COL_GITLAB,
    noMemberships: NO_MEMBERSHIPS,
    engage: ENGAGE,
    verification: VERIFICATION,
    term: TERM,
    startupsFreeUntil: STARTUPS_FREE_UNTIL,
    noUltimate: NO_ULTIMATE,
    transitionToPaid: TRANSITION_TO_PAID,
    renewalOpportunity: RENEWAL_OPPORTUNITY,
    fixOwner: FIX_OWNER,
    requestClosedLost: REQUEST_CLOSED_LOST,
    post: POST,
    cancel: CANCEL,
    posting: POSTING,
    postFailed: POST_FAILED,
    warning: WARNING
  };

  get data(): AccountStory | undefined {
    return this.story?.data;
  }

  get isLoading(): boolean {
    return !this.data && !this.story?.error;
  }

  get loadError(): unknown {
    return this.data ? undefined : this.story?.error;
  }

  get warnings(): string[] {
    return this.data?.warnings ?? [];
  }

  get hasWarnings(): boolean {
    return this.warnings.length > 0;
  }

  // ---------- Reference program ----------

  get owner(): PersonView | null {
    const owner = this.data?.owner;
    if (!owner) {
      return null;
    }
    return {
      key: text(owner.userId),
      fullName: text(owner.name),
      isInactive: owner.isActive === false
    };
  }

  get csms(): PersonView[] {
    return (this.data?.customerSuccessManagers ?? []).map((csm) => ({
      key: text(csm.userId),
      fullName: text(csm.name),
      isInactive: csm.isActive === false
    }));
  }

  get hasCsms(): boolean {
    return this.csms.length > 0;
  }

  get responses(): ResponseView[] {
    return (this.data?.responses ?? []).map((response: StoryResponse) => {
      const personName = text(response.personName);
      return {
        key: text(response.id),
        id: text(response.id),
        personName,
        personUrl: recordUrl(response.personId),
        program: programText(response.program),
        reviewStatus: reviewStatusText(response.reviewStatus),
        hasReply: Boolean(response.latestReply),
        reply: text(response.latestReply),
        replyBy: response.latestReplyAuthorName
          ? formatLabel(REPLY_BY, response.latestReplyAuthorName)
          : '',
        replyOn: response.latestReplyOn,
        canAsk: response.canAskAccountTeam === true,
        canNominate: response.canNominate === true,
        askText: `${ASK_ACCOUNT_TEAM}: ${personName}`,
        nominateText: formatLabel(NOMINATE_TITLE, personName)
      };
    });
  }

  get hasResponses(): boolean {
    return this.responses.length > 0;
  }

  get moreResponsesText(): string {
    return this.data?.moreResponses ? formatLabel(MORE_RESPONSES, this.responses.length) : '';
  }

  get askLabel(): string {
    return ASK_ACCOUNT_TEAM;
  }

  get nominateLabel(): string {
    return NOMINATE;
  }

  get canNominateAccount(): boolean {
    return this.data?.canNominate === true;
  }

  get nominations(): NominationView[] {
    return (this.data?.nominations ?? []).map((nomination: StoryNomination) => {
      const failed = nomination.gitLabStatus === GITLAB_FAILED_STATUS;
      // c/gitLabIssueStatus offers Retry on a failed issue: a user who may not retry sees the
      // failure and its reason without the button.
      const showGitLabStatus = !failed || nomination.canRetryGitLab === true;
      return {
        key: text(nomination.id),
        id: text(nomination.id),
        title: text(nomination.name),
        url: recordUrl(nomination.id),
        program: programText(nomination.program),
        nominationStatus: nominationStatusText(nomination.status),
        referenceTypes: referenceTypesText(nomination.referenceTypes),
        landingPage: nomination.sourcedFromLandingPage ? YES : NO,
        crm: nomination.crmName ?? NOT_ASSIGNED,
        gitLabStatus: nomination.gitLabStatus ?? undefined,
        gitLabIssueUrl: nomination.gitLabIssueUrl ?? undefined,
        gitLabIssueIid: nomination.gitLabIssueIid ?? undefined,
        gitLabError: nomination.gitLabError ?? undefined,
        showGitLabStatus,
        gitLabFailedText: showGitLabStatus
          ? ''
          : formatLabel(GITLAB_FAILED, text(nomination.gitLabError))
      };
    });
  }

  get hasNominations(): boolean {
    return this.nominations.length > 0;
  }

  // ---------- Community programs ----------

  get canEngage(): boolean {
    return this.data?.canEngageCommunityPrograms === true;
  }

  get memberships(): MembershipView[] {
    return (this.data?.memberships ?? []).map((membership: StoryMembership) => {
      const id = text(membership.id);
      const program = programText(membership.program);
      const route = membership.verificationRoute;
      const opportunity = membership.opportunity;
      const isStartups = membership.program === PROGRAM.STARTUPS;
      return {
        key: id,
        id,
        headingId: `membership-${id}`,
        program,
        standing: membershipStatusText(membership.standing),
        standingClass: STANDING_BADGES[text(membership.standing)] ?? 'slds-badge',
        route: isVerificationRoute(route) ? verificationRouteLabel(route) : text(route),
        routeHint: routeHint(route),
        hasTerm: Boolean(membership.subscriptionStart || membership.subscriptionEnd),
        start: membership.subscriptionStart,
        end: membership.subscriptionEnd,
        renewalText: renewalText(membership),
        seats: membership.seats === null ? '' : formatLabel(SEATS, membership.seats),
        showFreeUntil: isStartups && !membership.pastFreeYear && Boolean(membership.freeUntil),
        freeUntil: membership.freeUntil,
        paidRenewalText: this.paidRenewalText(membership),
        transitionToPaid: membership.transitionToPaid === true,
        opportunity: opportunity
          ? {
              title: text(opportunity.name),
              url: recordUrl(opportunity.id),
              owner: formatLabel(OPPORTUNITY_OWNER, text(opportunity.ownerName)),
              stage: text(opportunity.stageName),
              wrongOwnerText: opportunity.wrongOwner
                ? formatLabel(WRONG_OWNER, text(opportunity.ownerName))
                : null,
              expiredText: opportunity.expiredBeforeReturn ? EXPIRED_BEFORE_RETURN : null
            }
          : null,
        canFixOwner: membership.canAskToFixOwner === true,
        canRequestClosedLost: membership.canRequestClosedLost === true,
        fixOwnerText: `${FIX_OWNER}: ${program}`,
        closedLostText: `${REQUEST_CLOSED_LOST}: ${program}`
      };
    });
  }

  get hasMemberships(): boolean {
    return this.memberships.length > 0;
  }

  paidRenewalText(membership: StoryMembership): string {
    if (membership.renewalIsPaid !== true) {
      return '';
    }
    return membership.pastFreeYear
      ? formatLabel(STARTUPS_YEAR, membership.programYear ?? '')
      : STARTUPS_PAID;
  }

  // ---------- Actions ----------

  handleAsk(event: Event): void {
    this.askAccountTeam(this.dataIdOf(event));
  }

  async askAccountTeam(responseId: string): Promise<void> {
    const outcomes = await AskAccountTeamModal.open({
      size: 'medium',
      label: ASK_ACCOUNT_TEAM,
      responseIds: [responseId]
    });
    if (outcomes) {
      await this.refresh();
    }
  }

  handleNominate(event: Event): void {
    const responseId = this.dataIdOf(event);
    const response = this.responses.find((candidate) => candidate.id === responseId);
    this.nominate(responseId, response?.personName ?? '');
  }

  handleNominateAccount(): void {
    this.nominate(undefined, text(this.data?.accountName));
  }

  async nominate(responseId: string | undefined, name: string): Promise<void> {
    const result = await NominationWizardModal.open({
      size: 'large',
      label: formatLabel(NOMINATE_TITLE, name),
      responseId,
      accountId: this.recordId
    });
    if (result === WIZARD_FINISHED) {
      await this.refresh();
    }
  }

  handleGitLabStatusChange(): void {
    this.refresh();
  }

  handleEngage(): void {
    this.openComposer({
      action: CHATTER_ACTION.ENGAGE,
      targetId: text(this.recordId),
      title: ENGAGE,
      noteLabel: NOTE,
      noteRequired: true
    });
  }

  handleFixOwner(event: Event): void {
    const membership = this.membershipOf(event);
    this.openComposer({
      action: CHATTER_ACTION.FIX_OWNER,
      targetId: membership.id,
      title: membership.fixOwnerText,
      noteLabel: NOTE_OPTIONAL,
      noteRequired: false
    });
  }

  handleClosedLost(event: Event): void {
    const membership = this.membershipOf(event);
    this.openComposer({
      action: CHATTER_ACTION.CLOSED_LOST,
      targetId: membership.id,
      title: membership.closedLostText,
      noteLabel: NOTE_OPTIONAL,
      noteRequired: false
    });
  }

  handleNoteChange(event: CustomEvent<{ value: string }>): void {
    this.note = event.detail.value ?? '';
  }

  handleCancelComposer(): void {
    this.composer = undefined;
    this.note = '';
    this.postError = undefined;
  }

  get postDisabled(): boolean {
    return this.posting || (this.composer?.noteRequired === true && !this.note.trim());
  }

  async handlePost(): Promise<void> {
    const composer = this.composer;
    if (!composer || this.postDisabled) {
      return;
    }
    this.posting = true;
    this.postError = undefined;
    try {
      const outcome = await this.post(composer);
      const mentioned = (outcome.mentionedNames ?? []).join(', ');
      this.dispatchEvent(
        new ShowToastEvent({
          title: formatLabel(POSTED, mentioned),
          message: (outcome.warnings ?? []).join(' '),
          variant: 'success'
        })
      );
      this.handleCancelComposer();
      await this.refresh();
    } catch (error) {
      this.postError = error;
    } finally {
      this.posting = false;
    }
  }

  post(composer: Composer): Promise<PostOutcome> {
    const note = this.note.trim();
    switch (composer.action) {
      case CHATTER_ACTION.FIX_OWNER:
        return askSalesSupportToFixOwner({ membershipId: composer.targetId, note });
      case CHATTER_ACTION.CLOSED_LOST:
        return requestClosedLost({ membershipId: composer.targetId, note });
      default:
        return engageCommunityPrograms({ accountId: composer.targetId, note });
    }
  }

  openComposer(composer: Composer): void {
    this.composer = composer;
    this.note = '';
    this.postError = undefined;
    // Move focus to the note so keyboard and screen-reader users land in the form they opened.
    Promise.resolve().then(() => {
      this.template?.querySelector<HTMLElement>('lightning-textarea')?.focus();
    });
  }

  refresh(): Promise<void> {
    return refreshApex(this.story);
  }

  dataIdOf(event: Event): string {
    return text((event.currentTarget as HTMLElement).dataset.id);
  }

  membershipOf(event: Event): MembershipView {
    const id = this.dataIdOf(event);
    return this.memberships.find((membership) => membership.id === id) as MembershipView;
  }
}

import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getHome from '@salesforce/apex/NominationHomeController.getHome';
import sendIntroEmail from '@salesforce/apex/NominationHomeController.sendIntroEmail';
import { formatLabel, formatLabelOr, reduceErrors } from 'c/ldsUtils';
import { formatDay } from 'c/userCalendar';
import {
  GITLAB_SYNC_STATUS,
  isNominationStatus,
  isProgram,
  isReferenceType,
  isVerdict,
  nominationStatusLabel,
  programLabel,
  referenceTypeLabel,
  verdictLabel
} from 'c/referenceProgram';
import { LABELS } from './labels';

type Home = Apex.NominationHomeService.Home;

function recordUrl(recordId: string | null | undefined): string {
  return recordId ? `/lightning/r/${recordId}/view` : '';
}

/** The nomination's home as the page says it. */
interface HomeView {
  statusText: string;
  programText: string;
  accountUrl: string;
  championUrl: string;
  championText: string;
  nominatedText: string;
  referenceTypesText: string;
  landingPageText: string;
  sourceText: string;
  verdictText: string;
  replyByText: string;
  whoActsText: string;
  /** The issue as c/gitLabIssueStatus takes it; no issue at all reads as not requested yet. */
  gitLabStatus?: string;
  gitLabIssueUrl?: string;
  gitLabIssueIid?: number;
  gitLabError?: string;
  /** A failed issue offers Retry only to who may retry; others read the reason. */
  showGitLabStatus: boolean;
  gitLabFailedText: string;
  crmText: string;
  showNoDefaultCrm: boolean;
  canSendIntroEmail: boolean;
  /** "Intro email sent <date> by <name>." once it has been sent ("… sent <date>." by no one known). */
  introEmailSentText: string;
  resendQuestion: string;
}

/** Who replied and when, as far as the server knows; nothing when it knows neither. */
function replyByText(author: string | null, repliedOn: string): string {
  if (!author?.trim()) {
    return formatLabelOr(LABELS.repliedOn, '', repliedOn);
  }
  return formatLabelOr(
    LABELS.replyBy,
    formatLabel(LABELS.replyByNoDate, author),
    author,
    repliedOn
  );
}

function viewOf(data: Home): HomeView {
  const { status, program, gitLab } = data;
  const referenceTypes = (data.referenceTypes ?? []).map((type) => {
    return isReferenceType(type) ? referenceTypeLabel(type) : type;
  });
  const repliedOn = formatDay(data.accountTeamRepliedOn);
  const sentOn = formatDay(data.introEmailSentOn);
  const sender = data.introEmailSentByName;
  const withSender = (named: string, unnamed: string): string => {
    return sender ? formatLabel(named, sentOn, sender) : formatLabel(unnamed, sentOn);
  };
  return {
    statusText: isNominationStatus(status) ? nominationStatusLabel(status) : (status ?? ''),
    programText: isProgram(program) ? programLabel(program) : (program ?? ''),
    accountUrl: recordUrl(data.accountId),
    championUrl: recordUrl(data.championId),
    championText: data.championName ?? LABELS.none,
    nominatedText: [formatDay(data.nominatedOn), data.nominatedByName].filter(Boolean).join(' · '),
    referenceTypesText: referenceTypes.length ? referenceTypes.join(', ') : LABELS.none,
    landingPageText: data.sourcedFromLandingPage ? LABELS.yes : LABELS.no,
    sourceText:
      [data.sourceCampaignName, data.responsePersonName].filter(Boolean).join(' · ') || LABELS.none,
    verdictText: isVerdict(data.accountTeamVerdict)
      ? verdictLabel(data.accountTeamVerdict)
      : LABELS.none,
    replyByText: replyByText(data.accountTeamReplyAuthorName, repliedOn),
    // nobody named is said by leaving the line out, never as "Who acts: "
    whoActsText: data.nextStepOwner?.trim() ? formatLabel(LABELS.whoActs, data.nextStepOwner) : '',
    gitLabStatus: gitLab?.status ?? undefined,
    gitLabIssueUrl: gitLab?.issueUrl ?? undefined,
    gitLabIssueIid: gitLab?.issueIid ?? undefined,
    gitLabError: gitLab?.lastError ?? undefined,
    showGitLabStatus: gitLab?.status !== GITLAB_SYNC_STATUS.FAILED || data.canRetryGitLab === true,
    gitLabFailedText: formatLabelOr(
      LABELS.gitLabFailed,
      LABELS.gitLabFailedNoReason,
      gitLab?.lastError
    ),
    crmText: data.crmName ?? LABELS.notAssigned,
    showNoDefaultCrm: !data.crmId && data.programHasDefaultCrm === false,
    canSendIntroEmail: data.hasIntroEmail === true && data.canAssignCrm === true,
    introEmailSentText: data.introEmailSentOn
      ? withSender(LABELS.introEmailSentOn, LABELS.introEmailSentOnNoSender)
      : '',
    resendQuestion: withSender(LABELS.introEmailAlreadySent, LABELS.introEmailResendNoSender)
  };
}

/**
 * The nomination's home on its Lightning record page, for the CRM and the program manager: where it
 * stands (status, program, account, champion, reference types, source and the account team's
 * reply), its GitLab issue (c/gitLabIssueStatus: number, link, status, Retry), its CRM (assignable
 * here through c/nominationCrmPicker) and the next step with who takes it. For Open Source and
 * Education it sends the intro email (champion, CRM in copy), says when and by whom it was sent,
 * and asks before sending it a second time. Outcomes are said inline.
 */
export default class NominationHome extends LightningElement {
  /** The Reference_Nomination__c (set by the record page). */
  @api recordId?: string;

  @wire(getHome, { nominationId: '$recordId' })
  home?: Apex.WireResult<Home>;

  readonly labels = LABELS;

  sending = false;
  emailError = '';
  emailSent = '';
  /** The intro email was sent before: "Send it again?" is showing. */
  confirmingResend = false;
  private focusAfterRender?: string;

  get data(): Home | undefined {
    // Stryker disable next-line OptionalChaining: the Apex wire adapter sets {data, error} on connect, before the first render
    return this.home?.data;
  }

  get isLoading(): boolean {
    return !this.data && !this.loadError;
  }

  get loadError(): unknown {
    // Stryker disable next-line OptionalChaining: the Apex wire adapter sets {data, error} on connect, before the first render
    return this.data ? undefined : this.home?.error;
  }

  /** What the page says of the loaded home (the template reads it only once the home is there). */
  get view(): HomeView | undefined {
    const data = this.data;
    return data ? viewOf(data) : undefined;
  }

  /** A first send goes at once; a second one asks first. */
  async handleSendIntroEmail(): Promise<void> {
    // Stryker disable next-line OptionalChaining: the button is rendered only once the home is there
    if (!this.data?.introEmailSentOn) {
      await this.send(false);
      return;
    }
    this.emailError = '';
    this.emailSent = '';
    this.confirmingResend = true;
    this.focusAfterRender = 'lightning-button.send-again';
  }

  handleSendAgain(): Promise<void> {
    this.confirmingResend = false;
    return this.send(true);
  }

  handleCancelResend(): void {
    this.confirmingResend = false;
    this.focusAfterRender = 'lightning-button.send-intro-email';
  }

  private async send(sendAgain: boolean): Promise<void> {
    this.sending = true;
    this.emailError = '';
    this.emailSent = '';
    try {
      const championName = await sendIntroEmail({ nominationId: this.recordId, sendAgain });
      this.emailSent = formatLabelOr(
        this.labels.introEmailSent,
        this.labels.introEmailSentNoName,
        championName
      );
      await refreshApex(this.home);
    } catch (error) {
      this.emailError = reduceErrors(error).join(' ');
    } finally {
      this.sending = false;
      // the button that was pressed is disabled (or gone) while sending: focus the outcome
      this.focusAfterRender = this.emailError ? '.email-error' : '.email-sent';
    }
  }

  renderedCallback(): void {
    // Stryker disable next-line ConditionalExpression,BlockStatement: without the guard it queries "undefined", which matches nothing
    if (!this.focusAfterRender) {
      return;
    }
    // Stryker disable next-line OptionalChaining: typed nullable, the template is there in renderedCallback
    const target = this.template?.querySelector<HTMLElement>(this.focusAfterRender);
    // Stryker disable next-line ConditionalExpression: the focus target is always rendered by then
    if (target) {
      this.focusAfterRender = undefined;
      target.focus();
    }
  }

  /** The CRM changed or the GitLab issue was retried: read the home again. */
  handleChanged(): Promise<void> {
    return refreshApex(this.home);
  }
}

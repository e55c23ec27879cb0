import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getHome from '@salesforce/apex/NominationHomeController.getHome';
import sendIntroEmail from '@salesforce/apex/NominationHomeController.sendIntroEmail';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
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
    return this.home?.data;
  }

  get isLoading(): boolean {
    return !this.data && !this.home?.error;
  }

  get loadError(): unknown {
    return this.data ? undefined : this.home?.error;
  }

  get statusText(): string {
    const status = this.data?.status;
    return isNominationStatus(status) ? nominationStatusLabel(status) : (status ?? '');
  }

  get programText(): string {
    const program = this.data?.program;
    return isProgram(program) ? programLabel(program) : (program ?? '');
  }

  get accountUrl(): string {
    return recordUrl(this.data?.accountId);
  }

  get championUrl(): string {
    return recordUrl(this.data?.championId);
  }

  get championText(): string {
    return this.data?.championName ?? this.labels.none;
  }

  get nominatedText(): string {
    return [formatDay(this.data?.nominatedOn), this.data?.nominatedByName]
      .filter(Boolean)
      .join(' · ');
  }

  get referenceTypesText(): string {
    const labels = (this.data?.referenceTypes ?? []).map((type) => {
      return isReferenceType(type) ? referenceTypeLabel(type) : type;
    });
    return labels.length ? labels.join(', ') : this.labels.none;
  }

  get landingPageText(): string {
    return this.data?.sourcedFromLandingPage ? this.labels.yes : this.labels.no;
  }

  get sourceText(): string {
    return (
      [this.data?.sourceCampaignName, this.data?.responsePersonName].filter(Boolean).join(' · ') ||
      this.labels.none
    );
  }

  get verdictText(): string {
    const verdict = this.data?.accountTeamVerdict;
    return isVerdict(verdict) ? verdictLabel(verdict) : this.labels.none;
  }

  get replyByText(): string {
    const author = this.data?.accountTeamReplyAuthorName;
    const when = formatDay(this.data?.accountTeamRepliedOn);
    return author
      ? formatLabel(this.labels.replyBy, author, when)
      : formatLabel(this.labels.repliedOn, when);
  }

  get whoActsText(): string {
    return formatLabel(this.labels.whoActs, this.data?.nextStepOwner ?? '');
  }

  get gitLab(): Apex.GitLabIssueStatus | null | undefined {
    return this.data?.gitLab;
  }

  /** A failed issue offers Retry only to who may retry; others read the reason. */
  get showGitLabStatus(): boolean {
    return this.gitLab?.status !== GITLAB_SYNC_STATUS.FAILED || this.data?.canRetryGitLab === true;
  }

  get gitLabFailedText(): string {
    return formatLabel(this.labels.gitLabFailed, this.gitLab?.lastError ?? '');
  }

  get crmText(): string {
    return this.data?.crmName ?? this.labels.notAssigned;
  }

  get showNoDefaultCrm(): boolean {
    return !this.data?.crmId && this.data?.programHasDefaultCrm === false;
  }

  get canSendIntroEmail(): boolean {
    return this.data?.hasIntroEmail === true && this.data?.canAssignCrm === true;
  }

  /** "Intro email sent <date> by <name>." once it has been sent ("… sent <date>." by no one known). */
  get introEmailSentText(): string {
    const sentOn = this.data?.introEmailSentOn;
    return sentOn
      ? this.withSender(this.labels.introEmailSentOn, this.labels.introEmailSentOnNoSender)
      : '';
  }

  get resendQuestion(): string {
    return this.withSender(this.labels.introEmailAlreadySent, this.labels.introEmailResendNoSender);
  }

  private withSender(named: string, unnamed: string): string {
    const sentOn = formatDay(this.data?.introEmailSentOn);
    const sender = this.data?.introEmailSentByName;
    return sender ? formatLabel(named, sentOn, sender) : formatLabel(unnamed, sentOn);
  }

  /** A first send goes at once; a second one asks first. */
  async handleSendIntroEmail(): Promise<void> {
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
      this.emailSent = formatLabel(this.labels.introEmailSent, championName ?? '');
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
    if (!this.focusAfterRender) {
      return;
    }
    const target = this.template?.querySelector<HTMLElement>(this.focusAfterRender);
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

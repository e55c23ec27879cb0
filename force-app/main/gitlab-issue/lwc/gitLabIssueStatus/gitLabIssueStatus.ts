import { LightningElement, api, wire } from 'lwc';
import retry from '@salesforce/apex/GitLabIssueController.retry';
import allowedHost from '@salesforce/apex/GitLabIssueLink.allowedHost';
import NOT_QUEUED from '@salesforce/label/c.GitLab_Status_Not_Queued';
import QUEUED from '@salesforce/label/c.GitLab_Status_Queued';
import CREATED from '@salesforce/label/c.GitLab_Status_Created';
import CREATED_NO_NUMBER from '@salesforce/label/c.GitLab_Status_Created_No_Number';
import FAILED from '@salesforce/label/c.GitLab_Status_Failed';
import RETRY from '@salesforce/label/c.GitLab_Retry';
import RETRY_SUCCESS from '@salesforce/label/c.GitLab_Retry_Success';
import RETRY_ERROR_TITLE from '@salesforce/label/c.GitLab_Retry_Error_Title';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import { GITLAB_SYNC_STATUS } from 'c/referenceProgram';
import { requestStatus } from './statusRequests';

type IssueStatus = Apex.GitLabIssueStatus;

/**
 * `https://`, a host with an optional port, then a path, query or fragment without `@`, `\` or
 * whitespace, so nothing a browser could read as another host: the rule of GitLabIssueLink.cls.
 */
const SAFE_URL = /^https:\/\/([a-z0-9.-]+(?::[0-9]{1,5})?)(?:[/?#][A-Za-z0-9._~%&+=:/?#-]*)?$/i;

/** `GitLab.Example.com:443` → `gitlab.example.com`, as GitLabIssueLink.cls compares hosts. */
function authorityOf(value: string): string {
  // Stryker disable next-line MethodExpression,Regex: both sides fold alike (upper or lower case); the URL pattern lets ':443' through only at the end of an authority
  return value.trim().toLowerCase().replace(/:443$/, '');
}

/**
 * The GitLab issue of one nomination: "queued", a link to the created issue, or the failure with
 * its reason and a Retry button. The parent (board, account panel) passes the nomination's
 * GitLab fields; after a retry the component shows the new status itself and fires
 * `statuschange` (detail: the GitLabIssueStatus returned by Apex) so the parent can refresh.
 * The issue number is a link only when the stored link is `https:` on the GitLab host
 * (GitLabIssueLink.allowedHost, from the Reference Program Setting); any other link (an edited
 * `javascript:` or foreign link), or while the host is unknown, the number is plain text.
 * Retry is offered only where the server says the running user may retry now
 * (GitLabIssueController.statusesOf → canRetry: the retry permission, edit access, a Failed row or
 * a Queued row no job touched for the stale window; the rows of a page ask in one call, see
 * statusRequests). It is asked for Failed and Queued rows only,
 * fresh each time the status changes (not cached: a Queued row becomes stale with time); while
 * it is unknown, or when it cannot be read (a user without access to the controller), no Retry.
 * A retry's outcome is said inline, in the component's live region (never a toast: the package
 * gives one kind of feedback); after a successful retry focus moves to that message, since the
 * Retry button it was on is gone.
 */
export default class GitLabIssueStatus extends LightningElement {
  /** Id of the Reference_Nomination__c. */
  @api
  get nominationId(): string | undefined {
    return this.nomination;
  }
  set nominationId(value: string | undefined) {
    this.nomination = value;
    this.loadRetryDecision();
  }

  /** GitLab_Sync_Status__c API value; blank reads as Not_Queued. */
  @api
  get status(): string | undefined {
    return this.syncStatus;
  }
  set status(value: string | undefined) {
    // The parent passing the retried status back keeps the outcome; any other status clears it.
    if (value !== this.retried?.status) {
      this.feedback = undefined;
    }
    this.syncStatus = value;
    this.retried = undefined;
    this.loadRetryDecision();
  }

  /** GitLab_Issue_URL__c. */
  @api issueUrl?: string;
  /** GitLab_Issue_IID__c. */
  @api issueIid?: number;
  /** GitLab_Last_Error__c, shown for a failed issue. */
  @api lastError?: string;

  /** The GitLab host issue links must be on (null when the setting is blank). */
  @wire(allowedHost)
  gitLabHost?: Apex.WireResult<string>;

  retried?: IssueStatus;
  retrying = false;
  /** The outcome of the last retry, said inline. */
  feedback?: { text: string; isError: boolean };
  /** The server's answer for this row and user (canRetry), for Failed and Queued rows. */
  decision?: IssueStatus;

  private nomination?: string;
  private syncStatus?: string;
  private connected = false;
  private request = 0;
  private focusFeedbackWhenRendered = false;

  readonly labels = { notQueued: NOT_QUEUED, queued: QUEUED, failed: FAILED, retry: RETRY };

  connectedCallback(): void {
    this.connected = true;
    this.loadRetryDecision();
  }

  disconnectedCallback(): void {
    this.connected = false;
  }

  get currentStatus(): string {
    return this.retried?.status ?? this.syncStatus ?? GITLAB_SYNC_STATUS.NOT_QUEUED;
  }

  /** Retry only on the server's word; a retried row has its answer in the retry's result. */
  get showRetry(): boolean {
    return (this.retried ?? this.decision)?.canRetry === true;
  }

  /** Asks the server whether this user may retry this row now; the latest question wins. */
  private loadRetryDecision(): void {
    // Stryker disable next-line UpdateOperator: counting down tells questions apart as well
    const request = ++this.request;
    this.decision = undefined;
    const status = this.currentStatus;
    const mayBeRetryable =
      status === GITLAB_SYNC_STATUS.FAILED || status === GITLAB_SYNC_STATUS.QUEUED;
    if (!this.connected || !this.nomination || !mayBeRetryable) {
      return;
    }
    requestStatus(this.nomination)
      .then((result) => {
        if (request === this.request) {
          this.decision = result ?? undefined;
        }
      })
      // No answer, no Retry: the decision was cleared when this question was asked.
      .catch(() => undefined);
  }

  get isQueued(): boolean {
    return this.currentStatus === GITLAB_SYNC_STATUS.QUEUED;
  }

  get isCreated(): boolean {
    return this.currentStatus === GITLAB_SYNC_STATUS.CREATED;
  }

  get isFailed(): boolean {
    return this.currentStatus === GITLAB_SYNC_STATUS.FAILED;
  }

  get createdText(): string {
    return this.issueIid == null ? CREATED_NO_NUMBER : formatLabel(CREATED, this.issueIid);
  }

  /** The issue link when it is `https:` on the GitLab host; otherwise undefined. */
  get safeIssueUrl(): string | undefined {
    // Stryker disable next-line OptionalChaining: the Apex wire adapter sets {data, error} on connect, before the first render
    const host = this.gitLabHost?.data;
    const match = this.issueUrl ? SAFE_URL.exec(this.issueUrl) : null;
    if (!host || !match) {
      return undefined;
    }
    return authorityOf(match[1]!) === authorityOf(host) ? this.issueUrl : undefined;
  }

  get feedbackClass(): string {
    // Stryker disable next-line OptionalChaining: the class is read only where the feedback is shown
    return this.feedback?.isError
      ? 'retry-feedback slds-text-color_error slds-m-top_xx-small'
      : 'retry-feedback slds-text-color_success slds-m-top_xx-small';
  }

  get hasUrl(): boolean {
    return Boolean(this.safeIssueUrl);
  }

  async handleRetry(): Promise<void> {
    if (!this.nomination || this.retrying) {
      return;
    }
    this.retrying = true;
    this.feedback = undefined;
    try {
      const result = await retry({ nominationId: this.nomination });
      this.retried = result;
      this.feedback = { text: RETRY_SUCCESS, isError: false };
      this.dispatchEvent(new CustomEvent('statuschange', { detail: result }));
      this.focusFeedbackWhenRendered = true;
    } catch (error) {
      this.feedback = {
        text: `${RETRY_ERROR_TITLE}: ${reduceErrors(error).join(' ')}`,
        isError: true
      };
    } finally {
      this.retrying = false;
    }
  }

  renderedCallback(): void {
    if (!this.focusFeedbackWhenRendered) {
      return;
    }
    // Stryker disable next-line OptionalChaining: a rendered component has its template
    const message = this.template?.querySelector<HTMLElement>('.retry-feedback');
    if (message) {
      this.focusFeedbackWhenRendered = false;
      message.focus();
    }
  }
}

import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import retry from '@salesforce/apex/GitLabIssueController.retry';
import NOT_QUEUED from '@salesforce/label/c.GitLab_Status_Not_Queued';
import QUEUED from '@salesforce/label/c.GitLab_Status_Queued';
import CREATED from '@salesforce/label/c.GitLab_Status_Created';
import FAILED from '@salesforce/label/c.GitLab_Status_Failed';
import RETRY from '@salesforce/label/c.GitLab_Retry';
import RETRY_SUCCESS from '@salesforce/label/c.GitLab_Retry_Success';
import RETRY_ERROR_TITLE from '@salesforce/label/c.GitLab_Retry_Error_Title';
import { formatLabel, reduceErrors } from 'c/ldsUtils';
import { GITLAB_SYNC_STATUS } from 'c/referenceProgram';

type IssueStatus = Apex.GitLabIssueStatus;

/**
 * The GitLab issue of one nomination: "queued", a link to the created issue, or the failure with
 * its reason and a Retry button. The parent (board, account panel) passes the nomination's
 * GitLab fields; after a retry the component shows the new status itself and fires
 * `statuschange` (detail: the GitLabIssueStatus returned by Apex) so the parent can refresh.
 */
export default class GitLabIssueStatus extends LightningElement {
  /** Id of the Reference_Nomination__c. */
  @api nominationId?: string;
  /** GitLab_Sync_Status__c API value; blank reads as Not_Queued. */
  @api status?: string;
  /** GitLab_Issue_URL__c. */
  @api issueUrl?: string;
  /** GitLab_Issue_IID__c. */
  @api issueIid?: number;
  /** GitLab_Last_Error__c, shown for a failed issue. */
  @api lastError?: string;

  retried?: IssueStatus;
  retrying = false;

  readonly labels = { notQueued: NOT_QUEUED, queued: QUEUED, failed: FAILED, retry: RETRY };

  get currentStatus(): string {
    return this.retried?.status ?? this.status ?? GITLAB_SYNC_STATUS.NOT_QUEUED;
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
    return formatLabel(CREATED, this.issueIid ?? '').trim();
  }

  get hasUrl(): boolean {
    return Boolean(this.issueUrl);
  }

  async handleRetry(): Promise<void> {
    if (!this.nominationId || this.retrying) {
      return;
    }
    this.retrying = true;
    try {
      const result = await retry({ nominationId: this.nominationId });
      this.retried = result;
      this.dispatchEvent(new ShowToastEvent({ title: RETRY_SUCCESS, variant: 'success' }));
      this.dispatchEvent(new CustomEvent('statuschange', { detail: result }));
    } catch (error) {
      this.dispatchEvent(
        new ShowToastEvent({
          title: RETRY_ERROR_TITLE,
          message: reduceErrors(error).join(' '),
          variant: 'error'
        })
      );
    } finally {
      this.retrying = false;
    }
  }
}

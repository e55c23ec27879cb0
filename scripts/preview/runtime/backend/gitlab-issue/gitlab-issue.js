/*
 * GitLabIssueController and GitLabIssueLink for the preview: where a nomination's GitLab issue stands (the shape of
 * GitLabIssueStatus.cls) and "Retry" of a failed issue. No GitLab exists here and no job runs:
 * a retried issue stays Queued.
 */
import { GITLAB_SYNC_STATUS } from 'c/referenceProgram';
import RETRY_NOT_ALLOWED from '@salesforce/label/c.GitLab_Retry_Not_Allowed';
import RETRY_ONLY_FAILED from '@salesforce/label/c.GitLab_Retry_Only_Failed';
import { ApexError } from '../program/store.js';

export function gitLabStatusOf(nomination) {
  return {
    nominationId: nomination.Id,
    status: nomination.GitLab_Sync_Status__c || GITLAB_SYNC_STATUS.NOT_QUEUED,
    issueIid: nomination.GitLab_Issue_IID__c ?? null,
    issueUrl: nomination.GitLab_Issue_URL__c ?? null,
    lastError: nomination.GitLab_Last_Error__c ?? null,
    attempts: nomination.GitLab_Sync_Attempts__c ?? 0
  };
}

/** Queues a failed issue again (no job runs in the preview: it stays Queued). */
function retry(store, { nominationId }) {
  const nomination = nominationId ? store.tables.Reference_Nomination__c?.get(nominationId) : null;
  if (!nomination) {
    throw new ApexError(RETRY_NOT_ALLOWED);
  }
  if (nomination.GitLab_Sync_Status__c !== GITLAB_SYNC_STATUS.FAILED) {
    throw new ApexError(RETRY_ONLY_FAILED);
  }
  nomination.GitLab_Sync_Status__c = GITLAB_SYNC_STATUS.QUEUED;
  nomination.GitLab_Sync_Attempts__c = 0;
  return gitLabStatusOf(nomination);
}

/** The GitLab host of issue links: the Default Reference Program Setting's GitLab Host. */
function allowedHost(store) {
  const host = (store.settings.GitLab_Host__c ?? '').trim().toLowerCase();
  return host || null;
}

export const gitLabIssueMethods = {
  'GitLabIssueController.retry': retry,
  'GitLabIssueLink.allowedHost': allowedHost
};

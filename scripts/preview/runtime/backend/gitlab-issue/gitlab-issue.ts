/*
 * GitLabIssueController and GitLabIssueLink for the preview: where a nomination's GitLab issue stands (the shape of
 * GitLabIssueStatus.cls), whether the preview's user may retry it (canRetry, as
 * GitLabIssueService.statusOf answers) and "Retry". No GitLab exists here and no job runs: a
 * retried issue stays Queued. The preview's user is a program manager holding the retry
 * permission (Reference GitLab Integration) with edit access to every nomination, so canRetry
 * follows the row alone: no issue number, and Failed. A Queued row becomes retryable in Apex only
 * once its LastModifiedDate is older than the stale window; preview rows carry no
 * LastModifiedDate, and Apex never takes such a row as stale, so no Queued row is retryable here.
 */
import { GITLAB_SYNC_STATUS } from 'c/referenceProgram';
import RETRY_NOT_ALLOWED from '@salesforce/label/c.GitLab_Retry_Not_Allowed';
import RETRY_ONLY_FAILED from '@salesforce/label/c.GitLab_Retry_Only_Failed';
import RETRY_HAS_ISSUE from '@salesforce/label/c.GitLab_Retry_Has_Issue';
import { ApexError } from '../program/store.js';
import type { Store } from '../program/store.js';
import type { Nomination, ParamsOf, ResultOf } from '../program/types.js';
import { standIns } from '../program/types.js';
import type Retry from '@salesforce/apex/GitLabIssueController.retry';
import type StatusOf from '@salesforce/apex/GitLabIssueController.statusOf';
import type StatusesOf from '@salesforce/apex/GitLabIssueController.statusesOf';
import type AllowedHost from '@salesforce/apex/GitLabIssueLink.allowedHost';

/** GitLabIssueStatus.cls: where a nomination's GitLab issue stands. */
type GitLabIssueStatus = Apex.GitLabIssueStatus;

/** GitLabIssueService.canRetry for a row without LastModifiedDate (see the file comment). */
function canRetry(nomination: Nomination): boolean {
  return (
    nomination.GitLab_Issue_IID__c == null &&
    nomination.GitLab_Sync_Status__c === GITLAB_SYNC_STATUS.FAILED
  );
}

export function gitLabStatusOf(nomination: Nomination): GitLabIssueStatus & { status: string } {
  return {
    nominationId: nomination.Id,
    status: nomination.GitLab_Sync_Status__c || GITLAB_SYNC_STATUS.NOT_QUEUED,
    issueIid: nomination.GitLab_Issue_IID__c ?? null,
    issueUrl: nomination.GitLab_Issue_URL__c ?? null,
    lastError: nomination.GitLab_Last_Error__c ?? null,
    attempts: nomination.GitLab_Sync_Attempts__c ?? 0,
    canRetry: canRetry(nomination)
  };
}

function nominationOf(
  store: Store,
  nominationId: string | null | undefined
): Nomination | undefined {
  return store.find('Reference_Nomination__c', nominationId);
}

/** GitLabIssueController.statusOf: the status with canRetry, or null for an unknown nomination. */
function statusOf(
  store: Store,
  { nominationId }: ParamsOf<typeof StatusOf>
): ResultOf<typeof StatusOf> | null {
  const nomination = nominationOf(store, nominationId);
  return nomination ? gitLabStatusOf(nomination) : null;
}

/** GitLabIssueController.statusesOf: statusOf for every row of a page, unknown ones left out. */
function statusesOf(
  store: Store,
  { nominationIds }: ParamsOf<typeof StatusesOf>
): ResultOf<typeof StatusesOf> {
  return (nominationIds ?? [])
    .map((nominationId) => statusOf(store, { nominationId }))
    .filter((status) => status !== null);
}

/** Queues a failed issue again (no job runs in the preview: it stays Queued). */
function retry(store: Store, { nominationId }: ParamsOf<typeof Retry>): ResultOf<typeof Retry> {
  const nomination = nominationOf(store, nominationId);
  if (!nomination) {
    throw new ApexError(RETRY_NOT_ALLOWED);
  }
  if (nomination.GitLab_Issue_IID__c != null) {
    throw new ApexError(RETRY_HAS_ISSUE);
  }
  if (!canRetry(nomination)) {
    throw new ApexError(RETRY_ONLY_FAILED);
  }
  nomination.GitLab_Sync_Status__c = GITLAB_SYNC_STATUS.QUEUED;
  nomination.GitLab_Sync_Attempts__c = 0;
  return gitLabStatusOf(nomination);
}

/** The GitLab host of issue links: the Default Reference Program Setting's GitLab Host. */
function allowedHost(store: Store): ResultOf<typeof AllowedHost> | null {
  const host = (store.settings.GitLab_Host__c ?? '').trim().toLowerCase();
  return host || null;
}

export const gitLabIssueMethods = standIns({
  'GitLabIssueController.retry': retry,
  'GitLabIssueController.statusOf': statusOf,
  'GitLabIssueController.statusesOf': statusesOf,
  'GitLabIssueLink.allowedHost': allowedHost
});

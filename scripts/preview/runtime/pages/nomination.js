/*
 * Reference Nomination record page: the GitLab issue status (c/gitLabIssueStatus).
 */
import { mountPage } from '../shell.js';

export function start({ gitLabIssueStatus }) {
  const config = globalThis.__PREVIEW__ ?? {};
  return mountPage({
    tag: 'c-git-lab-issue-status',
    Ctor: gitLabIssueStatus,
    heading: config.heading,
    props: { recordId: config.recordId, objectApiName: 'Reference_Nomination__c' }
  });
}

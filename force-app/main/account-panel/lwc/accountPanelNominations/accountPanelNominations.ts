import { LightningElement, api } from 'lwc';
import { formatLabelOr } from 'c/ldsUtils';
import {
  GITLAB_SYNC_STATUS,
  isNominationStatus,
  isReferenceType,
  nominationStatusLabel,
  referenceTypeLabel
} from 'c/referenceProgram';
import { programText, recordUrl, text } from 'c/accountPanelFormat';
import { LABELS } from './labels';

type StoryNomination = Apex.ReferenceAccountPanelService.Nomination;

/** Detail of `gitlabstatuschange`: the nomination whose GitLab issue was retried. */
export interface GitLabStatusChangeDetail {
  nominationId: string;
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

function referenceTypesText(values: string[] | null): string {
  const labels = (values ?? []).map((value) => {
    return isReferenceType(value) ? referenceTypeLabel(value) : value;
  });
  return labels.length > 0 ? labels.join(', ') : LABELS.none;
}

function nominationView(nomination: StoryNomination): NominationView {
  const failed = nomination.gitLabStatus === GITLAB_SYNC_STATUS.FAILED;
  // c/gitLabIssueStatus offers Retry on a failed issue: a user who may not retry sees the
  // failure and its reason without the button.
  const showGitLabStatus = !failed || nomination.canRetryGitLab === true;
  return {
    key: text(nomination.id),
    id: text(nomination.id),
    title: text(nomination.name),
    url: recordUrl(nomination.id),
    program: programText(nomination.program),
    nominationStatus: isNominationStatus(nomination.status)
      ? nominationStatusLabel(nomination.status)
      : text(nomination.status),
    referenceTypes: referenceTypesText(nomination.referenceTypes),
    landingPage: nomination.sourcedFromLandingPage ? LABELS.yes : LABELS.no,
    crm: nomination.crmName ?? LABELS.notAssigned,
    gitLabStatus: nomination.gitLabStatus ?? undefined,
    gitLabIssueUrl: nomination.gitLabIssueUrl ?? undefined,
    gitLabIssueIid: nomination.gitLabIssueIid ?? undefined,
    gitLabError: nomination.gitLabError ?? undefined,
    showGitLabStatus,
    gitLabFailedText: showGitLabStatus
      ? ''
      : formatLabelOr(LABELS.gitLabFailed, LABELS.gitLabFailedNoReason, nomination.gitLabError)
  };
}

/**
 * The account's nominations with their GitLab issue. After a retry in c/gitLabIssueStatus it
 * fires `gitlabstatuschange` (GitLabStatusChangeDetail) so the panel reads the story again.
 */
export default class AccountPanelNominations extends LightningElement {
  /** The nominations of the account story. */
  @api nominations?: StoryNomination[] | null;

  readonly labels = LABELS;

  get rows(): NominationView[] {
    return (this.nominations ?? []).map(nominationView);
  }

  get hasNominations(): boolean {
    return this.rows.length > 0;
  }

  handleStatusChange(event: Event): void {
    const nominationId = text((event.currentTarget as HTMLElement).dataset.id);
    this.dispatchEvent(
      new CustomEvent<GitLabStatusChangeDetail>('gitlabstatuschange', { detail: { nominationId } })
    );
  }
}

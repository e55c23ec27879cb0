import { createElement } from 'lwc';
import AccountPanelNominations from 'c/accountPanelNominations';
import type { GitLabStatusChangeDetail } from 'c/accountPanelNominations';
import { flushPromises } from 'test/flushPromises';
import { $, $$, textOf } from 'test/shadowQuery';
import { nomination } from '../../referenceAccountPanel/__tests__/data/accountStory';

type Nomination = Apex.ReferenceAccountPanelService.Nomination;
type GitLabIssueStatusElement = HTMLElement &
  Record<'nominationId' | 'status' | 'issueUrl' | 'issueIid' | 'lastError', unknown>;

const CREATED = nomination({
  referenceTypes: ['Logo', 'Case_Study'],
  sourcedFromLandingPage: true,
  crmId: '005000000000003AAA',
  crmName: 'Cleo Crm',
  gitLabStatus: 'Created',
  gitLabIssueIid: 7,
  gitLabIssueUrl: 'https://gitlab.example.com/refs/-/issues/7'
});
const FAILED_RETRYABLE = nomination({
  id: 'a01000000000002AAA',
  name: 'NOM-00002',
  status: 'Accepted',
  referenceTypes: null,
  gitLabStatus: 'Failed',
  gitLabError: 'GitLab answered 401',
  canRetryGitLab: true
});
const FAILED_FOR_GOOD = nomination({
  id: 'a01000000000003AAA',
  name: 'NOM-00003',
  gitLabStatus: 'Failed',
  gitLabError: 'GitLab answered 500',
  canRetryGitLab: false
});

async function render(nominations: Nomination[] | null): Promise<HTMLElement> {
  const element = createElement('c-account-panel-nominations', { is: AccountPanelNominations });
  Object.assign(element, { nominations });
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

function cell(row: HTMLElement, selector: string): string {
  return (row.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('c-account-panel-nominations', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('lists each nomination with its status, reference types, source, CRM and GitLab issue', async () => {
    const element = await render([CREATED, FAILED_RETRYABLE, FAILED_FOR_GOOD]);

    const rows = $$(element, 'tr.nomination');
    expect(rows).toHaveLength(3);
    const link = rows[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/lightning/r/a01000000000001AAA/view');
    expect(link.textContent).toBe('NOM-00001');
    expect(cell(rows[0]!, 'th p')).toBe('Education');
    expect(cell(rows[0]!, '.nomination-status')).toBe('Nominated');
    expect(cell(rows[0]!, '.reference-types')).toBe('Logo, Case Study');
    expect(cell(rows[0]!, '.landing-page')).toBe('Yes');
    expect(cell(rows[0]!, '.crm')).toBe('Cleo Crm');
    const gitLab = rows[0]!.querySelector('c-git-lab-issue-status') as GitLabIssueStatusElement;
    expect(gitLab.nominationId).toBe('a01000000000001AAA');
    expect(gitLab.status).toBe('Created');
    expect(gitLab.issueUrl).toBe('https://gitlab.example.com/refs/-/issues/7');
    expect(gitLab.issueIid).toBe(7);

    expect(cell(rows[1]!, '.nomination-status')).toBe('Accepted');
    expect(cell(rows[1]!, '.reference-types')).toBe('None');
    expect(cell(rows[1]!, '.landing-page')).toBe('No');
    expect(cell(rows[1]!, '.crm')).toBe('Not assigned');
    const retryable = rows[1]!.querySelector('c-git-lab-issue-status') as GitLabIssueStatusElement;
    expect(retryable.status).toBe('Failed');
    expect(retryable.lastError).toBe('GitLab answered 401');

    // A failed issue the user may not retry: the reason without the Retry button.
    expect(rows[2]!.querySelector('c-git-lab-issue-status')).toBeNull();
    expect(cell(rows[2]!, '.gitlab-failed')).toBe('Failed: GitLab answered 500');

    expect(textOf(element, 'caption')).toBe('Nominations');
    expect($(element, '.no-nominations')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it.each([null, ' '])(
    'says a failed issue without a recorded reason (%p) in a whole sentence',
    async (gitLabError) => {
      const element = await render([{ ...FAILED_FOR_GOOD, gitLabError }]);

      expect(cell($$(element, 'tr.nomination')[0]!, '.gitlab-failed')).toBe(
        'Failed. No reason was recorded.'
      );
    }
  );

  it('says so when the account has no nomination', async () => {
    const element = await render([]);

    expect(textOf(element, '.no-nominations')).toBe('No nominations for this account.');
    expect($(element, 'table')).toBeNull();
    await expect(element).toBeAccessible();
    const withoutList = await render(null);
    expect(textOf(withoutList, '.no-nominations')).toBe('No nominations for this account.');
  });

  it('passes unknown values through and tolerates missing ones', async () => {
    const element = await render([
      nomination({ status: 'Other_Status', referenceTypes: ['Other_Type'], program: 'Other' }),
      nomination({
        id: null,
        name: null,
        program: null,
        status: null,
        gitLabStatus: null,
        gitLabError: null,
        canRetryGitLab: null
      })
    ]);

    const [unknown, blank] = $$(element, 'tr.nomination');
    expect(cell(unknown!, '.nomination-status')).toBe('Other_Status');
    expect(cell(unknown!, '.reference-types')).toBe('Other_Type');
    expect(cell(unknown!, 'th p')).toBe('Other');
    expect(blank!.querySelector('a')!.getAttribute('href')).toBe('');
    expect(cell(blank!, '.nomination-status')).toBe('');
    const gitLab = blank!.querySelector('c-git-lab-issue-status') as GitLabIssueStatusElement;
    expect(gitLab.status).toBeUndefined();
  });

  it('fires gitlabstatuschange with the nomination after its GitLab issue was retried', async () => {
    const element = await render([CREATED, FAILED_RETRYABLE]);
    const changes: CustomEvent<GitLabStatusChangeDetail>[] = [];
    element.addEventListener('gitlabstatuschange', (event) =>
      changes.push(event as CustomEvent<GitLabStatusChangeDetail>)
    );

    $$(element, 'c-git-lab-issue-status')[1]!.dispatchEvent(
      new CustomEvent('statuschange', { detail: { status: 'Queued' } })
    );

    expect(changes).toHaveLength(1);
    expect(changes[0]!.detail).toEqual({ nominationId: 'a01000000000002AAA' });
    expect(changes[0]!.bubbles).toBe(false);
  });
});

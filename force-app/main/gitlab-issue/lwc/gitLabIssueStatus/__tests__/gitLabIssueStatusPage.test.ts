import { createElement } from 'lwc';
import GitLabIssueStatus from 'c/gitLabIssueStatus';
import { GITLAB_SYNC_STATUS } from 'c/referenceProgram';
import statusesOf from '@salesforce/apex/GitLabIssueController.statusesOf';
import { requestStatus } from '../statusRequests';
import { flushPromises } from 'test/flushPromises';

jest.mock('@salesforce/apex/GitLabIssueController.retry', () => ({ default: jest.fn() }), {
  virtual: true
});

jest.mock('@salesforce/apex/GitLabIssueController.statusesOf', () => ({ default: jest.fn() }), {
  virtual: true
});

jest.mock(
  '@salesforce/apex/GitLabIssueLink.allowedHost',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);

const mockStatusesOf = statusesOf as unknown as jest.Mock;

type StatusElement = HTMLElement & { nominationId?: string; ['status']?: string };

/** An 18-character nomination Id, different for each n. */
function nominationId(n: number): string {
  return `a01${String(n).padStart(12, '0')}AAA`;
}

/** The rows of one page, rendered together as the board or the account panel renders them. */
function mountPage(ids: string[], status: string = GITLAB_SYNC_STATUS.FAILED): StatusElement[] {
  return ids.map((id) => {
    const element = createElement('c-git-lab-issue-status', {
      is: GitLabIssueStatus
    }) as StatusElement;
    Object.assign(element, { nominationId: id, status });
    document.body.appendChild(element);
    return element;
  });
}

function failed(id: string, canRetry: boolean): Apex.GitLabIssueStatus {
  return {
    nominationId: id,
    status: GITLAB_SYNC_STATUS.FAILED,
    issueIid: null,
    issueUrl: null,
    lastError: null,
    attempts: 1,
    canRetry
  };
}

function hasRetry(element: HTMLElement): boolean {
  return element.shadowRoot!.querySelector('lightning-button') !== null;
}

describe('c-git-lab-issue-status on a page of rows', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('asks the server once for every row of the page, and each row reads its own answer', async () => {
    const [first, second, third] = [nominationId(1), nominationId(2), nominationId(3)];
    // the server answers in its own order, and leaves out a row the user cannot read
    mockStatusesOf.mockResolvedValue([failed(second, false), failed(first, true)]);

    const rows = mountPage([first, second, third]);
    await flushPromises();

    expect(mockStatusesOf).toHaveBeenCalledTimes(1);
    expect(mockStatusesOf).toHaveBeenCalledWith({ nominationIds: [first, second, third] });
    expect(rows.map(hasRetry)).toEqual([true, false, false]);
    await expect(rows[0]).toBeAccessible();
  });

  it('asks once for a nomination shown twice, and answers both rows', async () => {
    mockStatusesOf.mockResolvedValue([failed(nominationId(7), true)]);

    const rows = mountPage([nominationId(7), nominationId(7)]);
    await flushPromises();

    expect(mockStatusesOf).toHaveBeenCalledTimes(1);
    expect(mockStatusesOf.mock.calls[0][0].nominationIds).toHaveLength(1);
    expect(rows.map(hasRetry)).toEqual([true, true]);
  });

  it('splits more rows than one call answers into calls of 200', async () => {
    mockStatusesOf.mockImplementation(async ({ nominationIds }: { nominationIds: string[] }) =>
      // answered with 15-character Ids: a row matches its answer either way
      nominationIds.map((id) => failed(id.slice(0, 15), true))
    );

    const rows = mountPage(Array.from({ length: 201 }, (_, n) => nominationId(n)));
    await flushPromises();

    expect(mockStatusesOf.mock.calls.map((call) => call[0].nominationIds.length)).toEqual([200, 1]);
    expect(rows.every(hasRetry)).toBe(true);
  });

  it('offers no Retry on any row of the call when the call fails', async () => {
    mockStatusesOf.mockRejectedValue({ body: { message: 'No access to GitLabIssueController' } });

    const rows = mountPage([nominationId(1), nominationId(2)]);
    await flushPromises();

    expect(rows.some(hasRetry)).toBe(false);
  });

  it('asks nothing for rows that cannot be retried', async () => {
    mountPage([nominationId(1)], GITLAB_SYNC_STATUS.CREATED);
    await flushPromises();

    expect(mockStatusesOf).not.toHaveBeenCalled();
  });

  it('asks a page of exactly 200 rows in one call', async () => {
    mockStatusesOf.mockResolvedValue([]);

    mountPage(Array.from({ length: 200 }, (_, n) => nominationId(n)));
    await flushPromises();

    expect(mockStatusesOf).toHaveBeenCalledTimes(1);
  });

  it('rejects each question of a failed call with its error', async () => {
    const error = { body: { message: 'No access to GitLabIssueController' } };
    mockStatusesOf.mockRejectedValue(error);

    await expect(
      Promise.allSettled([requestStatus(nominationId(1)), requestStatus(nominationId(2))])
    ).resolves.toEqual([
      { status: 'rejected', reason: error },
      { status: 'rejected', reason: error }
    ]);
  });
});

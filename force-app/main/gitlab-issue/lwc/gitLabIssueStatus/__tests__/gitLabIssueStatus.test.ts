import { createElement } from 'lwc';
import GitLabIssueStatus from 'c/gitLabIssueStatus';
import { GITLAB_SYNC_STATUS } from 'c/referenceProgram';
import retry from '@salesforce/apex/GitLabIssueController.retry';
import statusesOf from '@salesforce/apex/GitLabIssueController.statusesOf';
import allowedHost from '@salesforce/apex/GitLabIssueLink.allowedHost';
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

const mockRetry = retry as unknown as jest.Mock;
const mockStatusesOf = statusesOf as unknown as jest.Mock;
/** The server's answer for one row; the page's one statusesOf call answers each row with it. */
const mockStatusOf = jest.fn();
beforeEach(() => {
  mockStatusesOf.mockImplementation(async ({ nominationIds }: { nominationIds: string[] }) => {
    const answers = await Promise.all(
      nominationIds.map((nominationId) => mockStatusOf({ nominationId }))
    );
    return answers.filter(Boolean);
  });
});
const hostAdapter = allowedHost as unknown as {
  emit: (value: string | null) => void;
  error: () => void;
};

const TOAST_EVENT = 'lightning__showtoast';
const NOMINATION_ID = 'a01000000000001AAA';
const ISSUE_URL = 'https://gitlab.example.com/reference-program/references/-/issues/7';

type StatusElement = HTMLElement & {
  nominationId?: string;
  ['status']?: string;
  issueUrl?: string;
  issueIid?: number;
  lastError?: string;
};

function mount(props: Partial<StatusElement>): StatusElement {
  const element = createElement('c-git-lab-issue-status', {
    is: GitLabIssueStatus
  }) as StatusElement;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

/** The server's answer for a row: its status and whether the running user may retry it now. */
function serverSays(status: string, canRetry: boolean): Apex.GitLabIssueStatus {
  return {
    nominationId: NOMINATION_ID,
    status,
    issueIid: null,
    issueUrl: null,
    lastError: null,
    attempts: 1,
    canRetry
  };
}

function retryButton(element: HTMLElement): HTMLElement | null {
  return element.shadowRoot!.querySelector('lightning-button');
}

describe('c-git-lab-issue-status', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('shows a queued issue as a badge, without Retry while a job may still pick it up', async () => {
    mockStatusOf.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.QUEUED, false));
    const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.QUEUED });
    await flushPromises();

    const badge = element.shadowRoot!.querySelector('.queued.slds-badge') as HTMLElement;
    expect(badge.textContent).toBe('GitLab issue queued');
    expect(retryButton(element)).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('links a created issue by its number', async () => {
    const element = mount({
      nominationId: NOMINATION_ID,
      status: GITLAB_SYNC_STATUS.CREATED,
      issueUrl: ISSUE_URL,
      issueIid: 7
    });
    hostAdapter.emit('gitlab.example.com');
    await flushPromises();

    const link = element.shadowRoot!.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(ISSUE_URL);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.textContent).toBe('GitLab issue #7');
    await expect(element).toBeAccessible();
  });

  it.each([
    // eslint-disable-next-line no-script-url -- the attack under test, never evaluated
    ['a javascript: link', 'javascript:alert(document.cookie)'],
    // eslint-disable-next-line no-script-url -- the attack under test, never evaluated
    ['a JavaScript: link with a host in it', 'JavaScript://gitlab.example.com/%0Aalert(1)'],
    ['a plain http link', 'http://gitlab.example.com/reference-program/references/-/issues/7'],
    ['a link to another host', 'https://evil.example/reference-program/references/-/issues/7'],
    ['a host that only starts like GitLab', 'https://gitlab.example.com.evil.example/-/issues/7'],
    ['user info before another host', 'https://gitlab.example.com@evil.example/-/issues/7'],
    ['a backslash before the host', 'https://evil.example\\@gitlab.example.com/-/issues/7'],
    ['another port', 'https://gitlab.example.com:8443/-/issues/7']
  ])('shows the number as text, never %s', async (_case, issueUrl) => {
    const element = mount({ status: GITLAB_SYNC_STATUS.CREATED, issueUrl, issueIid: 7 });
    hostAdapter.emit('gitlab.example.com');
    await flushPromises();

    expect(element.shadowRoot!.querySelector('a')).toBeNull();
    expect(element.shadowRoot!.querySelector('span')!.textContent).toBe('GitLab issue #7');
    expect(element.shadowRoot!.querySelector('[href]')).toBeNull();
  });

  it('links an https issue on the GitLab host whatever the case or default port', async () => {
    const url = 'HTTPS://GitLab.Example.com:443/reference-program/references/-/issues/7';
    const element = mount({ status: GITLAB_SYNC_STATUS.CREATED, issueUrl: url, issueIid: 7 });
    hostAdapter.emit('gitlab.example.com');
    await flushPromises();

    expect(element.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe(url);
  });

  it('shows the number as text until the GitLab host is known, or when it is not set', async () => {
    const element = mount({
      status: GITLAB_SYNC_STATUS.CREATED,
      issueUrl: ISSUE_URL,
      issueIid: 7
    });
    expect(element.shadowRoot!.querySelector('a')).toBeNull();

    hostAdapter.error();
    await flushPromises();
    expect(element.shadowRoot!.querySelector('a')).toBeNull();

    hostAdapter.emit(null);
    await flushPromises();
    expect(element.shadowRoot!.querySelector('a')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows a created issue without a link as text', () => {
    const element = mount({ status: GITLAB_SYNC_STATUS.CREATED });

    expect(element.shadowRoot!.querySelector('a')).toBeNull();
    // no number: no "#" alone
    expect(element.shadowRoot!.querySelector('span')!.textContent).toBe('GitLab issue created');
  });

  it('reads a blank status as not queued', async () => {
    const element = mount({ nominationId: NOMINATION_ID });

    expect(element.shadowRoot!.querySelector('.slds-text-color_weak')!.textContent).toBe(
      'No GitLab issue'
    );
    await expect(element).toBeAccessible();
  });

  it('shows the reason of a failure with a Retry button', async () => {
    mockStatusOf.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.FAILED, true));
    const element = mount({
      nominationId: NOMINATION_ID,
      status: GITLAB_SYNC_STATUS.FAILED,
      lastError: 'GitLab rejected the token (HTTP 401).'
    });
    await flushPromises();

    expect(element.shadowRoot!.querySelector('.slds-text-color_error')!.textContent).toContain(
      'GitLab rejected the token (HTTP 401).'
    );
    expect(retryButton(element)).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  describe('one kind of feedback: the retry outcome is said inline, never as a toast', () => {
    function feedback(element: HTMLElement): HTMLElement | null {
      return element.shadowRoot!.querySelector('.retry-feedback');
    }

    it('retries, says so inline in the live region, moves focus there and tells the parent', async () => {
      mockRetry.mockResolvedValue({
        nominationId: NOMINATION_ID,
        status: GITLAB_SYNC_STATUS.QUEUED,
        issueIid: null,
        issueUrl: null,
        lastError: 'x',
        attempts: 0,
        canRetry: false
      });
      mockStatusOf.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.FAILED, true));
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.FAILED });
      await flushPromises();
      const toast = jest.fn();
      const statusChange = jest.fn();
      element.addEventListener(TOAST_EVENT, toast);
      element.addEventListener('statuschange', statusChange);

      retryButton(element)!.click();
      await flushPromises();

      expect(mockRetry).toHaveBeenCalledWith({ nominationId: NOMINATION_ID });
      expect(toast).not.toHaveBeenCalled();
      const message = feedback(element)!;
      expect(message.textContent).toBe('The GitLab issue is queued again.');
      expect(message.classList).toContain('slds-text-color_success');
      expect(message.closest('[aria-live="polite"]')).not.toBeNull();
      expect(element.shadowRoot!.activeElement).toBe(message);
      expect(statusChange.mock.calls[0][0].detail.status).toBe(GITLAB_SYNC_STATUS.QUEUED);
      expect(element.shadowRoot!.querySelector('.queued.slds-badge')).not.toBeNull();
      expect(retryButton(element)).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('keeps the message when the parent passes the retried status back, clears it on another', async () => {
      mockRetry.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.QUEUED, false));
      mockStatusOf.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.FAILED, true));
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.FAILED });
      await flushPromises();
      retryButton(element)!.click();
      await flushPromises();

      element.status = GITLAB_SYNC_STATUS.QUEUED;
      await flushPromises();
      expect(feedback(element)!.textContent).toBe('The GitLab issue is queued again.');

      element.issueIid = 7;
      element.status = GITLAB_SYNC_STATUS.CREATED;
      await flushPromises();
      expect(feedback(element)).toBeNull();
    });

    it('says the reason inline when the retry is refused and keeps the button', async () => {
      mockRetry.mockRejectedValue({
        body: { message: 'Only a failed GitLab issue can be retried.' }
      });
      mockStatusOf.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.FAILED, true));
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.FAILED });
      await flushPromises();
      const toast = jest.fn();
      element.addEventListener(TOAST_EVENT, toast);

      retryButton(element)!.click();
      await flushPromises();

      expect(toast).not.toHaveBeenCalled();
      const message = feedback(element)!;
      expect(message.textContent).toBe(
        'The GitLab issue was not retried: Only a failed GitLab issue can be retried.'
      );
      expect(message.classList).toContain('slds-text-color_error');
      expect(message.closest('[aria-live="polite"]')).not.toBeNull();
      expect(retryButton(element)).not.toBeNull();
      expect((retryButton(element) as HTMLElement & { disabled?: boolean }).disabled).toBe(false);
      await expect(element).toBeAccessible();
    });

    it('clears the last outcome when retrying again', async () => {
      mockRetry.mockRejectedValueOnce({ body: { message: 'Locked.' } });
      mockRetry.mockReturnValueOnce(new Promise(() => undefined));
      mockStatusOf.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.FAILED, true));
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.FAILED });
      await flushPromises();
      retryButton(element)!.click();
      await flushPromises();
      expect(feedback(element)).not.toBeNull();

      retryButton(element)!.click();
      await flushPromises();
      expect(feedback(element)).toBeNull();
    });
  });

  it('asks nothing and offers no Retry without a nomination', async () => {
    const element = mount({ status: GITLAB_SYNC_STATUS.FAILED });
    await flushPromises();

    expect(mockStatusOf).not.toHaveBeenCalled();
    expect(retryButton(element)).toBeNull();
  });

  describe('Retry follows the server', () => {
    it('offers Retry on a stale queued row when the server says it may be retried', async () => {
      mockStatusOf.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.QUEUED, true));
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.QUEUED });
      await flushPromises();

      expect(mockStatusOf).toHaveBeenCalledWith({ nominationId: NOMINATION_ID });
      expect(element.shadowRoot!.querySelector('.queued.slds-badge')).not.toBeNull();
      expect(retryButton(element)).not.toBeNull();
      await expect(element).toBeAccessible();
    });

    it('hides Retry of a failure from a user the server says may not retry', async () => {
      mockStatusOf.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.FAILED, false));
      const element = mount({
        nominationId: NOMINATION_ID,
        status: GITLAB_SYNC_STATUS.FAILED,
        lastError: 'GitLab rejected the token (HTTP 401).'
      });
      await flushPromises();

      expect(element.shadowRoot!.querySelector('.slds-text-color_error')).not.toBeNull();
      expect(retryButton(element)).toBeNull();
    });

    it('offers no Retry when the answer cannot be read (no access to the controller)', async () => {
      mockStatusOf.mockRejectedValue({ body: { message: 'No access to GitLabIssueController' } });
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.FAILED });
      await flushPromises();

      expect(retryButton(element)).toBeNull();
    });

    it('offers no Retry while the answer is awaited', () => {
      mockStatusOf.mockReturnValue(new Promise(() => undefined));
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.FAILED });

      expect(retryButton(element)).toBeNull();
    });

    it.each([
      ['created', GITLAB_SYNC_STATUS.CREATED],
      ['not queued', GITLAB_SYNC_STATUS.NOT_QUEUED]
    ])('does not ask the server for a %s row', async (_case, status) => {
      const element = mount({ nominationId: NOMINATION_ID, status });
      await flushPromises();

      expect(mockStatusOf).not.toHaveBeenCalled();
      expect(retryButton(element)).toBeNull();
    });

    it('asks again when the parent passes a new status, and the latest answer wins', async () => {
      mockStatusOf.mockResolvedValueOnce(serverSays(GITLAB_SYNC_STATUS.QUEUED, false));
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.QUEUED });
      await flushPromises();
      expect(retryButton(element)).toBeNull();

      mockStatusOf.mockResolvedValueOnce(serverSays(GITLAB_SYNC_STATUS.FAILED, true));
      element.status = GITLAB_SYNC_STATUS.FAILED;
      await flushPromises();

      expect(mockStatusOf).toHaveBeenCalledTimes(2);
      expect(retryButton(element)).not.toBeNull();
    });
  });

  describe('what a parent and the user rely on', () => {
    function feedback(element: HTMLElement): HTMLElement | null {
      return element.shadowRoot!.querySelector('.retry-feedback');
    }

    it('gives back the nomination and the status it was given', () => {
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.CREATED });

      expect(element.nominationId).toBe(NOMINATION_ID);
      expect(element.status).toBe(GITLAB_SYNC_STATUS.CREATED);
    });

    it('asks the server nothing for a row that is not on the page', async () => {
      const element = createElement('c-git-lab-issue-status', {
        is: GitLabIssueStatus
      }) as StatusElement;
      Object.assign(element, { nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.FAILED });
      await flushPromises();
      expect(mockStatusOf).not.toHaveBeenCalled();

      mockStatusOf.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.FAILED, true));
      document.body.appendChild(element);
      await flushPromises();
      expect(mockStatusOf).toHaveBeenCalledTimes(1);

      // taken off the page, a new status asks nothing either
      document.body.removeChild(element);
      element.status = GITLAB_SYNC_STATUS.QUEUED;
      await flushPromises();
      expect(mockStatusOf).toHaveBeenCalledTimes(1);
    });

    it('keeps the answer to the latest question when an earlier one arrives late', async () => {
      let answerFirst: (answer: Apex.GitLabIssueStatus) => void = () => undefined;
      mockStatusOf.mockReturnValueOnce(
        new Promise((resolve) => {
          answerFirst = resolve;
        })
      );
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.QUEUED });
      await flushPromises();

      mockStatusOf.mockResolvedValueOnce(serverSays(GITLAB_SYNC_STATUS.FAILED, false));
      element.status = GITLAB_SYNC_STATUS.FAILED;
      await flushPromises();
      answerFirst(serverSays(GITLAB_SYNC_STATUS.QUEUED, true));
      await flushPromises();

      expect(retryButton(element)).toBeNull();
    });

    it('retries once however fast Retry is clicked again, the button disabled meanwhile', async () => {
      mockRetry.mockReturnValue(new Promise(() => undefined));
      mockStatusOf.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.FAILED, true));
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.FAILED });
      await flushPromises();

      retryButton(element)!.click();
      retryButton(element)!.click();
      await flushPromises();

      expect(mockRetry).toHaveBeenCalledTimes(1);
      expect((retryButton(element) as HTMLElement & { disabled: boolean }).disabled).toBe(true);
    });

    it('says every reason of a refused retry, and leaves focus on Retry', async () => {
      mockRetry.mockRejectedValue({
        body: { pageErrors: [{ message: 'Locked.' }, { message: 'Try later.' }] }
      });
      mockStatusOf.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.FAILED, true));
      const focus = jest.spyOn(HTMLElement.prototype, 'focus');
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.FAILED });
      await flushPromises();

      retryButton(element)!.click();
      await flushPromises();

      expect(feedback(element)!.textContent).toBe(
        'The GitLab issue was not retried: Locked. Try later.'
      );
      expect(focus).not.toHaveBeenCalled();
      focus.mockRestore();
    });

    it('moves focus to the outcome once, not again on later renders', async () => {
      mockRetry.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.QUEUED, false));
      mockStatusOf.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.FAILED, true));
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.FAILED });
      await flushPromises();
      const focus = jest.spyOn(HTMLElement.prototype, 'focus');

      retryButton(element)!.click();
      await flushPromises();
      expect(focus.mock.contexts).toEqual([feedback(element)]);

      element.status = GITLAB_SYNC_STATUS.QUEUED;
      element.lastError = 'cleared';
      await flushPromises();
      expect(focus).toHaveBeenCalledTimes(1);
      focus.mockRestore();
    });

    it('copes with a parent that answers the retry with another status at once', async () => {
      mockRetry.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.QUEUED, false));
      mockStatusOf.mockResolvedValue(serverSays(GITLAB_SYNC_STATUS.FAILED, true));
      const element = mount({ nominationId: NOMINATION_ID, status: GITLAB_SYNC_STATUS.FAILED });
      await flushPromises();
      element.addEventListener('statuschange', () => {
        element.issueIid = 7;
        element.status = GITLAB_SYNC_STATUS.CREATED;
      });

      retryButton(element)!.click();
      await flushPromises();

      expect(feedback(element)).toBeNull();
      expect(element.shadowRoot!.querySelector('span')!.textContent).toBe('GitLab issue #7');
    });
  });
});

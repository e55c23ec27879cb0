import { createElement } from 'lwc';
import ReferenceResponseBoard from 'c/referenceResponseBoard';
import type GitLabIssueStatus from 'c/gitLabIssueStatus';
import getBoard from '@salesforce/apex/ReferenceResponseBoardController.getBoard';
import getCounts from '@salesforce/apex/ReferenceResponseBoardController.getCounts';
import getResponses from '@salesforce/apex/ReferenceResponseBoardController.getResponses';
import recordVerdict from '@salesforce/apex/ReferenceResponseBoardController.recordVerdictFrom';
import logCall from '@salesforce/apex/ReferenceResponseBoardController.logCall';
import markAgreedToPartner from '@salesforce/apex/ReferenceResponseBoardController.markAgreedToPartner';
import markNotAFit from '@salesforce/apex/ReferenceResponseBoardController.markNotAFit';
import markReviewComplete from '@salesforce/apex/ReferenceResponseBoardController.markReviewComplete';
import AskAccountTeamModal from 'c/askAccountTeamModal';
import NominationWizardModal from 'c/nominationWizardModal';
import { flushPromises } from 'test/flushPromises';
import { $, $$, textOf as text } from 'test/shadowQuery';
import type { Row } from 'c/referenceReviewActions';

jest.mock('c/nominationWizardModal', () => ({
  __esModule: true,
  default: { open: jest.fn() },
  WIZARD_FINISHED: 'finished'
}));

jest.mock('c/askAccountTeamModal', () => ({
  __esModule: true,
  default: { open: jest.fn() },
  OUTCOME: { asked: 'asked', commented: 'commented', refused: 'refused' }
}));

const mockNavigate = jest.fn();

jest.mock(
  'lightning/navigation',
  () => {
    const Navigate = Symbol('Navigate');
    const NavigationMixin = (Base: new () => object) =>
      class extends Base {
        [Navigate](pageReference: unknown) {
          mockNavigate(pageReference);
        }
      };
    NavigationMixin.Navigate = Navigate;
    return { NavigationMixin, CurrentPageReference: jest.fn() };
  },
  { virtual: true }
);

jest.mock(
  '@salesforce/apex/ReferenceResponseBoardController.getBoard',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ReferenceResponseBoardController.getCounts',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ReferenceResponseBoardController.getResponses',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ReferenceResponseBoardController.recordVerdictFrom',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ReferenceResponseBoardController.logCall',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ReferenceResponseBoardController.markAgreedToPartner',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ReferenceResponseBoardController.markNotAFit',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ReferenceResponseBoardController.markReviewComplete',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const BOARD: Apex.ReferenceResponseBoardService.Board = {
  campaignId: '701000000000001AAA',
  campaignName: 'Reference landing page Education',
  program: 'Education',
  feedsProgram: true,
  callType: 'Discovery_Call',
  advisesCrm: true,
  cadenceDays: 30,
  reviewers: ['Ada Reviewer', 'Grace Reviewer'],
  lastReviewDate: '2025-10-01',
  lastReviewedByName: 'Ada Reviewer',
  verdictSources: [
    { value: 'Chatter_Reply', label: 'Chatter Reply' },
    { value: 'Slack', label: 'Slack' }
  ],
  callOutcomes: [
    { value: 'Held_Positive', label: 'Held: positive' },
    { value: 'No_Show', label: 'No-show' }
  ],
  maxCallDaysAhead: 30,
  callNotesMaxLength: 32768,
  maxPageSize: 200
};

const COUNTS: Apex.ReferenceReviewQueue.Counts = {
  total: 3,
  newSinceReview: 2,
  overdue: 1,
  needsAction: 2,
  byStatus: [
    {
      status: 'New',
      responses: 2
    },
    {
      status: 'Account_Team_Asked',
      responses: 0
    },
    {
      status: 'Nominated',
      responses: 1
    }
  ]
};

const PAGE: Apex.ReferenceResponseBoardService.ResponsePage = {
  rows: [
    {
      id: '00v000000000001AAA',
      createdDate: '2025-09-01T10:00:00.000Z',
      personId: '003000000000001AAA',
      personType: 'Contact',
      personName: 'Chris Champion',
      company: null,
      accountId: '001000000000001AAA',
      accountName: 'Acme University',
      accountOwnerName: 'Olivia Owner',
      accountOwnerActive: true,
      csmNames: 'Sam Success',
      status: 'New',
      statusChangedOn: '2025-09-01T10:00:00.000Z',
      callDate: null,
      reply: 'Happy customer, go ahead.',
      replyAuthorName: 'Olivia Owner',
      repliedOn: '2025-09-03T09:00:00.000Z',
      verdict: null,
      verdictReason: null,
      nominationId: null,
      nominationStatus: null,
      gitLabSyncStatus: null,
      gitLabIssueUrl: null,
      gitLabIssueIid: null,
      gitLabLastError: null,
      needsAction: true,
      overdue: true,
      newSinceReview: false,
      problems: [],
      email: 'chris@acme.example',
      replyAuthorIsOwner: true,
      verdicts: ['Confirmed', 'Declined'],
      verdictSource: null,
      verdictReplyAuthor: null,
      verdictReplyText: null,
      reviewNotes: null,
      callOutcome: null,
      callOutcomeLabel: null,
      callNotes: null,
      activeReferenceSince: null
    },
    {
      id: '00v000000000002AAA',
      createdDate: '2025-10-02T10:00:00.000Z',
      personId: '00Q000000000001AAA',
      personType: 'Lead',
      personName: 'Lee Lead',
      company: 'Prospect Co',
      accountId: null,
      accountName: null,
      accountOwnerName: null,
      accountOwnerActive: false,
      csmNames: null,
      status: 'New',
      statusChangedOn: '2025-10-02T10:00:00.000Z',
      callDate: null,
      reply: null,
      replyAuthorName: null,
      repliedOn: null,
      verdict: null,
      verdictReason: null,
      nominationId: null,
      nominationStatus: null,
      gitLabSyncStatus: null,
      gitLabIssueUrl: null,
      gitLabIssueIid: null,
      gitLabLastError: null,
      needsAction: true,
      overdue: false,
      newSinceReview: true,
      problems: ['NO_ACCOUNT'],
      email: null,
      replyAuthorIsOwner: false,
      verdicts: [],
      verdictSource: null,
      verdictReplyAuthor: null,
      verdictReplyText: null,
      reviewNotes: null,
      callOutcome: null,
      callOutcomeLabel: null,
      callNotes: null,
      activeReferenceSince: null
    },
    {
      id: '00v000000000003AAA',
      createdDate: '2025-10-03T10:00:00.000Z',
      personId: '003000000000003AAA',
      personType: 'Contact',
      personName: 'Nina Nominee',
      company: null,
      accountId: '001000000000003AAA',
      accountName: 'Open Source Org',
      accountOwnerName: 'Former Owner',
      accountOwnerActive: false,
      csmNames: null,
      status: 'Nominated',
      statusChangedOn: '2025-10-05T10:00:00.000Z',
      callDate: '2025-10-04',
      reply: null,
      replyAuthorName: null,
      repliedOn: null,
      verdict: 'Confirmed',
      verdictReason: null,
      nominationId: 'a01000000000001AAA',
      nominationStatus: 'Accepted',
      gitLabSyncStatus: 'Created',
      gitLabIssueUrl: 'https://gitlab.example.com/crp/references/-/issues/7',
      gitLabIssueIid: 7,
      gitLabLastError: null,
      needsAction: false,
      overdue: false,
      newSinceReview: true,
      problems: ['NO_ACTIVE_OWNER', 'NO_ACTIVE_CSM'],
      email: null,
      replyAuthorIsOwner: false,
      verdicts: [],
      verdictSource: null,
      verdictReplyAuthor: null,
      verdictReplyText: null,
      reviewNotes: null,
      callOutcome: null,
      callOutcomeLabel: null,
      callNotes: null,
      activeReferenceSince: null
    }
  ],
  hasMore: true,
  nextCreatedDate: '2025-10-03T10:00:00.000Z',
  nextId: '00v000000000003AAA',
  nextGroup: 0
};

const CAMPAIGN_ID = '701000000000001AAA';
const FIRST = '00v000000000001AAA';
const LEAD_ROW = '00v000000000002AAA';

const mocked = <T>(fn: T) => fn as unknown as jest.Mock;

// The board chains a few Apex calls (board, then counts and page, then the reload after an action):
// let a generous number of microtask turns pass.
function settle(): Promise<void> {
  return Array.from({ length: 25 }).reduce<Promise<void>>(
    (previous) => previous.then(flushPromises),
    Promise.resolve()
  );
}

function emptyPage(): Apex.ReferenceResponseBoardService.ResponsePage {
  return { rows: [], hasMore: false, nextCreatedDate: null, nextId: null, nextGroup: null };
}

async function render(): Promise<HTMLElement & { recordId?: string }> {
  const element = createElement('c-reference-response-board', {
    is: ReferenceResponseBoard
  }) as HTMLElement & { recordId?: string };
  element.recordId = CAMPAIGN_ID;
  document.body.appendChild(element);
  await settle();
  return element;
}

/*
 * The board's children, reached through the board's shadow root; each test then queries inside
 * the child that renders what it asserts (header, filter bar, action form, table).
 */
function header(element: HTMLElement): HTMLElement {
  return $(element, 'c-reference-board-header')!;
}

function filterBar(element: HTMLElement): HTMLElement {
  return $(element, 'c-reference-board-filters')!;
}

function actionForm(element: HTMLElement): HTMLElement {
  return $(element, 'c-reference-board-action-form')!;
}

function table(element: HTMLElement): HTMLElement {
  return $(element, 'c-reference-board-table')!;
}

function selectFrom(target: HTMLElement | null, value: string): void {
  target!.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function chooseRowAction(element: HTMLElement, responseId: string, value: string): void {
  const menu = $(table(element), `lightning-button-menu[data-id="${responseId}"]`);
  menu!.dispatchEvent(new CustomEvent('select', { detail: { value } }));
}

function setValue(target: HTMLElement | null, value: string): void {
  (target as HTMLInputElement).value = value;
  target!.dispatchEvent(new CustomEvent('change'));
}

function click(target: HTMLElement | null): void {
  target!.click();
}

// The action dialog's Save and Cancel (its own buttons send these events).
function submitDialog(element: HTMLElement): void {
  $(actionForm(element), 'c-reference-board-dialog')!.dispatchEvent(new CustomEvent('confirm'));
}

function closeDialog(element: HTMLElement): void {
  $(actionForm(element), 'c-reference-board-dialog')!.dispatchEvent(
    new CustomEvent('close', { detail: { how: 'escape' } })
  );
}

const FROM_CHATTER = { source: 'Chatter_Reply', replyAuthor: '', replyText: '' };

describe('c-reference-response-board', () => {
  beforeEach(() => {
    mocked(getBoard).mockResolvedValue(BOARD);
    mocked(getCounts).mockResolvedValue(COUNTS);
    mocked(getResponses).mockResolvedValue(PAGE);
  });

  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('shows a loading state until the board arrives', async () => {
    mocked(getBoard).mockReturnValue(new Promise(() => undefined));
    const element = createElement('c-reference-response-board', { is: ReferenceResponseBoard });
    document.body.appendChild(element);
    await flushPromises();

    expect(text(element, '.loading')).toBe('Loading responses...');
    expect($(element, 'lightning-spinner')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('asks for the header, the counts and the first page at once: one round trip', async () => {
    mocked(getBoard).mockReturnValue(new Promise(() => undefined));
    const element = createElement('c-reference-response-board', { is: ReferenceResponseBoard });
    element.recordId = CAMPAIGN_ID;
    document.body.appendChild(element);
    await flushPromises();

    expect(getBoard).toHaveBeenCalledWith({ campaignId: CAMPAIGN_ID });
    expect(getCounts).toHaveBeenCalledWith({ campaignId: CAMPAIGN_ID });
    // before the header says how many one call may serve: a page of 50
    expect(mocked(getResponses).mock.calls[0][0]).toMatchObject({
      campaignId: CAMPAIGN_ID,
      afterId: null,
      pageSize: 50
    });
    expect(text(element, '.loading')).toBe('Loading responses...');
    expect($(element, 'c-reference-board-table')).toBeNull();
  });

  it('is inert with a clear message on a campaign that feeds no program', async () => {
    mocked(getBoard).mockResolvedValue({ ...BOARD, feedsProgram: false, program: null });
    // what the server answers for a campaign of no program
    mocked(getResponses).mockResolvedValue({ rows: [], hasMore: false });
    const element = await render();

    expect(text(element, '.inert')).toBe(
      'This campaign feeds no reference program, so it has no responses to review. Set its Reference Program to use the board.'
    );
    expect($(element, 'c-reference-board-table')).toBeNull();
    expect($(element, 'c-reference-board-header')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows the error panel when the board cannot load', async () => {
    mocked(getBoard).mockRejectedValue({ body: { message: 'Campaign not found' } });
    const element = await render();

    const panel = $(element, 'c-error-panel.load-error') as HTMLElement & {
      friendlyMessage: string;
      errors: unknown;
    };
    expect(panel.friendlyMessage).toBe('The response review board could not load.');
    expect(panel.errors).toEqual({ body: { message: 'Campaign not found' } });
    await expect(element).toBeAccessible();
  });

  it('says readably that the permission set is missing when the class is not accessible', async () => {
    mocked(getBoard).mockRejectedValue({
      body: {
        message:
          "You do not have access to the Apex class named 'ReferenceResponseBoardController'."
      }
    });
    const element = await render();

    const panel = $(element, 'c-error-panel.load-error') as HTMLElement & {
      friendlyMessage: string;
    };
    expect(panel.friendlyMessage).toBe(
      'You need the Reference Program Manager permission set to review responses. Ask your Salesforce admin.'
    );
    // the sentence says what to do: no platform text behind "details", no Retry that cannot help
    expect((panel as unknown as { errors: unknown }).errors).toBeUndefined();
    expect($(element, '.retry')).toBeNull();
  });

  it('says the permission set is missing when one of several errors is the missing access', async () => {
    mocked(getBoard).mockRejectedValue([
      { body: { message: 'Row lock' } },
      {
        body: {
          message:
            'You do not have access to the Apex class named: ReferenceResponseBoardController'
        }
      }
    ]);
    const element = await render();

    const panel = $(element, 'c-error-panel.load-error') as HTMLElement & {
      friendlyMessage: string;
    };
    expect(panel.friendlyMessage).toBe(
      'You need the Reference Program Manager permission set to review responses. Ask your Salesforce admin.'
    );
  });

  it('shows the review header: program, reviewers, last review and the counts', async () => {
    const element = await render();

    expect(getBoard).toHaveBeenCalledWith({ campaignId: CAMPAIGN_ID });
    expect(text(header(element), '.program')).toBe('Education · Discovery Call');
    expect(text(header(element), '.reviewers')).toBe('Ada Reviewer, Grace Reviewer');
    // the last review date in the table's one date format
    type DateParts = { value: string; year: string; month: string; day: string };
    const reviewed = $(header(element), '.last-review-date') as unknown as DateParts;
    const signedUp = $(
      table(element),
      'tr.response .signed-up lightning-formatted-date-time'
    ) as unknown as DateParts;
    expect(reviewed.value).toBe('2025-10-01');
    expect([reviewed.year, reviewed.month, reviewed.day]).toEqual([
      signedUp.year,
      signedUp.month,
      signedUp.day
    ]);
    expect(text(header(element), '.last-reviewer')).toBe('by Ada Reviewer');
    expect(text(header(element), '.count-total')).toBe('Responses: 3');
    expect(text(header(element), '.count-new')).toBe('New since last review: 2');
    expect(text(header(element), '.count-overdue')).toBe('Overdue: 1');
    expect(text(header(element), '.count-needs-action')).toBe('Needs action: 2');
    // zero counts are left out
    expect($$(header(element), '.count-status').map((item) => item.textContent)).toEqual([
      'New: 2',
      'Nominated: 1'
    ]);
    await expect(element).toBeAccessible();
  });

  it('says when the campaign was never reviewed and nobody reviews it', async () => {
    mocked(getBoard).mockResolvedValue({
      ...BOARD,
      reviewers: [],
      lastReviewDate: null,
      callType: null,
      program: 'Unknown'
    });
    const element = await render();

    expect(text(header(element), '.reviewers')).toBe(
      "Nobody: add members to the program's reviewer group"
    );
    expect(text(header(element), '.last-review')).toBe('Never reviewed');
    expect(text(header(element), '.program')).toBe('');
  });

  it('shows the last review date alone when nobody is recorded as its reviewer', async () => {
    mocked(getBoard).mockResolvedValue({
      ...BOARD,
      lastReviewDate: '2026-10-01',
      lastReviewedByName: null
    });
    const element = await render();

    const date = $(header(element), '.last-review-date') as unknown as { value: string };
    expect(date.value).toBe('2026-10-01');
    expect($(header(element), '.last-reviewer')).toBeNull();
  });

  it('keeps the list when only the counts fail', async () => {
    mocked(getCounts).mockRejectedValue({ body: { message: 'Too many query rows: 50001' } });
    const element = await render();

    const panel = $(header(element), 'c-error-panel.counts-error') as HTMLElement & {
      friendlyMessage: string;
    };
    expect(panel.friendlyMessage).toBe(
      'The review counts could not be calculated; the list below is still up to date.'
    );
    expect($(header(element), '.count-total')).toBeNull();
    expect($$(table(element), 'tr.response')).toHaveLength(3);
  });

  it('shows a Retry after a load failure that loads again', async () => {
    mocked(getBoard).mockRejectedValueOnce({ body: { message: 'timeout' } });
    const element = await render();
    expect($(element, 'c-error-panel.load-error')).not.toBeNull();

    expect(getBoard).toHaveBeenCalledTimes(1);
    expect(getResponses).toHaveBeenCalledTimes(1);

    click($(element, 'lightning-button.retry'));
    await settle();
    expect($(element, 'c-error-panel.load-error')).toBeNull();
    expect(getBoard).toHaveBeenCalledTimes(2);
    expect(getResponses).toHaveBeenCalledTimes(2);
    expect($$(table(element), 'tr.response')).toHaveLength(3);
  });

  it('shows an empty state when no response matches', async () => {
    mocked(getResponses).mockResolvedValue(emptyPage());
    const element = await render();

    expect(text(table(element), '.empty')).toBe(
      "No one has signed up on this campaign's landing page yet."
    );
    expect($(table(element), 'table')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('lists the first page with person, account, team, reply, nomination and problems', async () => {
    const element = await render();
    const signedUp = $(
      table(element),
      'tr.response .signed-up lightning-formatted-date-time'
    ) as unknown as {
      value: unknown;
    };
    expect(signedUp.value).toBe('2025-09-01T10:00:00.000Z');

    expect(getResponses).toHaveBeenCalledWith({
      campaignId: CAMPAIGN_ID,
      status: null,
      view: 'ALL',
      search: null,
      newestFirst: false,
      needsActionFirst: true,
      afterCreatedDate: null,
      afterId: null,
      afterGroup: null,
      pageSize: 50
    });
    const rows = $$(table(element), 'tr.response');
    expect(rows.map((row) => row.dataset.id)).toEqual([FIRST, LEAD_ROW, '00v000000000003AAA']);
    const first = rows[0]!;
    expect(first.querySelector('a.person-name')!.getAttribute('href')).toBe('/003000000000001AAA');
    expect(first.querySelector('.email')!.textContent).toBe('chris@acme.example');
    expect(first.querySelector('.account a')!.textContent).toBe('Acme University');
    expect(first.querySelector('.owner')!.textContent).toBe('Owner: Olivia Owner');
    expect(first.querySelector('.csm')!.textContent).toBe('CSM: Sam Success');
    expect(first.querySelector('.reply-text')!.textContent).toBe('Happy customer, go ahead.');
    expect(first.querySelector('.reply-meta')!.textContent).toContain(
      'Olivia Owner (Account Owner)'
    );
    expect(first.querySelector('.status-badge')!.textContent).toBe('New · overdue');

    const lead = rows[1]!;
    expect(lead.querySelector('.company')!.textContent).toBe('Prospect Co');
    expect(lead.querySelector('.problem')!.textContent).toBe(
      'Lead with no account: there is no account team to ask. Convert or match the lead first.'
    );
    expect(lead.querySelector('.account a')).toBeNull();

    const nominated = rows[2]!;
    // a closed response carries no warning about its account team any more
    expect(nominated.querySelector('.problem')).toBeNull();
    expect(nominated.querySelector('.owner .inactive')!.textContent).toBe('Inactive');
    expect(nominated.querySelector('.nomination')!.textContent).toContain('Accepted');
    const gitLab = nominated.querySelector(
      'c-git-lab-issue-status'
    ) as unknown as GitLabIssueStatus;
    expect(gitLab.status).toBe('Created');
    expect(gitLab.issueUrl).toBe('https://gitlab.example.com/crp/references/-/issues/7');
    // a terminal response offers no action
    expect(nominated.querySelector('lightning-button-menu')).toBeNull();
    expect(text(table(element), '.showing')).toBe('3 shown');
    await expect(element).toBeAccessible();
  });

  it('explains a response whose contact was deleted and offers only what is possible', async () => {
    mocked(getResponses).mockResolvedValue({
      ...emptyPage(),
      rows: [
        {
          ...PAGE.rows![0]!,
          personId: null,
          personType: null,
          personName: 'Deleted contact',
          accountId: null,
          problems: ['PERSON_MISSING', 'SOMETHING_NEW']
        }
      ]
    });
    const element = await render();

    const row = $$(table(element), 'tr.response')[0]!;
    expect(row.querySelector('a.person-name')).toBeNull();
    expect([...row.querySelectorAll('.problem')].map((problem) => problem.textContent)).toEqual([
      'The contact of this response was deleted: only Not a fit is possible.',
      'SOMETHING_NEW'
    ]);
    expect(row.querySelector('.open-lead')).toBeNull();
  });

  it('offers the row actions the shared transitions allow', async () => {
    const element = await render();

    const items = $$(
      table(element),
      `lightning-button-menu[data-id="${FIRST}"] lightning-menu-item`
    ).map((item) => (item as HTMLElement & { value: string }).value);
    expect(items).toEqual(['ask', 'confirm', 'decline', 'notAFit']);
    const leadItems = $$(
      table(element),
      `lightning-button-menu[data-id="${LEAD_ROW}"] lightning-menu-item`
    ).map((item) => (item as HTMLElement & { value: string }).value);
    // the server gives a lead without account no verdict (row.verdicts is empty)
    expect(leadItems).toEqual(['notAFit', 'openLead']);
  });

  it('offers to open a lead that has no account', async () => {
    const element = await render();

    chooseRowAction(element, LEAD_ROW, 'openLead');
    expect(mockNavigate).toHaveBeenCalledWith({
      type: 'standard__recordPage',
      attributes: { recordId: '00Q000000000001AAA', actionName: 'view' }
    });
    expect(mockNavigate).toHaveBeenCalledTimes(1);
  });

  it('loads the next page after the cursor and appends it', async () => {
    const element = await render();
    mocked(getResponses).mockResolvedValueOnce({
      rows: [{ ...PAGE.rows![0]!, id: '00v000000000004AAA', personName: 'Page Two' }],
      hasMore: false,
      nextCreatedDate: '2025-10-04T10:00:00.000Z',
      nextId: '00v000000000004AAA',
      nextGroup: 2
    });

    click($(table(element), '.load-more'));
    await settle();

    expect(getResponses).toHaveBeenLastCalledWith(
      expect.objectContaining({
        afterCreatedDate: '2025-10-03T10:00:00.000Z',
        afterId: '00v000000000003AAA',
        // the cursor says which group (needs action first) the last row was in
        afterGroup: 0,
        needsActionFirst: true
      })
    );
    expect($$(table(element), 'tr.response')).toHaveLength(4);
    expect($(table(element), '.load-more')).toBeNull();
  });

  it('disables "Load more" while the next page is on its way', async () => {
    const element = await render();
    let answer: (page: Apex.ReferenceResponseBoardService.ResponsePage) => void = () => undefined;
    mocked(getResponses).mockReturnValueOnce(
      new Promise((resolve) => {
        answer = resolve;
      })
    );
    const loadMore = () => $(table(element), '.load-more') as HTMLElement & { disabled: boolean };
    expect(loadMore().disabled).toBe(false);

    click(loadMore());
    await settle();
    expect(loadMore().disabled).toBe(true);

    answer({ ...PAGE, rows: [] });
    await settle();
    expect(loadMore().disabled).toBe(false);
  });

  it('shows an error when the next page fails', async () => {
    const element = await render();
    mocked(getResponses).mockRejectedValueOnce(new Error('offline'));

    click($(table(element), '.load-more'));
    await settle();

    const panel = $(element, 'c-error-panel.action-error') as HTMLElement & {
      friendlyMessage: string;
    };
    expect(panel.friendlyMessage).toBe('The action could not be done.');
    expect($$(table(element), 'tr.response')).toHaveLength(3);
  });

  it('filters by status, view, search and sort from the first page', async () => {
    const element = await render();

    selectFrom($(filterBar(element), '.filter-status'), 'New');
    await settle();
    expect(getResponses).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'New', afterId: null, afterCreatedDate: null })
    );

    selectFrom($(filterBar(element), '.filter-view'), 'NEEDS_ACTION');
    await settle();
    expect(getResponses).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'New', view: 'NEEDS_ACTION' })
    );

    selectFrom($(filterBar(element), '.sort'), 'newest');
    await settle();
    expect(getResponses).toHaveBeenLastCalledWith(expect.objectContaining({ newestFirst: true }));

    const search = $(filterBar(element), '.search');
    setValue(search, '  acme ');
    search!.dispatchEvent(new CustomEvent('commit'));
    await settle();
    expect(getResponses).toHaveBeenLastCalledWith(expect.objectContaining({ search: 'acme' }));
  });

  it('shows an error when a filtered reload fails', async () => {
    const element = await render();
    mocked(getResponses).mockRejectedValueOnce({ body: { message: 'bad filter' } });

    selectFrom($(filterBar(element), '.filter-view'), 'OVERDUE');
    await settle();

    expect($(element, 'c-error-panel.action-error')).not.toBeNull();
  });

  it('confirms one response and shows its result', async () => {
    mocked(recordVerdict).mockResolvedValue([
      { responseId: FIRST, ok: true, message: 'Done.', personName: 'Chris Champion' }
    ]);
    const element = await render();
    const callsBefore = mocked(getResponses).mock.calls.length;

    chooseRowAction(element, FIRST, 'confirm');
    await settle();
    expect(recordVerdict).not.toHaveBeenCalled();
    submitDialog(element);
    await settle();

    expect(recordVerdict).toHaveBeenCalledWith({
      responseIds: [FIRST],
      verdict: 'Confirmed',
      reason: '',
      ...FROM_CHATTER
    });
    expect($(actionForm(element), '.action-form')).toBeNull();
    expect(text(actionForm(element), '.results-summary')).toBe('1 done, 0 refused');
    expect($$(actionForm(element), '.result-done').map((item) => item.textContent)).toEqual([
      'Chris Champion: Done.'
    ]);
    // the board reloads: counts and first page
    expect(getCounts).toHaveBeenCalledTimes(2);
    expect(mocked(getResponses).mock.calls.length).toBe(callsBefore + 1);
    await expect(element).toBeAccessible();

    click($(actionForm(element), '.dismiss'));
    await settle();
    expect($(actionForm(element), '.results')).toBeNull();
  });

  it('asks for a reason before declining and refuses an empty one', async () => {
    mocked(recordVerdict).mockResolvedValue([
      { responseId: FIRST, ok: false, message: 'No reply is captured.', personName: null }
    ]);
    const element = await render();

    chooseRowAction(element, FIRST, 'decline');
    await settle();
    const dialog = $(actionForm(element), '.action-form') as HTMLElement & { heading: string };
    expect(dialog.heading).toBe('Decline: Chris Champion?');
    expect($(actionForm(element), '.call-date')).toBeNull();
    await expect(element).toBeAccessible();

    submitDialog(element);
    await settle();
    expect(recordVerdict).not.toHaveBeenCalled();

    setValue($(actionForm(element), '.reason'), 'Churn risk');
    submitDialog(element);
    await settle();

    expect(recordVerdict).toHaveBeenCalledWith({
      responseIds: [FIRST],
      verdict: 'Declined',
      reason: 'Churn risk',
      ...FROM_CHATTER
    });
    expect($(actionForm(element), '.action-form')).toBeNull();
    expect($$(actionForm(element), '.result-refused').map((item) => item.textContent)).toEqual([
      'Chris Champion: No reply is captured.'
    ]);
  });

  it('logs the call with its date', async () => {
    mocked(getResponses).mockResolvedValue({
      ...PAGE,
      rows: [{ ...PAGE.rows![0]!, status: 'Confirmed' }]
    });
    mocked(logCall).mockResolvedValue([{ responseId: FIRST, ok: true, message: 'Done.' }]);
    const element = await render();

    chooseRowAction(element, FIRST, 'logCall');
    await settle();
    expect($(actionForm(element), '.reason')).toBeNull();
    submitDialog(element);
    await settle();
    expect(logCall).not.toHaveBeenCalled();

    // the latest day comes from the server with the board (maxCallDaysAhead 30), not a copy
    const latest = new Date();
    latest.setDate(latest.getDate() + 30);
    const pad = (value: number): string => String(value).padStart(2, '0');
    expect(($(actionForm(element), '.call-date') as HTMLElement & { max: string }).max).toBe(
      `${latest.getFullYear()}-${pad(latest.getMonth() + 1)}-${pad(latest.getDate())}`
    );
    setValue($(actionForm(element), '.call-date'), '2025-11-03');
    await settle();
    const outcome = $(actionForm(element), '.call-outcome') as HTMLElement & { options: unknown };
    expect(outcome.options).toEqual(BOARD.callOutcomes);
    outcome.dispatchEvent(new CustomEvent('change', { detail: { value: 'Held_Positive' } }));
    setValue($(actionForm(element), '.call-notes'), 'Keen on a case study');
    submitDialog(element);
    await settle();

    expect(logCall).toHaveBeenCalledWith({
      responseIds: [FIRST],
      callDate: '2025-11-03',
      outcome: 'Held_Positive',
      notes: 'Keen on a case study'
    });
  });

  it('logs a call still ahead with no outcome and no notes', async () => {
    mocked(getResponses).mockResolvedValue({
      ...PAGE,
      rows: [{ ...PAGE.rows![0]!, status: 'Confirmed' }]
    });
    mocked(logCall).mockResolvedValue([{ responseId: FIRST, ok: true, message: 'Done.' }]);
    const element = await render();
    const ahead = new Date();
    ahead.setDate(ahead.getDate() + 2);
    const pad = (value: number): string => String(value).padStart(2, '0');
    const day = `${ahead.getFullYear()}-${pad(ahead.getMonth() + 1)}-${pad(ahead.getDate())}`;

    chooseRowAction(element, FIRST, 'logCall');
    await settle();
    setValue($(actionForm(element), '.call-date'), day);
    await settle();
    expect($(actionForm(element), '.call-outcome')).toBeNull();
    submitDialog(element);
    await settle();

    expect(logCall).toHaveBeenCalledWith({
      responseIds: [FIRST],
      callDate: day,
      outcome: null,
      notes: null
    });
  });

  it('marks agreed to partner after the confirmation', async () => {
    mocked(getResponses).mockResolvedValue({
      ...PAGE,
      rows: [{ ...PAGE.rows![0]!, status: 'Call_Held' }]
    });
    mocked(markAgreedToPartner).mockResolvedValue([
      { responseId: FIRST, ok: true, message: 'Done. The CRM was advised.' }
    ]);
    const element = await render();

    chooseRowAction(element, FIRST, 'agreed');
    await settle();
    expect(markAgreedToPartner).not.toHaveBeenCalled();
    submitDialog(element);
    await settle();

    expect(markAgreedToPartner).toHaveBeenCalledWith({ responseIds: [FIRST] });
    expect(text(actionForm(element), '.result-done')).toBe(
      'Chris Champion: Done. The CRM was advised.'
    );
  });

  it('closes a response as not a fit with a reason, and can cancel', async () => {
    mocked(markNotAFit).mockResolvedValue([{ responseId: FIRST, ok: true, message: 'Done.' }]);
    const element = await render();

    chooseRowAction(element, FIRST, 'notAFit');
    await settle();
    closeDialog(element);
    await settle();
    expect($(actionForm(element), '.action-form')).toBeNull();

    chooseRowAction(element, FIRST, 'notAFit');
    await settle();
    setValue($(actionForm(element), '.reason'), 'Competitor');
    submitDialog(element);
    await settle();

    expect(markNotAFit).toHaveBeenCalledWith({ responseIds: [FIRST], reason: 'Competitor' });
  });

  it('runs a bulk action on the selection and reports each row', async () => {
    mocked(recordVerdict).mockResolvedValue([
      { responseId: FIRST, ok: true, message: 'Done.' },
      { responseId: LEAD_ROW, ok: false, message: 'Refused.' },
      { responseId: '00v000000000009AAA', ok: false, message: 'Not found.' }
    ]);
    const element = await render();
    const bulkButtons = () =>
      $$(actionForm(element), '.bulk-action') as Array<HTMLElement & { disabled: boolean }>;
    expect(bulkButtons()).toEqual([]);

    const boxes = $$(table(element), 'input.select-row') as HTMLInputElement[];
    boxes[0]!.checked = true;
    boxes[0]!.dispatchEvent(new CustomEvent('change'));
    boxes[1]!.checked = true;
    boxes[1]!.dispatchEvent(new CustomEvent('change'));
    await settle();
    expect(text(actionForm(element), '.selection')).toBe('2 selected');
    expect(bulkButtons().length).toBeGreaterThan(0);

    boxes[1]!.checked = false;
    boxes[1]!.dispatchEvent(new CustomEvent('change'));
    boxes[1]!.checked = true;
    boxes[1]!.dispatchEvent(new CustomEvent('change'));
    await settle();

    // the lead cannot get a verdict: Confirm applies to the other row, the lead is named as left out
    click(bulkButtons().find((button) => button.dataset.action === 'confirm')!);
    await settle();
    expect($$(actionForm(element), '.left-out-person').map((li) => li.textContent)).toEqual([
      'Lee Lead'
    ]);
    submitDialog(element);
    await settle();

    expect(recordVerdict).toHaveBeenCalledWith({
      responseIds: [FIRST],
      verdict: 'Confirmed',
      reason: '',
      ...FROM_CHATTER
    });
    expect($$(actionForm(element), '.result').map((item) => item.textContent)).toEqual([
      'Chris Champion: Done.',
      'Lee Lead: Refused.',
      '00v000000000009AAA: Not found.'
    ]);
    await expect(element).toBeAccessible();
  });

  it('selects and unselects every shown row', async () => {
    const element = await render();
    const all = $(table(element), 'input.select-all') as HTMLInputElement;

    all.checked = true;
    all.dispatchEvent(new CustomEvent('change'));
    await settle();
    expect(
      ($$(table(element), 'input.select-row') as HTMLInputElement[]).every((box) => box.checked)
    ).toBe(true);

    all.checked = false;
    all.dispatchEvent(new CustomEvent('change'));
    await settle();
    expect(
      ($$(table(element), 'input.select-row') as HTMLInputElement[]).some((box) => box.checked)
    ).toBe(false);
  });

  it('shows a readable error when an action fails as a whole', async () => {
    mocked(markNotAFit).mockRejectedValue({
      body: { message: "You do not have access to the Apex class named 'X'." }
    });
    const element = await render();

    chooseRowAction(element, FIRST, 'notAFit');
    await settle();
    setValue($(actionForm(element), '.reason'), 'Competitor');
    submitDialog(element);
    await settle();

    // the failure names the action and the person, inside the dialog that stays with its input
    expect(text(actionForm(element), '.dialog-failure')).toBe(
      "Not a fit for Chris Champion could not be done: You do not have access to the Apex class named 'X'."
    );
    expect(($(actionForm(element), '.reason') as HTMLInputElement).value).toBe('Competitor');
  });

  it.each([
    [
      ['Ann One', 'Bo Two', 'Cy Three', 'Di Four'],
      'Not a fit for Ann One, Bo Two, Cy Three +1 could not be done: Row lock'
    ],
    // a response without a name is counted, never shown as an empty name
    [[null, 'Bo Two', ' '], 'Not a fit for Bo Two +2 could not be done: Row lock'],
    [[null, ''], 'Not a fit could not be done: Row lock']
  ])(
    'names up to three people and counts the rest when an action fails (%p)',
    async (people, failure) => {
      mocked(getResponses).mockResolvedValue({
        ...emptyPage(),
        rows: people.map((personName, index) => ({
          ...PAGE.rows![0]!,
          id: `00v00000000000${index + 1}AAA`,
          personName
        }))
      });
      mocked(markNotAFit).mockRejectedValue({ body: { message: 'Row lock' } });
      const element = await render();

      const all = $(table(element), 'input.select-all') as HTMLInputElement;
      all.checked = true;
      all.dispatchEvent(new CustomEvent('change'));
      await settle();
      click($(actionForm(element), '.bulk-action[data-action="notAFit"]'));
      await settle();
      setValue($(actionForm(element), '.reason'), 'Competitor');
      submitDialog(element);
      await settle();

      expect(text(actionForm(element), '.dialog-failure')).toBe(failure);
    }
  );

  it('closes the dialog with no results when the server answers an action with none', async () => {
    mocked(markNotAFit).mockResolvedValue(null);
    const element = await render();

    chooseRowAction(element, FIRST, 'notAFit');
    await settle();
    setValue($(actionForm(element), '.reason'), 'Competitor');
    submitDialog(element);
    await settle();

    expect(markNotAFit).toHaveBeenCalledWith({ responseIds: [FIRST], reason: 'Competitor' });
    expect($(actionForm(element), '.action-form')).toBeNull();
    expect($(actionForm(element), '.results')).toBeNull();
  });

  it('records a verdict with no source when the campaign offers none', async () => {
    mocked(getBoard).mockResolvedValue({ ...BOARD, verdictSources: null });
    mocked(recordVerdict).mockResolvedValue([]);
    const element = await render();

    chooseRowAction(element, FIRST, 'confirm');
    await settle();
    expect(
      ($(actionForm(element), '.source') as HTMLElement & { options: unknown[] }).options
    ).toEqual([]);
    submitDialog(element);
    await settle();

    expect(recordVerdict).toHaveBeenCalledWith({
      responseIds: [FIRST],
      verdict: 'Confirmed',
      reason: '',
      source: '',
      replyAuthor: '',
      replyText: ''
    });
  });

  it('records a verdict submitted without where it came from as having no source', async () => {
    mocked(recordVerdict).mockResolvedValue([]);
    const element = await render();

    // `source`, `replyAuthor` and `replyText` are optional in ActionSubmitDetail
    actionForm(element).dispatchEvent(
      new CustomEvent('actionsubmit', {
        detail: { action: 'decline', responseIds: [FIRST], reason: 'Busy', callDate: '' }
      })
    );
    await settle();

    expect(recordVerdict).toHaveBeenCalledWith({
      responseIds: [FIRST],
      verdict: 'Declined',
      reason: 'Busy',
      source: '',
      replyAuthor: '',
      replyText: ''
    });
  });

  it('shows the empty state when the first page comes without rows', async () => {
    mocked(getResponses).mockResolvedValue({ ...emptyPage(), rows: null });
    const element = await render();

    expect(text(table(element), '.empty')).toBe(
      "No one has signed up on this campaign's landing page yet."
    );
    expect($(table(element), 'table')).toBeNull();
  });

  it('records the review and refreshes the header', async () => {
    mocked(markReviewComplete).mockResolvedValue({
      ...BOARD,
      lastReviewDate: '2025-11-01',
      lastReviewedByName: 'Grace Reviewer'
    });
    const element = await render();

    click($(header(element), '.mark-review-complete'));
    await settle();
    expect(markReviewComplete).not.toHaveBeenCalled();
    expect($$(header(element), '.still-open-kind').map((li) => li.textContent)).toEqual([
      'New: 2',
      'Overdue: 1'
    ]);
    $(header(element), 'c-reference-board-dialog')!.dispatchEvent(new CustomEvent('confirm'));
    await settle();

    expect(markReviewComplete).toHaveBeenCalledWith({ campaignId: CAMPAIGN_ID });
    expect($(header(element), 'c-reference-board-dialog')).toBeNull();
    expect(text(actionForm(element), '.notice')).toBe('Review recorded.');
    expect(getCounts).toHaveBeenCalledTimes(2);
    await expect(element).toBeAccessible();
  });

  it('reloads the list when a GitLab issue is retried from a row', async () => {
    const element = await render();
    expect(getResponses).toHaveBeenCalledTimes(1);

    $(table(element), 'c-git-lab-issue-status')!.dispatchEvent(
      new CustomEvent('statuschange', { detail: { status: 'Queued' } })
    );
    await settle();

    expect(getResponses).toHaveBeenCalledTimes(2);
    await expect(element).toBeAccessible();
  });

  it('copes with sparse server data', async () => {
    mocked(getBoard).mockResolvedValue({
      ...BOARD,
      reviewers: null,
      lastReviewedByName: null
    });
    mocked(getCounts).mockResolvedValue({ ...COUNTS, byStatus: null });
    mocked(getResponses).mockResolvedValueOnce({
      rows: [
        {
          ...PAGE.rows![0]!,
          id: null,
          personName: null,
          status: 'Retired_Status',
          overdue: false,
          problems: null,
          nominationId: 'a01000000000002AAA',
          nominationStatus: 'Legacy',
          createdDate: null
        },
        { ...PAGE.rows![1]!, personType: 'Contact', personId: null }
      ],
      hasMore: true,
      nextCreatedDate: null,
      nextId: null,
      nextGroup: null
    });
    mocked(getResponses).mockResolvedValueOnce({ ...emptyPage(), rows: null });
    const element = await render();

    expect(text(header(element), '.reviewers')).toBe(
      "Nobody: add members to the program's reviewer group"
    );
    expect($$(header(element), '.count-status')).toHaveLength(0);
    const rows = $$(table(element), 'tr.response');
    expect(rows[0]!.querySelector('.status-badge')!.textContent).toBe('Retired_Status');
    expect(rows[0]!.querySelector('lightning-button-menu')).toBeNull();
    expect(rows[0]!.querySelector('.nomination')!.textContent).toContain('Legacy');
    expect(rows[1]!.querySelector('.problem')!.textContent).toBe(
      'Contact with no account: there is no account team to ask.'
    );

    click($(table(element), '.load-more'));
    await settle();
    expect($$(table(element), 'tr.response')).toHaveLength(2);
  });

  it('names a result by its Id when the response is not on the board', async () => {
    mocked(markAgreedToPartner).mockResolvedValue([{ responseId: null, ok: false, message: null }]);
    mocked(getResponses).mockResolvedValue({
      ...PAGE,
      rows: [{ ...PAGE.rows![0]!, status: 'Call_Held', personName: null }]
    });
    const element = await render();

    chooseRowAction(element, FIRST, 'agreed');
    await settle();
    submitDialog(element);
    await settle();

    expect(text(actionForm(element), '.result-refused')).toBe(':');
  });

  it('asks the account team of one response through the Chatter modal and refreshes', async () => {
    mocked(AskAccountTeamModal.open).mockResolvedValue([
      { responseId: FIRST, outcome: 'asked', message: 'Posted on Acme University.' }
    ]);
    const element = await render();

    chooseRowAction(element, FIRST, 'ask');
    await settle();

    expect(AskAccountTeamModal.open).toHaveBeenCalledWith({
      size: 'medium',
      label: 'Ask account team',
      responseIds: [FIRST]
    });
    expect(text(actionForm(element), '.result-done')).toBe(
      'Chris Champion: Posted on Acme University.'
    );
    expect(getCounts).toHaveBeenCalledTimes(2);
  });

  it('asks the account teams of a selection and shows the refused ones', async () => {
    mocked(AskAccountTeamModal.open).mockResolvedValue([
      { responseId: FIRST, outcome: 'commented', message: 'Commented.' },
      { responseId: LEAD_ROW, outcome: 'refused', message: 'No account.' }
    ]);
    const element = await render();
    const all = $(table(element), 'input.select-all') as HTMLInputElement;
    all.checked = true;
    all.dispatchEvent(new CustomEvent('change'));
    await settle();

    click($(actionForm(element), '.bulk-action[data-action="ask"]'));
    await settle();

    // only the selected rows that can be asked (the lead and the nominated one cannot)
    expect(mocked(AskAccountTeamModal.open).mock.calls[0][0].responseIds).toEqual([FIRST]);
    expect(text(actionForm(element), '.result-refused')).toBe('Lee Lead: No account.');
  });

  it('refreshes however the Chatter modal closed (X, Escape, Cancel), and shows its failure', async () => {
    mocked(AskAccountTeamModal.open).mockResolvedValueOnce(undefined);
    const element = await render();

    chooseRowAction(element, FIRST, 'ask');
    await settle();
    expect($(actionForm(element), '.results')).toBeNull();
    // a post may have gone out before the modal was closed: the board shows what happened
    expect(getCounts).toHaveBeenCalledTimes(2);

    mocked(AskAccountTeamModal.open).mockRejectedValueOnce(new Error('modal failed'));
    chooseRowAction(element, FIRST, 'ask');
    await settle();
    expect($(element, 'c-error-panel.action-error')).not.toBeNull();
  });

  it('nominates a response whose call was held through the wizard and refreshes', async () => {
    mocked(getResponses).mockResolvedValue({
      ...PAGE,
      rows: [{ ...PAGE.rows![0]!, status: 'Call_Held' }]
    });
    mocked(NominationWizardModal.open).mockResolvedValueOnce('finished');
    const element = await render();

    const items = $$(
      table(element),
      `lightning-button-menu[data-id="${FIRST}"] lightning-menu-item`
    ).map((item) => (item as HTMLElement & { value: string }).value);
    expect(items).toContain('nominate');

    chooseRowAction(element, FIRST, 'nominate');
    await settle();

    expect(NominationWizardModal.open).toHaveBeenCalledWith({
      size: 'large',
      label: 'Nominate',
      responseId: FIRST,
      accountId: '001000000000001AAA'
    });
    expect(text(actionForm(element), '.notice')).toBe('Nomination saved.');
    expect(getCounts).toHaveBeenCalledTimes(2);
  });

  it('says an account is already an active reference before the wizard creates anything', async () => {
    mocked(getResponses).mockResolvedValue({
      ...PAGE,
      rows: [{ ...PAGE.rows![0]!, status: 'Call_Held', activeReferenceSince: '2026-03-09' }]
    });
    const element = await render();

    chooseRowAction(element, FIRST, 'nominate');
    await settle();

    expect(NominationWizardModal.open).not.toHaveBeenCalled();
    expect(text(actionForm(element), '.failure')).toBe(
      'Acme University is already an active reference in this program: a second nomination cannot be created. Open its nomination from the account.'
    );
    expect(getCounts).toHaveBeenCalledTimes(1);
  });

  it('says an active reference without an account or person name in a whole sentence', async () => {
    mocked(getResponses).mockResolvedValue({
      ...PAGE,
      rows: [
        {
          ...PAGE.rows![0]!,
          status: 'Call_Held',
          activeReferenceSince: '2026-03-09',
          accountName: null,
          personName: null
        }
      ]
    });
    const element = await render();

    chooseRowAction(element, FIRST, 'nominate');
    await settle();

    expect(text(actionForm(element), '.failure')).toBe(
      'This account is already an active reference in this program: a second nomination cannot be created. Open its nomination from the account.'
    );
  });

  it('leaves the board as it was when the wizard is closed, and shows its failure', async () => {
    mocked(getResponses).mockResolvedValue({
      ...PAGE,
      rows: [{ ...PAGE.rows![0]!, status: 'Agreed_To_Partner', accountId: null }]
    });
    mocked(NominationWizardModal.open).mockResolvedValueOnce(undefined);
    const element = await render();

    chooseRowAction(element, FIRST, 'nominate');
    await settle();
    expect(NominationWizardModal.open).toHaveBeenCalledWith(
      expect.objectContaining({ accountId: '' })
    );
    expect($(actionForm(element), '.notice')).toBeNull();
    expect(getCounts).toHaveBeenCalledTimes(1);

    mocked(NominationWizardModal.open).mockRejectedValueOnce(new Error('flow failed'));
    chooseRowAction(element, FIRST, 'nominate');
    await settle();
    expect($(element, 'c-error-panel.action-error')).not.toBeNull();
  });

  it('closes the review confirmation on Cancel and records nothing', async () => {
    const element = await render();

    click($(header(element), '.mark-review-complete'));
    await settle();
    $(header(element), 'c-reference-board-dialog')!.dispatchEvent(
      new CustomEvent('close', { detail: { how: 'cancel' } })
    );
    await settle();

    expect($(header(element), 'c-reference-board-dialog')).toBeNull();
    expect(markReviewComplete).not.toHaveBeenCalled();
  });

  it('keeps the results of a review action when the reload after it fails, and says so', async () => {
    mocked(markNotAFit).mockResolvedValue([
      { responseId: FIRST, ok: true, message: 'Closed.', personName: 'Chris Champion' }
    ]);
    const element = await render();
    mocked(getResponses).mockRejectedValueOnce(new Error('offline'));

    chooseRowAction(element, FIRST, 'notAFit');
    await settle();
    setValue($(actionForm(element), '.reason'), 'Competitor');
    submitDialog(element);
    await settle();

    expect(text(actionForm(element), '.result-done')).toBe('Chris Champion: Closed.');
    const panel = $(element, 'c-error-panel.action-error') as HTMLElement & {
      friendlyMessage: string;
    };
    expect(panel.friendlyMessage).toBe('The action could not be done.');
    expect($(element, 'lightning-spinner')).toBeNull();
  });

  it('gives the action form no sources or outcomes when the server sends none', async () => {
    mocked(getBoard).mockResolvedValue({ ...BOARD, verdictSources: null, callOutcomes: null });
    const element = await render();

    const form = actionForm(element) as HTMLElement & {
      verdictSources: unknown[];
      callOutcomes: unknown[];
    };
    expect(form.verdictSources).toEqual([]);
    expect(form.callOutcomes).toEqual([]);
  });

  it('shows why the review could not be recorded', async () => {
    mocked(markReviewComplete).mockRejectedValue({ body: { message: 'No edit access' } });
    const element = await render();

    click($(header(element), '.mark-review-complete'));
    await settle();
    $(header(element), 'c-reference-board-dialog')!.dispatchEvent(new CustomEvent('confirm'));
    await settle();

    const panel = $(element, 'c-error-panel.action-error') as HTMLElement & {
      friendlyMessage: string;
    };
    expect(panel.friendlyMessage).toBe('The action could not be done.');
    expect($(actionForm(element), '.notice')).toBeNull();
  });

  describe("keeps the program manager's place after an action", () => {
    type Query = { afterId: string | null; pageSize: number };
    // The server never serves more than it says in the header (the board's maxPageSize, 200 in
    // the org) in one call; a test may say less, to follow the cursor without hundreds of rows.
    let serverMaxPage = BOARD.maxPageSize!;
    beforeEach(() => {
      serverMaxPage = BOARD.maxPageSize!;
    });
    function withMaxPage(maxPageSize: number): void {
      serverMaxPage = maxPageSize;
      mocked(getBoard).mockResolvedValue({ ...BOARD, maxPageSize });
    }
    const idOf = (n: number): string => `00v${String(n).padStart(12, '0')}AAA`;
    const responses = (count: number): Row[] =>
      Array.from({ length: count }, (_, i) => ({
        ...PAGE.rows![0]!,
        id: idOf(i + 1),
        personName: `Person ${i + 1}`,
        createdDate: `2025-09-01T10:00:${String(i % 60).padStart(2, '0')}.000Z`
      }));
    let focus: jest.SpyInstance;

    // A keyset server over `list` (read at each call): the rows after the cursor, at most a page.
    function serve(list: () => Row[]): void {
      mocked(getResponses).mockImplementation(({ afterId, pageSize }: Query) => {
        const all = list();
        const start = afterId ? all.findIndex((row) => row.id === afterId) + 1 : 0;
        const rows = all.slice(start, start + Math.min(pageSize, serverMaxPage));
        const last = rows[rows.length - 1];
        return Promise.resolve({
          rows,
          hasMore: start + rows.length < all.length,
          nextCreatedDate: last?.createdDate ?? null,
          nextId: last?.id ?? null,
          // every row in the middle group (waiting on others): the cursor carries it on
          nextGroup: 1
        });
      });
    }

    // A hundred rows and more render slowly in jsdom on a loaded machine.
    const MANY_ROWS_MS = 30000;

    // The board, then "Load more" until `listed` rows are shown (50 a click).
    async function renderListing(listed: number): Promise<HTMLElement> {
      const element = await render();
      for (let shown = 50; shown < listed; shown += 50) {
        click($(table(element), '.load-more'));
        // eslint-disable-next-line no-await-in-loop -- one page after the other, as she clicks
        await settle();
      }
      expect($$(table(element), 'tr.response')).toHaveLength(listed);
      mocked(getResponses).mockClear();
      mocked(getCounts).mockClear();
      focus = jest.spyOn(HTMLElement.prototype, 'focus');
      return element;
    }

    const calls = (): Query[] => mocked(getResponses).mock.calls.map(([query]) => query as Query);
    const menuOf = (element: HTMLElement, id: string) =>
      $(table(element), `lightning-button-menu[data-id="${id}"]`);
    const lastFocused = () => focus.mock.contexts[focus.mock.contexts.length - 1];

    afterEach(() => {
      focus?.mockRestore();
      for (const fn of [
        recordVerdict,
        markReviewComplete,
        markAgreedToPartner,
        AskAccountTeamModal.open,
        NominationWizardModal.open
      ]) {
        mocked(fn).mockReset();
      }
    });

    it(
      'after an action on row 80 of 100, lists the 100 again in one call, focus on row 80',
      async () => {
        let list = responses(120);
        serve(() => list);
        mocked(recordVerdict).mockImplementation(() => {
          const confirmed = { status: 'Confirmed', overdue: false };
          list = list.map((row) => ({ ...row, ...(row.id === idOf(80) ? confirmed : {}) }));
          return Promise.resolve([
            { responseId: idOf(80), ok: true, message: 'Done.', personName: 'Person 80' }
          ]);
        });
        const element = await renderListing(100);

        chooseRowAction(element, idOf(80), 'confirm');
        await settle();
        submitDialog(element);
        await settle();

        expect(recordVerdict).toHaveBeenCalledWith(
          expect.objectContaining({ responseIds: [idOf(80)] })
        );
        expect(calls()).toEqual([
          expect.objectContaining({
            pageSize: 100,
            afterId: null,
            afterCreatedDate: null,
            afterGroup: null,
            needsActionFirst: true
          })
        ]);
        expect(getCounts).toHaveBeenCalledTimes(1);
        const rows = $$(table(element), 'tr.response');
        expect(rows).toHaveLength(100);
        expect(rows[79]!.dataset.id).toBe(idOf(80));
        expect(rows[79]!.querySelector('.status-badge')!.textContent).toBe('Confirmed');
        expect(lastFocused()).toBe(menuOf(element, idOf(80)));
        // the next page continues after the 100th row; focus is put back once, not on every render
        mocked(getResponses).mockClear();
        focus.mockClear();
        click($(table(element), '.load-more'));
        await settle();
        expect(calls()).toEqual([expect.objectContaining({ afterId: idOf(100), pageSize: 50 })]);
        expect($$(table(element), 'tr.response')).toHaveLength(120);
        expect(focus).not.toHaveBeenCalled();
      },
      MANY_ROWS_MS
    );

    it(
      'follows the cursor when more are listed than one call serves: 100 in two calls of at most 60',
      async () => {
        withMaxPage(60);
        let list = responses(130);
        serve(() => list);
        mocked(AskAccountTeamModal.open).mockResolvedValue([
          { responseId: idOf(90), outcome: 'asked', message: 'Posted.' }
        ]);
        const element = await renderListing(100);

        chooseRowAction(element, idOf(90), 'ask');
        await settle();

        expect(calls()).toEqual([
          expect.objectContaining({ pageSize: 60, afterId: null }),
          expect.objectContaining({
            pageSize: 40,
            afterId: idOf(60),
            afterCreatedDate: responses(60)[59]!.createdDate,
            afterGroup: 1
          })
        ]);
        expect($$(table(element), 'tr.response')).toHaveLength(100);
        expect($(table(element), '.load-more')).not.toBeNull();
        expect(lastFocused()).toBe(menuOf(element, idOf(90)));

        // 40 responses left the list meanwhile: the 60 the server has come in one call, all of them
        list = responses(60);
        mocked(getResponses).mockClear();
        chooseRowAction(element, idOf(10), 'ask');
        await settle();
        expect(calls()).toEqual([expect.objectContaining({ pageSize: 60, afterId: null })]);
        expect($$(table(element), 'tr.response')).toHaveLength(60);
        expect($(table(element), '.load-more')).toBeNull();
      },
      MANY_ROWS_MS
    );

    it('focuses the row now in its place when the action took the row out of the list', async () => {
      // nominating needs a held call; the nominated response leaves the "Needs action" view
      let list = responses(70).map((row) => ({ ...row, status: 'Call_Held' }));
      serve(() => list);
      mocked(NominationWizardModal.open).mockImplementation(() => {
        list = list.filter((row) => row.id !== idOf(55));
        return Promise.resolve('finished');
      });
      const element = await renderListing(70);

      chooseRowAction(element, idOf(55), 'nominate');
      await settle();

      const rows = $$(table(element), 'tr.response');
      expect(calls()).toEqual([expect.objectContaining({ pageSize: 70, afterId: null })]);
      expect(rows).toHaveLength(69);
      expect(menuOf(element, idOf(55))).toBeNull();
      expect(rows[54]!.dataset.id).toBe(idOf(56));
      expect(lastFocused()).toBe(menuOf(element, idOf(56)));
    });

    it('focuses the last row, or the empty state, when nothing is left in its place', async () => {
      let list = responses(3).map((row) => ({ ...row, status: 'Call_Held' }));
      serve(() => list);
      mocked(markAgreedToPartner).mockImplementation(() => {
        list = list.slice(0, 2);
        return Promise.resolve([{ responseId: idOf(3), ok: true, message: 'Done.' }]);
      });
      const element = await renderListing(3);

      chooseRowAction(element, idOf(3), 'agreed');
      await settle();
      submitDialog(element);
      await settle();
      expect(lastFocused()).toBe(menuOf(element, idOf(2)));

      mocked(markAgreedToPartner).mockImplementation(() => {
        list = [];
        return Promise.resolve([{ responseId: idOf(1), ok: true, message: 'Done.' }]);
      });
      chooseRowAction(element, idOf(1), 'agreed');
      await settle();
      submitDialog(element);
      await settle();
      expect(lastFocused()).toBe($(table(element), '.empty'));
      await expect(element).toBeAccessible();
    });

    it('focuses the checkbox of a row that has no action left', async () => {
      // no row menu (a status with no move left): the GitLab retry is the row's only action
      serve(() =>
        responses(60).map((row) => ({
          ...row,
          status: 'Retired_Status',
          nominationId: `a01${row.id!.slice(3)}`
        }))
      );
      const element = await renderListing(60);
      expect(menuOf(element, idOf(57))).toBeNull();
      $(table(element), `tr.response[data-id="${idOf(57)}"] c-git-lab-issue-status`)!.dispatchEvent(
        new CustomEvent('statuschange', {
          detail: { nominationId: `a01${idOf(57).slice(3)}`, status: 'Queued' }
        })
      );
      await settle();

      // a retry changes no count: only the 60 rows are listed again
      expect(calls()).toEqual([expect.objectContaining({ pageSize: 60, afterId: null })]);
      expect(getCounts).not.toHaveBeenCalled();
      expect(lastFocused()).toBe(
        $(table(element), `tr.response[data-id="${idOf(57)}"] input.select-row`)
      );
    });

    it('puts focus on what an action on the review or on the selection did, never on a row', async () => {
      serve(() => responses(3));
      mocked(recordVerdict).mockResolvedValue([
        { responseId: idOf(2), ok: true, message: 'Done.' }
      ]);
      mocked(markReviewComplete).mockResolvedValue(BOARD);
      const element = await renderListing(3);
      const rowFocused = () =>
        focus.mock.contexts.filter((target: HTMLElement) => !!target.closest?.('tr.response'));
      const feedback = () => $(actionForm(element), 'section.results');

      // a row action given up, then the review marked complete from the header
      chooseRowAction(element, idOf(2), 'confirm');
      await settle();
      closeDialog(element);
      await settle();
      click($(header(element), '.mark-review-complete'));
      await settle();
      $(header(element), 'c-reference-board-dialog')!.dispatchEvent(new CustomEvent('confirm'));
      await settle();
      expect(getCounts).toHaveBeenCalledTimes(1);
      expect(rowFocused()).toEqual([]);
      // the header's button is disabled while the board reloads: focus goes to what was recorded
      expect(lastFocused()).toBe(feedback());
      expect(feedback()!.getAttribute('tabindex')).toBe('-1');
      expect(feedback()!.querySelector('.notice')!.textContent).toBe('Review recorded.');

      // a bulk action: the bulk bar goes with the selection, so focus goes to its results
      (document.activeElement as HTMLElement | null)?.blur?.();
      const box = $(table(element), `input.select-row[data-id="${idOf(2)}"]`) as HTMLInputElement;
      box.checked = true;
      box.dispatchEvent(new CustomEvent('change'));
      await settle();
      click($(actionForm(element), '.bulk-action[data-action="confirm"]'));
      await settle();
      focus.mockClear();
      submitDialog(element);
      await settle();
      expect(recordVerdict).toHaveBeenCalledWith(
        expect.objectContaining({ responseIds: [idOf(2)] })
      );
      expect(getCounts).toHaveBeenCalledTimes(2);
      expect(rowFocused()).toEqual([]);
      expect(lastFocused()).toBe(feedback());
      expect(feedback()!.querySelector('.results-summary')!.textContent).toBe('1 done, 0 refused');
    });

    it('puts focus on the results, not the row, when the server refused the response', async () => {
      serve(() => responses(60));
      mocked(recordVerdict).mockResolvedValue([
        { responseId: idOf(55), ok: false, message: 'The account team has not answered yet.' }
      ]);
      const element = await renderListing(60);

      chooseRowAction(element, idOf(55), 'confirm');
      await settle();
      submitDialog(element);
      await settle();

      const feedback = $(actionForm(element), 'section.results');
      expect(lastFocused()).toBe(feedback);
      expect(feedback!.querySelector('.results-summary')!.textContent).toBe('0 done, 1 refused');
      expect(feedback!.textContent).toContain('The account team has not answered yet.');
    });

    it('keeps the selection of the rows still listed after an action on one row', async () => {
      serve(() => responses(60));
      mocked(AskAccountTeamModal.open).mockResolvedValue([
        { responseId: idOf(5), outcome: 'asked', message: 'Posted.' }
      ]);
      const element = await renderListing(60);
      for (const index of [1, 2]) {
        const box = $(
          table(element),
          `input.select-row[data-id="${idOf(index)}"]`
        ) as HTMLInputElement;
        box.checked = true;
        box.dispatchEvent(new CustomEvent('change'));
      }
      await settle();

      chooseRowAction(element, idOf(5), 'ask');
      await settle();

      expect((actionForm(element) as HTMLElement & { selectedIds: string[] }).selectedIds).toEqual([
        idOf(1),
        idOf(2)
      ]);
      const checked = $$(table(element), 'input.select-row').filter(
        (box) => (box as HTMLInputElement).checked
      );
      expect(checked.map((box) => box.dataset.id)).toEqual([idOf(1), idOf(2)]);

      // a filter change starts again: nothing selected
      selectFrom($(filterBar(element), '.sort'), 'newest');
      await settle();
      expect((actionForm(element) as HTMLElement & { selectedIds: string[] }).selectedIds).toEqual(
        []
      );
    });

    it('leaves focus where the user put it while the board reloaded', async () => {
      serve(() => responses(80));
      const element = await renderListing(50);
      mocked(AskAccountTeamModal.open).mockImplementation(() => {
        ($(table(element), 'input.select-all') as HTMLInputElement).focus();
        return Promise.resolve([]);
      });

      chooseRowAction(element, idOf(20), 'ask');
      await settle();

      expect(calls()).toEqual([expect.objectContaining({ pageSize: 50 })]);
      expect(lastFocused()).toBe($(table(element), 'input.select-all'));
    });

    it('starts again from the first page when a filter or the sort changes', async () => {
      serve(() => responses(120));
      const element = await renderListing(100);

      selectFrom($(filterBar(element), '.filter-view'), 'NEEDS_ACTION');
      await settle();
      selectFrom($(filterBar(element), '.sort'), 'newest');
      await settle();

      expect(calls()).toEqual([
        expect.objectContaining({ view: 'NEEDS_ACTION', pageSize: 50, afterId: null }),
        expect.objectContaining({ newestFirst: true, pageSize: 50, afterId: null })
      ]);
      expect($$(table(element), 'tr.response')).toHaveLength(50);
      expect(focus).not.toHaveBeenCalled();
    });
  });
});

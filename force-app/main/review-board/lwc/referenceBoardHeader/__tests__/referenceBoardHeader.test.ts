import { createElement } from 'lwc';
import ReferenceBoardHeader from 'c/referenceBoardHeader';
import type { MarkReviewCompleteDetail } from 'c/referenceBoardHeader';
import { flushPromises } from 'test/flushPromises';
import { $, $$, textOf as text } from 'test/shadowQuery';

type HeaderElement = HTMLElement & {
  board?: Apex.ReferenceResponseBoardService.Board;
  counts?: Apex.ReferenceReviewQueue.Counts;
  countsError?: unknown;
  busy?: boolean;
  confirming?: boolean;
};

const BOARD: Apex.ReferenceResponseBoardService.Board = {
  campaignId: '701000000000001AAA',
  campaignName: 'Reference landing page Open Source',
  program: 'Open_Source',
  feedsProgram: true,
  callType: 'Intro_Call',
  advisesCrm: false,
  cadenceDays: 30,
  reviewers: ['Ada Reviewer'],
  lastReviewDate: '2025-10-01',
  lastReviewedByName: 'Ada Reviewer',
  verdictSources: [],
  callOutcomes: [],
  maxCallDaysAhead: 365,
  callNotesMaxLength: 32768,
  maxPageSize: 200
};

const COUNTS: Apex.ReferenceReviewQueue.Counts = {
  total: 4,
  newSinceReview: 1,
  overdue: 0,
  needsAction: 3,
  byStatus: [
    { status: 'Confirmed', responses: 3 },
    { status: 'Declined', responses: 0 },
    { status: 'Retired_Status', responses: 1 }
  ]
};

function mount(props: Partial<HeaderElement>): HeaderElement {
  const element = createElement('c-reference-board-header', {
    is: ReferenceBoardHeader
  }) as HeaderElement;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

describe('c-reference-board-header', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('shows the program with its call type, the reviewers and the last review', async () => {
    const element = mount({ board: BOARD, counts: COUNTS });

    expect(text(element, '.program')).toBe('Open Source · Intro Call');
    expect(text(element, '.reviewers')).toBe('Ada Reviewer');
    // the date as the table shows its dates (one format), then who reviewed
    const date = $(element, '.last-review-date') as unknown as Record<string, string>;
    expect([date.value, date.year, date.month, date.day, date.timeZone]).toEqual([
      '2025-10-01',
      'numeric',
      'short',
      'numeric',
      'UTC'
    ]);
    expect(text(element, '.last-reviewer')).toBe('by Ada Reviewer');
    await expect(element).toBeAccessible();
  });

  it('says a campaign was never reviewed, and shows a review without its reviewer', async () => {
    const element = mount({ board: { ...BOARD, lastReviewDate: null } });
    expect(text(element, '.last-review')).toBe('Never reviewed');
    expect($(element, '.last-review-date')).toBeNull();

    element.board = { ...BOARD, lastReviewedByName: null };
    await flushPromises();
    expect(($(element, '.last-review-date') as unknown as { value: string }).value).toBe(
      '2025-10-01'
    );
    expect($(element, '.last-reviewer')).toBeNull();
  });

  it('shows the program alone when the campaign has no call type', () => {
    const element = mount({ board: { ...BOARD, callType: null } });

    expect(text(element, '.program')).toBe('Open Source');
  });

  it('counts the queue, leaving out the statuses no response is in', async () => {
    const element = mount({ board: BOARD, counts: COUNTS });

    expect(text(element, '.count-total')).toBe('Responses: 4');
    expect(text(element, '.count-new')).toBe('New since last review: 1');
    expect(text(element, '.count-overdue')).toBe('Overdue: 0');
    expect(text(element, '.count-needs-action')).toBe('Needs action: 3');
    expect($$(element, '.count-status').map((item) => item.textContent)).toEqual([
      'Confirmed: 3',
      'Retired_Status: 1'
    ]);
    expect($(element, 'c-error-panel')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('copes with counts the server left blank', () => {
    const element = mount({
      board: BOARD,
      counts: {
        ...COUNTS,
        byStatus: [
          { status: null, responses: 2 },
          { status: 'New', responses: null }
        ]
      }
    });

    expect($$(element, '.count-status').map((item) => item.textContent)).toEqual([': 2']);
  });

  it('shows why the counts are missing', async () => {
    const error = { body: { message: 'Too many query rows: 50001' } };
    const element = mount({ board: BOARD, countsError: error });

    expect($(element, '.counts')).toBeNull();
    const panel = $(element, 'c-error-panel.counts-error') as HTMLElement & {
      friendlyMessage: string;
      errors: unknown;
    };
    expect(panel.friendlyMessage).toBe(
      'The review counts could not be calculated; the list below is still up to date.'
    );
    expect(panel.errors).toEqual(error);
    await expect(element).toBeAccessible();
  });

  it('says when nobody reviews the campaign and it was never reviewed', () => {
    const element = mount({
      board: { ...BOARD, program: null, callType: null, reviewers: null, lastReviewDate: null }
    });

    expect(text(element, '.program')).toBe('');
    expect(text(element, '.reviewers')).toBe("Nobody: add members to the program's reviewer group");
    expect(text(element, '.last-review')).toBe('Never reviewed');
  });

  it('asks the board to mark the review complete, unless an action runs', async () => {
    const element = mount({ board: BOARD, counts: COUNTS });
    const handler = jest.fn();
    element.addEventListener('markreviewcomplete', handler);
    const button = $(element, '.mark-review-complete') as HTMLElement & { disabled: boolean };

    expect(button.disabled).toBe(false);
    button.click();

    expect(handler).toHaveBeenCalledTimes(1);
    const event = handler.mock.calls[0][0] as CustomEvent<MarkReviewCompleteDetail>;
    expect(event.detail).toBeNull();
    // the board listens on the element itself: the event neither bubbles nor leaves the shadow
    expect(event.bubbles).toBe(false);
    expect(event.composed).toBe(false);

    element.busy = true;
    await flushPromises();
    expect(button.disabled).toBe(true);
  });

  describe('the confirmation of "mark review complete"', () => {
    it('lists what is still open by kind, overdue included, and confirms or cancels', async () => {
      const element = mount({
        board: BOARD,
        counts: {
          ...COUNTS,
          overdue: 2,
          byStatus: [
            { status: 'New', responses: 2 },
            { status: 'Account_Team_Asked', responses: 5 },
            { status: 'Confirmed', responses: 3 },
            { status: 'Call_Held', responses: 0 }
          ]
        },
        confirming: true
      });
      const confirms: unknown[] = [];
      const cancels: unknown[] = [];
      element.addEventListener('reviewconfirm', (event) => confirms.push(event));
      element.addEventListener('reviewcancel', (event) => cancels.push(event));

      // waiting on the account team (Asked) is not the reviewer's to do: not listed
      expect($$(element, '.still-open-kind').map((li) => li.textContent)).toEqual([
        'New: 2',
        'Confirmed: 3',
        'Overdue: 2'
      ]);
      await expect(element).toBeAccessible();
      const dialog = $(element, 'c-reference-board-dialog')!;
      dialog.dispatchEvent(new CustomEvent('confirm'));
      dialog.dispatchEvent(new CustomEvent('close', { detail: { how: 'escape' } }));
      expect(confirms).toHaveLength(1);
      expect(cancels).toHaveLength(1);
    });

    it('says when nothing is open', () => {
      const element = mount({
        board: BOARD,
        counts: { ...COUNTS, byStatus: [{ status: 'Nominated', responses: 4 }] },
        confirming: true
      });

      expect($(element, '.still-open')).toBeNull();
      expect(text(element, '.nothing-open')).toBe('Every response has been handled.');
    });

    it('still asks when the counts could not load, naming nothing as open', () => {
      const element = mount({
        board: BOARD,
        countsError: { body: { message: 'Too many query rows: 50001' } },
        confirming: true
      });

      expect($(element, 'c-reference-board-dialog')).not.toBeNull();
      expect($(element, '.still-open')).toBeNull();
      expect(text(element, '.nothing-open')).toBe('Every response has been handled.');
    });

    it('lists nothing for counts the server left blank', () => {
      const element = mount({
        board: BOARD,
        counts: {
          ...COUNTS,
          overdue: null,
          byStatus: [
            { status: null, responses: 2 },
            { status: 'New', responses: null }
          ]
        },
        confirming: true
      });

      expect($(element, '.still-open')).toBeNull();
      expect(text(element, '.nothing-open')).toBe('Every response has been handled.');
    });

    it('is closed until asked for', () => {
      const element = mount({ board: BOARD, counts: COUNTS });

      expect($(element, 'c-reference-board-dialog')).toBeNull();
    });
  });
});

import { createElement } from 'lwc';
import ReferenceBoardTable from 'c/referenceBoardTable';
import type {
  IssueStatusChangeDetail,
  LoadMoreDetail,
  RowActionDetail,
  RowSelectDetail,
  SelectAllDetail
} from 'c/referenceBoardTable';
import type { Row } from 'c/referenceReviewActions';
import { responseRow } from '../../referenceReviewActions/__tests__/data/responseRow';
import { flushPromises } from 'test/flushPromises';
import { $, $$, textOf as text } from 'test/shadowQuery';

type TableElement = HTMLElement & {
  rows?: Row[];
  selectedIds?: string[];
  hasMore?: boolean;
  loadingMore?: boolean;
  filtered?: boolean;
};

const CONTACT = '00v000000000001AAA';
const LEAD = '00v000000000002AAA';
const CALLED = '00v000000000003AAA';

const row = (id: string, overrides: Partial<Row> = {}): Row => responseRow({ id, ...overrides });

const ROWS: Row[] = [
  row(CONTACT, { overdue: true }),
  row(LEAD, {
    personId: '00Q000000000001AAA',
    personType: 'Lead',
    personName: 'Lee Lead',
    company: 'Prospect Co',
    accountId: null,
    accountName: null,
    accountOwnerName: null,
    csmNames: null,
    email: 'lee@prospect.example',
    verdicts: [],
    problems: ['NO_ACCOUNT']
  }),
  row(CALLED, {
    personName: 'Nina Nominee',
    status: 'Call_Held',
    callDate: '2025-10-04',
    needsAction: false,
    verdicts: [],
    reply: 'Happy customer.',
    replyAuthorName: 'Olivia Owner',
    replyAuthorIsOwner: true,
    repliedOn: '2025-09-03T09:00:00.000Z',
    verdictReason: 'Renewed',
    reviewNotes: 'Wants a case study'
  })
];

function mount(props: Partial<TableElement>): TableElement {
  const element = createElement('c-reference-board-table', {
    is: ReferenceBoardTable
  }) as TableElement;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

/** Every event `name` the element sends, by its detail. */
function listen<Detail>(element: HTMLElement, name: string): Detail[] {
  const details: Detail[] = [];
  element.addEventListener(name, (event) => details.push((event as CustomEvent<Detail>).detail));
  return details;
}

function check(box: HTMLElement, checked: boolean): void {
  (box as HTMLInputElement).checked = checked;
  box.dispatchEvent(new CustomEvent('change'));
}

// The call's outcome and notes show inside their labels.

describe('c-reference-board-table', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  describe('the rows', () => {
    it('says there is no response yet, or that none matches the filters', async () => {
      const element = mount({ rows: [] });
      expect(text(element, '.empty')).toBe(
        "No one has signed up on this campaign's landing page yet."
      );

      element.filtered = true;
      await flushPromises();
      expect(text(element, '.empty')).toBe('No response matches these filters.');
      expect($(element, 'table')).toBeNull();
      expect($(element, '.paging')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('lists a row per response with its person, account team, status, reply and call', async () => {
      const element = mount({ rows: ROWS, hasMore: true });

      const rows = $$(element, 'tr.response');
      expect(rows.map((one) => one.dataset.id)).toEqual([CONTACT, LEAD, CALLED]);
      const [contact, lead, called] = rows as [HTMLElement, HTMLElement, HTMLElement];
      expect(contact.querySelector('a.person-name')!.getAttribute('href')).toBe(
        '/003000000000001AAA'
      );
      expect(contact.querySelector('.account a')!.getAttribute('href')).toBe('/001000000000001AAA');
      expect(contact.querySelector('.email')!.textContent).toBe('chris@example.edu');
      expect(contact.querySelector('.owner')!.textContent).toBe('Owner: Olivia Owner');
      expect(contact.querySelector('.owner .inactive')).toBeNull();
      expect(contact.querySelector('.csm')!.textContent).toBe('CSM: Sam Success');
      // one badge: the status, overdue inside it (no second "Overdue" badge)
      expect(contact.querySelectorAll('.status .slds-badge')).toHaveLength(1);
      expect(contact.querySelector('.status-badge')!.className).toContain('slds-theme_warning');
      expect(contact.querySelector('.status-badge')!.textContent).toBe('New · overdue');
      expect(lead.querySelector('.company')!.textContent).toBe('Prospect Co');
      expect(lead.querySelector('.email')!.textContent).toBe('lee@prospect.example');
      expect(lead.querySelector('.status-badge')!.className).toContain('slds-badge_inverse');
      expect(lead.querySelector('.problem')!.textContent).toBe(
        'Lead with no account: there is no account team to ask. Convert or match the lead first.'
      );
      expect(lead.querySelector('.owner')).toBeNull();
      expect(called.querySelector('.status-badge')!.textContent).toBe('Call Held');
      expect(called.querySelector('.reply-text')!.textContent).toBe('Happy customer.');
      expect(called.querySelector('.reply-meta')!.textContent).toContain(
        'Olivia Owner (Account Owner)'
      );
      expect(called.querySelector('.verdict-reason')!.textContent).toBe('Verdict reason: Renewed');
      expect(called.querySelector('.notes')!.textContent).toBe('Notes: Wants a case study');
      expect(
        (
          called.querySelector('.call-date-cell lightning-formatted-date-time') as unknown as {
            value: string;
          }
        ).value
      ).toBe('2025-10-04');
      expect(text(element, '.showing')).toBe('3 shown');
      await expect(element).toBeAccessible();
    });

    it('marks an inactive owner, names a CSM reply and a verdict received outside Chatter', () => {
      const element = mount({
        rows: [
          row(CONTACT, {
            accountOwnerActive: false,
            reply: 'Fine by me',
            replyAuthorName: 'Sam Success',
            replyAuthorIsOwner: false,
            verdictSource: 'Slack',
            verdictReplyAuthor: 'Sam Success',
            verdictReplyText: 'Go'
          })
        ]
      });

      expect(text(element, '.owner .inactive')).toBe('Inactive');
      expect(text(element, '.reply-meta')).toContain('Sam Success (CSM)');
      expect(text(element, '.other-channel')).toBe('Slack by Sam Success: "Go"');
    });

    it('names the channel and author of a verdict whose reply text is missing, without empty quotes', () => {
      const element = mount({
        rows: [
          row(CONTACT, {
            verdictSource: 'Slack',
            verdictReplyAuthor: 'Sam Success',
            verdictReplyText: null
          })
        ]
      });

      expect(text(element, '.other-channel')).toBe('Slack by Sam Success');
    });

    it('labels the checkbox and the menu of a response whose person has no name (or a blank one) by its email', () => {
      const element = mount({
        rows: [row(CONTACT, { personName: '  ', email: 'no.name@example.org' })]
      });

      expect($(element, 'input.select-row')!.getAttribute('aria-label')).toBe(
        'Select no.name@example.org'
      );
      expect(
        ($(element, 'lightning-button-menu') as HTMLElement & { alternativeText: string })
          .alternativeText
      ).toBe('Actions for no.name@example.org');
    });

    it('labels the checkbox and the menu of a response with neither name nor email', () => {
      const element = mount({ rows: [row(CONTACT, { personName: null, email: null })] });

      expect($(element, 'input.select-row')!.getAttribute('aria-label')).toBe(
        'Select this response'
      );
      expect(
        ($(element, 'lightning-button-menu') as HTMLElement & { alternativeText: string })
          .alternativeText
      ).toBe('Actions for this response');
    });

    it('reads rows, problems and a channel reply the server left out as none', async () => {
      const element = mount({
        rows: [
          row(CONTACT, {
            problems: null,
            verdictSource: 'Other_Channel',
            verdictReplyAuthor: 'Sam Success',
            verdictReplyText: null
          })
        ]
      });

      expect($(element, '.problems')).toBeNull();
      expect(text(element, '.other-channel')).toBe('Other Channel by Sam Success');

      element.rows = null as unknown as Row[];
      await flushPromises();
      expect(element.rows).toEqual([]);
      expect(text(element, '.empty')).toBe(
        "No one has signed up on this campaign's landing page yet."
      );
    });

    it('shows only what a row has: no empty team, reply, verdict or nomination lines', () => {
      const element = mount({
        rows: [
          row(CONTACT, {
            personName: null,
            email: null,
            csmNames: null,
            reply: 'Fine',
            replyAuthorName: null,
            verdictSource: 'Chatter_Reply',
            verdictReplyAuthor: null,
            nominationId: 'a01000000000001AAA',
            nominationStatus: 'Nominated'
          }),
          row(LEAD, { nominationId: 'a01000000000002AAA', nominationStatus: null })
        ]
      });
      const [first, second] = $$(element, 'tr.response');

      expect(first!.querySelector('input.select-row')!.getAttribute('aria-label')).toBe(
        'Select this response'
      );
      expect(first!.querySelector('.csm')).toBeNull();
      expect(first!.querySelector('.reply-meta')!.textContent!.trim()).toBe('');
      expect(first!.querySelector('.other-channel')).toBeNull();
      expect(first!.querySelector('.verdict-reason')).toBeNull();
      expect(first!.querySelector('.notes')).toBeNull();
      expect(first!.querySelector('.problems')).toBeNull();
      // "Nominated" is the status already; a nomination without a status says nothing more
      expect(first!.querySelector('.nomination-status')).toBeNull();
      expect(second!.querySelector('c-git-lab-issue-status')).not.toBeNull();
      expect(second!.querySelector('.nomination-status')).toBeNull();
    });

    it('starts with no rows, nothing selected and no next page', async () => {
      const empty = mount({});
      expect(text(empty, '.empty')).toBe(
        "No one has signed up on this campaign's landing page yet."
      );

      const element = mount({ rows: [row(CONTACT)] });
      await flushPromises();
      expect(($(element, 'input.select-all') as HTMLInputElement).checked).toBe(false);
      expect($(element, '.load-more')).toBeNull();
    });

    it('warns about the account team only while the response is open', () => {
      const element = mount({
        rows: [row(CONTACT, { status: 'Not_A_Fit', problems: ['NO_ACTIVE_OWNER'] })]
      });

      expect($(element, '.problem')).toBeNull();
    });

    it('wraps long unbroken text in its cell', () => {
      const element = mount({ rows: [row(CONTACT, { reviewNotes: 'x'.repeat(400) })] });

      expect($(element, '.notes')!.className).toContain('slds-hyphenate');
      expect($(element, 'table')!.className).toContain('slds-table_fixed-layout');
    });

    it('names every problem of a response, and shows an unknown one as sent', () => {
      const element = mount({
        rows: [
          row(CONTACT, {
            problems: ['NO_ACCOUNT', 'NO_ACTIVE_OWNER', 'NO_ACTIVE_CSM', 'PERSON_MISSING', 'NEW']
          })
        ]
      });

      expect($$(element, '.problem').map((problem) => problem.textContent)).toEqual([
        'Contact with no account: there is no account team to ask.',
        'The account has no active owner.',
        'The account has no active Customer Success Manager.',
        'The contact of this response was deleted: only Not a fit is possible.',
        'NEW'
      ]);
    });

    it('shows a nomination with its GitLab issue and passes its retry on', async () => {
      const element = mount({
        rows: [
          row(CALLED, {
            status: 'Nominated',
            nominationId: 'a01000000000001AAA',
            nominationStatus: 'In_Progress',
            gitLabSyncStatus: 'Failed',
            gitLabIssueIid: 118,
            gitLabLastError: 'GitLab answered 503.'
          })
        ]
      });
      const details = listen<IssueStatusChangeDetail>(element, 'issuestatuschange');

      expect(text(element, '.nomination')).toContain('Nomination: In Progress');
      const status = $(element, 'c-git-lab-issue-status') as HTMLElement & { issueIid: number };
      expect(status.issueIid).toBe(118);
      const issue = $(element, 'c-git-lab-issue-status') as HTMLElement & {
        nominationId: string;
        lastError: string;
      };
      expect(issue.nominationId).toBe('a01000000000001AAA');
      expect(issue.lastError).toBe('GitLab answered 503.');
      expect($(element, 'lightning-button-menu')).toBeNull();

      const retried = { nominationId: 'a01000000000001AAA', status: 'Queued' };
      issue.dispatchEvent(new CustomEvent('statuschange', { detail: retried }));
      expect(details).toEqual([retried]);
      await expect(element).toBeAccessible();
    });
    it('marks an account already an active reference of the program, with its date', async () => {
      const element = mount({
        rows: [
          row(CONTACT, { activeReferenceSince: '2026-03-09', status: 'New' }),
          row(LEAD, { personName: 'Not A Reference' })
        ]
      });

      const [active, other] = $$(element, 'tr.response') as [HTMLElement, HTMLElement];
      const marker = active.querySelector('.active-reference')!;
      expect(marker.textContent).toContain('Active reference since');
      const date = marker.querySelector('lightning-formatted-date-time') as unknown as {
        value: string;
        timeZone: string;
      };
      expect(date.value).toBe('2026-03-09');
      expect(date.timeZone).toBe('UTC');
      // a marker, not another badge next to the status
      expect(active.querySelectorAll('.slds-badge')).toHaveLength(1);
      expect(other.querySelector('.active-reference')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('shows how the call went and its notes', () => {
      const element = mount({
        rows: [
          row(CALLED, {
            status: 'Call_Scheduled',
            callDate: '2025-10-04',
            callOutcome: 'No_Show',
            callOutcomeLabel: 'No-show',
            callNotes: 'Did not join'
          }),
          row(CONTACT)
        ]
      });

      const [called, other] = $$(element, 'tr.response') as [HTMLElement, HTMLElement];
      expect(called.querySelector('.call-outcome-cell')!.textContent).toBe('Outcome: No-show');
      expect(called.querySelector('.call-notes-cell')!.textContent).toBe(
        'Call notes: Did not join'
      );
      expect(other.querySelector('.call-outcome-cell')).toBeNull();
      expect(other.querySelector('.call-notes-cell')).toBeNull();
    });
  });

  describe('selection', () => {
    it('reports each row checked or unchecked, and "select all"', () => {
      const element = mount({ rows: ROWS });
      const rowSelects = listen<RowSelectDetail>(element, 'rowselect');
      const selectAlls = listen<SelectAllDetail>(element, 'selectall');
      const boxes = $$(element, 'input.select-row');

      check(boxes[1]!, true);
      check(boxes[1]!, false);
      check($(element, 'input.select-all')!, true);

      expect(rowSelects).toEqual([
        { responseId: LEAD, selected: true },
        { responseId: LEAD, selected: false }
      ]);
      expect(selectAlls).toEqual([{ selected: true }]);
    });

    it('checks the rows the board selected, and "select all" when every row is', async () => {
      const element = mount({ rows: ROWS, selectedIds: [LEAD] });

      const checked = () =>
        ($$(element, 'input.select-row') as HTMLInputElement[]).map((box) => box.checked);
      const all = $(element, 'input.select-all') as HTMLInputElement;
      expect(checked()).toEqual([false, true, false]);
      expect(all.checked).toBe(false);
      expect($(element, 'input.select-row')!.getAttribute('aria-label')).toBe(
        'Select Chris Champion'
      );

      element.selectedIds = [CONTACT, LEAD, CALLED];
      await flushPromises();
      expect(checked()).toEqual([true, true, true]);
      expect(all.checked).toBe(true);
    });
  });

  describe('row actions', () => {
    it('offers the actions each response allows', () => {
      const element = mount({ rows: ROWS });
      const items = (id: string) =>
        $$(element, `lightning-button-menu[data-id="${id}"] lightning-menu-item`).map(
          (item) => (item as HTMLElement & { value: string; label: string }).label
        );

      expect(items(CONTACT)).toEqual(['Ask account team', 'Confirm', 'Decline', 'Not a fit']);
      // no verdict for a lead without account (the server says so in row.verdicts)
      expect(items(LEAD)).toEqual(['Not a fit', 'Open lead']);
      expect(items(CALLED)).toEqual(['Agreed to partner', 'Not a fit', 'Nominate']);
    });

    it('sends the action chosen on a row with that response', () => {
      const element = mount({ rows: ROWS });
      const details = listen<RowActionDetail>(element, 'rowaction');

      $(element, `lightning-button-menu[data-id="${CALLED}"]`)!.dispatchEvent(
        new CustomEvent('select', { detail: { value: 'nominate' } })
      );
      $(element, `lightning-button-menu[data-id="${LEAD}"]`)!.dispatchEvent(
        new CustomEvent('select', { detail: { value: 'openLead' } })
      );

      expect(details).toEqual([
        { action: 'nominate', responseIds: [CALLED] },
        { action: 'openLead', responseIds: [LEAD] }
      ]);
    });

    it('shows the name without a link when the person cannot be opened', () => {
      const element = mount({ rows: [row(LEAD, { personType: 'Lead', personId: null })] });

      expect($(element, 'a.person-name')).toBeNull();
      expect(text(element, '.person-name')).toBe('Chris Champion');
    });
  });

  // A sort or a view lists other responses: their rows are the ones on screen, patched in place.
  describe('a new page', () => {
    const OTHERS: Row[] = [
      row('00v000000000004AAA', { personName: 'Omar Other' }),
      row('00v000000000005AAA', { personName: 'Paula Page' }),
      row('00v000000000006AAA', { personName: 'Quinn Query' })
    ];
    const names = (element: HTMLElement): string[] =>
      $$(element, 'tr.response .person-name').map((one) => one.textContent ?? '');

    it('shows other responses in the rows already on screen', async () => {
      const element = mount({ rows: ROWS });
      const before = $$(element, 'tr.response');
      const menus = $$(element, 'lightning-button-menu');

      element.rows = OTHERS;
      await flushPromises();

      const after = $$(element, 'tr.response');
      expect(after).toEqual(before);
      after.forEach((one, i) => expect(one).toBe(before[i]));
      expect(after.map((one) => one.dataset.id)).toEqual(OTHERS.map((one) => one.id));
      expect(names(element)).toEqual(['Omar Other', 'Paula Page', 'Quinn Query']);
      $$(element, 'lightning-button-menu').forEach((menu, i) => {
        expect(menu).toBe(menus[i]);
        expect(menu.dataset.id).toBe(OTHERS[i]!.id);
        expect((menu as HTMLElement & { alternativeText: string }).alternativeText).toBe(
          `Actions for ${OTHERS[i]!.personName}`
        );
      });
      await expect(element).toBeAccessible();
    });

    it('moves the row of a response still listed with it', async () => {
      const element = mount({ rows: ROWS });
      const rowOf = (id: string) => $(element, `tr.response[data-id="${id}"]`);
      const before = [CONTACT, LEAD, CALLED].map(rowOf);

      element.rows = [ROWS[2]!, OTHERS[0]!, ROWS[0]!];
      await flushPromises();

      expect(rowOf(CALLED)).toBe(before[2]);
      expect(rowOf(CONTACT)).toBe(before[0]);
      // the new response takes the row of the one no longer listed
      expect(rowOf(OTHERS[0]!.id!)).toBe(before[1]);
      expect(names(element)).toEqual(['Nina Nominee', 'Omar Other', ROWS[0]!.personName]);
    });

    it('never hands the focused row to another response', async () => {
      const element = mount({ rows: ROWS });
      const focusedRow = $(element, `tr.response[data-id="${LEAD}"]`)!;
      focusedRow.querySelector<HTMLInputElement>('input.select-row')!.focus();

      element.rows = OTHERS;
      await flushPromises();

      expect(focusedRow.isConnected).toBe(false);
      expect($$(element, 'tr.response').map((one) => one.dataset.id)).toEqual(
        OTHERS.map((one) => one.id)
      );
    });

    it('gives a row that changes hands its own GitLab issue status', async () => {
      const nominated = (id: string, nominationId: string): Row =>
        row(id, { status: 'Nominated', nominationId, gitLabSyncStatus: 'Failed' });
      const element = mount({ rows: [nominated(CONTACT, 'a01000000000001AAA')] });
      const first = $(element, 'c-git-lab-issue-status');
      const tableRow = $(element, 'tr.response');

      element.rows = [{ ...nominated(CONTACT, 'a01000000000001AAA'), gitLabSyncStatus: 'Queued' }];
      await flushPromises();
      expect($(element, 'c-git-lab-issue-status')).toBe(first);

      element.rows = [nominated(LEAD, 'a01000000000002AAA')];
      await flushPromises();
      expect($(element, 'tr.response')).toBe(tableRow);
      const second = $(element, 'c-git-lab-issue-status') as HTMLElement & {
        nominationId: string;
      };
      expect(second).not.toBe(first);
      expect(second.nominationId).toBe('a01000000000002AAA');
    });
  });

  describe('paging', () => {
    it('asks for the next page while the server has more', async () => {
      const element = mount({ rows: ROWS, hasMore: true });
      const details = listen<LoadMoreDetail>(element, 'loadmore');
      const loadMore = $(element, '.load-more') as HTMLElement & { disabled: boolean };

      expect(loadMore.disabled).toBe(false);
      loadMore.click();
      expect(details).toEqual([null]);

      element.loadingMore = true;
      await flushPromises();
      expect(loadMore.disabled).toBe(true);

      element.hasMore = false;
      await flushPromises();
      expect($(element, '.load-more')).toBeNull();
      await expect(element).toBeAccessible();
    });
  });
});

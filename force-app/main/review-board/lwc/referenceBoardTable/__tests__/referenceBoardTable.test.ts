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
    problems: ['NO_ACCOUNT']
  }),
  row(CALLED, {
    personName: 'Nina Nominee',
    status: 'Call_Held',
    callDate: '2025-10-04',
    needsAction: false,
    reply: 'Happy customer.',
    replyAuthorName: 'Olivia Owner',
    repliedOn: '2025-09-03T09:00:00.000Z'
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

describe('c-reference-board-table', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  describe('the rows', () => {
    it('says when no response matches', async () => {
      const element = mount({ rows: [] });

      expect(text(element, '.empty')).toBe('c.Board_Empty');
      expect($(element, 'table')).toBeNull();
      expect($(element, '.paging')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('lists a row per response with its person, account team, status, reply and call', async () => {
      const element = mount({ rows: ROWS, hasMore: true });

      const rows = $$(element, 'tr.response');
      expect(rows.map((one) => one.dataset.id)).toEqual([CONTACT, LEAD, CALLED]);
      const [contact, lead, called] = rows as [HTMLElement, HTMLElement, HTMLElement];
      expect(contact.querySelector('.person a')!.getAttribute('href')).toBe('/003000000000001AAA');
      expect(contact.querySelector('.account a')!.getAttribute('href')).toBe('/001000000000001AAA');
      expect(contact.querySelector('.owner')!.textContent).toBe('Olivia Owner');
      expect(contact.querySelector('.csm')!.textContent).toBe('Sam Success');
      expect(contact.querySelector('.status span')!.className).toBe(
        'slds-badge slds-theme_warning'
      );
      expect(contact.querySelector('.overdue')!.textContent).toBe('c.Board_Overdue');
      expect(lead.querySelector('.company')!.textContent).toBe('Prospect Co');
      expect(lead.querySelector('.status span')!.className).toBe('slds-badge slds-badge_inverse');
      expect(lead.querySelector('.problem')!.textContent).toBe('c.Board_Problem_Lead_No_Account');
      expect(called.querySelector('.status span')!.className).toBe('slds-badge');
      expect(called.querySelector('.status span')!.textContent).toBe('c.Review_Status_Call_Held');
      expect(called.querySelector('.reply-text')!.textContent).toBe('Happy customer.');
      expect(
        (
          called.querySelector('.call-date-cell lightning-formatted-date-time') as unknown as {
            value: string;
          }
        ).value
      ).toBe('2025-10-04');
      expect(text(element, '.showing')).toBe('c.Board_Showing');
      await expect(element).toBeAccessible();
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
        'c.Board_Problem_Contact_No_Account',
        'c.Board_Problem_No_Active_Owner',
        'c.Board_Problem_No_Active_Csm',
        'c.Board_Problem_Person_Missing',
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
            gitLabLastError: 'GitLab answered 503.'
          })
        ]
      });
      const details = listen<IssueStatusChangeDetail>(element, 'issuestatuschange');

      expect(text(element, '.nomination')).toContain(
        'c.Board_Nomination: c.Nomination_Status_In_Progress'
      );
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
      expect($(element, 'input.select-row')!.getAttribute('aria-label')).toBe('c.Board_Select_Row');

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

      expect(items(CONTACT)).toEqual([
        'c.Board_Action_Ask_Account_Team',
        'c.Board_Action_Confirm',
        'c.Board_Action_Decline',
        'c.Board_Action_Not_A_Fit'
      ]);
      expect(items(LEAD)).toEqual([
        'c.Board_Action_Confirm',
        'c.Board_Action_Decline',
        'c.Board_Action_Not_A_Fit',
        'c.Board_Action_Open_Lead'
      ]);
      expect(items(CALLED)).toEqual([
        'c.Board_Action_Agreed',
        'c.Board_Action_Not_A_Fit',
        'c.Board_Action_Nominate'
      ]);
    });

    it('sends the action chosen on a row with that response', () => {
      const element = mount({ rows: ROWS });
      const details = listen<RowActionDetail>(element, 'rowaction');

      $(element, `lightning-button-menu[data-id="${CALLED}"]`)!.dispatchEvent(
        new CustomEvent('select', { detail: { value: 'nominate' } })
      );
      $(element, `tr[data-id="${LEAD}"] .open-lead`)!.click();

      expect(details).toEqual([
        { action: 'nominate', responseIds: [CALLED] },
        { action: 'openLead', responseIds: [LEAD] }
      ]);
    });

    it('offers to open a lead only when there is one', () => {
      const element = mount({ rows: [row(LEAD, { personType: 'Lead', personId: null })] });

      expect($(element, '.open-lead')).toBeNull();
      expect($(element, '.person a')).toBeNull();
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

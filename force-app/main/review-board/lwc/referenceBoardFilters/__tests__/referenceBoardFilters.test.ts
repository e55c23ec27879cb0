import { createElement } from 'lwc';
import ReferenceBoardFilters, {
  DEFAULT_FILTERS,
  SORT,
  VIEW,
  responseQuery,
  SEARCH_DEBOUNCE_MS,
  isFiltered
} from 'c/referenceBoardFilters';
import type { BoardFilters, FilterChangeDetail } from 'c/referenceBoardFilters';
import { flushPromises } from 'test/flushPromises';
import { $ } from 'test/shadowQuery';

type FiltersElement = HTMLElement & { filters?: BoardFilters };
type Combobox = HTMLElement & { value: string; options: Array<{ label: string; value: string }> };

function mount(filters?: BoardFilters): FiltersElement {
  const element = createElement('c-reference-board-filters', {
    is: ReferenceBoardFilters
  }) as FiltersElement;
  if (filters) {
    element.filters = filters;
  }
  document.body.appendChild(element);
  return element;
}

/** Every `filterchange` detail the element sends. */
function listen(element: HTMLElement): FilterChangeDetail[] {
  const details: FilterChangeDetail[] = [];
  element.addEventListener('filterchange', (event) =>
    details.push((event as CustomEvent<FilterChangeDetail>).detail)
  );
  return details;
}

function choose(element: HTMLElement, selector: string, value: string): void {
  $(element, selector)!.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function type(element: HTMLElement, value: string): void {
  const search = $(element, '.search') as HTMLInputElement;
  search.value = value;
  search.dispatchEvent(new CustomEvent('change'));
}

describe('c-reference-board-filters', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('offers every review status, the views and the three orders, all responses needing action first', async () => {
    const element = mount();

    const status = $(element, '.filter-status') as Combobox;
    expect(status.value).toBe('');
    expect(status.options[0]).toEqual({ label: 'All statuses', value: '' });
    expect(status.options.map((option) => option.value)).toContain('Account_Team_Asked');
    expect(status.options).toHaveLength(11);
    const view = $(element, '.filter-view') as Combobox;
    expect(view.value).toBe('ALL');
    expect(view.options).toEqual([
      { label: 'All responses', value: 'ALL' },
      { label: 'Needs action', value: 'NEEDS_ACTION' },
      { label: 'New since last review', value: 'NEW_SINCE_REVIEW' },
      { label: 'Overdue', value: 'OVERDUE' }
    ]);
    const sort = $(element, '.sort') as Combobox;
    // a program manager opens the board to work the queue: what waits on them comes first
    expect(sort.value).toBe('needsActionFirst');
    expect(sort.options.map((option) => option.label)).toEqual([
      'Needs action first',
      'Oldest first',
      'Newest first'
    ]);
    expect(($(element, '.search') as HTMLInputElement).value).toBe('');
    await expect(element).toBeAccessible();
  });

  it('shows the filters the board lists by', async () => {
    const element = mount({
      reviewStatus: 'Confirmed',
      view: VIEW.OVERDUE,
      search: 'acme',
      sort: SORT.NEWEST
    });
    await flushPromises();

    expect(($(element, '.filter-status') as Combobox).value).toBe('Confirmed');
    expect(($(element, '.filter-view') as Combobox).value).toBe('OVERDUE');
    expect(($(element, '.sort') as Combobox).value).toBe('newest');
    expect(($(element, '.search') as HTMLInputElement).value).toBe('acme');
  });

  it('sends each change of status, view and sort at once', () => {
    const element = mount();
    const details = listen(element);

    choose(element, '.filter-status', 'Declined');
    choose(element, '.filter-view', 'NEEDS_ACTION');
    choose(element, '.sort', 'newest');

    expect(details).toEqual([
      { search: '', reviewStatus: 'Declined' },
      { search: '', view: 'NEEDS_ACTION' },
      { search: '', sort: 'newest' }
    ]);
  });

  it('sends the search when it is committed, and what was typed along with other changes', () => {
    const element = mount();
    const details = listen(element);

    type(element, 'acme');
    expect(details).toEqual([]);
    choose(element, '.filter-view', 'OVERDUE');
    type(element, 'acme university');
    $(element, '.search')!.dispatchEvent(new CustomEvent('commit'));

    expect(details).toEqual([{ search: 'acme', view: 'OVERDUE' }, { search: 'acme university' }]);
  });

  it('searches as you type, once the typing pauses', () => {
    jest.useFakeTimers();
    try {
      const element = mount();
      const details = listen(element);

      type(element, 'ac');
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
      type(element, 'acme');
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
      expect(details).toEqual([]);
      jest.advanceTimersByTime(1);
      expect(details).toEqual([{ search: 'acme' }]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('sends no search typed just before the filter bar left the page', () => {
    jest.useFakeTimers();
    try {
      const element = mount();
      const details = listen(element);

      type(element, 'acme');
      document.body.removeChild(element);
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
      expect(details).toEqual([]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('knows when a filter narrows the list', () => {
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, search: '  ' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, sort: 'newest' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, sort: 'oldest' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, search: 'x' })).toBe(true);
    expect(isFiltered({ ...DEFAULT_FILTERS, view: 'OVERDUE' })).toBe(true);
    expect(isFiltered({ ...DEFAULT_FILTERS, reviewStatus: 'New' })).toBe(true);
  });

  it('keeps the search text the board holds until something is typed', () => {
    const element = mount({ ...DEFAULT_FILTERS, search: 'kept' });
    const details = listen(element);

    choose(element, '.sort', 'newest');
    type(element, '');
    choose(element, '.sort', 'oldest');

    expect(details).toEqual([
      { search: 'kept', sort: 'newest' },
      { search: '', sort: 'oldest' }
    ]);
  });

  it('reads a search box without a value as an empty search', () => {
    const element = mount({ ...DEFAULT_FILTERS, search: 'kept' });
    const details = listen(element);

    type(element, undefined as unknown as string);
    $(element, '.search')!.dispatchEvent(new CustomEvent('commit'));

    expect(details).toEqual([{ search: '' }]);
  });

  it('puts the filters the way getResponses takes them', () => {
    expect(responseQuery(DEFAULT_FILTERS)).toEqual({
      status: null,
      view: 'ALL',
      search: null,
      newestFirst: false,
      needsActionFirst: true
    });
    expect(responseQuery({ ...DEFAULT_FILTERS, sort: SORT.OLDEST })).toMatchObject({
      newestFirst: false,
      needsActionFirst: false
    });
    expect(
      responseQuery({
        reviewStatus: 'New',
        view: VIEW.OVERDUE,
        search: '  acme ',
        sort: SORT.NEWEST
      })
    ).toEqual({
      status: 'New',
      view: 'OVERDUE',
      search: 'acme',
      newestFirst: true,
      needsActionFirst: false
    });
    expect(responseQuery({ ...DEFAULT_FILTERS, search: '   ' }).search).toBeNull();
  });
});

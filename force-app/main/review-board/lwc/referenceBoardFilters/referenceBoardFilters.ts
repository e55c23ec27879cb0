import { LightningElement, api } from 'lwc';
import { REVIEW_STATUSES, reviewStatusLabel } from 'c/referenceProgram';
import { LABELS } from './labels';

/** The board's views; the API values are ReferenceResponseBoardSelector's VIEW_ constants. */
export const VIEW = {
  ALL: 'ALL',
  NEEDS_ACTION: 'NEEDS_ACTION',
  NEW_SINCE_REVIEW: 'NEW_SINCE_REVIEW',
  OVERDUE: 'OVERDUE'
} as const;
export type View = (typeof VIEW)[keyof typeof VIEW];

/**
 * The orders of the list. Needs action first is the default: a program manager opens the board to
 * work the queue, so the responses waiting on them come first, then those waiting on the account
 * team or the customer, then the closed ones (the history), each oldest first. The server sorts
 * and pages the three groups (ReferenceResponseBoardService), so paging never mixes them.
 */
export const SORT = {
  NEEDS_ACTION_FIRST: 'needsActionFirst',
  OLDEST: 'oldest',
  NEWEST: 'newest'
} as const;
export type Sort = (typeof SORT)[keyof typeof SORT];

/** Which responses the board lists: a review status ('' for all), a view, a search, an order. */
export type BoardFilters = {
  reviewStatus: string;
  view: View;
  search: string;
  sort: Sort;
};

/**
 * `filterchange` carries the filters that changed (with the search as typed so far); the board
 * lists the responses by them from the first page.
 */
export type FilterChangeDetail = Partial<BoardFilters>;

export const DEFAULT_FILTERS: Readonly<BoardFilters> = {
  reviewStatus: '',
  view: VIEW.ALL,
  search: '',
  sort: SORT.NEEDS_ACTION_FIRST
};

/** The filters as ReferenceResponseBoardController.getResponses takes them. */
export function responseQuery(filters: BoardFilters): {
  status: string | null;
  view: View;
  search: string | null;
  newestFirst: boolean;
  needsActionFirst: boolean;
} {
  return {
    status: filters.reviewStatus || null,
    view: filters.view,
    search: filters.search.trim() || null,
    newestFirst: filters.sort === SORT.NEWEST,
    needsActionFirst: filters.sort === SORT.NEEDS_ACTION_FIRST
  };
}

/** Whether any filter narrows the list (the empty state then says so, not "no responses yet"). */
export function isFiltered(filters: BoardFilters): boolean {
  return (
    filters.reviewStatus !== DEFAULT_FILTERS.reviewStatus ||
    filters.view !== DEFAULT_FILTERS.view ||
    filters.search.trim() !== ''
  );
}

/** How long the search waits after the last keystroke before it lists. */
export const SEARCH_DEBOUNCE_MS = 400;

type Option = { label: string; value: string };

/**
 * The filter bar of the response board. A status, view or sort takes effect at once; the search
 * as you type (SEARCH_DEBOUNCE_MS after the last keystroke), or at once on Enter.
 */
export default class ReferenceBoardFilters extends LightningElement {
  /** The filters the board lists by. */
  @api filters: BoardFilters = DEFAULT_FILTERS;

  readonly labels = LABELS;

  // What is typed in the search box, until it is committed.
  typedSearch?: string;

  get searchText(): string {
    return this.typedSearch ?? this.filters.search;
  }

  get statusOptions(): Option[] {
    return [
      { label: LABELS.ALL_STATUSES, value: '' },
      ...REVIEW_STATUSES.map((status) => ({ label: reviewStatusLabel(status), value: status }))
    ];
  }

  get viewOptions(): Option[] {
    return [
      { label: LABELS.VIEW_ALL, value: VIEW.ALL },
      { label: LABELS.NEEDS_ACTION, value: VIEW.NEEDS_ACTION },
      { label: LABELS.NEW_SINCE_REVIEW, value: VIEW.NEW_SINCE_REVIEW },
      { label: LABELS.OVERDUE, value: VIEW.OVERDUE }
    ];
  }

  get sortOptions(): Option[] {
    return [
      { label: LABELS.NEEDS_ACTION_FIRST, value: SORT.NEEDS_ACTION_FIRST },
      { label: LABELS.OLDEST_FIRST, value: SORT.OLDEST },
      { label: LABELS.NEWEST_FIRST, value: SORT.NEWEST }
    ];
  }

  handleStatusChange(event: CustomEvent<{ value: string }>): void {
    this.notify({ reviewStatus: event.detail.value });
  }

  handleViewChange(event: CustomEvent<{ value: string }>): void {
    this.notify({ view: event.detail.value as View });
  }

  handleSortChange(event: CustomEvent<{ value: string }>): void {
    this.notify({ sort: event.detail.value as Sort });
  }

  private searchTimer?: ReturnType<typeof setTimeout>;

  handleSearchChange(event: Event): void {
    this.typedSearch = (event.target as HTMLInputElement).value ?? '';
    clearTimeout(this.searchTimer);
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- debounce of the search as you type
    this.searchTimer = setTimeout(() => this.notify({}), SEARCH_DEBOUNCE_MS);
  }

  handleSearchCommit(): void {
    clearTimeout(this.searchTimer);
    this.notify({});
  }

  disconnectedCallback(): void {
    clearTimeout(this.searchTimer);
  }

  notify(change: Partial<BoardFilters>): void {
    const detail: FilterChangeDetail = { search: this.searchText, ...change };
    this.dispatchEvent(new CustomEvent<FilterChangeDetail>('filterchange', { detail }));
  }
}

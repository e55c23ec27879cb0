import { LightningElement, api } from 'lwc';
import { NavigationMixin } from 'lightning/navigation';
import type { PageReference } from 'lightning/navigation';
import getBoard from '@salesforce/apex/ReferenceResponseBoardController.getBoard';
import getCounts from '@salesforce/apex/ReferenceResponseBoardController.getCounts';
import getResponses from '@salesforce/apex/ReferenceResponseBoardController.getResponses';
import markReviewComplete from '@salesforce/apex/ReferenceResponseBoardController.markReviewComplete';
import { formatLabelOr, reduceErrors } from 'c/ldsUtils';
import { ACTION, actionLabel, isReviewAction } from 'c/referenceReviewActions';
import type { ActionRequest, ReviewAction, Row, RowResult } from 'c/referenceReviewActions';
import { DEFAULT_FILTERS, isFiltered, responseQuery } from 'c/referenceBoardFilters';
import type { BoardFilters, FilterChangeDetail } from 'c/referenceBoardFilters';
import type { ActionFormApi, ActionSubmitDetail } from 'c/referenceBoardActionForm';
import type { BoardTableApi, RowSelectDetail, SelectAllDetail } from 'c/referenceBoardTable';
import { LABELS } from './labels';
import { askAccountTeams, nominateInWizard } from './modals';
import { recordReview } from './recordReview';

export { ACTION } from 'c/referenceReviewActions';
export { VIEW } from 'c/referenceBoardFilters';
export const PAGE_SIZE = 50;

type Navigator = { [NavigationMixin.Navigate]: (pageReference: PageReference) => void };

const NO_ACCESS_PATTERN = /do not have access to the Apex class/i;

// Server DTO fields are nullable; the template wants text.
function textOf(value: string | null | undefined): string {
  return value ?? '';
}

function messageFor(error: unknown, fallback: string): string {
  return reduceErrors(error).some((message) => NO_ACCESS_PATTERN.test(message))
    ? LABELS.NO_ACCESS
    : fallback;
}

const NAMES_SHOWN = 3;

/** Where a page of responses continues: the previous page's last row (keyset paging). */
interface Cursor {
  afterCreatedDate: string | null;
  afterId: string | null;
  /** The needs-action-first group of that row. */
  afterGroup: number | null;
}

const FIRST_PAGE: Cursor = { afterCreatedDate: null, afterId: null, afterGroup: null };

function cursorAfter(page: Apex.ReferenceResponseBoardService.ResponsePage): Cursor {
  return {
    afterCreatedDate: page.nextCreatedDate,
    afterId: page.nextId,
    afterGroup: page.nextGroup ?? null
  };
}

/** The row a program manager acted on: its response and where it was in the list. */
interface RowPlace {
  responseId: string;
  index: number;
}

// Focus that left with a row that moved or went away falls to the body; focus the user put
// elsewhere (the header, the action form) is hers.
function focusIsLost(): boolean {
  return (document.activeElement ?? document.body) === document.body;
}

/**
 * The response review board of a landing-page Campaign. It holds the state and runs every action
 * (the server validates each response); its children show it: c-reference-board-header (the
 * monthly review), -filters, -action-form (the selection's actions, their input and results) and
 * -table (the responses a page at a time, keyset paging on the server).
 */
export default class ReferenceResponseBoard extends NavigationMixin(LightningElement) {
  @api recordId?: string;

  readonly labels = LABELS;

  board?: Apex.ReferenceResponseBoardService.Board;
  counts?: Apex.ReferenceReviewQueue.Counts;
  rows: Row[] = [];
  hasMore = false;
  /** Where the next page starts: after the last row listed. */
  next: Cursor = FIRST_PAGE;
  loading = true;
  loadingMore = false;
  busy = false;
  error: unknown;
  countsError: unknown;
  actionError: unknown;
  notice?: string;

  filters: BoardFilters = DEFAULT_FILTERS;
  selectedIds: string[] = [];
  /** The review action waiting for its input and confirmation (its dialog is open). */
  pending?: ActionRequest<ReviewAction>;
  /** The selected responses the pending bulk action leaves out (they do not offer it). */
  leftOutIds: string[] = [];
  /** Why the last action failed as a whole, naming the action and the people. */
  actionFailure?: string;
  /** The "mark review complete" dialog is open. */
  confirmingReview = false;
  results: RowResult[] = [];
  resultNames: Record<string, string> = {};
  /** The row the action under way was chosen on (none for the selection's or the header's). */
  actedOn?: RowPlace;
  /** The acted-on row, to focus again once the reloaded rows are rendered. */
  refocus?: RowPlace;
  /** Whether the action's feedback takes focus once rendered (see reloadListed). */
  refocusFeedback = false;

  connectedCallback(): void {
    this.load();
  }

  /**
   * The header, the counts and the first page are asked for together, in one round trip (Lightning
   * sends calls made in the same tick in one request): the server answers a campaign of no program
   * with no counts and no rows, so nothing waits for the header to know.
   */
  async load(): Promise<void> {
    this.loading = true;
    this.error = undefined;
    try {
      const [board] = await Promise.all([
        getBoard({ campaignId: this.recordId }),
        this.reloadAll()
      ]);
      this.board = board;
    } catch (error) {
      this.error = error;
    } finally {
      this.loading = false;
    }
  }

  reloadAll(count: number = PAGE_SIZE): Promise<unknown> {
    return Promise.all([this.loadCounts(), this.loadRows(count)]);
  }

  /**
   * After an action the program manager keeps her place: the counts and as many rows as were
   * listed (at least a page), with the same filters and sort, and the responses she had selected
   * that are still listed when she acted on one row. Then focus goes (renderedCallback) to what
   * the action did when it was on the selection or the review, or when a response was refused (so
   * she reads why, not only a screen reader); else back to the row she acted on.
   */
  async reloadListed({
    withCounts = true,
    toFeedback = this.feedbackTakesFocus
  } = {}): Promise<void> {
    const kept = this.actedOn ? this.selectedIds : [];
    const count = Math.max(this.rows.length, PAGE_SIZE);
    await (withCounts ? this.reloadAll(count) : this.loadRows(count));
    this.selectedIds = kept.filter((id) => this.rows.some((row) => row.id === id));
    this.refocus = this.actedOn;
    this.refocusFeedback = toFeedback;
  }

  get feedbackTakesFocus(): boolean {
    return !this.actedOn || this.results.some((result) => !result.ok);
  }

  // The reload's last change (busy off) renders after the rows and the feedback: they are on
  // screen by now.
  renderedCallback(): void {
    const place = this.refocus;
    const toFeedback = this.refocusFeedback;
    if (!place && !toFeedback) {
      return;
    }
    this.refocus = undefined;
    this.refocusFeedback = false;
    if (!focusIsLost()) {
      return;
    }
    const feedbackFocused =
      toFeedback &&
      this.template
        ?.querySelector<HTMLElement & ActionFormApi>('c-reference-board-action-form')
        ?.focusFeedback();
    if (!feedbackFocused && place) {
      // Stryker disable next-line OptionalChaining: renderedCallback runs on a rendered template
      this.template
        ?.querySelector<HTMLElement & BoardTableApi>('c-reference-board-table')
        ?.focusResponse(place.responseId, place.index);
    }
  }

  async loadCounts(): Promise<void> {
    this.countsError = undefined;
    try {
      this.counts = await getCounts({ campaignId: this.recordId });
    } catch (error) {
      this.counts = undefined;
      this.countsError = error;
    }
  }

  loadFirstPage(): Promise<void> {
    return this.loadRows(PAGE_SIZE);
  }

  /**
   * Lists the first `count` responses. One call serves at most the board's maxPageSize
   * (ReferenceResponseBoardService.MAX_PAGE_SIZE, 200), so the board follows the cursor for the
   * rest: ⌈count / 200⌉ calls, one after the other since each starts where the previous one ended.
   * A reload of up to 200 rows is one round trip (made with the counts' call), 201-400 two. A page
   * shorter than asked is the end of the list. Before the header is known, pages of PAGE_SIZE.
   */
  async loadRows(count: number): Promise<void> {
    this.selectedIds = [];
    const pageSize = Math.min(count, this.board?.maxPageSize ?? PAGE_SIZE);
    const rows: Row[] = [];
    const last = await this.fetchRows(rows, FIRST_PAGE, count, pageSize);
    this.rows = rows;
    this.applyCursor(last);
  }

  /** Appends the pages after `cursor` to `rows` until `count` are there; resolves to the last page. */
  async fetchRows(
    rows: Row[],
    cursor: Cursor,
    count: number,
    pageSize: number
  ): Promise<Apex.ReferenceResponseBoardService.ResponsePage> {
    const asked = Math.min(pageSize, count - rows.length);
    const page = await this.fetchPage(cursor, asked);
    const pageRows = page.rows ?? [];
    rows.push(...pageRows);
    const more = page.hasMore === true && pageRows.length === asked && rows.length < count;
    return more ? this.fetchRows(rows, cursorAfter(page), count, pageSize) : page;
  }

  async handleLoadMore(): Promise<void> {
    this.loadingMore = true;
    try {
      const page = await this.fetchPage(this.next, PAGE_SIZE);
      this.rows = [...this.rows, ...(page.rows ?? [])];
      this.applyCursor(page);
    } catch (error) {
      this.actionError = error;
    } finally {
      this.loadingMore = false;
    }
  }

  fetchPage(
    cursor: Cursor,
    pageSize: number
  ): Promise<Apex.ReferenceResponseBoardService.ResponsePage> {
    return getResponses({
      campaignId: this.recordId,
      ...responseQuery(this.filters),
      ...cursor,
      pageSize
    });
  }

  applyCursor(page: Apex.ReferenceResponseBoardService.ResponsePage): void {
    this.hasMore = page.hasMore === true;
    this.next = cursorAfter(page);
  }

  /** Reloads the rows, the board busy meanwhile: by default the first page (the list changed). */
  async reloadList(load: () => Promise<void> = () => this.loadFirstPage()): Promise<void> {
    this.busy = true;
    try {
      await load();
    } catch (error) {
      this.actionError = error;
    } finally {
      this.busy = false;
    }
  }

  /**
   * Runs `action`, then reloads the counts and the rows listed, the board busy meanwhile. The
   * action resolves to false when it did nothing (a modal closed): then nothing is reloaded. A
   * failure of the action or of the reload is shown as the action's error.
   */
  async actThenReload(action: () => Promise<boolean>): Promise<void> {
    try {
      if (await action()) {
        this.busy = true;
        await this.reloadListed();
      }
    } catch (error) {
      this.actionError = error;
    } finally {
      this.busy = false;
    }
  }

  handleFilterChange(event: CustomEvent<FilterChangeDetail>): void {
    this.filters = { ...this.filters, ...event.detail };
    this.reloadList();
  }

  handleRowSelect(event: CustomEvent<RowSelectDetail>): void {
    const { responseId, selected } = event.detail;
    this.selectedIds = selected
      ? [...this.selectedIds, responseId]
      : this.selectedIds.filter((id) => id !== responseId);
  }

  handleSelectAll(event: CustomEvent<SelectAllDetail>): void {
    this.selectedIds = event.detail.selected ? this.rows.map((row) => textOf(row.id)) : [];
  }

  /** An action chosen on a row or on the selection. */
  handleAction(event: CustomEvent<ActionRequest>): void {
    const { action, responseIds } = event.detail;
    const fromBulk = event.type === 'bulkaction';
    this.actedOn = fromBulk ? undefined : this.placeOf(responseIds[0]);
    this.leftOutIds = fromBulk ? this.selectedIds.filter((id) => !responseIds.includes(id)) : [];
    if (isReviewAction(action)) {
      this.startAction({ action, responseIds });
    } else if (action === ACTION.ASK) {
      this.askAccountTeam(responseIds);
    } else if (action === ACTION.NOMINATE) {
      this.nominateUnlessActive(textOf(responseIds[0]));
    } else {
      this.openRecord(textOf(this.rows.find((row) => row.id === responseIds[0])?.personId));
    }
  }

  handleSubmit(event: CustomEvent<ActionSubmitDetail>): Promise<void> {
    return this.run(event.detail);
  }

  handleCancel(): void {
    this.pending = undefined;
    this.actionFailure = undefined;
  }

  handleDismissResults(): void {
    this.results = [];
    this.notice = undefined;
    this.actionFailure = undefined;
  }

  handleRetryLoad(): Promise<void> {
    return this.load();
  }

  /** A GitLab issue retried from a row: reload the rows listed so the row shows the new status. */
  handleIssueStatusChange(event: CustomEvent<Apex.GitLabIssueStatus>): Promise<void> {
    const row = this.rows.find((one) => one.nominationId === event.detail.nominationId);
    this.actedOn = this.placeOf(row?.id);
    // its outcome shows in its row: focus goes back there
    return this.reloadList(() => this.reloadListed({ withCounts: false, toFeedback: false }));
  }

  placeOf(responseId: string | null | undefined): RowPlace | undefined {
    const index = this.rows.findIndex((row) => row.id === responseId);
    return index < 0 ? undefined : { responseId: textOf(responseId), index };
  }

  /** "Mark review complete" asks first, showing what is still open. */
  handleMarkReviewComplete(): void {
    this.actedOn = undefined;
    this.confirmingReview = true;
  }

  handleReviewCancel(): void {
    this.confirmingReview = false;
  }

  handleReviewConfirm(): Promise<void> {
    this.confirmingReview = false;
    this.busy = true;
    this.clearFeedback();
    return this.actThenReload(async () => {
      this.board = await markReviewComplete({ campaignId: this.recordId });
      this.notice = LABELS.REVIEW_RECORDED;
      return true;
    });
  }

  clearFeedback(): void {
    this.results = [];
    this.actionError = undefined;
    this.actionFailure = undefined;
    this.notice = undefined;
  }

  /** "Confirm for Olivia Nguyen, Haruto Sato and 3 more could not be done: <why>". */
  failureText(action: string, responseIds: string[], error: unknown): string {
    // a response without a name is counted in "+N", never shown as an empty name
    const names = responseIds
      .map((id) => textOf(this.rows.find((row) => row.id === id)?.personName))
      .filter((name) => name.trim());
    const shown = names.slice(0, NAMES_SHOWN).join(', ');
    const hidden = responseIds.length - Math.min(names.length, NAMES_SHOWN);
    const who = shown && hidden > 0 ? `${shown} +${hidden}` : shown;
    return formatLabelOr(
      LABELS.ACTION_FAILED_FOR,
      LABELS.ACTION_FAILED_FOR_UNNAMED,
      action,
      who,
      reduceErrors(error).join(' ')
    );
  }

  // Names are kept when an action starts: after the reload a moved response may have left the list.
  keepResultNames(): void {
    this.resultNames = Object.fromEntries(this.rows.map((row) => [row.id, textOf(row.personName)]));
  }

  // However the dialog closed (Close, X, Escape, Cancel after a failed post) the board reloads:
  // a post may have gone out before it was closed.
  askAccountTeam(ids: string[]): Promise<void> {
    this.clearFeedback();
    this.keepResultNames();
    return this.actThenReload(async () => {
      const results = await askAccountTeams(ids);
      this.results = results ?? [];
      return true;
    });
  }

  /**
   * An account that is already an active reference of the program cannot get a second open
   * nomination (the server refuses it): the board says so before the wizard creates anything.
   */
  nominateUnlessActive(id: string): Promise<void> | void {
    const row = this.rows.find((one) => one.id === id);
    if (row?.activeReferenceSince) {
      this.clearFeedback();
      this.actionFailure = formatLabelOr(
        LABELS.NOMINATE_ACTIVE_REFERENCE,
        LABELS.NOMINATE_ACTIVE_REFERENCE_UNNAMED,
        row.accountName ?? row.personName
      );
      return undefined;
    }
    return this.nominate(id);
  }

  nominate(id: string): Promise<void> {
    const accountId = textOf(this.rows.find((row) => row.id === id)?.accountId);
    this.clearFeedback();
    return this.actThenReload(async () => {
      const finished = await nominateInWizard(id, accountId);
      if (finished) {
        this.notice = LABELS.NOMINATED;
      }
      return finished;
    });
  }

  openRecord(recordId: string): void {
    const page = { type: 'standard__recordPage', attributes: { recordId, actionName: 'view' } };
    (this as unknown as Navigator)[NavigationMixin.Navigate](page);
  }

  /** Every review action opens its dialog: what it applies to, its input, a confirmation. */
  startAction(request: ActionRequest<ReviewAction>): void {
    this.clearFeedback();
    this.pending = request;
  }

  // A failure keeps the dialog and what was typed, and says which action failed for whom.
  async run(submitted: ActionSubmitDetail): Promise<void> {
    this.busy = true;
    this.actionFailure = undefined;
    this.keepResultNames();
    try {
      this.results = (await recordReview(submitted)) ?? [];
    } catch (error) {
      this.actionFailure = this.failureText(
        actionLabel(submitted.action),
        submitted.responseIds,
        error
      );
      this.busy = false;
      return;
    }
    this.pending = undefined;
    this.leftOutIds = [];
    try {
      await this.reloadListed();
    } catch (error) {
      this.actionError = error;
    } finally {
      this.busy = false;
    }
  }

  get isInert(): boolean {
    return !this.loading && !this.error && this.board?.feedsProgram === false;
  }

  get isReady(): boolean {
    return !this.loading && !this.error && this.board?.feedsProgram === true;
  }

  get errorMessage(): string {
    return messageFor(this.error, LABELS.LOAD_FAILED);
  }

  // Without access the sentence says what to do; the platform's own text and a Retry would not help.
  get noAccess(): boolean {
    return this.errorMessage === LABELS.NO_ACCESS;
  }

  get errorDetails(): unknown {
    return this.noAccess ? undefined : this.error;
  }

  get offerRetry(): boolean {
    return !this.noAccess;
  }

  get actionErrorMessage(): string {
    return messageFor(this.actionError, LABELS.ACTION_FAILED);
  }

  get filtered(): boolean {
    return isFiltered(this.filters);
  }

  get verdictSources(): Apex.ReferenceResponseBoardService.Option[] {
    return this.board?.verdictSources ?? [];
  }

  get callOutcomes(): Apex.ReferenceResponseBoardService.Option[] {
    return this.board?.callOutcomes ?? [];
  }
}

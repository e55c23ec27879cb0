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
import type { ActionSubmitDetail } from 'c/referenceBoardActionForm';
import type { RowSelectDetail, SelectAllDetail } from 'c/referenceBoardTable';
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
  nextCreatedDate: string | null = null;
  nextId: string | null = null;
  /** The needs-action-first group of the last row listed (part of the cursor). */
  nextGroup: number | null = null;
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

  reloadAll(): Promise<unknown> {
    return Promise.all([this.loadCounts(), this.loadFirstPage()]);
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

  async loadFirstPage(): Promise<void> {
    this.nextCreatedDate = null;
    this.nextId = null;
    this.nextGroup = null;
    this.selectedIds = [];
    const page = await this.fetchPage();
    this.rows = page.rows ?? [];
    this.applyCursor(page);
  }

  async handleLoadMore(): Promise<void> {
    this.loadingMore = true;
    try {
      const page = await this.fetchPage();
      this.rows = [...this.rows, ...(page.rows ?? [])];
      this.applyCursor(page);
    } catch (error) {
      this.actionError = error;
    } finally {
      this.loadingMore = false;
    }
  }

  fetchPage(): Promise<Apex.ReferenceResponseBoardService.ResponsePage> {
    return getResponses({
      campaignId: this.recordId,
      ...responseQuery(this.filters),
      afterCreatedDate: this.nextCreatedDate,
      afterId: this.nextId,
      afterGroup: this.nextGroup,
      pageSize: PAGE_SIZE
    });
  }

  applyCursor(page: Apex.ReferenceResponseBoardService.ResponsePage): void {
    this.hasMore = page.hasMore === true;
    this.nextCreatedDate = page.nextCreatedDate;
    this.nextId = page.nextId;
    this.nextGroup = page.nextGroup ?? null;
  }

  async reloadList(): Promise<void> {
    this.busy = true;
    try {
      await this.loadFirstPage();
    } catch (error) {
      this.actionError = error;
    } finally {
      this.busy = false;
    }
  }

  /**
   * Runs `action`, then reloads the counts and the first page, the board busy meanwhile. The
   * action resolves to false when it did nothing (a modal closed): then nothing is reloaded. A
   * failure of the action or of the reload is shown as the action's error.
   */
  async actThenReload(action: () => Promise<boolean>): Promise<void> {
    try {
      if (await action()) {
        this.busy = true;
        await this.reloadAll();
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

  /** A GitLab issue retried from a row: reload so the row shows the new status. */
  handleIssueStatusChange(): Promise<void> {
    return this.reloadList();
  }

  /** "Mark review complete" asks first, showing what is still open. */
  handleMarkReviewComplete(): void {
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
      await this.reloadAll();
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

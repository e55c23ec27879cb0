/*
 * The bench's baselines, what a team would build without the board, on the same stand-in backend
 * and the same simulated round trip (?latency=):
 * - mode "paged": a competent server-paged lightning-datatable. Each view and sort is one server
 *   call (ReferenceResponseBoardController.getResponses, the board's own query) for one page of
 *   `pageSize` rows, the board's page size.
 * - mode "all": a plain lightning-datatable given all the rows in one call (2,000, the most a
 *   plain list sensibly loads); the view and the sort run in the browser.
 * Both offer the board's operations: the "Needs action" view and newest-first. Preview-only;
 * never deployed.
 */
import { LightningElement, api } from 'lwc';
import { call } from '../../backend/index.js';

type Row = { id: string; needsAction?: boolean; createdDate?: string; [field: string]: unknown };

const COLUMNS = [
  { label: 'Person', fieldName: 'personName' },
  { label: 'Account', fieldName: 'accountName' },
  { label: 'Status', fieldName: 'status' },
  { label: 'Owner', fieldName: 'accountOwnerName' },
  { label: 'CSM', fieldName: 'csmNames' },
  { label: 'Created', fieldName: 'createdDate', type: 'date', sortable: true }
];
const ALL = 'ALL';
const NEEDS_ACTION = 'NEEDS_ACTION';
const VIEWS = [
  { label: 'All responses', value: ALL },
  { label: 'Needs action', value: NEEDS_ACTION }
];

export default class BenchBaseline extends LightningElement {
  @api recordId?: string;
  /** "paged" (server-paged) or "all" (every row in one call). */
  @api mode = 'all';
  @api rowCount = 2000;
  @api pageSize = 50;
  columns = COLUMNS;
  views = VIEWS;
  view = ALL;
  allRows: Row[] = [];
  rows: Row[] = [];
  sortedBy?: string;
  sortDirection = 'asc';
  loading = true;
  error?: string;

  get title(): string {
    return this.paged
      ? `Baseline: server-paged lightning-datatable (${this.pageSize} rows a page)`
      : `Baseline: lightning-datatable with all ${this.rowCount} rows`;
  }

  get paged(): boolean {
    return this.mode === 'paged';
  }

  connectedCallback(): void {
    this.load();
  }

  async load(): Promise<void> {
    this.loading = true;
    try {
      if (this.paged) {
        const page = (await call('ReferenceResponseBoardController.getResponses', {
          campaignId: this.recordId,
          view: this.view === ALL ? null : this.view,
          newestFirst: this.sortedBy === 'createdDate' && this.sortDirection === 'desc',
          pageSize: this.pageSize
        })) as { rows?: Row[] };
        this.rows = page.rows ?? [];
      } else if (!this.allRows.length) {
        this.allRows = (await call('PreviewBench.getAllResponses', {
          campaignId: this.recordId,
          limit: this.rowCount
        })) as Row[];
        this.applyLocally();
      }
      this.error = undefined;
    } catch (error) {
      this.error = (error as { body?: { message?: string } })?.body?.message ?? String(error);
    } finally {
      this.loading = false;
    }
  }

  get summary(): string {
    return this.paged
      ? `${this.rows.length} responses on this page`
      : `${this.rows.length} of ${this.allRows.length} responses`;
  }

  handleView(event: CustomEvent<{ value: string }>): void {
    this.view = event.detail.value;
    if (this.paged) this.load();
    else this.applyLocally();
  }

  handleSort(event: CustomEvent<{ fieldName: string; sortDirection: string }>): void {
    this.sortedBy = event.detail.fieldName;
    this.sortDirection = event.detail.sortDirection;
    if (this.paged) this.load();
    else this.applyLocally();
  }

  /** The all-rows datatable's view and sort, in the browser. */
  applyLocally(): void {
    const shown =
      this.view === NEEDS_ACTION
        ? this.allRows.filter((row) => row.needsAction)
        : [...this.allRows];
    if (this.sortedBy) {
      const field = this.sortedBy;
      const factor = this.sortDirection === 'asc' ? 1 : -1;
      shown.sort((a, b) => String(a[field] ?? '').localeCompare(String(b[field] ?? '')) * factor);
    }
    this.rows = shown;
  }
}

/*
 * The bench's baseline, what a team would build without the board: one Apex call for all the rows
 * (2,000, the most a plain list sensibly loads) handed to a plain lightning-datatable, with
 * client-side search and sort. Timed exactly like the board. Preview-only; never deployed.
 */
import { LightningElement, api } from 'lwc';
import { call } from '../../backend/index.js';

const COLUMNS = [
  { label: 'Person', fieldName: 'personName', sortable: true },
  { label: 'Account', fieldName: 'accountName', sortable: true },
  { label: 'Status', fieldName: 'status', sortable: true },
  { label: 'Owner', fieldName: 'accountOwnerName', sortable: true },
  { label: 'CSM', fieldName: 'csmNames' },
  { label: 'Created', fieldName: 'createdDate', type: 'date', sortable: true }
];

export default class BenchBaseline extends LightningElement {
  @api recordId;
  @api rowCount = 2000;
  columns = COLUMNS;
  allRows = [];
  rows = [];
  search = '';
  sortedBy;
  sortDirection = 'asc';
  loading = true;
  error;

  connectedCallback() {
    call('PreviewBench.getAllResponses', { campaignId: this.recordId, limit: this.rowCount }).then(
      (rows) => {
        this.allRows = rows;
        this.rows = rows;
        this.loading = false;
      },
      (error) => {
        this.error = error?.body?.message ?? String(error);
        this.loading = false;
      }
    );
  }

  get summary() {
    return `${this.rows.length} of ${this.allRows.length} responses`;
  }

  handleSearch(event) {
    this.search = (event.target.value ?? '').toLowerCase();
    this.rows = this.search
      ? this.allRows.filter((row) =>
          [row.personName, row.accountName, row.company]
            .filter(Boolean)
            .some((text) => text.toLowerCase().includes(this.search))
        )
      : this.allRows;
  }

  handleSort(event) {
    const { fieldName, sortDirection } = event.detail;
    const factor = sortDirection === 'asc' ? 1 : -1;
    this.rows = [...this.rows].sort(
      (a, b) => String(a[fieldName] ?? '').localeCompare(String(b[fieldName] ?? '')) * factor
    );
    this.sortedBy = fieldName;
    this.sortDirection = sortDirection;
  }
}

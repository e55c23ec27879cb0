import { LightningElement, api, wire } from 'lwc';
import getChart from '@salesforce/apex/ReferenceAttributionController.getChart';
import { formatLabel, formatLabelOr } from 'c/ldsUtils';
import { isProgram, programLabel } from 'c/referenceProgram';
import { FUNNEL, TREND, funnelBars, funnelHeight, trendBars } from './chartGeometry';
import type { FunnelBar, TrendBar } from './chartGeometry';
import { LABELS } from './labels';

type Chart = Apex.ReferenceAttributionService.Chart;

/**
 * The Campaign page's attribution chart, above the review board: the landing-page funnel of the
 * campaign's program (response → account team asked → replied → confirmed → call held →
 * nominated → accepted) and the references the page added in each of the last 12 months. Drawn
 * as SVG by the component (no charting library: nothing to load, no CSP or static resource, and
 * the markup stays ours to make accessible); each drawing has a text alternative and the same
 * numbers are one click away as data tables. One cacheable Apex call for the whole chart; on a
 * campaign that feeds no program it shows nothing.
 */
export default class ReferenceAttributionChart extends LightningElement {
  /** The Campaign record (set by the record page). */
  @api recordId?: string;

  @wire(getChart, { campaignId: '$recordId' })
  chart?: Apex.WireResult<Chart>;

  /** The data tables are shown instead of being one click away. */
  tableShown = false;

  readonly labels = LABELS;
  readonly funnelWidth = FUNNEL.width;
  readonly labelWidth = FUNNEL.labelWidth;
  readonly barHeight = FUNNEL.barHeight;
  readonly addedWidth = TREND.addedWidth;
  readonly activeWidth = TREND.activeWidth;
  readonly trendWidth = TREND.width;
  readonly trendHeight = TREND.height;
  readonly baseline = TREND.baseline;

  get data(): Chart | undefined {
    return this.chart?.data;
  }

  get feedsProgram(): boolean {
    return this.data?.feedsProgram === true;
  }

  get loadError(): unknown {
    return this.data ? undefined : this.chart?.error;
  }

  get programText(): string {
    const program = this.data?.program;
    return isProgram(program) ? formatLabel(LABELS.PROGRAM, programLabel(program)) : '';
  }

  get funnel(): FunnelBar[] {
    return funnelBars(this.data?.funnel ?? []);
  }

  get funnelViewBox(): string {
    return `0 0 ${FUNNEL.width} ${funnelHeight(this.funnel.length)}`;
  }

  get trend(): TrendBar[] {
    return trendBars(this.data?.trend ?? []);
  }

  get trendViewBox(): string {
    return `0 0 ${TREND.width} ${TREND.height}`;
  }

  get funnelSummary(): string {
    const bars = this.funnel;
    // the server sends the steps in process order: responses first, nominated and accepted last
    const first = bars[0]?.count ?? 0;
    const nominated = bars[bars.length - 2]?.count ?? 0;
    const accepted = bars[bars.length - 1]?.count ?? 0;
    return formatLabel(LABELS.FUNNEL_SUMMARY, first, nominated, accepted);
  }

  /** Each step after the first with its count and its drop-off, count and percent (the chart's description). */
  get funnelStepsSummary(): string {
    return this.funnel
      .slice(1)
      .map((bar) =>
        formatLabelOr(
          LABELS.FUNNEL_STEP_SUMMARY,
          LABELS.FUNNEL_STEP_SUMMARY_UNNAMED,
          bar.label,
          bar.count,
          bar.dropoff,
          bar.dropoffShare
        )
      )
      .join(' ');
  }

  get trendSummary(): string {
    const bars = this.trend;
    const added = bars.reduce((sum, bar) => sum + bar.added, 0);
    const active = bars.reduce((sum, bar) => sum + bar.active, 0);
    return formatLabel(LABELS.TREND_SUMMARY, added, active);
  }

  get funnelRows(): Array<FunnelBar & { shareText: string; dropoffShareText: string }> {
    return this.funnel.map((bar) => ({
      ...bar,
      shareText: formatLabel(LABELS.SHARE, bar.share),
      dropoffShareText: formatLabel(LABELS.PERCENT, bar.dropoffShare)
    }));
  }

  get toggleLabel(): string {
    return this.tableShown ? LABELS.HIDE_TABLE : LABELS.SHOW_TABLE;
  }

  get toggleExpanded(): string {
    return String(this.tableShown);
  }

  handleToggleTable(): void {
    this.tableShown = !this.tableShown;
  }
}

/*
 * Where each bar of the attribution chart goes, in the SVG's own units (the viewBox): pure
 * arithmetic on the server's counts, kept apart from the component so it is tested on its own.
 */

type FunnelStep = Apex.ReferenceAttributionService.FunnelStep;
type MonthAdditions = Apex.ReferenceAttributionService.MonthAdditions;

/** The funnel's drawing: one row per step, the label at the left, the bar, the count after it. */
export const FUNNEL = {
  width: 320,
  rowHeight: 26,
  labelWidth: 132,
  barHeight: 16,
  countGap: 4
} as const;

/** The trend's drawing: one slot per month, bars from the baseline up, month names below. */
export const TREND = {
  width: 360,
  height: 170,
  top: 16,
  baseline: 140,
  slot: 30,
  addedWidth: 18,
  activeWidth: 8
} as const;

export interface FunnelBar {
  step: string;
  label: string;
  count: number;
  /** whole percent of the first step (the responses); 0 when there are none */
  share: number;
  /** how many fewer than the step before; 0 for the first step and where a step was skipped */
  dropoff: number;
  /** the drop-off as a whole percent of the step before; 0 for the first step or after an empty one */
  dropoffShare: number;
  y: number;
  barY: number;
  textY: number;
  barWidth: number;
  countX: number;
}

export interface TrendBar {
  key: string;
  shortMonth: string;
  longMonth: string;
  added: number;
  active: number;
  x: number;
  addedX: number;
  addedY: number;
  addedHeight: number;
  activeX: number;
  activeY: number;
  activeHeight: number;
  centerX: number;
  valueY: number;
  labelY: number;
  hasAdded: boolean;
}

function positive(value: number | null | undefined): number {
  return typeof value === 'number' && value > 0 ? value : 0;
}

export function funnelHeight(rows: number): number {
  return Math.max(rows, 1) * FUNNEL.rowHeight;
}

export function funnelBars(steps: readonly FunnelStep[]): FunnelBar[] {
  const counts = steps.map((step) => positive(step.count));
  const responses = counts[0] ?? 0;
  const widest = Math.max(1, ...counts);
  const room = FUNNEL.width - FUNNEL.labelWidth - 40;
  return steps.map((step, index) => {
    const value = positive(step.count);
    // the first step has none before it (counts[-1] is undefined), so no drop-off
    const before = counts[index - 1] ?? value;
    const dropoff = Math.max(0, before - value);
    const barWidth = value === 0 ? 0 : Math.max(1, Math.round((value / widest) * room));
    const y = index * FUNNEL.rowHeight;
    return {
      step: step.step ?? String(index),
      label: step.label ?? '',
      count: value,
      share: responses > 0 ? Math.round((value * 100) / responses) : 0,
      dropoff,
      dropoffShare: before > 0 ? Math.round((dropoff * 100) / before) : 0,
      y,
      barY: y + (FUNNEL.rowHeight - FUNNEL.barHeight) / 2,
      textY: y + FUNNEL.rowHeight / 2 + 4,
      barWidth,
      countX: FUNNEL.labelWidth + barWidth + FUNNEL.countGap
    };
  });
}

export function trendBars(months: readonly MonthAdditions[], locale?: string): TrendBar[] {
  const shortFormat = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const longFormat = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC'
  });
  const tallest = Math.max(1, ...months.map((month) => positive(month.added)));
  const room = TREND.baseline - TREND.top;
  return months.map((month, index) => {
    const added = positive(month.added);
    const active = Math.min(positive(month.active), added);
    const day = new Date(Date.UTC(month.year ?? 1970, (month.month ?? 1) - 1, 1));
    const addedHeight = Math.round((added / tallest) * room);
    const activeHeight = Math.round((active / tallest) * room);
    const x = index * TREND.slot;
    const centerX = x + TREND.slot / 2;
    return {
      key: `${month.year}-${month.month}`,
      shortMonth: shortFormat.format(day),
      longMonth: longFormat.format(day),
      added,
      active,
      x,
      addedX: centerX - TREND.addedWidth / 2,
      addedY: TREND.baseline - addedHeight,
      addedHeight,
      activeX: centerX - TREND.activeWidth / 2,
      activeY: TREND.baseline - activeHeight,
      activeHeight,
      centerX,
      valueY: TREND.baseline - addedHeight - 4,
      labelY: TREND.baseline + 16,
      hasAdded: added > 0
    };
  });
}

import { FUNNEL, TREND, funnelBars, funnelHeight, trendBars } from '../chartGeometry';

describe('chartGeometry', () => {
  it('makes each funnel share a whole percent of the responses and the drop-off never negative', () => {
    const bars = funnelBars([
      { step: 'Responses', label: 'Responses', count: 3 },
      { step: 'Account_Team_Asked', label: 'Asked', count: 1 },
      // a confirmation without an ask (New -> Confirmed) can exceed the step before
      { step: 'Confirmed', label: 'Confirmed', count: 2 },
      { step: 'Accepted', label: 'Accepted', count: null }
    ]);

    expect(bars.map((bar) => bar.share)).toEqual([100, 33, 67, 0]);
    expect(bars.map((bar) => bar.dropoff)).toEqual([0, 2, 0, 2]);
    expect(bars[3]!.barWidth).toBe(0);
    expect(bars[0]!.barWidth).toBe(FUNNEL.width - FUNNEL.labelWidth - 40);
    expect(bars[1]!.y).toBe(FUNNEL.rowHeight);
  });

  it('gives each drop-off as a whole percent of the step before, none after an empty step', () => {
    const bars = funnelBars([
      { step: 'Responses', label: 'Responses', count: 3 },
      { step: 'Account_Team_Asked', label: 'Asked', count: 1 },
      { step: 'Confirmed', label: 'Confirmed', count: 2 },
      { step: 'Call_Held', label: 'Call held', count: 0 },
      { step: 'Accepted', label: 'Accepted', count: 0 }
    ]);

    // 2 of 3 lost (67%); more than the step before loses none; 2 of 2 (100%); nothing of nothing
    expect(bars.map((bar) => bar.dropoffShare)).toEqual([0, 67, 0, 100, 0]);
  });

  it('shares nothing and draws no bar when there are no responses', () => {
    const bars = funnelBars([{ step: 'Responses', label: 'Responses', count: 0 }]);
    expect(bars[0]!.share).toBe(0);
    expect(bars[0]!.barWidth).toBe(0);
  });

  it('places each funnel bar centred in its row, the text on its middle and the count just after the bar', () => {
    const bars = funnelBars([
      { step: 'Responses', label: 'Responses', count: 3 },
      { step: 'Account_Team_Asked', label: 'Asked', count: 1 },
      { step: 'Confirmed', label: 'Confirmed', count: 2 },
      { step: 'Accepted', label: 'Accepted', count: null }
    ]);

    // rows 26 high; a 16-high bar leaves 5 above it; the text baseline sits 17 down (middle + 4)
    expect(bars.map((bar) => bar.y)).toEqual([0, 26, 52, 78]);
    expect(bars.map((bar) => bar.barY)).toEqual([5, 31, 57, 83]);
    expect(bars.map((bar) => bar.textY)).toEqual([17, 43, 69, 95]);
    // 148 units of room for the widest; 1/3 -> 49, 2/3 -> 99; the count 4 after the bar's end at 132 + width
    expect(bars.map((bar) => bar.barWidth)).toEqual([148, 49, 99, 0]);
    expect(bars.map((bar) => bar.countX)).toEqual([284, 185, 235, 136]);
  });

  it('draws a negative count from the server like an empty step', () => {
    const bars = funnelBars([
      { step: 'Responses', label: 'Responses', count: 4 },
      { step: 'Account_Team_Asked', label: 'Asked', count: -2 }
    ]);

    expect(bars[1]!.count).toBe(0);
    expect(bars[1]!.share).toBe(0);
    expect(bars[1]!.barWidth).toBe(0);
    expect(bars[1]!.dropoff).toBe(4);
    expect(bars[1]!.countX).toBe(136);
  });

  it('draws no rows for a funnel without steps, yet keeps the drawing one row tall', () => {
    expect(funnelBars([])).toEqual([]);
    expect(funnelHeight(0)).toBe(FUNNEL.rowHeight);
  });

  it('keys an unnamed step by its position and leaves a missing label blank', () => {
    const bars = funnelBars([
      { step: 'Responses', label: 'Responses', count: 5 },
      { step: null, label: null, count: 2 }
    ]);

    // the key must stay unique among the rows (the template iterates on it)
    expect(bars[1]!.step).toBe('1');
    expect(bars[1]!.label).toBe('');
    expect(bars[1]!.count).toBe(2);
    expect(bars[1]!.dropoff).toBe(3);
  });

  it('still names a month the server sent without its year or month', () => {
    const bars = trendBars([{ year: null, month: null, added: 1, active: 0 }], 'en-US');

    // a missing part falls back to January 1970 rather than an invalid date, which cannot be formatted
    expect(bars[0]!.longMonth).toBe('January 1970');
    expect(bars[0]!.shortMonth).toBe('Jan');
    expect(bars[0]!.added).toBe(1);
  });

  it('scales the months to the busiest one and never draws active above added', () => {
    const bars = trendBars(
      [
        { year: 2025, month: 12, added: 4, active: 9 },
        { year: 2026, month: 1, added: 2, active: 1 }
      ],
      'en-US'
    );

    expect(bars[0]!.addedHeight).toBe(TREND.baseline - TREND.top);
    expect(bars[1]!.addedHeight).toBe((TREND.baseline - TREND.top) / 2);
    expect(bars[0]!.active).toBe(4);
    expect(bars[0]!.longMonth).toBe('December 2025');
    expect(bars[1]!.shortMonth).toBe('Jan');
    expect(bars[1]!.centerX).toBe(TREND.slot * 1.5);
  });

  it("places each month's bars on the baseline, centred in its slot, the value above and the name below", () => {
    const bars = trendBars(
      [
        { year: 2025, month: 12, added: 4, active: 9 },
        { year: 2026, month: 1, added: 2, active: 1 },
        { year: 2026, month: 2, added: -3, active: 0 }
      ],
      'en-US'
    );

    // the template iterates on the key: one per month, unique across a year boundary
    expect(bars.map((bar) => bar.key)).toEqual(['2025-12', '2026-1', '2026-2']);
    // slots 30 wide, centres at 15, 45, 75; the added bar 18 wide, the active bar 8 wide inside it
    expect(bars.map((bar) => bar.x)).toEqual([0, 30, 60]);
    expect(bars.map((bar) => bar.addedX)).toEqual([6, 36, 66]);
    expect(bars.map((bar) => bar.activeX)).toEqual([11, 41, 71]);
    // baseline at 140, 124 units of room: 4 -> 124 high, 2 -> 62, active 1 -> 31; a negative month draws nothing
    expect(bars.map((bar) => bar.addedHeight)).toEqual([124, 62, 0]);
    expect(bars.map((bar) => bar.addedY)).toEqual([16, 78, 140]);
    expect(bars.map((bar) => bar.activeHeight)).toEqual([124, 31, 0]);
    expect(bars.map((bar) => bar.activeY)).toEqual([16, 109, 140]);
    // the count 4 above the bar's top, the month name 16 below the baseline
    expect(bars.map((bar) => bar.valueY)).toEqual([12, 74, 136]);
    expect(bars.map((bar) => bar.labelY)).toEqual([156, 156, 156]);
    expect(bars.map((bar) => bar.hasAdded)).toEqual([true, true, false]);
  });
});

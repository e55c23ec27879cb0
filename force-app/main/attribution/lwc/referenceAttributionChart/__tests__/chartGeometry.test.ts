import { FUNNEL, TREND, funnelBars, trendBars } from '../chartGeometry';

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

  it('shares nothing and draws no bar when there are no responses', () => {
    const bars = funnelBars([{ step: 'Responses', label: 'Responses', count: 0 }]);
    expect(bars[0]!.share).toBe(0);
    expect(bars[0]!.barWidth).toBe(0);
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
});

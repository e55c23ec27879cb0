import { createElement } from 'lwc';
import ReferenceAttributionChart from 'c/referenceAttributionChart';
import getChart from '@salesforce/apex/ReferenceAttributionController.getChart';
import { flushPromises } from 'test/flushPromises';
import { $, $$, textOf } from 'test/shadowQuery';

jest.mock(
  '@salesforce/apex/ReferenceAttributionController.getChart',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);

type Chart = Apex.ReferenceAttributionService.Chart;
type ChartElement = HTMLElement & { recordId?: string };

const wire = getChart as unknown as {
  emit(value: Chart): void;
  error(body?: unknown): void;
  getLastConfig(): Record<string, unknown>;
};

const STEPS: Array<[string, number]> = [
  ['Responses', 40],
  ['Account_Team_Asked', 30],
  ['Account_Team_Replied', 24],
  ['Confirmed', 20],
  ['Call_Held', 12],
  ['Nominated', 9],
  ['Accepted', 6]
];

function chart(overrides: Partial<Chart> = {}): Chart {
  return {
    feedsProgram: true,
    program: 'Education',
    funnel: STEPS.map(([step, count]) => ({ step, label: `Step ${step}`, count })),
    trend: Array.from({ length: 12 }, (_, index) => ({
      year: index < 2 ? 2025 : 2026,
      month: ((index + 10) % 12) + 1,
      added: index === 11 ? 4 : index === 0 ? 2 : 0,
      active: index === 11 ? 1 : 0
    })),
    ...overrides
  };
}

function mount(): ChartElement {
  const element = createElement('c-reference-attribution-chart', {
    is: ReferenceAttributionChart
  }) as ChartElement;
  element.recordId = '701000000000001AAA';
  document.body.appendChild(element);
  return element;
}

describe('c-reference-attribution-chart', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it("asks for the record page's campaign", async () => {
    mount();
    await flushPromises();
    expect(wire.getLastConfig()).toEqual({ campaignId: '701000000000001AAA' });
  });

  it('draws one funnel bar per step, longest for the responses, with the counts', async () => {
    const element = mount();
    wire.emit(chart());
    await flushPromises();

    const steps = $$(element, '.funnel-step');
    expect(steps).toHaveLength(7);
    expect(steps.map((step) => step.querySelector('.axis-label')!.textContent)).toEqual(
      STEPS.map(([step]) => `Step ${step}`)
    );
    expect(steps.map((step) => step.querySelector('.value')!.textContent)).toEqual(
      STEPS.map(([, count]) => String(count))
    );
    const widths = steps.map((step) => Number(step.querySelector('rect')!.getAttribute('width')));
    expect(widths[0]!).toBeGreaterThan(widths[1]!);
    expect(widths[6]!).toBeCloseTo((widths[0]! * 6) / 40, 0);
    expect(textOf(element, '.program')).toBe('Program: Education');
  });

  it('draws twelve months, oldest first, with the additions and active references', async () => {
    const element = mount();
    wire.emit(chart());
    await flushPromises();

    const months = $$(element, '.trend-month');
    expect(months).toHaveLength(12);
    const heights = months.map((month) =>
      Number(month.querySelector('.bar-added')!.getAttribute('height'))
    );
    expect(heights[11]!).toBeGreaterThan(heights[0]!);
    expect(heights[0]!).toBeGreaterThan(0);
    expect(heights.slice(1, 11).every((height) => height === 0)).toBe(true);
    const active = Number(months[11]!.querySelector('.bar-active')!.getAttribute('height'));
    expect(active).toBeCloseTo(heights[11]! / 4, 0);
    // a month without additions shows no number over its empty bar
    expect(months[5]!.querySelector('.value')).toBeNull();
    expect(months[11]!.querySelector('.value')!.textContent!.trim()).toBe('4');
  });

  it('gives each drawing a text alternative with its numbers', async () => {
    const element = mount();
    wire.emit(chart());
    await flushPromises();

    // responses are the first step, nominated and accepted the last two
    expect($(element, '.funnel-chart')!.getAttribute('role')).toBe('img');
    expect($(element, '.funnel-chart')!.getAttribute('aria-label')).toBe(
      'Responses: 40. Nominated: 9. Accepted: 6.'
    );
    expect(textOf(element, '.funnel-summary')).toBe('Responses: 40. Nominated: 9. Accepted: 6.');
    // the twelve months summed: 2 + 4 added, 1 active
    expect($(element, '.trend-chart')!.getAttribute('aria-label')).toBe(
      'References added from the landing page in the last 12 months: 6; still active: 1.'
    );
  });

  it('describes the drop-off of every step, as a count and a percent of the step before', async () => {
    const element = mount();
    wire.emit(chart());
    await flushPromises();

    const description = textOf(element, '.funnel-steps-summary');
    expect($(element, '.funnel-chart')!.getAttribute('aria-describedby')).toBeTruthy();
    // 40 → 30 → 24 → 20 → 12 → 9 → 6
    expect(description).toBe(
      [
        'Step Account_Team_Asked: 30, 10 fewer than the step before (25%).',
        'Step Account_Team_Replied: 24, 6 fewer than the step before (20%).',
        'Step Confirmed: 20, 4 fewer than the step before (17%).',
        'Step Call_Held: 12, 8 fewer than the step before (40%).',
        'Step Nominated: 9, 3 fewer than the step before (25%).',
        'Step Accepted: 6, 3 fewer than the step before (33%).'
      ].join(' ')
    );

    $(element, '.toggle-table')!.click();
    await flushPromises();
    expect(
      $$(element, '.funnel-table tbody tr').map(
        (row) => row.querySelector('.dropoff-share')!.textContent
      )
    ).toEqual(['0%', '25%', '20%', '17%', '40%', '25%', '33%']);
    await expect(element).toBeAccessible();
  });

  it('describes a step the server sends without a name in a whole sentence', async () => {
    const element = mount();
    wire.emit(
      chart({
        funnel: [
          { step: 'Responses', label: 'Responses', count: 40 },
          { step: 'Confirmed', label: null, count: 30 }
        ]
      })
    );
    await flushPromises();

    expect(textOf(element, '.funnel-steps-summary')).toBe(
      'Next step: 30, 10 fewer than the step before (25%).'
    );
  });

  it('draws empty charts that say zero when the server sends no steps and no months', async () => {
    const element = mount();
    wire.emit(chart({ funnel: null, trend: null }));
    await flushPromises();

    expect($$(element, '.funnel-step')).toHaveLength(0);
    expect($$(element, '.trend-month')).toHaveLength(0);
    // the funnel keeps one row's height rather than collapsing to nothing
    expect($(element, '.funnel-chart')!.getAttribute('viewBox')).toBe('0 0 320 26');
    expect($(element, '.funnel-chart')!.getAttribute('aria-label')).toBe(
      'Responses: 0. Nominated: 0. Accepted: 0.'
    );
    expect($(element, '.trend-chart')!.getAttribute('aria-label')).toBe(
      'References added from the landing page in the last 12 months: 0; still active: 0.'
    );
  });

  it('names no program it does not know, but still draws the chart', async () => {
    const element = mount();
    // a picklist value added to the org after this component was written
    wire.emit(chart({ program: 'Partners' }));
    await flushPromises();

    expect(textOf(element, '.program')).toBe('');
    expect($$(element, '.funnel-step')).toHaveLength(7);
  });

  it('shows the same numbers as data tables, with share and drop-off, on request', async () => {
    const element = mount();
    wire.emit(chart());
    await flushPromises();
    const toggle = $(element, '.toggle-table')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect($(element, '.funnel-table')).toBeNull();

    toggle.click();
    await flushPromises();

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent!.trim()).toBe('Hide data table');
    const rows = $$(element, '.funnel-table tbody tr');
    expect(rows.map((row) => row.querySelector('th')!.textContent)).toEqual(
      STEPS.map(([step]) => `Step ${step}`)
    );
    expect(rows.map((row) => row.querySelector('.count')!.textContent)).toEqual(
      STEPS.map(([, count]) => String(count))
    );
    expect(rows.map((row) => row.querySelector('.dropoff')!.textContent)).toEqual([
      '0',
      '10',
      '6',
      '4',
      '8',
      '3',
      '3'
    ]);
    const months = $$(element, '.trend-table tbody tr');
    expect(months).toHaveLength(12);
    expect(months[11]!.querySelector('.added')!.textContent).toBe('4');
    expect(months[11]!.querySelector('.active')!.textContent).toBe('1');
    await expect(element).toBeAccessible();

    toggle.click();
    await flushPromises();
    expect($(element, '.funnel-table')).toBeNull();
  });

  it('shows nothing on a campaign that feeds no program', async () => {
    const element = mount();
    wire.emit({ feedsProgram: false, program: null, funnel: [], trend: [] });
    await flushPromises();

    expect(element.shadowRoot!.children).toHaveLength(0);
  });

  it('shows the server error in the error panel', async () => {
    const element = mount();
    wire.error({ message: 'You need the Reference Program Manager permission set' });
    await flushPromises();

    expect($(element, 'c-error-panel')).not.toBeNull();
    expect($(element, 'lightning-card')).toBeNull();
  });

  it('is accessible', async () => {
    const element = mount();
    wire.emit(chart());
    await flushPromises();

    await expect(element).toBeAccessible();
  });
});

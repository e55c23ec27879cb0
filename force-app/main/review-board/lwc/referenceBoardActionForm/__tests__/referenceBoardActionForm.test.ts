import { createElement } from 'lwc';
import ReferenceBoardActionForm from 'c/referenceBoardActionForm';
import type {
  ActionCancelDetail,
  ActionSubmitDetail,
  BulkActionDetail,
  ResultsDismissDetail
} from 'c/referenceBoardActionForm';
import type { ActionRequest, ReviewAction, Row, RowResult } from 'c/referenceReviewActions';
import { responseRow } from '../../referenceReviewActions/__tests__/data/responseRow';
import { flushPromises } from 'test/flushPromises';
import { $, $$, textOf as text } from 'test/shadowQuery';

type FormElement = HTMLElement & {
  selectedIds?: string[];
  busy?: boolean;
  request?: ActionRequest<ReviewAction>;
  results?: RowResult[];
  resultNames?: Record<string, string>;
  notice?: string;
  rows?: Row[];
  verdictSources?: Array<{ value: string; label: string }>;
  callOutcomes?: Array<{ value: string; label: string }>;
  maxCallDaysAhead?: number | null;
  callNotesMaxLength?: number | null;
  leftOutIds?: string[];
  failure?: string;
};
type Button = HTMLElement & { disabled: boolean; label: string };

const FIRST = '00v000000000001AAA';
const SECOND = '00v000000000002AAA';
const CONFIRMED = '00v000000000003AAA';

const ROWS: Row[] = [
  responseRow({ id: FIRST }),
  responseRow({
    id: SECOND,
    personName: 'Dana Doe',
    accountName: 'Beta Corp',
    status: 'Account_Team_Replied',
    reply: 'Yes',
    replyAuthorName: 'Olivia Owner'
  }),
  responseRow({
    id: CONFIRMED,
    personName: 'Cleo Called',
    status: 'Confirmed',
    verdict: 'Confirmed',
    verdicts: ['Declined'],
    reply: 'Earlier yes',
    replyAuthorName: 'Sam Success',
    createdDate: '2025-09-03T10:00:00.000Z'
  })
];
const SOURCES = [
  { value: 'Chatter_Reply', label: 'Chatter Reply' },
  { value: 'Slack', label: 'Slack' },
  { value: 'Email', label: 'Email' }
];

/** Jest fakes only Date for a fixed "now"; flushPromises keeps its real timers. */
const TIMERS: Array<'setTimeout' | 'setImmediate' | 'setInterval' | 'nextTick' | 'queueMicrotask'> =
  ['setTimeout', 'setImmediate', 'setInterval', 'nextTick', 'queueMicrotask'];

const OUTCOMES = [
  { value: 'Held_Positive', label: 'Held: positive' },
  { value: 'No_Show', label: 'No-show' }
];

// The user's Salesforce time zone, far from the browser's (Jest runs in UTC): "today" is the user's.
const USER_ZONE = 'Pacific/Kiritimati';
jest.mock('@salesforce/i18n/timeZone', () => ({ default: 'Pacific/Kiritimati' }), {
  virtual: true
});

/** The user's calendar day `days` from today, as a date input holds it. */
function dayFromToday(days: number): string {
  const day = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  // en-CA writes YYYY-MM-DD
  return day.toLocaleDateString('en-CA', { timeZone: USER_ZONE });
}

function confirm(element: HTMLElement): void {
  $(element, 'c-reference-board-dialog')!.dispatchEvent(new CustomEvent('confirm'));
}

function mount(props: Partial<FormElement>): FormElement {
  const element = createElement('c-reference-board-action-form', {
    is: ReferenceBoardActionForm
  }) as FormElement;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

/** Every event `name` the element sends, by its detail. */
function listen<Detail>(element: HTMLElement, name: string): Detail[] {
  const details: Detail[] = [];
  element.addEventListener(name, (event) => details.push((event as CustomEvent<Detail>).detail));
  return details;
}

function setValue(element: HTMLElement, selector: string, value: string): void {
  const input = $(element, selector) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new CustomEvent('change'));
}

describe('c-reference-board-action-form', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  describe('the bulk bar', () => {
    it('offers only the actions a selected response offers, and nothing while busy', async () => {
      const element = mount({ rows: ROWS });
      const labels = () => ($$(element, '.bulk-action') as Button[]).map((button) => button.label);

      expect(text(element, '.selection')).toBe('0 selected');
      expect(labels()).toEqual([]);

      element.selectedIds = [FIRST];
      await flushPromises();
      expect(labels()).toEqual(['Ask account team', 'Confirm', 'Decline', 'Not a fit']);

      element.selectedIds = [FIRST, CONFIRMED];
      await flushPromises();
      expect(labels()).toContain('Log call');

      element.busy = true;
      await flushPromises();
      expect(labels()).toEqual([]);
      await expect(element).toBeAccessible();
    });

    it('sends the action with the selected responses that offer it', () => {
      const element = mount({ rows: ROWS, selectedIds: [FIRST, SECOND, CONFIRMED] });
      const details = listen<BulkActionDetail>(element, 'bulkaction');

      $(element, '.bulk-action[data-action="confirm"]')!.click();
      $(element, '.bulk-action[data-action="logCall"]')!.click();

      expect(details).toEqual([
        { action: 'confirm', responseIds: [FIRST, SECOND] },
        { action: 'logCall', responseIds: [CONFIRMED] }
      ]);
    });
  });

  describe('the dialog of an action', () => {
    it('shows no dialog until an action waits', () => {
      const element = mount({ rows: ROWS });

      expect($(element, '.action-form')).toBeNull();
    });

    it('names the count and the people, and those left out', async () => {
      const element = mount({
        rows: ROWS,
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [FIRST, SECOND] },
        leftOutIds: [CONFIRMED]
      });

      const dialog = $(element, 'c-reference-board-dialog') as HTMLElement & { heading: string };
      expect(dialog.heading).toBe('Confirm 2 responses?');
      expect($$(element, '.applies-to-person').map((li) => li.textContent)).toEqual([
        'Chris Champion · Acme University',
        'Dana Doe · Beta Corp'
      ]);
      expect($$(element, '.left-out-person').map((li) => li.textContent)).toEqual(['Cleo Called']);
      await expect(element).toBeAccessible();

      element.request = { action: 'confirm', responseIds: [FIRST] };
      element.leftOutIds = [];
      await flushPromises();
      expect(dialog.heading).toBe('Confirm: Chris Champion?');
    });

    it('asks about one response whose person has no name without a hole in the heading', () => {
      const element = mount({
        rows: ROWS.map((one) => (one.id === FIRST ? { ...one, personName: null } : one)),
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [FIRST] }
      });

      const dialog = $(element, 'c-reference-board-dialog') as HTMLElement & { heading: string };
      expect(dialog.heading).toBe('Confirm: one response?');
    });

    it('records a verdict from the captured reply when there is one', () => {
      const element = mount({
        rows: ROWS,
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [SECOND] }
      });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');

      const source = $(element, '.source') as HTMLElement & { value: string; options: unknown[] };
      expect(source.value).toBe('Chatter_Reply');
      expect(text(element, '.captured-reply')).toBe('Reply in Chatter from Olivia Owner: "Yes"');
      expect($(element, '.reply-author')).toBeNull();
      confirm(element);

      expect(details).toEqual([
        {
          action: 'confirm',
          responseIds: [SECOND],
          reason: '',
          callDate: '',
          outcome: '',
          notes: '',
          source: 'Chatter_Reply',
          replyAuthor: '',
          replyText: ''
        }
      ]);
    });

    it('puts focus on the first field of the form when its dialog opens', async () => {
      const focus = jest.spyOn(HTMLElement.prototype, 'focus');
      const element = mount({
        rows: ROWS,
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [SECOND] }
      });
      await flushPromises();

      expect(focus.mock.contexts[0]).toBe($(element, '.source'));
      focus.mockRestore();
    });

    it('without a captured reply, asks who replied another way and what they said', async () => {
      const element = mount({
        rows: ROWS,
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [FIRST] }
      });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');

      const source = $(element, '.source') as HTMLElement & {
        value: string;
        options: Array<{ value: string }>;
      };
      expect(source.options.map((option) => option.value)).toEqual(['Slack', 'Email']);
      expect(source.value).toBe('Slack');
      confirm(element);
      expect(details).toEqual([]);

      setValue(element, '.reply-author', 'Sam Success');
      setValue(element, '.reply-text', 'Yes, go');
      await flushPromises();
      expect(text(element, '.reply-counter')).toBe('7 of 5000 characters');
      source.dispatchEvent(new CustomEvent('change', { detail: { value: 'Email' } }));
      await flushPromises();
      confirm(element);
      expect(details).toEqual([
        {
          action: 'confirm',
          responseIds: [FIRST],
          reason: '',
          callDate: '',
          outcome: '',
          notes: '',
          source: 'Email',
          replyAuthor: 'Sam Success',
          replyText: 'Yes, go'
        }
      ]);
    });

    it('requires a reason to change a recorded verdict', () => {
      const element = mount({
        rows: ROWS,
        verdictSources: SOURCES,
        request: { action: 'decline', responseIds: [CONFIRMED] }
      });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');

      const reason = $(element, '.reason') as HTMLElement & {
        required: boolean;
        maxLength: number;
      };
      expect(reason.required).toBe(true);
      confirm(element);
      expect(details).toEqual([]);

      setValue(element, '.reason', 'Escalation');
      confirm(element);
      expect(details[0]).toMatchObject({ action: 'decline', reason: 'Escalation' });
    });

    it('asks for the reason to close and counts its characters', async () => {
      const element = mount({ rows: ROWS, request: { action: 'notAFit', responseIds: [FIRST] } });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');

      expect($(element, '.call-date')).toBeNull();
      setValue(element, '.reason', '   ');
      confirm(element);
      expect(details).toEqual([]);
      await flushPromises();
      expect(text(element, '.reason-counter')).toBe('3 of 5000 characters');

      setValue(element, '.reason', 'Competitor');
      confirm(element);
      expect(details).toEqual([
        {
          action: 'notAFit',
          responseIds: [FIRST],
          reason: 'Competitor',
          callDate: '',
          outcome: '',
          notes: '',
          source: '',
          replyAuthor: '',
          replyText: ''
        }
      ]);
    });

    it('takes a typed value on the first Save after a refused one', () => {
      const element = mount({ rows: ROWS, request: { action: 'notAFit', responseIds: [FIRST] } });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');
      confirm(element);
      expect(details).toEqual([]);

      // typed, but no change event yet (the click came first)
      ($(element, '.reason') as HTMLInputElement).value = 'No budget';
      confirm(element);
      expect(details).toHaveLength(1);
      expect(details[0]!.reason).toBe('No budget');
    });

    it('asks for the date of a call between the sign-up and as far ahead as the server allows', () => {
      const element = mount({
        rows: ROWS,
        maxCallDaysAhead: 30,
        callOutcomes: OUTCOMES,
        request: { action: 'logCall', responseIds: [CONFIRMED] }
      });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');

      const date = $(element, '.call-date') as HTMLElement & { min: string; max: string };
      expect(date.min).toBe('2025-09-03');
      expect(date.max).toBe(dayFromToday(30));
      confirm(element);
      expect(details).toEqual([]);

      setValue(element, '.call-date', dayFromToday(5));
      confirm(element);
      expect(details[0]).toMatchObject({ action: 'logCall', callDate: dayFromToday(5) });
    });

    it('sets no latest call date until the server has said how far ahead', () => {
      const element = mount({
        rows: ROWS,
        request: { action: 'logCall', responseIds: [CONFIRMED] }
      });
      expect(($(element, '.call-date') as HTMLElement & { max: string }).max).toBe('');
    });

    it('asks how a call dated today or earlier went, and never for a call still ahead', async () => {
      const element = mount({
        rows: ROWS,
        maxCallDaysAhead: 365,
        callOutcomes: OUTCOMES,
        callNotesMaxLength: 100,
        request: { action: 'logCall', responseIds: [CONFIRMED] }
      });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');

      setValue(element, '.call-date', dayFromToday(3));
      await flushPromises();
      expect($(element, '.call-outcome')).toBeNull();

      setValue(element, '.call-date', dayFromToday(0));
      await flushPromises();
      const outcome = $(element, '.call-outcome') as HTMLElement & {
        options: unknown[];
        required: boolean;
      };
      expect(outcome.options).toEqual(OUTCOMES);
      expect(outcome.required).toBe(true);
      // "Held: not a fit" moves to Call Held only: the reviewer is told to mark Not a Fit as well
      expect(text(element, '.call-outcome-hint')).toBe(
        'A call dated today or earlier says how it went. A held call moves the response to Call Held: after "Held: not a fit", also mark it Not a Fit. A no-show or a rescheduled call keeps it waiting for its call.'
      );
      confirm(element);
      expect(details).toEqual([]);

      outcome.dispatchEvent(new CustomEvent('change', { detail: { value: 'No_Show' } }));
      setValue(element, '.call-notes', 'Did not join; trying next week');
      await flushPromises();
      expect(text(element, '.notes-counter')).toBe('30 of 100 characters');
      expect(($(element, '.call-notes') as HTMLElement & { maxLength: number }).maxLength).toBe(
        100
      );
      confirm(element);
      expect(details).toEqual([
        expect.objectContaining({
          action: 'logCall',
          callDate: dayFromToday(0),
          outcome: 'No_Show',
          notes: 'Did not join; trying next week'
        })
      ]);
      await expect(element).toBeAccessible();
    });

    it("decides 'today' in the user's Salesforce time zone, not the browser's", async () => {
      // 20:00 UTC on Nov 4 is already Nov 5 at UTC+14: a call on Nov 5 has happened (the server's
      // Date.today() for this user), though the browser's own calendar still says Nov 4.
      jest.useFakeTimers({ now: new Date('2026-11-04T20:00:00Z'), doNotFake: TIMERS });
      try {
        const element = mount({
          rows: ROWS,
          maxCallDaysAhead: 1,
          callOutcomes: OUTCOMES,
          request: { action: 'logCall', responseIds: [CONFIRMED] }
        });

        expect(($(element, '.call-date') as HTMLElement & { max: string }).max).toBe('2026-11-06');
        setValue(element, '.call-date', '2026-11-05');
        await flushPromises();
        expect($(element, '.call-outcome')).not.toBeNull();
        setValue(element, '.call-date', '2026-11-06');
        await flushPromises();
        expect($(element, '.call-outcome')).toBeNull();
      } finally {
        jest.useRealTimers();
      }
    });

    it('sends no outcome with a call moved back into the future', async () => {
      const element = mount({
        rows: ROWS,
        maxCallDaysAhead: 365,
        callOutcomes: OUTCOMES,
        request: { action: 'logCall', responseIds: [CONFIRMED] }
      });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');

      setValue(element, '.call-date', dayFromToday(0));
      await flushPromises();
      $(element, '.call-outcome')!.dispatchEvent(
        new CustomEvent('change', { detail: { value: 'Held_Positive' } })
      );
      setValue(element, '.call-date', dayFromToday(2));
      await flushPromises();
      confirm(element);
      expect(details[0]).toMatchObject({ callDate: dayFromToday(2), outcome: '' });
    });

    it('starts each new action with an empty form', async () => {
      const element = mount({ rows: ROWS, request: { action: 'notAFit', responseIds: [FIRST] } });
      setValue(element, '.reason', 'Competitor');
      await flushPromises();

      element.request = { action: 'notAFit', responseIds: [SECOND] };
      await flushPromises();
      expect(element.request).toEqual({ action: 'notAFit', responseIds: [SECOND] });
      expect(($(element, '.reason') as HTMLInputElement).value).toBe('');
    });

    it('closes by Cancel, X or Escape, and shows a failure inside while open', async () => {
      const element = mount({
        rows: ROWS,
        request: { action: 'notAFit', responseIds: [FIRST] },
        failure: 'Not a fit for Chris Champion could not be done: Row lock'
      });
      const cancels = listen<ActionCancelDetail>(element, 'actioncancel');

      expect(text(element, '.dialog-failure')).toBe(
        'Not a fit for Chris Champion could not be done: Row lock'
      );
      expect($(element, '.feedback .failure')).toBeNull();
      $(element, 'c-reference-board-dialog')!.dispatchEvent(
        new CustomEvent('close', { detail: { how: 'escape' } })
      );
      expect(cancels).toEqual([null]);

      element.request = undefined;
      await flushPromises();
      expect($(element, '.action-form')).toBeNull();
      expect(text(element, '.feedback .failure')).toBe(
        'Not a fit for Chris Champion could not be done: Row lock'
      );
    });

    it('names a lead by its company, and a nameless left-out response by nothing', () => {
      const LEAD = '00v000000000004AAA';
      const NAMELESS = '00v000000000005AAA';
      const element = mount({
        rows: [
          ...ROWS,
          responseRow({
            id: LEAD,
            personName: 'Lee Lead',
            accountName: null,
            company: 'Gamma Ltd'
          }),
          responseRow({ id: NAMELESS, personName: null })
        ],
        request: { action: 'notAFit', responseIds: [LEAD] },
        leftOutIds: [NAMELESS]
      });

      expect($$(element, '.applies-to-person').map((li) => li.textContent)).toEqual([
        'Lee Lead · Gamma Ltd'
      ]);
      expect($$(element, '.left-out-person').map((li) => li.textContent)).toEqual(['']);
    });

    it('shows a captured reply whose author is unknown without a placeholder', () => {
      const element = mount({
        rows: [responseRow({ id: SECOND, reply: 'Yes', replyAuthorName: null })],
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [SECOND] }
      });
      const source = $(element, '.source') as HTMLElement & { value: string };

      // no author: the sentence names none
      expect(text(element, '.captured-reply')).toBe('Reply in Chatter: "Yes"');
      expect(source.value).toBe('Chatter_Reply');
    });

    it('records a verdict with no source and no reply when the board offers no sources', () => {
      const element = mount({ rows: ROWS, request: { action: 'confirm', responseIds: [FIRST] } });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');

      expect(($(element, '.source') as HTMLElement & { value: string }).value).toBe('');
      expect($(element, '.reply-author')).toBeNull();
      confirm(element);
      expect(details).toEqual([
        {
          action: 'confirm',
          responseIds: [FIRST],
          reason: '',
          callDate: '',
          outcome: '',
          notes: '',
          source: '',
          replyAuthor: '',
          replyText: ''
        }
      ]);
    });

    it('asks for the reason of a change when confirming a declined response', () => {
      const DECLINED = '00v000000000006AAA';
      const element = mount({
        rows: [responseRow({ id: DECLINED, status: 'Declined', verdict: 'Declined' })],
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [DECLINED] }
      });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');
      const reason = $(element, '.reason') as HTMLElement & { label: string; required: boolean };

      expect(reason.label).toBe('Reason (required to change a recorded verdict)');
      expect(reason.required).toBe(true);
      setValue(element, '.reply-author', 'Sam Success');
      setValue(element, '.reply-text', 'Changed my mind');
      confirm(element);
      expect(details).toEqual([]);

      setValue(element, '.reason', 'Asked again');
      confirm(element);
      expect(details[0]).toMatchObject({ action: 'confirm', reason: 'Asked again' });
    });

    it('sets no earliest call date when no response has a sign-up date', () => {
      const element = mount({
        rows: [responseRow({ id: CONFIRMED, status: 'Confirmed', createdDate: null })],
        maxCallDaysAhead: 365,
        request: { action: 'logCall', responseIds: [CONFIRMED] }
      });

      const date = $(element, '.call-date') as HTMLElement & { min: string; max: string };
      expect(date.min).toBe('');
      expect(date.max).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it.each([
      ['a call date', 'logCall', '.call-date'],
      ['a reason', 'notAFit', '.reason']
    ])('counts %s cleared to null as empty', async (_what, action, selector) => {
      const element = mount({
        rows: ROWS,
        request: { action: action as ReviewAction, responseIds: [CONFIRMED] }
      });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');

      setValue(element, selector, 'filled');
      await flushPromises();
      setValue(element, selector, null as unknown as string);
      await flushPromises();
      expect(($(element, selector) as HTMLInputElement).value).toBe('');
      confirm(element);
      expect(details).toEqual([]);
    });

    it('counts another-channel reply fields cleared to null as empty', async () => {
      const element = mount({
        rows: ROWS,
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [FIRST] }
      });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');
      const valueOf = (selector: string) => ($(element, selector) as HTMLInputElement).value;

      setValue(element, '.reply-author', 'Sam Success');
      setValue(element, '.reply-text', 'Yes, go');
      await flushPromises();
      setValue(element, '.reply-author', null as unknown as string);
      await flushPromises();
      expect(valueOf('.reply-author')).toBe('');
      confirm(element);
      expect(details).toEqual([]);

      setValue(element, '.reply-author', 'Sam Success');
      setValue(element, '.reply-text', null as unknown as string);
      await flushPromises();
      expect(valueOf('.reply-text')).toBe('');
      expect(text(element, '.reply-counter')).toBe('0 of 5000 characters');
      confirm(element);
      expect(details).toEqual([]);

      setValue(element, '.reply-text', 'Yes, go');
      confirm(element);
      expect(details).toHaveLength(1);
    });
  });

  describe('the dialog, rule by rule', () => {
    type Field = HTMLElement & {
      value: string;
      options: unknown[];
      label: string;
      required: boolean;
      maxLength: number;
      fieldLevelHelp: string;
      min: string;
      reportValidity: () => boolean | undefined;
    };
    const field = (element: HTMLElement, selector: string) => $(element, selector) as Field;
    const DECLINED = '00v000000000006AAA';
    const declined = responseRow({
      id: DECLINED,
      personName: 'Dee Clined',
      status: 'Declined',
      verdict: 'Declined'
    });

    it('offers no source and no outcome the board did not send', async () => {
      const element = mount({ rows: ROWS, request: { action: 'confirm', responseIds: [FIRST] } });
      expect(field(element, '.source').options).toEqual([]);

      element.request = { action: 'logCall', responseIds: [CONFIRMED] };
      await flushPromises();
      setValue(element, '.call-date', dayFromToday(0));
      await flushPromises();
      expect(field(element, '.call-outcome').options).toEqual([]);
    });

    it('empties the source, the other-channel reply and the call notes for each new action', async () => {
      const element = mount({
        rows: ROWS,
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [FIRST] }
      });
      field(element, '.source').dispatchEvent(
        new CustomEvent('change', { detail: { value: 'Email' } })
      );
      setValue(element, '.reply-author', 'Sam Success');
      setValue(element, '.reply-text', 'Yes, go');
      await flushPromises();
      expect(field(element, '.source').value).toBe('Email');

      element.request = { action: 'confirm', responseIds: [FIRST] };
      await flushPromises();
      expect(field(element, '.source').value).toBe('Slack');
      expect(field(element, '.reply-author').value).toBe('');
      expect(field(element, '.reply-text').value).toBe('');

      element.request = { action: 'logCall', responseIds: [CONFIRMED] };
      await flushPromises();
      setValue(element, '.call-notes', 'Went well');
      await flushPromises();
      element.request = { action: 'logCall', responseIds: [CONFIRMED] };
      await flushPromises();
      expect(field(element, '.call-notes').value).toBe('');
      expect(text(element, '.notes-counter')).toBe('0 of 5000 characters');
    });

    it('acts on a response the server sent without an Id, as the board lists it', async () => {
      const element = mount({
        rows: [responseRow({ id: null, personName: 'Nora Noid' })],
        selectedIds: ['']
      });
      const bulk = listen<BulkActionDetail>(element, 'bulkaction');

      $(element, '.bulk-action[data-action="notAFit"]')!.click();
      expect(bulk).toEqual([{ action: 'notAFit', responseIds: [''] }]);

      element.request = { action: 'notAFit', responseIds: [''] };
      await flushPromises();
      expect($$(element, '.applies-to-person').map((li) => li.textContent)).toEqual([
        'Nora Noid · Acme University'
      ]);

      element.rows = [responseRow({ id: null, personName: 'Nora Noid' }), ROWS[0]!];
      element.request = { action: 'notAFit', responseIds: [FIRST] };
      element.leftOutIds = [''];
      await flushPromises();
      expect($$(element, '.left-out-person').map((li) => li.textContent)).toEqual(['Nora Noid']);
    });

    it('heads a one-response dialog even when that response is no longer listed', () => {
      const element = mount({
        rows: ROWS,
        request: { action: 'logCall', responseIds: ['00v000000000999AAA'] }
      });
      const dialog = $(element, 'c-reference-board-dialog') as HTMLElement & { heading: string };
      expect(dialog.heading).toBe('Log call: one response?');
      expect(field(element, '.call-date').min).toBe('');
    });

    it('names a person with neither account nor company by the name alone, and lists nobody left out', () => {
      const element = mount({
        rows: [responseRow({ id: FIRST, personName: 'Pat Person', accountName: null })],
        request: { action: 'notAFit', responseIds: [FIRST] }
      });
      expect($$(element, '.applies-to-person').map((li) => li.textContent)).toEqual(['Pat Person']);
      expect($(element, '.left-out')).toBeNull();
      expect(element.shadowRoot!.textContent).not.toContain('Left out');
    });

    it('shows an offered source when the chosen one is no longer offered', async () => {
      const element = mount({
        rows: ROWS,
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [SECOND] }
      });
      field(element, '.source').dispatchEvent(
        new CustomEvent('change', { detail: { value: 'Chatter_Reply' } })
      );
      // the list reloads meanwhile: the captured reply is gone, so is the Chatter source
      element.rows = ROWS.map((row) => (row.id === SECOND ? { ...row, reply: null } : row));
      await flushPromises();
      expect(field(element, '.source').value).toBe('Slack');
    });

    it('asks a reason to confirm a selection only when one of them was declined', async () => {
      const element = mount({
        rows: [...ROWS, declined],
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [SECOND, DECLINED] }
      });
      expect(field(element, '.reason').required).toBe(true);
      expect(field(element, '.reason').label).toBe(
        'Reason (required to change a recorded verdict)'
      );

      element.request = { action: 'confirm', responseIds: [SECOND, CONFIRMED] };
      await flushPromises();
      expect(field(element, '.reason').required).toBe(false);
      expect(field(element, '.reason').label).toBe('Reason');
    });

    it('labels the reason plainly where it is always asked, and asks none to log a call or agree', async () => {
      const element = mount({ rows: ROWS, request: { action: 'notAFit', responseIds: [FIRST] } });
      expect(field(element, '.reason').label).toBe('Reason');

      element.request = { action: 'decline', responseIds: [DECLINED] };
      element.rows = [...ROWS, declined];
      await flushPromises();
      expect(field(element, '.reason').label).toBe('Reason');
      expect(field(element, '.reason').required).toBe(true);

      element.request = { action: 'logCall', responseIds: [CONFIRMED] };
      await flushPromises();
      expect($(element, '.reason')).toBeNull();
      element.request = { action: 'agreed', responseIds: [CONFIRMED] };
      await flushPromises();
      expect($(element, '.reason')).toBeNull();
    });

    it('limits the reply from another channel to 5000 characters', () => {
      const element = mount({
        rows: ROWS,
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [FIRST] }
      });
      expect(field(element, '.reply-text').maxLength).toBe(5000);
    });

    it('dates a call of several responses from the latest sign-up, and says so', () => {
      const element = mount({
        rows: [
          responseRow({ id: SECOND, status: 'Confirmed', createdDate: '2025-10-20T10:00:00.000Z' }),
          responseRow({ id: '00v000000000007AAA', status: 'Confirmed', createdDate: null }),
          ROWS[2]!
        ],
        request: { action: 'logCall', responseIds: [SECOND, '00v000000000007AAA', CONFIRMED] }
      });

      const date = field(element, '.call-date');
      expect(date.min).toBe('2025-10-20');
      expect(date.fieldLevelHelp).toBe(
        'Between the sign-up (2025-10-20) and a year from today. Today or earlier: the call was held; later: it is scheduled.'
      );
      // no outcome to give before the call has a date
      expect($(element, '.call-outcome')).toBeNull();
    });

    it('sends call notes cleared to null as none', async () => {
      const element = mount({
        rows: ROWS,
        request: { action: 'logCall', responseIds: [CONFIRMED] }
      });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');
      setValue(element, '.call-date', dayFromToday(3));
      setValue(element, '.call-notes', 'Agenda');
      setValue(element, '.call-notes', null as unknown as string);
      await flushPromises();
      expect(text(element, '.notes-counter')).toBe('0 of 5000 characters');
      confirm(element);
      expect(details[0]).toMatchObject({ notes: '' });
    });

    it('takes the reply and the notes as typed on Save, before their change events', () => {
      const element = mount({
        rows: ROWS,
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [FIRST] }
      });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');
      field(element, '.reply-author').value = 'Sam Success';
      field(element, '.reply-text').value = 'Yes, go';
      confirm(element);
      expect(details[0]).toMatchObject({ replyAuthor: 'Sam Success', replyText: 'Yes, go' });

      element.request = { action: 'logCall', responseIds: [CONFIRMED] };
      return flushPromises().then(() => {
        field(element, '.call-date').value = dayFromToday(3);
        field(element, '.call-notes').value = 'Agenda sent';
        confirm(element);
        expect(details[1]).toMatchObject({ callDate: dayFromToday(3), notes: 'Agenda sent' });
      });
    });

    it('refuses Save while a field reports itself invalid, and lets every field say why', () => {
      const element = mount({
        rows: ROWS,
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [FIRST] }
      });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');
      setValue(element, '.reply-author', 'Sam Success');
      setValue(element, '.reply-text', 'Yes, go');
      const author = jest.fn(() => false);
      const reply = jest.fn(() => true);
      field(element, '.reply-author').reportValidity = author;
      field(element, '.reply-text').reportValidity = reply;

      confirm(element);
      expect(details).toEqual([]);
      expect(author).toHaveBeenCalledTimes(1);
      expect(reply).toHaveBeenCalledTimes(1);

      author.mockReturnValue(true);
      confirm(element);
      expect(details).toHaveLength(1);
    });

    it('refuses a reply from another channel whose author or text is only spaces', () => {
      const element = mount({
        rows: ROWS,
        verdictSources: SOURCES,
        request: { action: 'confirm', responseIds: [FIRST] }
      });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');
      setValue(element, '.reply-author', '   ');
      setValue(element, '.reply-text', 'Yes, go');
      confirm(element);
      setValue(element, '.reply-author', 'Sam Success');
      setValue(element, '.reply-text', '  ');
      confirm(element);
      expect(details).toEqual([]);
    });
  });

  describe('what the last action did', () => {
    describe('brought into view', () => {
      const original = Element.prototype.scrollIntoView;
      let scrolled: jest.Mock;
      let focused: jest.SpyInstance;
      beforeEach(() => {
        // jsdom lays nothing out and has no scrollIntoView
        scrolled = jest.fn();
        Element.prototype.scrollIntoView = scrolled;
        focused = jest.spyOn(HTMLElement.prototype, 'focus');
      });
      afterEach(() => {
        Element.prototype.scrollIntoView = original;
        focused.mockRestore();
      });

      it('gives focus to what the last action did when the board asks, and says when there is none', async () => {
        const element = mount({ rows: ROWS }) as FormElement & { focusFeedback(): boolean };
        await flushPromises();
        expect(element.focusFeedback()).toBe(false);
        expect(focused).not.toHaveBeenCalled();

        element.notice = 'Review recorded.';
        await flushPromises();
        expect(element.focusFeedback()).toBe(true);
        expect(focused.mock.contexts).toEqual([$(element, '.results')]);
        expect($(element, '.results')!.getAttribute('tabindex')).toBe('-1');
      });

      it('scrolls new results just into view, once, and leaves focus on the row', async () => {
        const element = mount({ rows: ROWS });
        await flushPromises();
        expect(scrolled).not.toHaveBeenCalled();

        element.results = [{ responseId: FIRST, ok: true, message: 'Done.', personName: 'Ann' }];
        await flushPromises();

        expect(scrolled).toHaveBeenCalledTimes(1);
        expect(scrolled).toHaveBeenCalledWith({ block: 'nearest' });
        expect(scrolled.mock.instances[0]).toBe($(element, '.results'));
        expect(focused).not.toHaveBeenCalled();

        element.selectedIds = [FIRST];
        await flushPromises();
        expect(scrolled).toHaveBeenCalledTimes(1);
      });

      it('scrolls a notice or a failure into view, but not while the dialog is open', async () => {
        const element = mount({ rows: ROWS });
        element.notice = 'Review marked complete.';
        await flushPromises();
        expect(scrolled).toHaveBeenCalledTimes(1);

        element.request = { action: 'notAFit', responseIds: [FIRST] };
        element.failure = 'Not a Fit failed for Ann.';
        await flushPromises();
        expect(scrolled).toHaveBeenCalledTimes(1);

        element.request = undefined;
        await flushPromises();
        expect(scrolled).toHaveBeenCalledTimes(2);
        expect(text(element, '.failure')).toBe('Not a Fit failed for Ann.');
      });
    });

    it('reports each response by its name, or its Id when it has none', async () => {
      const element = mount({
        results: [
          { responseId: FIRST, ok: true, message: 'Done.', personName: null },
          { responseId: SECOND, ok: false, message: 'Refused.', personName: null },
          { responseId: null, ok: null, message: null, personName: null }
        ],
        resultNames: { [FIRST]: 'Chris Champion', [SECOND]: '' }
      });

      expect(text(element, '.results-summary')).toBe('1 done, 2 refused');
      expect($$(element, '.result-done').map((item) => item.textContent)).toEqual([
        'Chris Champion: Done.'
      ]);
      expect($$(element, '.result-refused').map((item) => item.textContent!.trim())).toEqual([
        `${SECOND}: Refused.`,
        ':'
      ]);
      expect($(element, '.notice')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('shows a notice, and lets the results and the notice be dismissed', async () => {
      const element = mount({
        notice: 'Nomination saved.',
        results: [{ responseId: FIRST, ok: true, message: 'Done.', personName: 'Named By Server' }]
      });
      const dismissals = listen<ResultsDismissDetail>(element, 'resultsdismiss');

      expect(text(element, '.feedback .notice')).toBe('Nomination saved.');
      expect(text(element, '.result-done')).toBe('Named By Server: Done.');
      expect($(element, '.feedback')!.getAttribute('aria-live')).toBe('polite');
      $(element, '.dismiss')!.click();
      expect(dismissals).toEqual([null]);

      element.results = [];
      await flushPromises();
      expect($(element, '.results-summary')).toBeNull();
      element.notice = undefined;
      await flushPromises();
      expect($(element, '.results')).toBeNull();
    });
  });
});

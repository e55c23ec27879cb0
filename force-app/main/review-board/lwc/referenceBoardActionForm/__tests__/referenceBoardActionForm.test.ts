import { createElement } from 'lwc';
import ReferenceBoardActionForm from 'c/referenceBoardActionForm';
import type {
  ActionCancelDetail,
  ActionSubmitDetail,
  BulkActionDetail,
  ResultsDismissDetail
} from 'c/referenceBoardActionForm';
import type { ActionRequest, ReviewAction, RowResult } from 'c/referenceReviewActions';
import { flushPromises } from 'test/flushPromises';
import { $, $$, textOf as text } from 'test/shadowQuery';

type FormElement = HTMLElement & {
  selectedIds?: string[];
  busy?: boolean;
  request?: ActionRequest<ReviewAction>;
  results?: RowResult[];
  resultNames?: Record<string, string>;
  notice?: string;
};
type Button = HTMLElement & { disabled: boolean; label: string };

const FIRST = '00v000000000001AAA';
const SECOND = '00v000000000002AAA';

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
    it('offers asking the account team and every review action, off until a row is selected', async () => {
      const element = mount({});
      const buttons = () => $$(element, '.bulk-ask, .bulk-action') as Button[];

      expect(text(element, '.selection')).toBe('c.Board_Selected');
      expect(buttons().map((button) => button.label)).toEqual([
        'c.Board_Action_Ask_Account_Team',
        'c.Board_Action_Confirm',
        'c.Board_Action_Decline',
        'c.Board_Action_Log_Call',
        'c.Board_Action_Agreed',
        'c.Board_Action_Not_A_Fit'
      ]);
      expect(buttons().every((button) => button.disabled)).toBe(true);

      element.selectedIds = [FIRST];
      await flushPromises();
      expect(buttons().every((button) => !button.disabled)).toBe(true);

      element.busy = true;
      await flushPromises();
      expect(buttons().every((button) => button.disabled)).toBe(true);
      await expect(element).toBeAccessible();
    });

    it('sends the action chosen with every selected response', () => {
      const element = mount({ selectedIds: [FIRST, SECOND] });
      const details = listen<BulkActionDetail>(element, 'bulkaction');

      $(element, '.bulk-ask')!.click();
      $(element, '.bulk-action[data-action="logCall"]')!.click();

      expect(details).toEqual([
        { action: 'ask', responseIds: [FIRST, SECOND] },
        { action: 'logCall', responseIds: [FIRST, SECOND] }
      ]);
    });
  });

  describe('the input an action needs', () => {
    it('shows no form until an action waits for input', () => {
      const element = mount({});

      expect($(element, '.action-form')).toBeNull();
    });

    it('asks for the reason to decline and refuses an empty one', async () => {
      const element = mount({ request: { action: 'decline', responseIds: [FIRST, SECOND] } });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');

      expect(text(element, '.action-form h3')).toBe('c.Board_Action_Decline');
      expect(text(element, '.applies-to')).toBe('c.Board_Applies_To');
      expect($(element, '.call-date')).toBeNull();
      const reason = $(element, '.reason') as HTMLElement & { required: boolean };
      expect(reason.required).toBe(true);
      await expect(element).toBeAccessible();

      setValue(element, '.reason', '   ');
      $(element, '.submit')!.click();
      expect(details).toEqual([]);

      setValue(element, '.reason', 'Churn risk');
      $(element, '.submit')!.click();
      expect(details).toEqual([
        { action: 'decline', responseIds: [FIRST, SECOND], reason: 'Churn risk', callDate: '' }
      ]);
    });

    it('asks for the date of a call', () => {
      const element = mount({ request: { action: 'logCall', responseIds: [FIRST] } });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');

      expect(text(element, '.action-form h3')).toBe('c.Board_Action_Log_Call');
      expect($(element, '.reason')).toBeNull();
      $(element, '.submit')!.click();
      expect(details).toEqual([]);

      setValue(element, '.call-date', '2025-11-03');
      $(element, '.submit')!.click();
      expect(details).toEqual([
        { action: 'logCall', responseIds: [FIRST], reason: '', callDate: '2025-11-03' }
      ]);
    });

    it('starts each new action with an empty form', async () => {
      const element = mount({ request: { action: 'notAFit', responseIds: [FIRST] } });
      const details = listen<ActionSubmitDetail>(element, 'actionsubmit');
      setValue(element, '.reason', 'Competitor');
      await flushPromises();

      element.request = { action: 'notAFit', responseIds: [SECOND] };
      await flushPromises();
      expect(element.request).toEqual({ action: 'notAFit', responseIds: [SECOND] });
      $(element, '.submit')!.click();

      expect(details).toEqual([]);
      expect(($(element, '.reason') as HTMLInputElement).value).toBe('');
    });

    it('cannot be submitted twice while the action runs, and can be cancelled', async () => {
      const element = mount({ request: { action: 'decline', responseIds: [FIRST] }, busy: true });
      const cancels = listen<ActionCancelDetail>(element, 'actioncancel');

      expect(($(element, '.submit') as Button).disabled).toBe(true);
      $(element, '.cancel')!.click();
      expect(cancels).toEqual([null]);

      element.request = undefined;
      await flushPromises();
      expect($(element, '.action-form')).toBeNull();
    });
  });

  describe('what the last action did', () => {
    it('reports each response by its name, or its Id when it has none', async () => {
      const element = mount({
        results: [
          { responseId: FIRST, ok: true, message: 'Done.' },
          { responseId: SECOND, ok: false, message: 'Refused.' },
          { responseId: null, ok: null, message: null }
        ],
        resultNames: { [FIRST]: 'Chris Champion', [SECOND]: '' }
      });

      expect(text(element, '.results-summary')).toBe('c.Board_Results_Summary');
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
        notice: 'c.Board_Nominated',
        results: [{ responseId: FIRST, ok: true, message: 'Done.' }]
      });
      const dismissals = listen<ResultsDismissDetail>(element, 'resultsdismiss');

      expect(text(element, '.feedback .notice')).toBe('c.Board_Nominated');
      expect($(element, '.feedback')!.getAttribute('aria-live')).toBe('polite');
      $(element, '.dismiss')!.click();
      expect(dismissals).toEqual([null]);

      element.results = [];
      await flushPromises();
      expect($(element, '.results')).toBeNull();
    });
  });
});

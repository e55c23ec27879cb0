import { createElement } from 'lwc';
import NominationWizardModal, {
  WIZARD_FINISHED,
  type FlowInputVariable
} from 'c/nominationWizardModal';
import { closeResults } from '../../../../../test/jest-mocks/lightning/modal';
import { flushPromises } from 'test/flushPromises';

jest.mock(
  'lightning/modal',
  () => jest.requireActual('../../../../../test/jest-mocks/lightning/modal'),
  {
    virtual: true
  }
);

type ModalElement = HTMLElement & { responseId?: string; accountId?: string; label?: string };
type FlowElement = HTMLElement & {
  flowApiName: string;
  flowInputVariables: FlowInputVariable[];
};

function render(props: Partial<ModalElement> = {}): ModalElement {
  const element = createElement('c-nomination-wizard-modal', {
    is: NominationWizardModal
  }) as ModalElement;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

function flow(element: HTMLElement): FlowElement {
  return element.shadowRoot!.querySelector('lightning-flow') as FlowElement;
}

function emitStatus(element: HTMLElement, status: string): void {
  flow(element).dispatchEvent(new CustomEvent('statuschange', { detail: { status } }));
}

describe('c-nomination-wizard-modal', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    closeResults.length = 0;
    jest.clearAllMocks();
  });

  it('starts the wizard Flow with the response and the account', () => {
    const element = render({ responseId: '00v000000000001AAA', accountId: '001000000000001AAA' });

    expect(flow(element).flowApiName).toBe('Reference_Nomination_Wizard');
    expect(flow(element).flowInputVariables).toEqual([
      { name: 'responseId', type: 'String', value: '00v000000000001AAA' },
      { name: 'accountId', type: 'String', value: '001000000000001AAA' }
    ]);
  });

  it('passes only the Ids it was given, and titles itself by default', () => {
    const element = render({ accountId: '001000000000001AAA' });

    expect(flow(element).flowInputVariables).toEqual([
      { name: 'accountId', type: 'String', value: '001000000000001AAA' }
    ]);
    const header = element.shadowRoot!.querySelector('lightning-modal-header') as HTMLElement & {
      label: string;
    };
    expect(header.label).toBe('Nominate a reference customer');
    document.body.removeChild(element);

    const fromResponse = render({ responseId: '00v000000000001AAA' });
    expect(flow(fromResponse).flowInputVariables).toEqual([
      { name: 'responseId', type: 'String', value: '00v000000000001AAA' }
    ]);
  });

  it.each(['FINISHED', 'FINISHED_SCREEN'])('closes with finished on %s', (status) => {
    const element = render({ responseId: '00v000000000001AAA' });

    emitStatus(element, status);

    expect(closeResults).toEqual([WIZARD_FINISHED]);
  });

  it('stays open while the interview runs or pauses', () => {
    const element = render({ responseId: '00v000000000001AAA' });

    emitStatus(element, 'STARTED');
    emitStatus(element, 'PAUSED');

    expect(closeResults).toEqual([]);
  });

  it("has one footer, the flow's: no second row of buttons", () => {
    const element = render({ accountId: '001000000000001AAA' });

    expect(element.shadowRoot!.querySelector('lightning-modal-footer')).toBeNull();
    expect(element.shadowRoot!.querySelectorAll('lightning-button')).toHaveLength(0);
  });

  it('resolves open() with finished for the caller to refresh', async () => {
    const result = NominationWizardModal.open({
      size: 'large',
      label: 'Nominate Acme',
      responseId: '00v000000000001AAA'
    });
    await flushPromises();
    const element = document.body.firstChild as HTMLElement;
    const header = element.shadowRoot!.querySelector('lightning-modal-header') as HTMLElement & {
      label: string;
    };
    expect(header.label).toBe('Nominate Acme');

    emitStatus(element, 'FINISHED_SCREEN');

    await expect(result).resolves.toBe(WIZARD_FINISHED);
    expect(document.body.firstChild).toBeNull();
  });

  it('is accessible', async () => {
    const element = render({ responseId: '00v000000000001AAA' });
    await flushPromises();

    await expect(element).toBeAccessible();
  });
});

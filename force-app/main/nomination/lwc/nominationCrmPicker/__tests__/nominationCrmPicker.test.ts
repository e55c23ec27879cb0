import { createElement } from 'lwc';
import NominationCrmPicker from 'c/nominationCrmPicker';
import searchCrms from '@salesforce/apex/NominationHomeController.searchCrms';
import assignCrm from '@salesforce/apex/NominationHomeController.assignCrm';
import { flushPromises } from 'test/flushPromises';
import { $, textOf } from 'test/shadowQuery';

jest.mock(
  '@salesforce/apex/NominationHomeController.searchCrms',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock('@salesforce/apex/NominationHomeController.assignCrm', () => ({ default: jest.fn() }), {
  virtual: true
});
const crmsAdapter = searchCrms as unknown as {
  emit(value: unknown): void;
  getLastConfig(): unknown;
};
const assignMock = assignCrm as unknown as jest.Mock;
type Combobox = HTMLElement & { options: { label: string; value: string }[]; value: string };
type Button = HTMLElement & { label: string; disabled: boolean };

const CRMS = [
  { userId: '005000000000007AAA', name: 'Casey Crm', title: 'Customer Reference Manager' },
  { userId: '005000000000010AAA', name: 'Robin Reference', title: null }
];

async function render(hasCrm = false): Promise<HTMLElement> {
  const element = createElement('c-nomination-crm-picker', { is: NominationCrmPicker });
  Object.assign(element, { nominationId: 'a01000000000001AAA', hasCrm });
  document.body.appendChild(element);
  crmsAdapter.emit(CRMS);
  await flushPromises();
  return element;
}

async function open(element: HTMLElement): Promise<void> {
  $(element, 'lightning-button.open')!.click();
  await flushPromises();
}

async function choose(element: HTMLElement, value: string): Promise<void> {
  $(element, 'lightning-combobox')!.dispatchEvent(new CustomEvent('change', { detail: { value } }));
  await flushPromises();
}

async function save(element: HTMLElement): Promise<void> {
  $(element, 'lightning-button.save')!.click();
  await flushPromises();
}

/** Opens the picker, chooses a CRM and saves. */
async function assign(element: HTMLElement, value: string): Promise<void> {
  await open(element);
  await choose(element, value);
  await save(element);
}

describe('c-nomination-crm-picker', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('says Assign without a CRM and Change with one', async () => {
    expect(($(await render(false), 'lightning-button.open') as Button).label).toBe('Assign CRM');
    expect(($(await render(true), 'lightning-button.open') as Button).label).toBe('Change CRM');
  });

  it('offers the active CRMs by name, never an Id field', async () => {
    const element = await render();
    await open(element);

    expect(crmsAdapter.getLastConfig()).toEqual({ searchTerm: '' });
    const picker = $(element, 'lightning-combobox') as Combobox;
    expect(picker.options).toEqual([
      { label: 'Casey Crm · Customer Reference Manager', value: '005000000000007AAA' },
      { label: 'Robin Reference', value: '005000000000010AAA' }
    ]);
    expect(($(element, 'lightning-button.save') as Button).disabled).toBe(true);
  });

  it('assigns the chosen CRM, confirms inline and tells the page', async () => {
    assignMock.mockResolvedValue({ crmName: 'Casey Crm', crmId: '005000000000007AAA' });
    const element = await render();
    const assigned = jest.fn();
    element.addEventListener('crmassigned', assigned);
    await open(element);
    await choose(element, '005000000000007AAA');

    $(element, 'lightning-button.save')!.click();
    await flushPromises();

    expect(assignMock).toHaveBeenCalledWith({
      nominationId: 'a01000000000001AAA',
      crmId: '005000000000007AAA'
    });
    expect(assigned).toHaveBeenCalledTimes(1);
    expect(textOf(element, '.confirmation')).toBe('Casey Crm is now the CRM of this nomination.');
    expect($(element, 'lightning-combobox')).toBeNull();
  });

  it('keeps the choice and shows a refusal inline', async () => {
    assignMock.mockRejectedValue({
      body: { message: 'Choose an active Customer Reference Manager.' }
    });
    const element = await render();
    await open(element);
    await choose(element, '005000000000010AAA');

    $(element, 'lightning-button.save')!.click();
    await flushPromises();

    expect(textOf(element, '.error')).toBe('Choose an active Customer Reference Manager.');
    expect(($(element, 'lightning-combobox') as Combobox).value).toBe('005000000000010AAA');
  });

  it('closes on Cancel and on Escape', async () => {
    const element = await render();
    await open(element);
    $(element, 'lightning-button.cancel')!.click();
    await flushPromises();
    expect($(element, 'lightning-combobox')).toBeNull();

    await open(element);
    $(element, '.crm-picker')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })
    );
    await flushPromises();
    expect($(element, 'lightning-combobox')).toBeNull();
    expect($(element, 'lightning-button.open')).not.toBeNull();
  });

  it('never shows null in an option when the server leaves a CRM field empty', async () => {
    const element = createElement('c-nomination-crm-picker', { is: NominationCrmPicker });
    document.body.appendChild(element);
    crmsAdapter.emit([
      { userId: '005000000000007AAA', name: null, title: 'Customer Reference Manager' },
      { userId: null, name: null, title: null }
    ]);
    await flushPromises();
    await open(element);

    expect(($(element, 'lightning-combobox') as Combobox).options).toEqual([
      { label: ' · Customer Reference Manager', value: '005000000000007AAA' },
      { label: '', value: '' }
    ]);
  });

  it('opens on an empty picker, not on "no CRM", while the CRMs are still loading', async () => {
    const element = createElement('c-nomination-crm-picker', { is: NominationCrmPicker });
    document.body.appendChild(element);
    await flushPromises();
    await open(element);

    expect($(element, '.no-crms')).toBeNull();
    expect(($(element, 'lightning-combobox') as Combobox).options).toEqual([]);
  });

  it('is accessible, open', async () => {
    const element = await render();
    await open(element);

    await expect(element).toBeAccessible();
  });
  it('says Assign when the page does not say whether a CRM is assigned', async () => {
    const element = createElement('c-nomination-crm-picker', { is: NominationCrmPicker });
    document.body.appendChild(element);
    await flushPromises();

    expect(($(element, 'lightning-button.open') as Button).label).toBe('Assign CRM');
    // nothing is said before the user acts
    expect($(element, '.error')).toBeNull();
    expect($(element, '.confirmation')).toBeNull();
  });

  it('names the picker and its buttons in the user words', async () => {
    const element = await render();
    await open(element);

    const picker = $(element, 'lightning-combobox') as Combobox & {
      label: string;
      placeholder: string;
    };
    expect(picker.label).toBe('Customer Reference Manager');
    expect(picker.placeholder).toBe('Choose an active CRM');
    expect(($(element, 'lightning-button.save') as Button).label).toBe('Save');
    expect(($(element, 'lightning-button.cancel') as Button).label).toBe('Cancel');
    expect($(element, '.error')).toBeNull();
  });

  it('enables Save once a CRM is chosen, and disables it while saving', async () => {
    let answer: (home: unknown) => void = () => undefined;
    assignMock.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const element = await render();
    await open(element);
    await choose(element, '005000000000007AAA');
    expect(($(element, 'lightning-button.save') as Button).disabled).toBe(false);

    await save(element);
    expect(($(element, 'lightning-button.save') as Button).disabled).toBe(true);

    answer({ crmName: 'Casey Crm', crmId: '005000000000007AAA' });
    await flushPromises();
    expect($(element, 'lightning-combobox')).toBeNull();
  });

  it('tells the page the home the server returned', async () => {
    const returned = { crmName: 'Casey Crm', crmId: '005000000000007AAA' };
    assignMock.mockResolvedValue(returned);
    const element = await render();
    const assigned = jest.fn();
    element.addEventListener('crmassigned', assigned);
    await open(element);
    await choose(element, '005000000000007AAA');

    await save(element);

    expect((assigned.mock.calls[0][0] as CustomEvent).detail).toEqual({ home: returned });
  });

  it.each([null, ''])(
    'confirms in a whole sentence when the returned home has no CRM name (%p)',
    async (crmName) => {
      assignMock.mockResolvedValue({ crmName, crmId: '005000000000007AAA' });
      const element = await render();
      await open(element);
      await choose(element, '005000000000007AAA');

      await save(element);

      expect(textOf(element, '.confirmation')).toBe('The CRM of this nomination is now assigned.');
    }
  );

  it('starts afresh when opened again after an assignment: no choice, no old confirmation', async () => {
    assignMock.mockResolvedValue({ crmName: 'Casey Crm', crmId: '005000000000007AAA' });
    const element = await render();
    await assign(element, '005000000000007AAA');
    expect($(element, '.confirmation')).not.toBeNull();

    await open(element);

    expect($(element, '.confirmation')).toBeNull();
    expect($(element, '.error')).toBeNull();
    expect(($(element, 'lightning-combobox') as Combobox).value).toBe('');
    expect(($(element, 'lightning-button.save') as Button).disabled).toBe(true);
  });

  it('shows every reason of a refusal, lets the user try again, and clears it on a new choice', async () => {
    assignMock.mockRejectedValue({
      body: [{ message: 'Choose an active CRM.' }, { message: 'The nomination is closed.' }]
    });
    const element = await render();
    await assign(element, '005000000000010AAA');

    expect(textOf(element, '.error')).toBe('Choose an active CRM. The nomination is closed.');
    expect(($(element, 'lightning-button.save') as Button).disabled).toBe(false);

    await choose(element, '005000000000007AAA');
    expect($(element, '.error')).toBeNull();
  });

  it('clears the refusal while saving again', async () => {
    assignMock.mockRejectedValueOnce({ body: { message: 'Choose an active CRM.' } });
    assignMock.mockReturnValueOnce(new Promise(() => undefined));
    const element = await render();
    await assign(element, '005000000000010AAA');
    expect($(element, '.error')).not.toBeNull();

    await save(element);

    expect($(element, '.error')).toBeNull();
  });

  it('forgets the choice and the refusal on Cancel', async () => {
    assignMock.mockRejectedValue({ body: { message: 'Choose an active CRM.' } });
    const element = await render();
    await assign(element, '005000000000010AAA');
    $(element, 'lightning-button.cancel')!.click();
    await flushPromises();

    expect($(element, '.error')).toBeNull();
    await open(element);
    expect(($(element, 'lightning-combobox') as Combobox).value).toBe('');
  });

  it('says who to ask when no user holds the CRM permission set', async () => {
    const element = createElement('c-nomination-crm-picker', { is: NominationCrmPicker });
    document.body.appendChild(element);
    crmsAdapter.emit([]);
    await flushPromises();
    await open(element);

    expect(textOf(element, '.no-crms')).toBe(
      'No active user holds the Reference CRM permission set. Ask your admin to assign it.'
    );
  });

  describe('keyboard and focus', () => {
    // The stub lightning-* elements cannot hold focus: record what the component focuses instead.
    let focusSpy: jest.SpyInstance;
    const focused = (): unknown => focusSpy.mock.instances[focusSpy.mock.instances.length - 1];
    beforeEach(() => {
      focusSpy = jest.spyOn(HTMLElement.prototype, 'focus');
    });
    afterEach(() => {
      focusSpy.mockRestore();
    });

    const press = (element: HTMLElement, key: string): KeyboardEvent => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true });
      $(element, '.crm-picker')!.dispatchEvent(event);
      return event;
    };

    it('focuses the picker when it opens, and the button after Cancel or Save', async () => {
      assignMock.mockResolvedValue({ crmName: 'Casey Crm', crmId: '005000000000007AAA' });
      const element = await render();
      await open(element);
      expect(focused()).toBe($(element, 'lightning-combobox'));

      $(element, 'lightning-button.cancel')!.click();
      await flushPromises();
      expect(focused()).toBe($(element, 'lightning-button.open'));

      await assign(element, '005000000000007AAA');
      expect(focused()).toBe($(element, 'lightning-button.open'));
    });

    it('closes only on Escape, and keeps that Escape from the page (a modal around it stays open)', async () => {
      const element = await render();
      const reachedPage = jest.fn();
      document.body.addEventListener('keydown', reachedPage);
      await open(element);

      press(element, 'Enter');
      await flushPromises();
      expect($(element, 'lightning-combobox')).not.toBeNull();
      expect(reachedPage).toHaveBeenCalledTimes(1);

      press(element, 'Escape');
      await flushPromises();
      expect($(element, 'lightning-combobox')).toBeNull();
      expect(reachedPage).toHaveBeenCalledTimes(1);
      document.body.removeEventListener('keydown', reachedPage);
    });

    it('lets Escape through to the page while the picker is closed', async () => {
      const element = await render();
      const reachedPage = jest.fn();
      document.body.addEventListener('keydown', reachedPage);
      focusSpy.mockClear();

      press(element, 'Escape');
      await flushPromises();

      expect(reachedPage).toHaveBeenCalledTimes(1);
      expect(focusSpy).not.toHaveBeenCalled();
      document.body.removeEventListener('keydown', reachedPage);
    });
  });
});

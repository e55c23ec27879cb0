import { createElement } from 'lwc';
import ReferenceBoardDialog from 'c/referenceBoardDialog';
import type { DialogCloseDetail, DialogConfirmDetail } from 'c/referenceBoardDialog';
import { flushPromises } from 'test/flushPromises';
import { $ } from 'test/shadowQuery';

type DialogElement = HTMLElement & { heading?: string; confirmLabel?: string; busy?: boolean };

function listen<Detail>(element: HTMLElement, name: string): Detail[] {
  const details: Detail[] = [];
  element.addEventListener(name, (event) => details.push((event as CustomEvent<Detail>).detail));
  return details;
}

// The deepest focused element, through shadow roots.
function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) {
    element = element.shadowRoot.activeElement;
  }
  return element;
}

async function open(props: Partial<DialogElement>, opener?: HTMLElement): Promise<DialogElement> {
  opener?.focus();
  const element = createElement('c-reference-board-dialog', {
    is: ReferenceBoardDialog
  }) as DialogElement;
  Object.assign(element, { heading: 'Confirm 12 responses?', confirmLabel: 'Save', ...props });
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

describe('c-reference-board-dialog', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
    jest.restoreAllMocks();
  });

  it('is a labelled modal dialog with its heading', async () => {
    const element = await open({});

    const dialog = $(element, 'section[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-labelledby')).toBe(
      $(element, '.slds-modal__title')!.getAttribute('id')
    );
    expect($(element, '.slds-modal__title')!.textContent).toBe('Confirm 12 responses?');
    await expect(element).toBeAccessible();
  });

  it('draws its X dark on the close square (SLDS 2 paints it white: an inverse X vanished)', async () => {
    const element = await open({});
    const x = $(element, 'lightning-button-icon.close') as HTMLElement & Record<string, string>;

    expect(x.classList.contains('slds-modal__close')).toBe(true);
    expect(x.iconName).toBe('utility:close');
    expect(x.variant).toBe('bare');
    expect(x.alternativeText).toBe('Close');
  });

  it('closes on Escape only, and keeps that Escape from the page behind it', async () => {
    const element = await open({});
    const closes = listen<DialogCloseDetail>(element, 'close');
    const behind: string[] = [];
    const listener = (event: KeyboardEvent): number => behind.push(event.key);
    document.body.addEventListener('keydown', listener);

    $(element, 'section')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true })
    );
    expect(closes).toEqual([]);
    expect(behind).toEqual(['a']);
    $(element, 'section')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })
    );
    expect(closes).toEqual([{ how: 'escape' }]);
    expect(behind).toEqual(['a']);
    document.body.removeEventListener('keydown', listener);
  });

  it('puts focus, once, on the confirm button, else on Cancel (a field marked data-autofocus first: referenceBoardActionForm)', async () => {
    const focus = jest.spyOn(HTMLElement.prototype, 'focus');
    const withConfirm = await open({});
    expect(focus.mock.contexts).toEqual([$(withConfirm, 'lightning-button.confirm')]);
    withConfirm.heading = 'Confirm 13 responses?'; // a re-render does not take focus back
    await flushPromises();
    expect(focus.mock.contexts).toHaveLength(1);
    document.body.removeChild(withConfirm);
    focus.mockClear();

    const busy = await open({ busy: true });
    expect(focus.mock.contexts).toEqual([$(busy, 'lightning-button.cancel')]);
  });

  it('has no confirm button when it is given no label', async () => {
    const element = createElement('c-reference-board-dialog', { is: ReferenceBoardDialog });
    document.body.appendChild(element);
    await flushPromises();

    expect($(element, 'lightning-button.confirm')).toBeNull();
    expect($(element, '.slds-modal__title')!.textContent).toBe('');
  });

  it('returns focus into the component that opened it, through its shadow root', async () => {
    const host = document.createElement('div');
    document.body.appendChild(host);
    const root = host.attachShadow({ mode: 'open' });
    const opener = document.createElement('button');
    root.appendChild(opener);
    opener.focus();
    const element = await open({});
    const openerFocus = jest.spyOn(opener, 'focus');

    document.body.removeChild(element);
    expect(openerFocus).toHaveBeenCalledTimes(1);
  });

  it('gives focus back to no one when the opener has left the page', async () => {
    const opener = document.createElement('button');
    document.body.appendChild(opener);
    const element = await open({}, opener);
    const openerFocus = jest.spyOn(opener, 'focus');
    document.body.removeChild(opener);

    document.body.removeChild(element);
    expect(openerFocus).not.toHaveBeenCalled();
  });

  it('closes on Escape, the X and Cancel, and confirms on its button', async () => {
    const element = await open({});
    const closes = listen<DialogCloseDetail>(element, 'close');
    const confirms = listen<DialogConfirmDetail>(element, 'confirm');

    $(element, 'section')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })
    );
    $(element, 'section')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    $(element, 'lightning-button-icon.close')!.click();
    $(element, 'lightning-button.cancel')!.click();
    $(element, 'lightning-button.confirm')!.click();

    expect(closes).toEqual([{ how: 'escape' }, { how: 'x' }, { how: 'cancel' }]);
    expect(confirms).toEqual([null]);
  });

  it('keeps Tab inside: past the end to the X, before the start to the last button', async () => {
    const element = (await open({})) as DialogElement & { focusFirst(): void };
    const x = $(element, 'lightning-button-icon.close') as HTMLElement;
    const confirm = $(element, 'lightning-button.confirm') as HTMLElement;
    const xFocus = jest.spyOn(x, 'focus');
    const confirmFocus = jest.spyOn(confirm, 'focus');

    // no field asks for focus: the confirm button gets it
    element.focusFirst();
    expect(confirmFocus).toHaveBeenCalledTimes(1);

    $(element, '.sentinel-end')!.dispatchEvent(new CustomEvent('focus'));
    expect(xFocus).toHaveBeenCalled();
    $(element, '.sentinel-start')!.dispatchEvent(new CustomEvent('focus'));
    expect(confirmFocus).toHaveBeenCalled();
  });

  it('wraps to Cancel when the confirm button is busy, and has no confirm button without a label', async () => {
    const element = await open({ busy: true });
    const cancel = $(element, 'lightning-button.cancel') as HTMLElement;
    const cancelFocus = jest.spyOn(cancel, 'focus');

    $(element, '.sentinel-start')!.dispatchEvent(new CustomEvent('focus'));
    expect(cancelFocus).toHaveBeenCalled();

    element.confirmLabel = '';
    await flushPromises();
    expect($(element, 'lightning-button.confirm')).toBeNull();
  });

  it('returns focus to the control that opened it', async () => {
    const opener = document.createElement('button');
    document.body.appendChild(opener);
    const element = await open({}, opener);
    const elsewhere = document.createElement('input');
    document.body.appendChild(elsewhere);
    elsewhere.focus();
    expect(focused()).toBe(elsewhere);

    document.body.removeChild(element);
    expect(focused()).toBe(opener);
  });
});

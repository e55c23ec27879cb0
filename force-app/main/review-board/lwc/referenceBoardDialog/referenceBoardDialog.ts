import { LightningElement, api } from 'lwc';
import CLOSE from '@salesforce/label/c.Board_Dialog_Close';
import CANCEL from '@salesforce/label/c.Board_Cancel';

/** `confirm` carries no detail: the owner reads its own form. */
export type DialogConfirmDetail = null;
/** `close` carries how it was closed: the X, Escape or Cancel. */
export interface DialogCloseDetail {
  how: 'x' | 'escape' | 'cancel';
}

type Focusable = HTMLElement;

// The element that has focus, through open shadow roots (the control that opened the dialog).
function deepActiveElement(): Focusable | null {
  let element = document.activeElement as Focusable | null;
  // Stryker disable next-line OptionalChaining: the active element is the body when nothing has focus, never null on a page
  while (element?.shadowRoot?.activeElement) {
    element = element.shadowRoot.activeElement as Focusable;
  }
  return element;
}

/**
 * The board's dialog (SLDS modal): its owner puts the content in the default slot and listens to
 * `confirm` and `close`. Focus goes to the first field marked data-autofocus (else the confirm
 * button), Tab and Shift+Tab stay inside, Escape closes, and when it goes away focus returns to the
 * control that had it when the dialog opened (when that control is still on the page).
 */
export default class ReferenceBoardDialog extends LightningElement {
  /** The dialog's title: what is about to happen ("Confirm 12 responses?"). */
  @api heading = '';
  /** The confirm button's label; no confirm button when empty. */
  @api confirmLabel = '';
  /** The confirm button is disabled (a save is running). */
  @api busy = false;

  readonly labels = { CLOSE, CANCEL };
  private opener: Focusable | null = null;
  private focused = false;

  get hasConfirm(): boolean {
    return this.confirmLabel !== '';
  }

  connectedCallback(): void {
    this.opener = deepActiveElement();
  }

  renderedCallback(): void {
    if (!this.focused) {
      this.focused = true;
      const first = this.querySelector<Focusable>('[data-autofocus]');
      // Stryker disable next-line OptionalChaining: Cancel is always rendered, so there is a last control
      (first ?? this.lastControl())?.focus();
    }
  }

  disconnectedCallback(): void {
    const opener = this.opener;
    // Stryker disable next-line OptionalChaining: the opener is at least the body (see deepActiveElement)
    if (opener?.isConnected) {
      opener.focus();
    }
  }

  /** Focus the dialog's first control again (after the owner changed its content). */
  @api
  focusFirst(): void {
    const first = this.querySelector<Focusable>('[data-autofocus]');
    // Stryker disable next-line OptionalChaining: Cancel is always rendered, so there is a last control
    (first ?? this.lastControl())?.focus();
  }

  lastControl(): Focusable | null {
    // Stryker disable next-line OptionalChaining: a rendered component always has its template (the types allow null)
    const confirm = this.template?.querySelector<Focusable>('lightning-button.confirm');
    return confirm && !this.busy
      ? confirm
      : // Stryker disable next-line OptionalChaining: a rendered component always has its template
        (this.template?.querySelector<Focusable>('lightning-button.cancel') ?? null);
  }

  handleKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.notifyClose('escape');
    }
  }

  // Sentinels at both ends keep Tab inside: leaving past the end wraps to the X, before the start
  // wraps to the last button.
  handleFocusStart(): void {
    // Stryker disable next-line OptionalChaining: Cancel is always rendered, so there is a last control
    this.lastControl()?.focus();
  }

  handleFocusEnd(): void {
    // Stryker disable next-line OptionalChaining: the template and its X are always rendered
    this.template?.querySelector<Focusable>('lightning-button-icon.close')?.focus();
  }

  handleX(): void {
    this.notifyClose('x');
  }

  handleCancel(): void {
    this.notifyClose('cancel');
  }

  handleConfirm(): void {
    this.dispatchEvent(new CustomEvent<DialogConfirmDetail>('confirm')); // detail: null
  }

  notifyClose(how: DialogCloseDetail['how']): void {
    this.dispatchEvent(new CustomEvent<DialogCloseDetail>('close', { detail: { how } }));
  }
}

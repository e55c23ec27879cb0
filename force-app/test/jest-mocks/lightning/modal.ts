/*
 * Stand-in for lightning/modal, which sfdx-lwc-jest does not stub. A test maps it with
 *   jest.mock('lightning/modal', () => require('<path>/force-app/test/jest-mocks/lightning/modal'),
 *     { virtual: true });
 * open() renders the modal component in the document and resolves with what close() receives,
 * like the platform (one modal at a time); closeResults keeps every close() argument.
 */
import { LightningElement, api, createElement } from 'lwc';

export const closeResults: unknown[] = [];

let opened: { element: HTMLElement; resolve: (result: unknown) => void } | undefined;

export default class LightningModal extends LightningElement {
  @api size = 'medium';
  @api label = '';
  @api description = '';
  @api disableClose = false;

  close(result: unknown): Promise<void> {
    closeResults.push(result);
    const current = opened;
    opened = undefined;
    if (current) {
      current.element.remove();
      current.resolve(result);
    }
    return Promise.resolve();
  }

  static open(this: unknown, options: Record<string, unknown> = {}): Promise<unknown> {
    const element = createElement('lightning-modal-under-test', {
      is: this as typeof LightningElement
    });
    Object.assign(element, options);
    return new Promise((resolve) => {
      opened = { element, resolve };
      document.body.appendChild(element);
    });
  }
}

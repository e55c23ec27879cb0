/*
 * lightning/navigation in the preview. A record page the preview has (Campaign, Account) opens
 * there; any other destination is announced in the banner ("would open …") and recorded in
 * window.__previewNavigations, since the preview has no other Salesforce pages.
 */
import { urlFor } from '../shell.js';

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

function navigationMixin(Base) {
  return class extends Base {
    [Navigate](pageReference, replace) {
      globalThis.__previewNavigations ??= [];
      globalThis.__previewNavigations.push(pageReference);
      const url = urlFor(pageReference);
      globalThis.dispatchEvent(
        new CustomEvent('preview:navigate', { detail: { pageReference, url, replace } })
      );
    }
    [GenerateUrl](pageReference) {
      return Promise.resolve(urlFor(pageReference) ?? '#');
    }
  };
}
navigationMixin.Navigate = Navigate;
navigationMixin.GenerateUrl = GenerateUrl;

export const NavigationMixin = navigationMixin;

/** Wire adapter: the current page as a page reference. */
export class CurrentPageReference {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {
    const config = globalThis.__PREVIEW__ ?? {};
    this.dataCallback({
      type: 'standard__recordPage',
      attributes: {
        recordId: config.recordId,
        objectApiName: config.objectApiName,
        actionName: 'view'
      },
      state: Object.fromEntries(new URLSearchParams(globalThis.location?.search ?? ''))
    });
  }
  update() {}
  disconnect() {}
}

/*
 * The nomination wizard's flow screen (c/referenceTypePage) hosted the way the Flow runtime hosts
 * it: input properties from the flow (here: from the response in the URL), the values the screen
 * reports through FlowAttributeChangeEvent kept and shown, and Next calling the screen's
 * validate() before the flow may move on.
 */
import { mountPage } from '../shell.js';

export function start({ referenceTypePage }) {
  const config = globalThis.__PREVIEW__ ?? {};
  const outputs = {};
  globalThis.__previewFlow = { outputs, navigations: [] };
  return mountPage({
    tag: 'c-reference-type-page',
    Ctor: referenceTypePage,
    heading: config.heading,
    props: config.flowInputs ?? {},
    host({ element, container, el }) {
      const values = el('pre', { class: 'slds-text-font_monospace preview-flow-values' });
      const status = el('p', { class: 'preview-flow-status slds-m-top_small', role: 'status' });
      const show = () => {
        values.textContent = JSON.stringify(outputs, null, 2);
      };
      element.addEventListener('lightning__flowattributechange', (event) => {
        outputs[event.detail.attributeName] = event.detail.attributeValue;
        show();
      });
      const next = el('button', {
        class: 'slds-button slds-button_brand',
        type: 'button',
        text: 'Next'
      });
      next.addEventListener('click', () => {
        const verdict =
          typeof element.validate === 'function' ? element.validate() : { isValid: true };
        globalThis.__previewFlow.navigations.push(verdict);
        status.textContent = verdict?.isValid
          ? 'The flow would move to the next screen with these values.'
          : `The flow stays on this screen: ${verdict?.errorMessage ?? ''}`;
      });
      const footer = el('div', { class: 'slds-card__footer slds-text-align_right' }, next);
      const aside = el(
        'section',
        { class: 'slds-m-top_medium', 'aria-label': 'Flow values' },
        el('h2', { class: 'slds-text-heading_small', text: 'Values the flow receives' }),
        values,
        status
      );
      container.append(element, footer, aside);
      show();
    }
  });
}

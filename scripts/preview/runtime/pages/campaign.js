/*
 * Campaign record page: the response board (c/referenceResponseBoard) with recordId set, as the
 * Lightning App Builder page places it.
 */
import { createElement } from 'lwc';
import { mountPage } from '../shell.js';

export function start({ referenceResponseBoard, referenceAttributionChart }) {
  const config = globalThis.__PREVIEW__ ?? {};
  return mountPage({
    tag: 'c-reference-response-board',
    Ctor: referenceResponseBoard,
    heading: config.heading,
    props: { recordId: config.recordId, objectApiName: 'Campaign' },
    host: ({ element, container, main, el }) => {
      // attribution (issue 18): the program's funnel and trend above the board, as on the page
      if (referenceAttributionChart) {
        const chart = createElement('c-reference-attribution-chart', {
          is: referenceAttributionChart
        });
        Object.assign(chart, { recordId: config.recordId, objectApiName: 'Campaign' });
        main.insertBefore(el('div', { class: 'slds-m-bottom_small' }, chart), container);
      }
      container.append(element);
    }
  });
}

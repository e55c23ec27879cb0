/*
 * Campaign record page: the response board (c/referenceResponseBoard) with recordId set, in the
 * main column of a two-column record page (8 of 12 columns from 1024 px, as Lightning's "header
 * and right sidebar" template), so the board is measured at the width it gets in Salesforce (about
 * 830 px at a 1280 px window). The sidebar holds a preview-only control: an account-team reply
 * arriving in Chatter for an asked response.
 */
import { createElement } from 'lwc';
import { mountPage } from '../shell.js';
import { call } from '../backend/index.js';

function simulateReplyCard({ el, refresh }) {
  const card = el('article', {
    class: 'slds-card slds-p-around_small preview-simulate-reply',
    'aria-labelledby': 'preview-simulate-heading'
  });
  const heading = el('h2', {
    id: 'preview-simulate-heading',
    class: 'slds-text-heading_small slds-m-bottom_x-small',
    text: 'Preview only: a reply arrives in Chatter'
  });
  const help = el('p', {
    class: 'slds-text-body_small slds-text-color_weak slds-m-bottom_x-small',
    text: 'In Salesforce the Account Owner or a CSM comments on the ask; here you play them.'
  });
  const select = el('select', { id: 'preview-simulate-response', class: 'slds-select' });
  const text = el('textarea', { id: 'preview-simulate-text', class: 'slds-textarea', rows: '2' });
  text.value = 'Yes, they are a great fit: go ahead.';
  const button = el('button', {
    type: 'button',
    class: 'slds-button slds-button_neutral slds-m-top_x-small preview-simulate-button',
    text: 'Reply as the Account Owner'
  });
  const status = el('p', { class: 'slds-text-body_small slds-m-top_x-small', role: 'status' });
  const label = (forId, value) =>
    el('label', { class: 'slds-form-element__label', for: forId, text: value });
  card.append(
    heading,
    help,
    label('preview-simulate-response', 'Asked response'),
    select,
    label('preview-simulate-text', 'Reply'),
    text,
    button,
    status
  );
  const config = globalThis.__PREVIEW__ ?? {};
  async function fill() {
    const asked = await call('PreviewChatter.askedResponses', { campaignId: config.recordId });
    select.replaceChildren(...asked.map((one) => el('option', { value: one.id, text: one.name })));
    button.disabled = asked.length === 0;
    if (asked.length === 0) status.textContent = 'No response is waiting for the account team.';
  }
  // The board may have asked someone since: the list is read again when the control is used.
  select.addEventListener('focus', () => fill());
  button.addEventListener('click', async () => {
    const done = await call('PreviewChatter.simulateReply', {
      responseId: select.value,
      text: text.value
    });
    status.textContent = `Reply captured for ${done.personName}.`;
    await refresh();
    await fill();
  });
  fill();
  return card;
}

export function start({ referenceResponseBoard, referenceAttributionChart }) {
  const config = globalThis.__PREVIEW__ ?? {};
  const props = { recordId: config.recordId, objectApiName: 'Campaign' };
  return mountPage({
    tag: 'c-reference-response-board',
    Ctor: referenceResponseBoard,
    heading: config.heading,
    props,
    host({ element, container, el }) {
      const grid = el('div', { class: 'slds-grid slds-wrap slds-gutters_x-small preview-record' });
      const main = el('div', {
        class: 'slds-col slds-size_1-of-1 slds-large-size_8-of-12 preview-main-column'
      });
      const side = el('div', { class: 'slds-col slds-size_1-of-1 slds-large-size_4-of-12' });
      // attribution (issue 18): the program's funnel and trend above the board, as on the page
      if (referenceAttributionChart) {
        const chart = createElement('c-reference-attribution-chart', {
          is: referenceAttributionChart
        });
        Object.assign(chart, props);
        main.append(el('div', { class: 'slds-m-bottom_small' }, chart));
      }
      let board = element;
      main.append(board);
      const refresh = async () => {
        const next = createElement('c-reference-response-board', { is: referenceResponseBoard });
        Object.assign(next, props);
        board.replaceWith(next);
        board = next;
      };
      if (config.recordId) side.append(simulateReplyCard({ el, refresh }));
      grid.append(main, side);
      container.classList.remove('slds-card', 'slds-p-around_small');
      container.append(grid);
    }
  });
}

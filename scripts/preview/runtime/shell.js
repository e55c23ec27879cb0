/*
 * The page around a component in the preview: the "Local preview on sample data" banner with the
 * page list, the record page layout, toasts (lightning/platformShowToastEvent) and navigation.
 * Built with DOM calls only (no innerHTML), accessible landmarks, SLDS classes.
 */
import { createElement } from 'lwc';
import { ready } from './backend/index.js';

const config = () => globalThis.__PREVIEW__ ?? { pages: [] };
const doc = () => globalThis.document;

globalThis.__previewToasts = [];

function el(tag, attributes = {}, ...children) {
  const node = doc().createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** The preview URL of a page reference, or null when the preview has no such page. */
export function urlFor(pageReference) {
  const recordId = pageReference?.attributes?.recordId;
  if (pageReference?.type !== 'standard__recordPage' || !recordId) return null;
  const page = (config().pages ?? []).find((one) => one.recordId === recordId);
  return page ? page.path : null;
}

function banner() {
  const { pages = [], title } = config();
  const nav = el('nav', { class: 'preview-nav', 'aria-label': 'Preview pages' });
  const list = el('ul', { class: 'slds-list_horizontal slds-wrap' });
  for (const page of pages.filter((one) => !one.hidden)) {
    const current = globalThis.location?.pathname === page.path;
    list.append(
      el(
        'li',
        { class: 'slds-m-right_medium' },
        el('a', { href: page.path, 'aria-current': current ? 'page' : null, text: page.label })
      )
    );
  }
  nav.append(list);
  const message = el('p', { class: 'preview-navigation-message', role: 'status' });
  globalThis.addEventListener('preview:navigate', (event) => {
    const { url, pageReference } = event.detail;
    if (url) {
      globalThis.location.assign(url);
      return;
    }
    message.textContent = `In Salesforce this would open: ${describe(pageReference)}`;
  });
  return el(
    'header',
    { class: 'preview-banner slds-theme_shade' },
    el(
      'div',
      { class: 'slds-grid slds-grid_vertical-align-center slds-wrap' },
      el('strong', {
        class: 'preview-badge slds-m-right_medium',
        text: 'Local preview on sample data'
      }),
      el('span', {
        class: 'slds-text-body_small slds-m-right_medium',
        text: title ? `${title} · not a Salesforce org: records live in this browser tab` : ''
      }),
      nav
    ),
    message
  );
}

function describe(pageReference) {
  const { type, attributes = {} } = pageReference ?? {};
  const what = attributes.recordId ?? attributes.objectApiName ?? attributes.url ?? '';
  return `${type ?? 'page'} ${what}`.trim();
}

function toastRegion() {
  const region = el('div', {
    class: 'preview-toasts slds-notify_container slds-is-relative',
    role: 'status',
    'aria-live': 'polite'
  });
  doc().addEventListener('lightning__showtoast', (event) => {
    const { title = '', message = '', variant = 'info', messageData } = event.detail ?? {};
    let text = String(message);
    (messageData ?? []).forEach((item, index) => {
      const value = typeof item === 'object' ? (item?.label ?? '') : item;
      text = text.replace(`{${index}}`, String(value));
    });
    globalThis.__previewToasts.push({ title, message: text, variant });
    const toast = el(
      'div',
      { class: `slds-notify slds-notify_toast slds-theme_${variant}` },
      el(
        'div',
        { class: 'slds-notify__content' },
        el('h2', { class: 'slds-text-heading_small', text: title }),
        text ? el('p', { text }) : null
      )
    );
    region.append(toast);
    setTimeout(() => toast.remove(), 8000);
  });
  return region;
}

/**
 * Renders the page: banner, a record-page header, and the component created from `Ctor` with
 * `props` (recordId, objectApiName …) once the backend has its data.
 */
export async function mountPage({ tag, Ctor, props = {}, heading, host }) {
  const body = doc().body;
  body.classList.add('preview');
  const main = el('main', { id: 'main', class: 'slds-p-around_medium' });
  if (heading) {
    main.append(
      el('h1', { class: 'slds-text-heading_medium slds-m-bottom_medium', text: heading })
    );
  }
  body.append(banner(), toastRegion(), main);
  await ready;
  const element = createElement(tag, { is: Ctor });
  Object.assign(element, props);
  const container = el('div', { class: 'slds-card slds-p-around_small preview-component' });
  main.append(container);
  if (host) host({ element, container, main, el });
  else container.append(element);
  globalThis.__previewMounted = true;
  return element;
}

export { el };

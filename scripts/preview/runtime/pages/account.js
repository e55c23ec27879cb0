/*
 * Account record page: the account's reference panel (c/referenceAccountPanel).
 */
import { mountPage } from '../shell.js';

export function start({ referenceAccountPanel }) {
  const config = globalThis.__PREVIEW__ ?? {};
  return mountPage({
    tag: 'c-reference-account-panel',
    Ctor: referenceAccountPanel,
    heading: config.heading,
    props: { recordId: config.recordId, objectApiName: 'Account' }
  });
}

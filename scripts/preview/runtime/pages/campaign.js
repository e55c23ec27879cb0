/*
 * Campaign record page: the response board (c/referenceResponseBoard) with recordId set, as the
 * Lightning App Builder page places it.
 */
import { mountPage } from '../shell.js';

export function start({ referenceResponseBoard }) {
  const config = globalThis.__PREVIEW__ ?? {};
  return mountPage({
    tag: 'c-reference-response-board',
    Ctor: referenceResponseBoard,
    heading: config.heading,
    props: { recordId: config.recordId, objectApiName: 'Campaign' }
  });
}

/*
 * Reference Nomination record page: the nomination's home (c/nominationHome) as the Lightning
 * record page places it: next step, the account team's reply, the GitLab issue (queued, created or
 * failed, from the sample data), the CRM and the intro email.
 */
import { mountPage } from '../shell.js';

export function start({ nominationHome }) {
  const config = globalThis.__PREVIEW__ ?? {};
  return mountPage({
    tag: 'c-nomination-home',
    Ctor: nominationHome,
    heading: config.heading,
    props: { recordId: config.recordId, objectApiName: 'Reference_Nomination__c' }
  });
}

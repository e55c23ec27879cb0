/*
 * The nomination wizard page: the Reference_Nomination_Wizard flow as a program manager sees it in
 * its dialog, every screen of the real flow (who and what, reference types, details, review) read
 * from the flow's XML and run by the preview's lightning-flow stand-in, with the flow's one footer.
 * The page's record is the response the wizard starts from (the Campaign board's Nominate);
 * `?account=<Id>` starts it from an account instead (the Account panel's "Nominate this account").
 * When the flow finishes, the page says what was saved (in the tab's records only).
 */
import Flow from 'lightning/flow';
import { mountPage } from '../shell.js';

export function start() {
  const config = globalThis.__PREVIEW__ ?? {};
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  // A pasted Id may carry spaces: the wizard's load action trims it, as NominationWizardService does.
  const account = params.get('account');
  const flowInputVariables = account
    ? [{ name: 'accountId', type: 'String', value: account }]
    : [{ name: 'responseId', type: 'String', value: config.recordId }];
  globalThis.__previewFlow = { statuses: [] };
  return mountPage({
    tag: 'lightning-flow',
    Ctor: Flow,
    heading: config.heading,
    props: { flowApiName: 'Reference_Nomination_Wizard', flowInputVariables },
    host({ element, container, el }) {
      // focus comes here when the flow finishes: its screen, and the button that had focus, are gone
      const status = el('p', {
        class: 'preview-flow-status slds-m-top_small',
        role: 'status',
        tabindex: '-1'
      });
      element.addEventListener('statuschange', (event) => {
        const { status: flowStatus, outputVariables = [] } = event.detail ?? {};
        globalThis.__previewFlow.statuses.push(event.detail);
        const saved = outputVariables.some((one) => one.name === 'nominationId' && one.value);
        if (flowStatus !== 'FINISHED') return;
        status.textContent = saved
          ? "The wizard saved the nomination (in this browser tab only): the account's page lists it."
          : 'The wizard is closed.';
        status.focus();
      });
      container.append(element, status);
    }
  });
}

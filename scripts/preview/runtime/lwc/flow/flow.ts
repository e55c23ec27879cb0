/*
 * lightning-flow in the preview, for the one flow the package has (Reference_Nomination_Wizard).
 * There is no Flow engine outside Salesforce: this stand-in runs the flow's custom screen
 * (c-reference-type-page) with the inputs the flow gives it, keeps what the screen reports through
 * FlowAttributeChangeEvent, calls the screen's validate() on Finish like the Flow runtime, then
 * saves through the preview backend (PreviewFlow.submitNomination: the nomination, its reference
 * types, the response moved to Nominated by c/referenceProgram's rules) and reports
 * statuschange FINISHED. The standard screens (account, champion, program, CRM) are shown as a
 * summary of what the flow would prefill.
 */
import { LightningElement, api } from 'lwc';
import { call } from '../../backend/index.js';

export default class Flow extends LightningElement {
  @api flowApiName;
  @api flowInputVariables = [];
  context;
  outputs = {};
  error;
  saving = false;

  constructor() {
    super();
    this.template.addEventListener('lightning__flowattributechange', (event) =>
      this.handleAttributeChange(event)
    );
  }

  connectedCallback() {
    const inputs = Object.fromEntries(
      (this.flowInputVariables ?? []).map((variable) => [variable.name, variable.value])
    );
    call('PreviewFlow.loadNominationContext', inputs).then(
      (context) => {
        this.context = context;
        this.outputs = {
          sourcedFromLandingPage: context.isLandingPageResponse,
          landingPageResponseId: context.isLandingPageResponse ? context.responseId : null,
          selectedTypes: ''
        };
        this.dispatchEvent(new CustomEvent('statuschange', { detail: { status: 'STARTED' } }));
      },
      (error) => {
        this.error = error?.body?.message ?? String(error);
      }
    );
  }

  get ready() {
    return Boolean(this.context) && !this.error;
  }

  get summary() {
    const context = this.context ?? {};
    return [
      { key: 'account', label: 'Account', value: context.accountName ?? '—' },
      { key: 'champion', label: 'Champion', value: context.championName ?? '—' },
      { key: 'program', label: 'Program', value: context.programLabel ?? '—' },
      { key: 'campaign', label: 'Campaign', value: context.campaignName ?? '—' }
    ];
  }

  handleAttributeChange(event) {
    event.stopPropagation();
    const { attributeName, attributeValue } = event.detail;
    this.outputs = { ...this.outputs, [attributeName]: attributeValue };
  }

  handleFinish() {
    const screen = this.template.querySelector('c-reference-type-page');
    const verdict = typeof screen?.validate === 'function' ? screen.validate() : { isValid: true };
    if (!verdict?.isValid) {
      this.error = verdict?.errorMessage ?? '';
      return;
    }
    this.error = undefined;
    this.saving = true;
    call('PreviewFlow.submitNomination', { ...this.context, ...this.outputs }).then(
      (outcome) => {
        this.saving = false;
        if (!outcome.isSuccess) {
          this.error = outcome.errorMessage;
          return;
        }
        this.dispatchEvent(
          new CustomEvent('statuschange', {
            detail: {
              status: 'FINISHED',
              outputVariables: [{ name: 'nominationId', value: outcome.nominationId }]
            }
          })
        );
      },
      (error) => {
        this.saving = false;
        this.error = error?.body?.message ?? String(error);
      }
    );
  }
}

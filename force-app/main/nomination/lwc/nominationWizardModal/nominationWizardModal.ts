/*
 * The nomination wizard in a modal: hosts the Reference_Nomination_Wizard screen Flow. Callers (the
 * Campaign board, the Account panel) open it and refresh themselves when it resolves 'finished':
 *
 *   const result = await NominationWizardModal.open({ size: 'large', label, responseId, accountId });
 *   if (result === 'finished') { ...refresh... }
 *
 * It resolves undefined when the user closes it (the header's X or Escape). The flow's own footer
 * (Previous / Next / Finish) is the dialog's only footer: no second row of buttons.
 */
import LightningModal from 'lightning/modal';
import { api } from 'lwc';
import TITLE_LABEL from '@salesforce/label/c.Wizard_Modal_Title';

/** What open() resolves when the wizard was completed. */
export const WIZARD_FINISHED = 'finished';
/** lightning-flow statuses of a completed interview. */
export const FINISHED_STATUSES: readonly string[] = ['FINISHED', 'FINISHED_SCREEN'];

/** Options of NominationWizardModal.open(). */
export interface NominationWizardOptions {
  size?: 'small' | 'medium' | 'large' | 'full';
  label?: string;
  description?: string;
  responseId?: string;
  accountId?: string;
}

/** A Flow input variable as lightning-flow takes it: name, type and value. */
export type FlowInputVariable = Readonly<Record<'name' | 'value', string>> & { type: 'String' };

export default class NominationWizardModal extends LightningModal {
  // Provided by LightningModal at run time; @salesforce/lightning-types does not declare it.
  declare static open: (options: NominationWizardOptions) => Promise<string | undefined>;

  /** The campaign response (CampaignMember Id) the nomination starts from. */
  @api responseId?: string;
  /** The account the nomination starts from. */
  @api accountId?: string;

  get heading(): string {
    return this.label || TITLE_LABEL;
  }

  get inputVariables(): FlowInputVariable[] {
    const variables: FlowInputVariable[] = [];
    if (this.responseId) {
      variables.push({ name: 'responseId', type: 'String', value: this.responseId });
    }
    if (this.accountId) {
      variables.push({ name: 'accountId', type: 'String', value: this.accountId });
    }
    return variables;
  }

  handleStatusChange(event: CustomEvent<{ status: string }>): void {
    if (FINISHED_STATUSES.includes(event.detail.status)) {
      this.close(WIZARD_FINISHED);
    }
  }
}

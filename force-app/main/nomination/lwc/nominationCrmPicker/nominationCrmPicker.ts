import { LightningElement, api, wire } from 'lwc';
import searchCrms from '@salesforce/apex/NominationHomeController.searchCrms';
import assignCrm from '@salesforce/apex/NominationHomeController.assignCrm';
import { formatLabelOr, reduceErrors } from 'c/ldsUtils';
import LABEL from '@salesforce/label/c.Nomination_Crm_Picker_Label';
import PLACEHOLDER from '@salesforce/label/c.Nomination_Crm_Picker_Placeholder';
import ASSIGN from '@salesforce/label/c.Nomination_Crm_Picker_Assign';
import CHANGE from '@salesforce/label/c.Nomination_Crm_Picker_Change';
import SAVE from '@salesforce/label/c.Nomination_Crm_Picker_Save';
import CANCEL from '@salesforce/label/c.Nomination_Crm_Picker_Cancel';
import ASSIGNED from '@salesforce/label/c.Nomination_Crm_Picker_Assigned';
import ASSIGNED_NO_NAME from '@salesforce/label/c.Nomination_Crm_Picker_Assigned_No_Name';
import NONE from '@salesforce/label/c.Nomination_Crm_Picker_None';

type Crm = Apex.NominationHomeService.Crm;

/** Detail of `crmassigned`: the nomination's home after the change. */
export interface CrmAssignedDetail {
  home: Apex.NominationHomeService.Home;
}

/**
 * Assigns the CRM of a nomination: a button opens an inline picker of the active users holding the
 * CRM permission set (never a raw Id), Save assigns through Apex. The outcome is said inline, next
 * to the control (one kind of feedback), and focus stays where the user works: the picker when it
 * opens, the button when it closes.
 */
export default class NominationCrmPicker extends LightningElement {
  /** The nomination. */
  @api nominationId?: string;
  /** Whether a CRM is assigned (the button says Assign or Change). */
  @api hasCrm = false;

  @wire(searchCrms, { searchTerm: '' })
  crms?: Apex.WireResult<Crm[]>;

  readonly labels = { label: LABEL, placeholder: PLACEHOLDER, save: SAVE, cancel: CANCEL };

  editing = false;
  chosen = '';
  saving = false;
  error = '';
  confirmation = '';

  get openLabel(): string {
    return this.hasCrm ? CHANGE : ASSIGN;
  }

  get options(): { label: string; value: string }[] {
    // Stryker disable next-line OptionalChaining: the Apex wire adapter sets {data, error} on connect, before the first render
    return (this.crms?.data ?? []).map((crm) => ({
      label: crm.title ? `${crm.name ?? ''} · ${crm.title}` : (crm.name ?? ''),
      value: crm.userId ?? ''
    }));
  }

  get noCrms(): boolean {
    // Stryker disable next-line OptionalChaining: the Apex wire adapter sets {data, error} on connect, before the first render
    return Boolean(this.crms?.data) && this.options.length === 0;
  }

  get noneText(): string {
    return NONE;
  }

  get saveDisabled(): boolean {
    return this.saving || !this.chosen;
  }

  // What takes focus once the template has rendered: the picker when it opens, the button after.
  private focusNext?: 'lightning-combobox' | 'lightning-button.open';

  renderedCallback(): void {
    // Stryker disable next-line ConditionalExpression: without the guard it queries "undefined", which matches nothing
    if (this.focusNext) {
      const target = this.template?.querySelector(this.focusNext) as HTMLElement | null;
      this.focusNext = undefined;
      target?.focus();
    }
  }

  handleOpen(): void {
    this.editing = true;
    this.error = '';
    this.confirmation = '';
    this.focusNext = 'lightning-combobox';
  }

  handleChoose(event: CustomEvent<{ value: string }>): void {
    this.chosen = event.detail.value;
    this.error = '';
  }

  handleKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.editing) {
      event.stopPropagation();
      this.handleCancel();
    }
  }

  handleCancel(): void {
    this.editing = false;
    this.chosen = '';
    this.error = '';
    this.focusOpener();
  }

  async handleSave(): Promise<void> {
    this.saving = true;
    this.error = '';
    try {
      const home = await assignCrm({ nominationId: this.nominationId, crmId: this.chosen });
      this.confirmation = formatLabelOr(ASSIGNED, ASSIGNED_NO_NAME, home.crmName);
      this.editing = false;
      this.chosen = '';
      this.dispatchEvent(new CustomEvent<CrmAssignedDetail>('crmassigned', { detail: { home } }));
      this.focusOpener();
    } catch (error) {
      this.error = reduceErrors(error).join(' ');
    } finally {
      this.saving = false;
    }
  }

  private focusOpener(): void {
    this.focusNext = 'lightning-button.open';
  }
}

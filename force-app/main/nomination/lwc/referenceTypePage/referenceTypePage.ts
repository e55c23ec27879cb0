/*
 * Reference Type page of the nomination wizard (a Flow screen component): the reference types agreed
 * with the customer and the "Sourced from the external landing page" checkbox. validate() keeps the
 * Flow from going on while the page is incomplete; the server rules (NominationService, validation
 * rules) check the same again on save.
 */
import { LightningElement, api, wire } from 'lwc';
import { FlowAttributeChangeEvent } from 'lightning/flowSupport';
import getLandingPageResponses from '@salesforce/apex/NominationWizardResponses.getLandingPageResponses';
import { REFERENCE_TYPES, referenceTypeLabel, type ReferenceType } from 'c/referenceProgram';
import REFERENCE_TYPES_LABEL from '@salesforce/label/c.Wizard_Reference_Types';
import SOURCED_LABEL from '@salesforce/label/c.Wizard_Sourced_From_Landing_Page';
import RESPONSE_ID_LABEL from '@salesforce/label/c.Wizard_Landing_Page_Response_Id';
import RESPONSE_ID_HELP from '@salesforce/label/c.Wizard_Landing_Page_Response_Help';
import PRE_TICKED_LABEL from '@salesforce/label/c.Wizard_Landing_Page_Pre_Ticked';
import UNTICKED_ERROR from '@salesforce/label/c.Error_Wizard_Landing_Page_Untick';
import TYPE_REQUIRED_ERROR from '@salesforce/label/c.Error_Wizard_Reference_Type_Required';
import RESPONSE_NEEDED_ERROR from '@salesforce/label/c.Error_Wizard_Landing_Page_Response_Needed';
import RESPONSE_INVALID_ERROR from '@salesforce/label/c.Error_Wizard_Landing_Page_Response_Invalid';
import RESPONSE_PLACEHOLDER from '@salesforce/label/c.Wizard_Response_Placeholder';
import NO_RESPONSES_LABEL from '@salesforce/label/c.Wizard_No_Landing_Page_Responses';

/** What the Flow runtime expects back from a screen component's validate(). */
export interface FlowValidation {
  isValid: boolean;
  errorMessage?: string;
}

/** The base components' validation API (lightning-input, -combobox, -checkbox-group). */
type ValidatedField = HTMLElement & {
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
};

/** Separator of the reference types in the Flow text variable (Apex accepts ; and ,). */
export const TYPE_SEPARATOR = ';';

// A CampaignMember Id: key prefix 00v, 15 or 18 characters.
const RESPONSE_ID_PATTERN = /^00v[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

export function parseReferenceTypes(value: string | null | undefined): ReferenceType[] {
  // Stryker disable next-line StringLiteral: any other fallback text is no reference type either
  const parsed = (value ?? '').split(/[;,]/).map((part) => part.trim());
  return REFERENCE_TYPES.filter((type) => parsed.includes(type));
}

export function isResponseId(value: string | null | undefined): boolean {
  // Stryker disable next-line StringLiteral: any other fallback text is no response Id either
  return RESPONSE_ID_PATTERN.test((value ?? '').trim());
}

/** The labels of the chosen types, for the Review screen ("Logo, Case study", never API values). */
export function referenceTypeLabels(value: string | null | undefined): string {
  return parseReferenceTypes(value).map(referenceTypeLabel).join(', ');
}

type ResponseOption = Apex.NominationWizardResponses.Option;

export default class ReferenceTypePage extends LightningElement {
  /** True when the wizard started from a response in a landing-page campaign (input only). */
  @api isLandingPageResponse = false;
  /** The account being nominated: its landing-page responses are offered to link (input only). */
  @api accountId?: string;

  /** The labels of the selected types, for the Review screen (output only). */
  @api
  get selectedTypeLabels(): string {
    return referenceTypeLabels(this.types);
  }

  @wire(getLandingPageResponses, { accountId: '$accountId' })
  responseOptions?: Apex.WireResult<ResponseOption[]>;

  // The Flow sets these and reads them back through FlowAttributeChangeEvent; the component keeps
  // its own copy so it never reassigns a public property.
  private types = '';
  private sourced = false;
  private responseId = '';

  /** Reference type API values joined by semicolons (input and output). */
  @api
  get selectedTypes(): string {
    return this.types;
  }
  set selectedTypes(value: string | null | undefined) {
    this.types = value ?? '';
  }

  /** The "Sourced from the external landing page" checkbox (input and output). */
  @api
  get sourcedFromLandingPage(): boolean {
    return this.sourced;
  }
  set sourcedFromLandingPage(value: boolean | null | undefined) {
    this.sourced = value === true;
  }

  /** The landing-page response the nomination comes from (input and output). */
  @api
  get landingPageResponseId(): string {
    return this.responseId;
  }
  set landingPageResponseId(value: string | null | undefined) {
    this.responseId = value ?? '';
  }

  labels = {
    typeRequired: TYPE_REQUIRED_ERROR,
    responseNeeded: RESPONSE_NEEDED_ERROR,
    referenceTypes: REFERENCE_TYPES_LABEL,
    sourced: SOURCED_LABEL,
    responseId: RESPONSE_ID_LABEL,
    responseIdHelp: RESPONSE_ID_HELP,
    preTicked: PRE_TICKED_LABEL,
    responsePlaceholder: RESPONSE_PLACEHOLDER,
    noResponses: NO_RESPONSES_LABEL
  };

  connectedCallback(): void {
    // A landing-page response is pre-ticked; the Flow is told so it submits the ticked value.
    if (this.isLandingPageResponse && !this.sourced) {
      this.sourced = true;
      this.report('sourcedFromLandingPage', true);
    }
  }

  get typeOptions(): { label: string; value: ReferenceType }[] {
    return REFERENCE_TYPES.map((type) => ({ label: referenceTypeLabel(type), value: type }));
  }

  get selectedTypeValues(): ReferenceType[] {
    return parseReferenceTypes(this.selectedTypes);
  }

  get asksForResponseId(): boolean {
    return this.sourcedFromLandingPage && !this.isLandingPageResponse;
  }

  /** "Ticked because this response came from the landing page": only while it is ticked. */
  get showsPreTicked(): boolean {
    return this.isLandingPageResponse && this.sourcedFromLandingPage;
  }

  get responseChoices(): ResponseOption[] {
    // Stryker disable next-line OptionalChaining: the Apex wire adapter sets {data, error} on connect, before the first render
    return this.responseOptions?.data ?? [];
  }

  get noResponseChoices(): boolean {
    return this.responseChoices.length === 0;
  }

  handleTypesChange(event: CustomEvent<{ value: string[] }>): void {
    this.types = parseReferenceTypes(event.detail.value.join(TYPE_SEPARATOR)).join(TYPE_SEPARATOR);
    this.report('selectedTypes', this.types);
    this.report('selectedTypeLabels', this.selectedTypeLabels);
  }

  handleSourcedChange(event: CustomEvent<{ checked: boolean }>): void {
    (event.target as ValidatedField).setCustomValidity('');
    this.sourced = event.detail.checked;
    this.report('sourcedFromLandingPage', this.sourced);
  }

  handleResponseIdChange(event: CustomEvent<{ value: string }>): void {
    (event.target as ValidatedField).setCustomValidity('');
    this.responseId = (event.detail.value ?? '').trim();
    this.report('landingPageResponseId', this.responseId);
  }

  /** Called by the Flow runtime on Next: the first problem on the page, in words. */
  @api
  validate(): FlowValidation {
    const problem = this.firstProblem();
    return problem ? { isValid: false, errorMessage: problem } : { isValid: true };
  }

  /**
   * Called by the Flow runtime when it is time to show errors: this page shows its first problem
   * itself, once, at its field (the Flow then adds no message of its own), and moves focus there.
   * A missing value says it through the field's message-when-value-missing (the same label).
   */
  @api
  reportValidity(): boolean {
    const problem = this.firstProblem();
    if (!problem) {
      return true;
    }
    let selector = '[data-id="response-id"]';
    if (problem === UNTICKED_ERROR) {
      selector = '[data-id="sourced"]';
    } else if (problem === TYPE_REQUIRED_ERROR) {
      selector = 'lightning-checkbox-group';
    }
    // Stryker disable OptionalChaining: Flow calls this on a rendered page (the template is set), and the field of each problem is rendered whenever it can arise
    const field = this.template?.querySelector<ValidatedField>(selector);
    if (problem === UNTICKED_ERROR || problem === RESPONSE_INVALID_ERROR) {
      field?.setCustomValidity(problem);
    }
    field?.reportValidity();
    field?.focus();
    // Stryker restore OptionalChaining
    return false;
  }

  private firstProblem(): string | undefined {
    if (this.isLandingPageResponse && !this.sourcedFromLandingPage) {
      return UNTICKED_ERROR;
    }
    if (this.selectedTypeValues.length === 0) {
      return TYPE_REQUIRED_ERROR;
    }
    if (this.asksForResponseId) {
      if (!this.landingPageResponseId) {
        return RESPONSE_NEEDED_ERROR;
      }
      if (!isResponseId(this.landingPageResponseId)) {
        return RESPONSE_INVALID_ERROR;
      }
    }
    return undefined;
  }

  private report(attributeName: string, attributeValue: unknown): void {
    this.dispatchEvent(new FlowAttributeChangeEvent(attributeName, attributeValue));
  }
}

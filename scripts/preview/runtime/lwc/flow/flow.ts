/*
 * lightning-flow in the preview, for the one flow the package has (Reference_Nomination_Wizard).
 * There is no Flow engine outside Salesforce: this stand-in renders the screens the preview server
 * read from the flow's own XML (scripts/preview/flow-screens.mjs), in the flow's order, with one
 * footer (Previous / Next / Finish) like the Flow runtime's:
 * - standard lookups (flowruntime:lookup) as pickers of the records of their referenced object,
 *   picklists, long text, checkboxes, display text with its merge fields and visibility rule;
 * - the custom screen c-reference-type-page with the inputs the flow gives it, its
 *   FlowAttributeChangeEvent outputs kept, and its validate() called on Next like the runtime;
 * - Load_Wizard_Context and Check_Open_Nomination (PreviewFlow.loadNominationContext): a wizard
 *   that cannot start, or an account and program that already have an open nomination, stop with
 *   the flow's own message; Submit_Nomination (PreviewFlow.submitNomination) on Finish, and a
 *   refusal goes back to the Review screen with the reason and every choice kept, as the flow does.
 * Nothing of the flow is written here: a screen or field added to the XML appears in the preview.
 */
import { LightningElement, api } from 'lwc';
import { call } from '../../backend/index.js';
import REQUIRED from '@salesforce/label/c.Error_Wizard_Field_Required';

const REVIEW_ACTION = 'Submit_Nomination';
const CONTEXT_ACTION = 'Load_Wizard_Context';
const CHECK_ACTION = 'Check_Open_Nomination';
const IF_FORMULA = /^IF\(\{!(\w+)\},\s*(.*?),\s*(.*)\)$/;

function paragraphsOf(html) {
  return String(html)
    .split(/<\/p>/i)
    .map((part) => part.replace(/<p>/i, ''))
    .filter((part) => part.trim())
    .map((part, index) => {
      const strong = /<strong>(.*?)<\/strong>/i.exec(part);
      return {
        key: `p${index}`,
        strong: strong ? strong[1] : '',
        text: part.replace(/<strong>.*?<\/strong>/i, '').replace(/<[^>]+>/g, '')
      };
    });
}

export default class Flow extends LightningElement {
  @api flowApiName;
  @api flowInputVariables = [];

  flow;
  index = 0;
  values = {};
  context;
  checked;
  outcome;
  options = { lookups: {}, picklists: {} };
  fieldErrors = {};
  stopMessage;
  stopLink;
  loadError;
  busy = false;
  /** Saved by Finish: the flow has left its last screen, as the real one does (its host goes on). */
  finished = false;

  constructor() {
    super();
    this.template.addEventListener('lightning__flowattributechange', (event) =>
      this.handleAttributeChange(event)
    );
  }

  async connectedCallback() {
    const inputs = Object.fromEntries(
      (this.flowInputVariables ?? []).map((variable) => [variable.name, variable.value])
    );
    this.values = { ...inputs };
    try {
      this.flow = await call('PreviewFlow.describe', { flowApiName: this.flowApiName });
      this.context = await call('PreviewFlow.loadNominationContext', inputs);
    } catch (error) {
      this.loadError = error?.body?.message ?? String(error);
      return;
    }
    if (this.context.errorMessage) {
      this.stop('Cannot_Start_Screen');
    } else if (this.context.existingNominationId) {
      this.stop('Open_Nomination_Screen', {
        id: this.context.existingNominationId,
        name: this.context.existingNominationName
      });
    } else {
      this.prefill();
    }
    await this.loadOptions();
    this.dispatchEvent(new CustomEvent('statuschange', { detail: { status: 'STARTED' } }));
  }

  // Defaults of the first screens, as the flow sets them from Load_Wizard_Context.
  prefill() {
    this.values.sourcedFromLandingPage = this.context.isLandingPageResponse === true;
    this.values.selectedTypes = '';
    for (const screen of this.flow?.screens ?? []) {
      for (const field of screen.fields) {
        const source = field.inputs?.recordId ?? field.defaultValue;
        if (source && typeof source === 'object')
          this.values[field.name] = this.resolve(source.ref);
      }
    }
  }

  async loadOptions() {
    this.options = await call('PreviewFlow.wizardOptions', {
      accountId: this.values.Account_Lookup ?? null
    });
  }

  /** A screen that ends the flow (cannot start, open nomination): its text, merged. */
  stop(screenName, link) {
    const screen = this.flow?.stopScreens?.[screenName];
    const text = this.textOf(screen?.fields[0]?.label ?? '');
    this.stopMessage = link?.name ? text.replace(link.name, '').trim() : text;
    this.stopLink = link;
  }

  textOf(html) {
    return paragraphsOf(this.merge(html))
      .map((paragraph) => `${paragraph.strong} ${paragraph.text}`.trim())
      .join(' ');
  }

  /** The value of a merge field: a flow variable or screen field, an action output, a formula. */
  resolve(reference) {
    const [head, tail] = String(reference).split('.');
    if (tail !== undefined) {
      const source = {
        [CONTEXT_ACTION]: this.context,
        [CHECK_ACTION]: this.checked ?? this.context,
        [REVIEW_ACTION]: this.outcome
      }[head];
      if (head.endsWith('_Lookup') && tail === 'recordId') return this.values[head];
      return source?.[tail] ?? null;
    }
    const formula = this.flow?.formulas?.[head];
    if (formula) {
      const match = IF_FORMULA.exec(formula);
      if (match) return this.values[match[1]] === true ? match[2] : match[3];
    }
    return this.values[head] ?? null;
  }

  merge(text) {
    return String(text).replace(/\{!([\w.]+)\}/g, (whole, name) => {
      const value = this.resolve(name);
      return value === null || value === undefined ? '' : String(value);
    });
  }

  get ready() {
    return Boolean(this.flow) && !this.loadError;
  }

  get running() {
    return this.ready && !this.stopMessage && !this.finished;
  }

  get stopped() {
    return this.ready && !this.finished;
  }

  get screen() {
    return this.flow?.screens?.[this.index];
  }

  get progress() {
    const total = this.flow?.screens?.length ?? 0;
    return `${this.index + 1} / ${total}`;
  }

  get fields() {
    const screen = this.screen;
    if (!screen) return [];
    return screen.fields
      .filter((field) => !field.visibleWhenSet || this.resolve(field.visibleWhenSet))
      .map((field) => this.fieldView(field));
  }

  fieldView(field) {
    const value = this.values[field.name];
    const kind =
      field.extensionName === 'flowruntime:lookup'
        ? 'lookup'
        : field.extensionName === 'c:referenceTypePage'
          ? 'referenceTypePage'
          : ({
              DropdownBox: 'picklist',
              LargeTextArea: 'textarea',
              DisplayText: 'display',
              InputField: field.dataType === 'Boolean' ? 'checkbox' : 'text'
            }[field.fieldType] ?? 'text');
    const options =
      kind === 'lookup'
        ? (this.options.lookups?.[field.referenceTo] ?? [])
        : (this.options.picklists?.[field.picklistField] ?? []);
    return {
      key: field.name,
      name: field.name,
      label: field.label,
      required: field.required,
      value: value ?? '',
      checked: value === true,
      options,
      error: this.fieldErrors[field.name],
      invalid: this.fieldErrors[field.name] ? 'true' : undefined,
      isLookup: kind === 'lookup' || kind === 'picklist',
      isTextarea: kind === 'textarea',
      isCheckbox: kind === 'checkbox',
      isText: kind === 'text',
      isDisplay: kind === 'display',
      isError: kind === 'display' && Boolean(field.visibleWhenSet),
      isReferenceTypePage: kind === 'referenceTypePage',
      paragraphs: kind === 'display' ? paragraphsOf(this.merge(field.label)) : [],
      inputs: kind === 'referenceTypePage' ? this.componentInputs(field) : {}
    };
  }

  componentInputs(field) {
    return Object.fromEntries(
      Object.entries(field.inputs ?? {}).map(([name, source]) => [
        name,
        source && typeof source === 'object' ? this.resolve(source.ref) : source
      ])
    );
  }

  get stopUrl() {
    return this.stopLink ? `/nomination/${this.stopLink.id}` : null;
  }

  get stopLinkName() {
    return this.stopLink?.name ?? '';
  }

  get showPrevious() {
    return this.index > 0 && this.screen?.allowBack === true;
  }

  get isLast() {
    return this.index === (this.flow?.screens?.length ?? 0) - 1;
  }

  get showNext() {
    return !this.isLast;
  }

  handleAttributeChange(event) {
    event.stopPropagation();
    const { attributeName, attributeValue } = event.detail;
    const field = this.screen?.fields.find((one) => one.extensionName === 'c:referenceTypePage');
    const output = field?.outputs.find((one) => one.name === attributeName);
    this.values = { ...this.values, [output?.assignToReference ?? attributeName]: attributeValue };
  }

  handleChange(event) {
    const name = event.target.dataset.name;
    const value = event.target.type === 'checkbox' ? event.detail.checked : event.detail.value;
    this.values = { ...this.values, [name]: value };
    this.fieldErrors = { ...this.fieldErrors, [name]: undefined };
    if (name === 'Account_Lookup') {
      this.values = { ...this.values, Champion_Lookup: null };
      this.loadOptions();
    }
  }

  /** Required fields of the screen, then the custom screen's validate(), as the runtime does. */
  validateScreen() {
    const errors = {};
    for (const field of this.fields) {
      if (field.isLookup && field.required && !field.value) errors[field.name] = REQUIRED;
    }
    this.fieldErrors = errors;
    const page = this.template.querySelector('c-reference-type-page');
    const verdict = typeof page?.validate === 'function' ? page.validate() : { isValid: true };
    if (!verdict.isValid) {
      // A component with its own reportValidity() shows (and focuses) its errors: the runtime
      // then adds no message of its own.
      const rendersItself = typeof page.reportValidity === 'function';
      this.fieldErrors = {
        ...errors,
        Reference_Type_Page: rendersItself ? '' : verdict.errorMessage
      };
      if (rendersItself && Object.keys(errors).length === 0) page.reportValidity();
    }
    return Object.keys(this.fieldErrors).length === 0;
  }

  async handleNext() {
    if (!this.validateScreen()) return this.focusFirstError();
    if (this.screen?.name === 'Who_And_What_Screen') {
      this.busy = true;
      this.checked = await call('PreviewFlow.loadNominationContext', {
        responseId: this.context.responseId,
        accountId: this.values.Account_Lookup,
        program: this.values.Program
      });
      this.busy = false;
      if (this.checked.existingNominationId) {
        const screen = this.flow.stopScreens?.Chosen_Open_Nomination_Screen;
        this.fieldErrors = { Program: this.textOf(screen?.fields[0]?.label ?? '') };
        return this.focusFirstError();
      }
    }
    this.move(1);
    return undefined;
  }

  handlePrevious() {
    this.fieldErrors = {};
    this.move(-1);
  }

  move(step) {
    this.index += step;
    this.focusHeading();
  }

  async handleFinish() {
    if (!this.validateScreen()) return this.focusFirstError();
    this.busy = true;
    const submission = {
      responseId: this.context.responseId,
      isLandingPageResponse: this.context.isLandingPageResponse,
      accountId: this.values.Account_Lookup,
      championContactId: this.values.Champion_Lookup,
      program: this.values.Program,
      campaignId: this.values.Campaign_Lookup,
      assignedCrmId: this.values.Crm_Lookup,
      selectedTypes: this.values.selectedTypes,
      sourcedFromLandingPage: this.values.sourcedFromLandingPage,
      landingPageResponseId: this.values.landingPageResponseId,
      notes: this.values.Notes,
      consentLogoContent: this.values.Consent_Logo_Content === true,
      accountTeamVerdict: this.values.Account_Team_Verdict
    };
    try {
      this.outcome = await call('PreviewFlow.submitNomination', submission);
    } catch (error) {
      this.outcome = { isSuccess: false, errorMessage: error?.body?.message ?? String(error) };
    }
    this.busy = false;
    if (!this.outcome.isSuccess) return this.focusFirstError();
    this.finished = true;
    this.dispatchEvent(
      new CustomEvent('statuschange', {
        detail: {
          status: 'FINISHED',
          outputVariables: [{ name: 'nominationId', value: this.outcome.nominationId }]
        }
      })
    );
    return undefined;
  }

  handleStopFinish() {
    this.dispatchEvent(new CustomEvent('statuschange', { detail: { status: 'FINISHED' } }));
  }

  focusHeading() {
    requestAnimationFrame(() => this.template.querySelector('.preview-flow-heading')?.focus());
  }

  focusFirstError() {
    requestAnimationFrame(() => {
      const target =
        this.template.querySelector('.preview-flow-refused') ??
        this.template.querySelector('[data-invalid="true"]');
      target?.focus();
    });
  }
}

import { createElement } from 'lwc';
import ReferenceTypePage, {
  isResponseId,
  parseReferenceTypes,
  referenceTypeLabels
} from 'c/referenceTypePage';
import getLandingPageResponses from '@salesforce/apex/NominationWizardResponses.getLandingPageResponses';
import { REFERENCE_TYPE, REFERENCE_TYPES } from 'c/referenceProgram';
import { FLOW_ATTRIBUTE_CHANGE } from '../../../../../test/jest-mocks/lightning/flowSupport';
import { flushPromises } from 'test/flushPromises';

// What the wizard says, as the labels files word it.
const UNTICKED_ERROR =
  'This customer came from a landing-page response: keep "Sourced from the external landing page" ticked so the program counts the new reference.';
const TYPE_REQUIRED_ERROR = 'Choose at least one reference type agreed with the customer.';
const RESPONSE_NEEDED_ERROR =
  'Enter the landing-page response Id (it starts with 00v) or untick "Sourced from the external landing page".';
const RESPONSE_INVALID_ERROR =
  'That is not a campaign response Id: it has 15 or 18 characters and starts with 00v.';

jest.mock(
  '@salesforce/apex/NominationWizardResponses.getLandingPageResponses',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);

const responsesAdapter = getLandingPageResponses as unknown as {
  emit(value: unknown): void;
  getLastConfig(): Record<string, unknown>;
};

interface FlowChange {
  attributeName: string;
  attributeValue: unknown;
}

type PageElement = HTMLElement & {
  isLandingPageResponse: boolean;
  accountId?: string;
  selectedTypeLabels: string;
  selectedTypes: string;
  sourcedFromLandingPage: boolean;
  landingPageResponseId: string;
  validate(): { isValid: boolean; errorMessage?: string };
  reportValidity(): boolean;
};

type CheckboxGroup = HTMLElement & {
  options: { label: string; value: string }[];
  value: string[];
  label: string;
};
type Input = HTMLElement & {
  label: string;
  checked: boolean;
  value: string;
  options?: { label: string; value: string }[];
};

const RESPONSE_ID = '00v000000000001AAA';

function render(props: Partial<PageElement> = {}): { element: PageElement; changes: FlowChange[] } {
  const element = createElement('c-reference-type-page', { is: ReferenceTypePage }) as PageElement;
  Object.assign(element, props);
  const changes: FlowChange[] = [];
  element.addEventListener(FLOW_ATTRIBUTE_CHANGE, (event) => {
    changes.push((event as CustomEvent<FlowChange>).detail);
  });
  document.body.appendChild(element);
  return { element, changes };
}

function typeGroup(element: PageElement): CheckboxGroup {
  return element.shadowRoot!.querySelector('lightning-checkbox-group') as CheckboxGroup;
}

function sourcedBox(element: PageElement): Input {
  return element.shadowRoot!.querySelector('[data-id="sourced"]') as Input;
}

function responseIdInput(element: PageElement): Input | null {
  return element.shadowRoot!.querySelector('[data-id="response-id"]');
}

async function chooseTypes(element: PageElement, values: string[]): Promise<void> {
  typeGroup(element).dispatchEvent(new CustomEvent('change', { detail: { value: values } }));
  await flushPromises();
}

async function tick(element: PageElement, checked: boolean): Promise<void> {
  sourcedBox(element).dispatchEvent(new CustomEvent('change', { detail: { checked } }));
  await flushPromises();
}

describe('c-reference-type-page', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('offers every reference type of the vocabulary with its label', () => {
    const { element } = render();

    const group = typeGroup(element);
    expect(group.options.map((option) => option.value)).toEqual([...REFERENCE_TYPES]);
    expect(group.options[0]?.label).toBe('Logo');
    expect(group.options[1]?.label).toBe('Live Sales Reference Call');
    expect(sourcedBox(element).label).toBe('Sourced from the external landing page');
  });

  it('shows the types the Flow passes back in', () => {
    const { element } = render({ selectedTypes: 'Logo, Case_Study;Unknown' });

    expect(typeGroup(element).value).toEqual([REFERENCE_TYPE.LOGO, REFERENCE_TYPE.CASE_STUDY]);
  });

  it('pre-ticks the box for a landing-page response and tells the Flow', () => {
    const { element, changes } = render({
      isLandingPageResponse: true,
      landingPageResponseId: RESPONSE_ID
    });

    expect(sourcedBox(element).checked).toBe(true);
    expect(changes).toEqual([{ attributeName: 'sourcedFromLandingPage', attributeValue: true }]);
    expect(element.shadowRoot!.querySelector('[data-id="pre-ticked"]')).not.toBeNull();
    expect(responseIdInput(element)).toBeNull();
  });

  it('refuses Next while a landing-page response is unticked, and says why', async () => {
    const { element, changes } = render({ isLandingPageResponse: true, selectedTypes: 'Logo' });

    await tick(element, false);

    expect(changes.at(-1)).toEqual({
      attributeName: 'sourcedFromLandingPage',
      attributeValue: false
    });
    expect(element.validate()).toEqual({ isValid: false, errorMessage: UNTICKED_ERROR });

    await tick(element, true);
    expect(element.validate()).toEqual({ isValid: true });
  });

  it('requires at least one reference type', async () => {
    const { element, changes } = render();

    expect(element.validate()).toEqual({ isValid: false, errorMessage: TYPE_REQUIRED_ERROR });

    await chooseTypes(element, [REFERENCE_TYPE.VIDEO, REFERENCE_TYPE.BLOG]);

    expect(changes).toContainEqual({
      attributeName: 'selectedTypes',
      attributeValue: 'Blog;Video'
    });
    expect(element.validate()).toEqual({ isValid: true });
  });

  describe('shows its one message itself, at the field, with focus there', () => {
    /** What a base component was asked to show: its custom message, reportValidity, focus. */
    function watch(field: HTMLElement): { custom: jest.Mock; report: jest.Mock; focus: jest.Mock } {
      const spies = { custom: jest.fn(), report: jest.fn(), focus: jest.fn() };
      Object.assign(field, {
        setCustomValidity: spies.custom,
        reportValidity: spies.report,
        focus: spies.focus
      });
      return spies;
    }

    it('an empty selection: the group says it in our words (no second message) and takes focus', async () => {
      const { element } = render();
      await flushPromises();
      const group = typeGroup(element) as CheckboxGroup & { messageWhenValueMissing: string };
      const spies = watch(group);

      expect(group.messageWhenValueMissing).toBe(TYPE_REQUIRED_ERROR);
      expect(element.reportValidity()).toBe(false);
      expect(spies.report).toHaveBeenCalledTimes(1);
      expect(spies.focus).toHaveBeenCalledTimes(1);
      expect(spies.custom).not.toHaveBeenCalled();

      await chooseTypes(element, [REFERENCE_TYPE.BLOG]);
      expect(element.reportValidity()).toBe(true);
      expect(spies.focus).toHaveBeenCalledTimes(1);
    });

    it('an unticked landing-page box: the box says why and takes focus; ticking clears it', async () => {
      const { element } = render({ isLandingPageResponse: true, selectedTypes: 'Logo' });
      await flushPromises();
      await tick(element, false);
      const spies = watch(sourcedBox(element));

      expect(element.reportValidity()).toBe(false);
      expect(spies.custom).toHaveBeenCalledWith(UNTICKED_ERROR);
      expect(spies.report).toHaveBeenCalledTimes(1);
      expect(spies.focus).toHaveBeenCalledTimes(1);

      await tick(element, true);
      expect(spies.custom).toHaveBeenLastCalledWith('');
    });

    it('a response Id that is not one: the picker says so; a missing one uses its own message', async () => {
      const { element } = render({ selectedTypes: 'Podcast' });
      await tick(element, true);
      const input = responseIdInput(element)! as Input & { messageWhenValueMissing: string };
      const spies = watch(input);

      expect(input.messageWhenValueMissing).toBe(RESPONSE_NEEDED_ERROR);
      expect(element.reportValidity()).toBe(false);
      expect(spies.custom).not.toHaveBeenCalled();
      expect(spies.focus).toHaveBeenCalledTimes(1);

      input.dispatchEvent(new CustomEvent('change', { detail: { value: '001000000000001' } }));
      expect(element.reportValidity()).toBe(false);
      expect(spies.custom).toHaveBeenLastCalledWith(RESPONSE_INVALID_ERROR);

      // a new value clears the message, before any check
      input.dispatchEvent(new CustomEvent('change', { detail: { value: RESPONSE_ID } }));
      expect(spies.custom).toHaveBeenLastCalledWith('');
      expect(element.reportValidity()).toBe(true);
    });
  });

  it('asks for the landing-page response when ticked without one', async () => {
    const { element, changes } = render({ selectedTypes: 'Podcast' });
    expect(responseIdInput(element)).toBeNull();

    await tick(element, true);

    const input = responseIdInput(element);
    expect(input).not.toBeNull();
    expect(element.validate()).toEqual({ isValid: false, errorMessage: RESPONSE_NEEDED_ERROR });

    input!.dispatchEvent(new CustomEvent('change', { detail: { value: ' 001000000000001 ' } }));
    expect(changes.at(-1)).toEqual({
      attributeName: 'landingPageResponseId',
      attributeValue: '001000000000001'
    });
    expect(element.validate()).toEqual({ isValid: false, errorMessage: RESPONSE_INVALID_ERROR });

    input!.dispatchEvent(new CustomEvent('change', { detail: { value: RESPONSE_ID } }));
    expect(element.validate()).toEqual({ isValid: true });
  });

  it('does not ask for a response when the box stays unticked', async () => {
    const { element } = render({ selectedTypes: 'Podcast' });

    await tick(element, true);
    await tick(element, false);

    expect(responseIdInput(element)).toBeNull();
    expect(element.validate()).toEqual({ isValid: true });
  });

  it('reads back what the Flow set, treating blanks as empty', () => {
    const { element } = render({
      selectedTypes: 'Logo',
      sourcedFromLandingPage: true,
      landingPageResponseId: RESPONSE_ID
    });
    expect(element.selectedTypes).toBe('Logo');
    expect(element.sourcedFromLandingPage).toBe(true);
    expect(element.landingPageResponseId).toBe(RESPONSE_ID);

    Object.assign(element, {
      selectedTypes: null,
      sourcedFromLandingPage: null,
      landingPageResponseId: undefined
    });

    expect(element.selectedTypes).toBe('');
    expect(element.sourcedFromLandingPage).toBe(false);
    expect(element.landingPageResponseId).toBe('');
  });

  it('keeps the response Id blank when the input is cleared', async () => {
    const { element, changes } = render({ selectedTypes: 'Logo' });
    await tick(element, true);

    responseIdInput(element)!.dispatchEvent(new CustomEvent('change', { detail: {} }));

    expect(changes.at(-1)).toEqual({ attributeName: 'landingPageResponseId', attributeValue: '' });
    expect(element.validate()).toEqual({ isValid: false, errorMessage: RESPONSE_NEEDED_ERROR });
  });

  it('parses reference types and response Ids', () => {
    expect(parseReferenceTypes(undefined)).toEqual([]);
    expect(parseReferenceTypes('Blog,Logo')).toEqual(['Logo', 'Blog']);
    expect(isResponseId('00v000000000001')).toBe(true);
    expect(isResponseId(RESPONSE_ID)).toBe(true);
    expect(isResponseId(null)).toBe(false);
    expect(isResponseId(` ${RESPONSE_ID} `)).toBe(true);
    expect(isResponseId('00v00000000000')).toBe(false);
  });

  it('drops the "ticked because" hint once the box is unticked', async () => {
    const { element } = render({ isLandingPageResponse: true, selectedTypes: 'Logo' });
    const hint = () => element.shadowRoot!.querySelector('[data-id="pre-ticked"]');
    expect(hint()).not.toBeNull();

    await tick(element, false);
    expect(hint()).toBeNull();

    await tick(element, true);
    expect(hint()).not.toBeNull();
  });

  it("offers the account's landing-page responses in a picker, never a raw Id field", async () => {
    const { element, changes } = render({ accountId: '001000000000001AAA', selectedTypes: 'Logo' });
    await tick(element, true);
    responsesAdapter.emit([
      { value: RESPONSE_ID, label: 'Ada Lovelace · Customer · signed up 1/2/2026' }
    ]);
    await flushPromises();

    expect(responsesAdapter.getLastConfig()).toEqual({ accountId: '001000000000001AAA' });
    const picker = responseIdInput(element)!;
    expect(picker.tagName.toLowerCase()).toBe('lightning-combobox');
    expect(picker.options).toEqual([
      { value: RESPONSE_ID, label: 'Ada Lovelace · Customer · signed up 1/2/2026' }
    ]);
    expect(element.shadowRoot!.querySelector('[data-id="no-responses"]')).toBeNull();

    picker.dispatchEvent(new CustomEvent('change', { detail: { value: RESPONSE_ID } }));
    expect(changes.at(-1)).toEqual({
      attributeName: 'landingPageResponseId',
      attributeValue: RESPONSE_ID
    });
    expect(element.validate()).toEqual({ isValid: true });
  });

  it('starts with no reference type when the Flow passes none', () => {
    const { element } = render();

    expect(element.selectedTypes).toBe('');
    expect(element.selectedTypeLabels).toBe('');
  });

  it('offers no response to link when they cannot be read', async () => {
    const { element } = render({ accountId: '001000000000001AAA', selectedTypes: 'Logo' });
    await tick(element, true);
    (responsesAdapter as unknown as { error(): void }).error();
    await flushPromises();

    expect(element.shadowRoot!.querySelector('[data-id="no-responses"]')).not.toBeNull();
  });

  it('says so when the account has no landing-page response to link', async () => {
    const { element } = render({ accountId: '001000000000001AAA', selectedTypes: 'Logo' });
    await tick(element, true);
    responsesAdapter.emit([]);
    await flushPromises();

    expect(element.shadowRoot!.querySelector('[data-id="no-responses"]')).not.toBeNull();
    expect(element.validate()).toEqual({ isValid: false, errorMessage: RESPONSE_NEEDED_ERROR });
  });

  it('reports the labels of the chosen types for the Review screen', async () => {
    const { element, changes } = render();

    await chooseTypes(element, [REFERENCE_TYPE.CASE_STUDY, REFERENCE_TYPE.LOGO]);

    const expected = 'Logo, Case Study';
    expect(changes.at(-1)).toEqual({
      attributeName: 'selectedTypeLabels',
      attributeValue: expected
    });
    expect(element.selectedTypeLabels).toBe(expected);
    expect(referenceTypeLabels('Logo;Case_Study')).toBe(expected);
  });

  it('is accessible, including the response Id input', async () => {
    const { element } = render({ selectedTypes: 'Logo' });
    await tick(element, true);

    await expect(element).toBeAccessible();
  });

  it('is accessible for a landing-page response', async () => {
    const { element } = render({ isLandingPageResponse: true });
    await flushPromises();

    await expect(element).toBeAccessible();
  });
});

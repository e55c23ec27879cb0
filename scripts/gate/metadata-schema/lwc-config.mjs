/*
 * `<targetConfigs>` of a LightningComponentBundle (.js-meta.xml). The WSDL types it as a plain
 * string (the API carries it base64-encoded), so @salesforce/types says nothing about its content;
 * in source format it is XML of its own, with attributes, described in the LWC Developer Guide:
 * "XML Configuration File Elements" and the target pages ("lightning__RecordPage Target",
 * "lightning__FlowScreen Target" …, https://developer.salesforce.com/docs/platform/lwc/guide/).
 *
 * What is checked: the elements that can appear and where, the attributes of each, the required
 * ones (`targets`, a property's `name` and `type`), the values with a closed set (role,
 * supportedFormFactor type, boolean `required`, integer min/max), and that every target named in
 * `targets="…"` is one of the bundle's <targets> (the guide: "The targets attribute value must
 * match one or more of the page types that you listed under <targets>").
 */

/** element -> { attributes: { name: check }, required: [attributes], children: [elements], text } */
const ELEMENTS = {
  targetConfig: {
    attributes: { targets: 'targets', configurationEditor: 'text' },
    required: ['targets'],
    children: ['property', 'propertyType', 'objects', 'supportedFormFactors', 'event', 'actionType']
  },
  property: {
    attributes: {
      name: 'text',
      type: 'text',
      label: 'text',
      description: 'text',
      default: 'text',
      required: 'boolean',
      min: 'integer',
      max: 'integer',
      placeholder: 'text',
      datasource: 'text',
      role: ['inputOnly', 'outputOnly'],
      exposedTo: 'text'
    },
    required: ['name', 'type'],
    children: []
  },
  propertyType: {
    attributes: { name: 'text', extends: 'text', label: 'text', description: 'text' },
    required: ['name', 'extends'],
    children: []
  },
  objects: { attributes: {}, required: [], children: ['object'] },
  object: { attributes: {}, required: [], children: [], text: true },
  supportedFormFactors: { attributes: {}, required: [], children: ['supportedFormFactor'] },
  supportedFormFactor: {
    attributes: { type: ['Small', 'Large'], lockAspectRatio: 'boolean' },
    required: ['type'],
    children: []
  },
  event: {
    attributes: { name: 'text', label: 'text', description: 'text' },
    required: ['name'],
    children: ['schema']
  },
  schema: { attributes: {}, required: [], children: [], text: true },
  actionType: { attributes: {}, required: [], children: [], text: ['ScreenAction', 'Action'] }
};

function checkAttribute(check, value, bundleTargets) {
  if (check === 'text') return undefined;
  if (check === 'boolean') return /^(true|false)$/.test(value) ? undefined : 'true or false';
  if (check === 'integer') return /^-?\d+$/.test(value) ? undefined : 'an integer';
  if (check === 'targets') {
    const unknown = value
      .split(',')
      .map((target) => target.trim())
      .filter((target) => !bundleTargets.includes(target));
    return unknown.length
      ? `targets listed under <targets> (${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not)`
      : undefined;
  }
  return check.includes(value) ? undefined : `one of ${check.join(', ')}`;
}

/**
 * Checks `<targetConfigs>` (the element itself) of a bundle whose <targets> are `bundleTargets`;
 * calls report(line, rule, message) for each problem.
 */
export function checkTargetConfigs(targetConfigs, bundleTargets, report) {
  if (targetConfigs.text.trim()) {
    report(
      targetConfigs.line,
      'text-in-complex',
      '<targetConfigs> holds text; it takes <targetConfig> elements'
    );
  }
  for (const [name] of Object.entries(targetConfigs.attributes)) {
    report(targetConfigs.line, 'unknown-attribute', `<targetConfigs> has no attribute ${name}`);
  }
  const visit = (element, allowed) => {
    const definition = ELEMENTS[element.name];
    if (!allowed.includes(element.name) || !definition) {
      report(
        element.line,
        'unknown-element',
        `<${element.name}> is not allowed in <${element.parent.name}> of a .js-meta.xml (allowed: ${allowed.join(', ') || 'none'})`
      );
      return;
    }
    for (const [name, { value, line }] of Object.entries(element.attributes)) {
      const check = definition.attributes[name];
      if (!check) {
        report(
          line,
          'unknown-attribute',
          `<${element.name}> has no attribute ${name} (known: ${Object.keys(definition.attributes).join(', ')})`
        );
        continue;
      }
      const expected = checkAttribute(check, value, bundleTargets);
      if (expected) {
        report(
          line,
          'bad-attribute-value',
          `<${element.name} ${name}="${value}">: expected ${expected}`
        );
      }
    }
    for (const name of definition.required) {
      if (!(name in element.attributes)) {
        report(element.line, 'missing-attribute', `<${element.name}> needs the attribute ${name}`);
      }
    }
    const text = element.text.trim();
    if (Array.isArray(definition.text) && !definition.text.includes(text)) {
      report(
        element.line,
        'bad-enum',
        `<${element.name}>${text}</${element.name}>: expected one of ${definition.text.join(', ')}`
      );
    } else if (!definition.text && text) {
      report(
        element.line,
        'text-in-complex',
        `<${element.name}> holds text "${text.slice(0, 40)}"`
      );
    }
    for (const child of element.children) visit(child, definition.children);
  };
  for (const child of targetConfigs.children) visit(child, ['targetConfig']);
}

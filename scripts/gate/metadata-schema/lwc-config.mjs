/*
 * `<targetConfigs>` of a LightningComponentBundle (.js-meta.xml). The WSDL types it as a plain
 * string (the API carries it base64-encoded), so @salesforce/types says nothing about its content;
 * in source format it is XML of its own, with attributes, described in the LWC Developer Guide:
 * "XML Configuration File Elements" and the target pages ("lightning__RecordPage Target",
 * "lightning__FlowScreen Target" …, https://developer.salesforce.com/docs/platform/lwc/guide/).
 *
 * What is checked: <targetConfigs> holds only <targetConfig>; every target named in `targets="…"`
 * is one of the bundle's <targets> (the guide: "The targets attribute value must match one or
 * more of the page types that you listed under <targets>"); the required attributes (`targets`, a
 * property's `name` and `type`); the values with a closed set (role, supportedFormFactor type,
 * boolean `required`, integer min/max); and misspelled element and attribute names.
 *
 * The children are open-ended: each new target brings its own (lightning__AgentforceOutput has
 * <sourceType>), so an element or attribute this table does not know is accepted unless it is a
 * near miss of one it knows (<proprety>, nme="…"), which is a typo the deploy would refuse.
 */

import { isNearMiss } from './edit-distance.mjs';

/**
 * element -> { attributes: { name: check }, required: [attributes], children: [elements], text },
 * where `text`, when given, is the closed set of the element's text values
 */
const ELEMENTS = {
  targetConfig: {
    attributes: { targets: 'targets', configurationEditor: 'text' },
    required: ['targets'],
    children: [
      'property',
      'propertyType',
      'objects',
      'supportedFormFactors',
      'event',
      'actionType',
      'sourceType'
    ]
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
  object: { attributes: {}, required: [], children: [] },
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
  schema: { attributes: {}, required: [], children: [] },
  actionType: { attributes: {}, required: [], children: [], text: ['ScreenAction', 'Action'] },
  sourceType: { attributes: { name: 'text' }, required: ['name'], children: [] }
};

/** The known name `name` is a near miss of, if any. */
const nearMissOf = (name, known) => known.find((candidate) => isNearMiss(name, candidate));

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
  const visit = (element, allowed, open = true) => {
    const definition = allowed.includes(element.name) ? ELEMENTS[element.name] : undefined;
    if (!definition) {
      const meant = nearMissOf(element.name, allowed);
      if (meant || !open) {
        // Stryker disable next-line StringLiteral: only <targetConfigs> is closed, and it takes one name
        const listed = allowed.join(', ');
        report(
          element.line,
          'unknown-element',
          `<${element.name}> is not an element of <${element.parent.name}> in a .js-meta.xml${meant ? `; did you mean <${meant}>?` : ` (it takes ${listed})`}`
        );
      }
      return;
    }
    for (const [name, { value, line }] of Object.entries(element.attributes)) {
      const check = definition.attributes[name];
      if (!check) {
        const meant = nearMissOf(name, Object.keys(definition.attributes));
        if (meant) {
          report(
            line,
            'unknown-attribute',
            `<${element.name}> has no attribute ${name}; did you mean ${meant}?`
          );
        }
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
    }
    for (const child of element.children) visit(child, definition.children);
  };
  // <targetConfigs> takes nothing but <targetConfig>
  for (const child of targetConfigs.children) visit(child, ['targetConfig'], false);
}

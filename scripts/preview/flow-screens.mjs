/*
 * The screens of a screen Flow as the preview's lightning-flow stand-in renders them, read from the
 * flow's own XML at serve time (nothing here keeps a copy): the screens on the path from the start
 * to the first element seen twice (actions, assignments and decisions followed by their connector
 * or default connector), each with its fields (label with $Label resolved, type, required,
 * prefill, picklist field, lookup target object read from the field's referenceTo, input and
 * output parameters of a custom component, visibility rule), plus the flow's formulas and the
 * screens that stop the flow (every other screen).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { metadataDirs } from '../lib/project.mjs';
import { readLabels } from './metadata.mjs';

const LIST_ELEMENTS = new Set([
  'actionCalls',
  'assignments',
  'decisions',
  'screens',
  'fields',
  'inputParameters',
  'outputParameters',
  'formulas',
  'dynamicChoiceSets',
  'choiceReferences',
  'rules',
  'conditions',
  'variables'
]);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => LIST_ELEMENTS.has(name)
});

function findFile(root, folder, file) {
  for (const dir of metadataDirs(root, folder)) {
    const path = join(dir, file);
    if (existsSync(path)) return path;
  }
  return null;
}

function valueOf(value) {
  if (!value) return null;
  if (value.elementReference !== undefined) return { ref: String(value.elementReference) };
  if (value.stringValue !== undefined) return String(value.stringValue);
  if (value.booleanValue !== undefined) return String(value.booleanValue) === 'true';
  return null;
}

function withLabels(text, labels) {
  return String(text ?? '').replace(/\{!\$Label\.(\w+)\}/g, (whole, name) =>
    labels.has(name) ? labels.get(name) : whole
  );
}

function referenceTo(root, objectApiName, fieldApiName) {
  const path = findFile(
    root,
    join('objects', objectApiName, 'fields'),
    `${fieldApiName}.field-meta.xml`
  );
  if (!path) return null;
  return String(parser.parse(readFileSync(path, 'utf8')).CustomField?.referenceTo ?? '') || null;
}

function fieldOf(root, field, labels, choiceSets) {
  const params = Object.fromEntries(
    (field.inputParameters ?? []).map((param) => [String(param.name), valueOf(param.value)])
  );
  const view = {
    name: String(field.name),
    fieldType: String(field.fieldType),
    extensionName: field.extensionName ? String(field.extensionName) : null,
    dataType: field.dataType ? String(field.dataType) : null,
    label: withLabels(field.fieldText ?? params.label ?? '', labels),
    required: String(field.isRequired) === 'true',
    defaultValue: valueOf(field.defaultValue),
    inputs: params,
    outputs: (field.outputParameters ?? []).map((param) => ({
      name: String(param.name),
      assignToReference: String(param.assignToReference)
    })),
    visibleWhenSet: null
  };
  if (view.extensionName === 'flowruntime:lookup') {
    // The standard lookup's `required` input decides; isRequired is always true on a component.
    view.required = params.required === true;
    view.referenceTo = referenceTo(root, params.objectApiName, params.fieldApiName);
  }
  const choice = (field.choiceReferences ?? [])[0];
  if (choice) view.picklistField = choiceSets.get(String(choice)) ?? null;
  const condition = field.visibilityRule?.conditions?.[0];
  if (condition && String(condition.operator) === 'IsNull') {
    view.visibleWhenSet = String(condition.leftValueReference);
  }
  return view;
}

/** { screens: [...], stopScreens: {...}, formulas: {...} } of one flow, or null without it. */
export function readFlowScreens(root, flowApiName) {
  const path = findFile(root, 'flows', `${flowApiName}.flow-meta.xml`);
  if (!path) return null;
  const flow = parser.parse(readFileSync(path, 'utf8')).Flow;
  const labels = readLabels(root);
  const choiceSets = new Map(
    (flow.dynamicChoiceSets ?? []).map((set) => [String(set.name), String(set.picklistField)])
  );
  const elements = new Map();
  for (const kind of ['actionCalls', 'assignments', 'decisions', 'screens']) {
    for (const element of flow[kind] ?? []) elements.set(String(element.name), { kind, element });
  }
  const next = ({ element }) =>
    String(element.connector?.targetReference ?? element.defaultConnector?.targetReference ?? '');
  const screenOf = (element) => ({
    name: String(element.name),
    label: String(element.label),
    allowBack: String(element.allowBack) === 'true',
    allowFinish: String(element.allowFinish) === 'true',
    fields: (element.fields ?? []).map((field) => fieldOf(root, field, labels, choiceSets))
  });
  const screens = [];
  const seen = new Set();
  let name = String(flow.start?.connector?.targetReference ?? '');
  while (name && elements.has(name) && !seen.has(name)) {
    seen.add(name);
    const entry = elements.get(name);
    if (entry.kind === 'screens') screens.push(screenOf(entry.element));
    name = next(entry);
  }
  const stopScreens = {};
  for (const element of flow.screens ?? []) {
    if (!seen.has(String(element.name))) stopScreens[String(element.name)] = screenOf(element);
  }
  const formulas = Object.fromEntries(
    (flow.formulas ?? []).map((formula) => [
      String(formula.name),
      withLabels(formula.expression, labels)
    ])
  );
  return { flowApiName, screens, stopScreens, formulas };
}

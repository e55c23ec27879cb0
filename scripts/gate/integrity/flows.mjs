/*
 * Flows: objects and fields of record elements, references through record variables and Get
 * Records results, formulas and merge fields, Apex actions (@InvocableMethod) and LWC screen
 * components (exist, target lightning__FlowScreen, take the inputs the flow passes).
 */
import { readFileSync } from 'node:fs';
import { rel, sourceFiles } from '../../lib/project.mjs';
import { formulaReferences } from './formulas.mjs';
import { lineOf, readMetadata, text } from './metadata-xml.mjs';

const RECORD_ELEMENTS = ['recordLookups', 'recordCreates', 'recordUpdates', 'recordDeletes'];
const FLOW_SCREEN = 'lightning__FlowScreen';

/** Resource name (lower case) -> object API name, for record variables and Get Records results. */
function recordResources(flow) {
  const resources = new Map();
  // Stryker disable next-line ArrayDeclaration: a string in place of a variable has no dataType, so it is skipped like no variable
  for (const variable of flow.variables ?? []) {
    if (text(variable, 'dataType') === 'SObject' && text(variable, 'objectType')) {
      resources.set(text(variable, 'name').toLowerCase(), text(variable, 'objectType'));
    }
  }
  for (const lookup of flow.recordLookups ?? []) {
    if (text(lookup, 'storeOutputAutomatically') === 'true' && text(lookup, 'object')) {
      resources.set(text(lookup, 'name').toLowerCase(), text(lookup, 'object'));
    }
  }
  const startObject = text(flow.start?.[0], 'object');
  // Stryker disable next-line ConditionalExpression: $record mapped to undefined is skipped like no $record
  if (startObject) {
    resources.set('$record', startObject);
    resources.set('$record__prior', startObject);
  }
  return resources;
}

function allStrings(node, tags, out = []) {
  if (Array.isArray(node)) {
    for (const child of node) allStrings(child, tags, out);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (tags.has(key)) for (const item of value) if (typeof item === 'string') out.push(item);
      allStrings(value, tags, out);
    }
  }
  return out;
}

function checkFlow(schema, apex, index, path, root) {
  const source = readFileSync(path, 'utf8');
  const flow = readMetadata(path);
  const file = rel(path, root);
  const problems = [];
  const at = (needle) => lineOf(source, needle);
  const resources = recordResources(flow);

  const checkReference = (reference) => {
    const [head, ...rest] = reference.split('.');
    const objectName = resources.get(head.toLowerCase());
    if (!objectName || rest.length === 0) return;
    const resolved = schema.resolve(objectName, rest.join('.'));
    if (resolved.error)
      problems.push({
        file,
        line: at(reference),
        message: `flow: ${resolved.error} (${reference})`
      });
  };

  for (const elementType of RECORD_ELEMENTS) {
    for (const element of flow[elementType] ?? []) {
      const name = text(element, 'name');
      const objectName =
        text(element, 'object') ??
        resources.get((text(element, 'inputReference') ?? '').toLowerCase());
      if (!objectName) continue;
      if (!schema.object(objectName)) {
        problems.push({
          file,
          line: at(`<name>${name}</name>`),
          message: `flow ${name}: ${schema.unknownObject(objectName)}`
        });
        continue;
      }
      const fields = [
        ...(element.queriedFields ?? []),
        ...(element.filters ?? []).map((filter) => text(filter, 'field')),
        ...(element.inputAssignments ?? []).map((assignment) => text(assignment, 'field')),
        ...(element.outputAssignments ?? []).map((assignment) => text(assignment, 'field')),
        text(element, 'sortField')
      ].filter((field) => typeof field === 'string');
      for (const field of new Set(fields)) {
        const resolved = schema.resolve(objectName, field);
        if (resolved.error)
          problems.push({
            file,
            line: at(`<name>${name}</name>`),
            message: `flow ${name}: ${resolved.error}`
          });
      }
    }
  }

  const start = flow.start?.[0];
  const startObject = text(start, 'object');
  if (startObject && !schema.object(startObject)) {
    problems.push({
      file,
      line: at('<start>'),
      message: `flow start: ${schema.unknownObject(startObject)}`
    });
  } else if (startObject) {
    for (const filter of start.filters ?? []) {
      const resolved = schema.resolve(startObject, text(filter, 'field'));
      if (resolved.error)
        problems.push({ file, line: at('<start>'), message: `flow start: ${resolved.error}` });
    }
  }

  const references = allStrings(
    flow,
    new Set(['elementReference', 'leftValueReference', 'assignToReference'])
  );
  for (const mergeField of source.matchAll(/\{!([^}]+)\}/g)) references.push(mergeField[1].trim());
  for (const formula of flow.formulas ?? []) {
    for (const reference of formulaReferences(
      (text(formula, 'expression') ?? '').replace(/[{}!]/g, ' ')
    )) {
      references.push(reference);
    }
  }
  for (const reference of new Set(references)) checkReference(reference);

  for (const action of flow.actionCalls ?? []) {
    if (text(action, 'actionType') !== 'apex') continue;
    const className = text(action, 'actionName');
    const apexClass = apex.classes.get(className.toLowerCase());
    const invocable = apexClass?.methods.find((method) =>
      method.annotations.includes('invocablemethod')
    );
    if (!invocable) {
      problems.push({
        file,
        line: at(`<actionName>${className}</actionName>`),
        message: apexClass
          ? `flow action ${className}: the class has no @InvocableMethod`
          : `flow action ${className}: no such Apex class`
      });
    }
  }

  for (const screen of flow.screens ?? []) {
    const fields = allScreenFields(screen.fields ?? []);
    for (const field of fields) {
      if (text(field, 'fieldType') !== 'ComponentInstance') continue;
      // Stryker disable next-line StringLiteral: any default without the c: prefix is skipped alike
      const extension = text(field, 'extensionName') ?? '';
      if (!extension.startsWith('c:')) continue;
      const componentName = extension.slice(2);
      const component = index.components.get(componentName.toLowerCase());
      const line = at(`<extensionName>${extension}</extensionName>`);
      if (!component) {
        problems.push({ file, line, message: `flow screen: no LWC ${componentName}` });
        continue;
      }
      if (!component.exposed || !component.targets.has(FLOW_SCREEN)) {
        problems.push({
          file,
          line,
          message: `flow screen: ${componentName} is not exposed for ${FLOW_SCREEN}`
        });
        continue;
      }
      const declared = component.properties.get(FLOW_SCREEN) ?? new Set();
      for (const input of field.inputParameters ?? []) {
        const inputName = text(input, 'name');
        if (!declared.has(inputName)) {
          problems.push({
            file,
            line,
            message: `flow screen: ${componentName} declares no property ${inputName} for ${FLOW_SCREEN}`
          });
        }
      }
    }
  }
  return problems;
}

function allScreenFields(fields) {
  return fields.flatMap((field) => [field, ...allScreenFields(field.fields ?? [])]);
}

export function checkFlows(schema, apex, index, root) {
  const flowFiles = sourceFiles(root).filter((file) => file.endsWith('.flow-meta.xml'));
  const problems = flowFiles.flatMap((path) => checkFlow(schema, apex, index, path, root));
  return { problems, count: flowFiles.length };
}

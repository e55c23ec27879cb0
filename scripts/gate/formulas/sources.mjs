/*
 * Every formula the package deploys, where it is, what it runs in and what it must return:
 * validation rules (true or false), formula fields (their <type>), field default values (the
 * field's type) and flow formulas (<formulas>, a record-triggered start's <filterFormula>, a
 * screen input's <validationRule>), with a resolver that gives each name in it its data types.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDirectory, metadataDirs, rel, sourceFiles } from '../../lib/project.mjs';

/** Salesforce field types (project metadata and the Apex types of config/standard-objects.json). */
const FIELD_TYPES = {
  checkbox: ['checkbox'],
  boolean: ['checkbox'],
  number: ['number'],
  currency: ['number'],
  percent: ['number'],
  decimal: ['number'],
  double: ['number'],
  integer: ['number'],
  long: ['number'],
  text: ['text'],
  textarea: ['text'],
  longtextarea: ['text'],
  html: ['text'],
  email: ['text'],
  phone: ['text'],
  url: ['text'],
  encryptedtext: ['text'],
  autonumber: ['text'],
  lookup: ['text'],
  masterdetail: ['text'],
  hierarchy: ['text'],
  externallookup: ['text'],
  metadatarelationship: ['text'],
  id: ['text'],
  // config/standard-objects.json holds Apex types: a standard String may be a picklist
  string: ['text', 'picklist'],
  picklist: ['picklist'],
  multiselectpicklist: ['multipicklist'],
  date: ['date'],
  datetime: ['datetime'],
  time: ['time'],
  location: ['geolocation']
};
export const dataTypesOfField = (type) => FIELD_TYPES[String(type).toLowerCase()];

/** What a formula field of <type> returns. */
const FORMULA_RESULT = {
  checkbox: ['checkbox'],
  currency: ['number'],
  number: ['number'],
  percent: ['number'],
  date: ['date'],
  datetime: ['datetime'],
  time: ['time'],
  text: ['text']
};

/** What a default value of a field of <type> must return (a picklist default is the value's API name). */
const DEFAULT_RESULT = {
  ...FORMULA_RESULT,
  textarea: ['text'],
  longtextarea: ['text'],
  html: ['text'],
  email: ['text'],
  phone: ['text'],
  url: ['text'],
  picklist: ['text'],
  multiselectpicklist: ['text']
};

const FLOW_TYPES = {
  boolean: ['checkbox'],
  currency: ['number'],
  number: ['number'],
  date: ['date'],
  datetime: ['datetime'],
  string: ['text'],
  time: ['time'],
  picklist: ['picklist'],
  multipicklist: ['multipicklist']
};

const GLOBAL_OBJECTS = {
  $user: 'User',
  $profile: 'Profile',
  $userrole: 'UserRole',
  $organization: 'Organization',
  $recordtype: 'RecordType'
};
const GLOBAL_VALUES = {
  '$system.origindatetime': ['datetime'],
  '$flow.currentdate': ['date'],
  '$flow.currentdatetime': ['datetime'],
  '$flow.interviewstarttime': ['datetime'],
  '$flow.currentrecord': ['text'],
  '$flow.faultmessage': ['text'],
  '$flow.interviewguid': ['text'],
  '$globalconstant.true': ['checkbox'],
  '$globalconstant.false': ['checkbox'],
  '$globalconstant.emptystring': ['text']
};

function fieldTypes(schema, objectName, path) {
  const resolved = schema.resolve(objectName, path);
  if (resolved.error || resolved.polymorphic) return {}; // an unknown name is the integrity checker's
  const { type, name } = resolved.field;
  if (type.startsWith('->'))
    return {
      error: `${name} is a relationship: name one of its fields (${name}.Name) or the lookup field itself`
    };
  const types = dataTypesOfField(type);
  return types ? { types } : {};
}

/** $User.Email, $Permission.X, $Label.X …: their types, or {} when the checker cannot know. */
function globalTypes(schema, name) {
  const lower = name.toLowerCase();
  if (GLOBAL_VALUES[lower]) return { types: GLOBAL_VALUES[lower] };
  const [head, ...rest] = name.split('.');
  const object = GLOBAL_OBJECTS[head.toLowerCase()];
  if (object && rest.length) return fieldTypes(schema, object, rest.join('.'));
  if (head.toLowerCase() === '$permission') return { types: ['checkbox'] };
  if (head.toLowerCase() === '$label') return { types: ['text'] };
  return {};
}

/**
 * Resolver of a formula on an object. A default value may not read the record it is creating, and
 * a name there that is no field is text written without its quotes (the integrity checker does not
 * read default values).
 */
function objectResolver(schema, objectName, { defaultValue = false } = {}) {
  return (name) => {
    if (name.startsWith('$')) return globalTypes(schema, name);
    if (defaultValue && !/^RecordType(Id)?(\.|$)/i.test(name)) {
      return schema.resolve(objectName, name).error
        ? {
            error: `${name} is no field or global: text in a default value goes in quotes ("${name}")`
          }
        : {
            error: `a default value cannot read ${name}: the record's own fields are not set yet when the default is computed`
          };
    }
    return fieldTypes(schema, objectName, name);
  };
}

/** The raw text of every `<tag>` in `source`, with the offset where it starts. */
function elements(source, tag, from = 0, to = source.length) {
  const found = [];
  const pattern = new RegExp(`<${tag}\\s*>([\\s\\S]*?)</${tag}\\s*>`, 'g');
  pattern.lastIndex = from;
  for (let match = pattern.exec(source); match && match.index < to; match = pattern.exec(source)) {
    // Stryker disable next-line ArithmeticOperator: two characters earlier is still inside the opening tag: same line, same nested elements
    const start = match.index + match[0].indexOf('>') + 1;
    found.push({ raw: match[1], start, end: match.index + match[0].length });
  }
  return found;
}

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** XML text -> the formula; entities hold no line break, so lines stay where they were. */
function decode(raw) {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  if (cdata) return cdata[1];
  return raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      );
    return ENTITIES[name] ?? entity;
  });
}

const lineAt = (source, offset) => source.slice(0, offset).split('\n').length;

function formulaAt(source, element, fields) {
  return { ...fields, formula: decode(element.raw), line: lineAt(source, element.start) };
}

function objectFormulas(schema, root) {
  const formulas = [];
  for (const objectsDir of metadataDirs(root, 'objects')) {
    for (const objectName of readdirSync(objectsDir)) {
      const rulesDir = join(objectsDir, objectName, 'validationRules');
      // Stryker disable next-line ArrayDeclaration: a made-up name is no .validationRule-meta.xml
      for (const file of isDirectory(rulesDir) ? readdirSync(rulesDir) : []) {
        if (!file.endsWith('.validationRule-meta.xml')) continue;
        const path = join(rulesDir, file);
        const source = readFileSync(path, 'utf8');
        for (const element of elements(source, 'errorConditionFormula'))
          formulas.push(
            formulaAt(source, element, {
              file: rel(path, root),
              kind: 'validation rule',
              name: `${objectName}.${basename(file, '.validationRule-meta.xml')}`,
              expected: ['checkbox'],
              resolve: objectResolver(schema, objectName)
            })
          );
      }
      const fieldsDir = join(objectsDir, objectName, 'fields');
      // Stryker disable next-line ArrayDeclaration: a made-up name is no .field-meta.xml
      for (const file of isDirectory(fieldsDir) ? readdirSync(fieldsDir) : []) {
        if (!file.endsWith('.field-meta.xml')) continue;
        const path = join(fieldsDir, file);
        const source = readFileSync(path, 'utf8');
        const type = (elements(source, 'type')[0]?.raw ?? '').trim().toLowerCase();
        const fieldName = `${objectName}.${basename(file, '.field-meta.xml')}`;
        for (const element of elements(source, 'formula'))
          formulas.push(
            formulaAt(source, element, {
              file: rel(path, root),
              kind: 'formula field',
              name: fieldName,
              expected: FORMULA_RESULT[type],
              resolve: objectResolver(schema, objectName)
            })
          );
        for (const element of elements(source, 'defaultValue'))
          formulas.push(
            formulaAt(source, element, {
              file: rel(path, root),
              kind: 'default value',
              name: fieldName,
              expected: DEFAULT_RESULT[type],
              resolve: objectResolver(schema, objectName, { defaultValue: true })
            })
          );
      }
    }
  }
  return formulas;
}

/** Name (lower case) -> { types } or { object } for a flow's resources. */
function flowResources(source) {
  const resources = new Map();
  const field = (block, tag) => (elements(block, tag)[0]?.raw ?? '').trim();
  const add = (block, types) => {
    const name = field(block, 'name');
    if (name) resources.set(name.toLowerCase(), types);
  };
  for (const tag of ['variables', 'constants', 'formulas']) {
    for (const { raw } of elements(source, tag)) {
      const dataType = field(raw, 'dataType').toLowerCase();
      if (field(raw, 'isCollection') === 'true') add(raw, {});
      else if (dataType === 'sobject') add(raw, { object: field(raw, 'objectType') });
      else add(raw, { types: FLOW_TYPES[dataType] });
    }
  }
  for (const { raw } of elements(source, 'textTemplates')) add(raw, { types: ['text'] });
  for (const { raw } of elements(source, 'recordLookups')) {
    const single = field(raw, 'getFirstRecordOnly') === 'true';
    if (field(raw, 'storeOutputAutomatically') === 'true')
      add(raw, single ? { object: field(raw, 'object') } : {});
  }
  const start = elements(source, 'start')[0]?.raw ?? '';
  const startObject = field(start, 'object');
  if (startObject) {
    resources.set('$record', { object: startObject });
    resources.set('$record__prior', { object: startObject });
  }
  const triggerType = field(start, 'triggerType');
  return {
    resources,
    recordTriggered: /^Record/.test(triggerType),
    start: elements(source, 'start')[0]
  };
}

function flowResolver(schema, resources) {
  return (name) => {
    const [head, ...rest] = name.split('.');
    const resource = resources.get(head.toLowerCase());
    if (!resource) return name.startsWith('$') ? globalTypes(schema, name) : {};
    if (resource.object)
      return rest.length ? fieldTypes(schema, resource.object, rest.join('.')) : {};
    return rest.length ? {} : { types: resource.types };
  };
}

function flowFormulas(schema, root) {
  const formulas = [];
  for (const path of sourceFiles(root).filter((file) => file.endsWith('.flow-meta.xml'))) {
    const source = readFileSync(path, 'utf8');
    const file = rel(path, root);
    const { resources, recordTriggered, start } = flowResources(source);
    const common = {
      file,
      kind: 'flow formula',
      recordTriggered,
      mergeFields: true,
      resolve: flowResolver(schema, resources)
    };
    for (const block of elements(source, 'formulas')) {
      const name = (elements(block.raw, 'name')[0]?.raw ?? '').trim();
      const dataType = (elements(block.raw, 'dataType')[0]?.raw ?? '').trim().toLowerCase();
      for (const element of elements(source, 'expression', block.start, block.end))
        formulas.push(
          formulaAt(source, element, { ...common, name, expected: FLOW_TYPES[dataType] })
        );
    }
    if (start)
      for (const element of elements(source, 'filterFormula', start.start, start.end))
        formulas.push(
          formulaAt(source, element, { ...common, name: 'start condition', expected: ['checkbox'] })
        );
    for (const rule of elements(source, 'validationRule'))
      for (const element of elements(source, 'formulaExpression', rule.start, rule.end))
        formulas.push(
          formulaAt(source, element, {
            ...common,
            name: 'screen input validation',
            expected: ['checkbox']
          })
        );
  }
  return formulas;
}

export function formulasOf(schema, root) {
  return [...objectFormulas(schema, root), ...flowFormulas(schema, root)];
}

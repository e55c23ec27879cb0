/*
 * Every metadata XML file the project ships, checked against the Metadata API's own types: the
 * WSDL as @salesforce/types declares it (scripts/gate/metadata-schema/types.mjs). A deploy refuses
 * a file whose XML does not bind to its type ("Element … invalid at this location in type …",
 * "… duplicated at this location", "'yes' is not a valid value for the type xsd:boolean", "… is
 * not a valid value for the enum …"); sf project convert passes such files through untouched.
 *
 * Rules: unknown-element (misspelled, or in the wrong parent: the message suggests the close name
 * or the types that do have it), duplicate-element (an element that is no list given twice),
 * bad-enum, bad-boolean, bad-number, bad-datetime, element-in-scalar,
 * undeclared-prefix, bad-nil, bad-xsi-type (CustomMetadata <value>),
 * unknown-type (a root element that is no Metadata API type), malformed-xml, and the
 * <targetConfigs> rules of a .js-meta.xml (metadata-schema/lwc-config.mjs).
 *
 * Deliberately not checked, because deploys accept them: element order (the WSDL sequences are
 * alphabetical, deploys take any order); elements the WSDL marks required (minOccurs 1): Flow
 * Builder itself writes FlowDynamicChoiceSet <displayField> and <object>, required and not nillable
 * in the WSDL, as xsi:nil for picklist choice sets, so xsi:nil is accepted on any element; unknown
 * attributes (the Salesforce VS Code tools write fqn="…" on roots); stray text between elements
 * (trailheadapps/easy-spaces-lwc ships `</valueSetDefinition>>`).
 *
 * Source format: a file's root element is its own type (a decomposed field is a <CustomField>, a
 * validation rule a <ValidationRule>), so children split out of an object file are never missing.
 */
import { readFileSync } from 'node:fs';
import { rel, sourceFiles } from '../../lib/project.mjs';
import { checkTargetConfigs } from '../metadata-schema/lwc-config.mjs';
import { fieldsOf, hasOpaqueBase, metadataTypes } from '../metadata-schema/types.mjs';
import { parseXml } from '../metadata-schema/xml-tree.mjs';
import { editDistance, isNearMiss } from '../metadata-schema/edit-distance.mjs';

/** The Metadata API version @salesforce/types describes, by package version (its CHANGELOG). */
export const API_VERSION_OF_TYPES = { '1.7.1': '66.0' };

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XSD = 'http://www.w3.org/2001/XMLSchema';

const BOOLEAN = /^(true|false|1|0)$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^(-?INF|NaN)$/;
const DATE = /^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/;
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const TIME = /^\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/** xsi:type values a CustomMetadata <value> can carry, with the lexical check of each. */
const XSD_TYPES = {
  string: () => true,
  boolean: (text) => BOOLEAN.test(text),
  double: (text) => NUMBER.test(text),
  decimal: (text) => /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text),
  int: (text) => /^[+-]?\d+$/.test(text),
  long: (text) => /^[+-]?\d+$/.test(text),
  date: (text) => DATE.test(text),
  dateTime: (text) => DATE_TIME.test(text),
  time: (text) => TIME.test(text)
};

/** Namespace prefixes in scope at `element`: { prefix: uri }. */
function namespaces(element) {
  const scope = { xml: 'http://www.w3.org/XML/1998/namespace' };
  const chain = [];
  for (let current = element; current; current = current.parent) chain.unshift(current);
  for (const current of chain) {
    for (const [name, { value }] of Object.entries(current.attributes)) {
      if (name.startsWith('xmlns:')) scope[name.slice(6)] = value;
    }
  }
  return scope;
}

class FileCheck {
  constructor(schema, file, problems) {
    this.schema = schema;
    this.file = file;
    this.problems = problems;
    this.reachable = undefined;
  }

  report(line, rule, message) {
    this.problems.push({ file: this.file, line, message: `${rule}: ${message}` });
  }

  /** Types reachable from the root type, for "belongs in …" hints. */
  typesReachableFrom(rootType) {
    // Stryker disable next-line ConditionalExpression: a cache; without it the same set is built again
    if (this.reachable) return this.reachable;
    const seen = new Set();
    const queue = [rootType];
    while (queue.length) {
      const name = queue.pop();
      if (seen.has(name) || !this.schema.types[name]) continue;
      seen.add(name);
      for (const field of Object.values(fieldsOf(this.schema, name))) queue.push(field.type);
    }
    this.reachable = seen;
    return seen;
  }

  hint(name, typeName, fields) {
    const close = Object.keys(fields).filter((field) => isNearMiss(name, field));
    if (close.length) return `; did you mean <${close.slice(0, 3).join('>, <')}>?`;
    // typeName itself is never among them: the element is unknown there
    const owners = [...this.typesReachableFrom(this.rootType)].filter(
      (type) => name in fieldsOf(this.schema, type)
    );
    if (owners.length) return `; it is an element of ${owners.slice(0, 3).join(', ')}`;
    return '';
  }

  checkAttributes(element) {
    const scope = namespaces(element);
    for (const [name, { value, line }] of Object.entries(element.attributes)) {
      // xmlns="…" has no prefix, so only the prefix declarations need skipping
      if (name.startsWith('xmlns:')) continue;
      // Stryker disable next-line ArrayDeclaration: an attribute without a prefix is neither xsi:nil nor checked for its prefix
      const [prefix, local] = name.includes(':') ? name.split(':') : [undefined, name];
      if (prefix && scope[prefix] === XSI && local === 'nil') {
        if (!BOOLEAN.test(value)) {
          this.report(
            line,
            'bad-boolean',
            `xsi:nil="${value}" on <${element.name}> is not a boolean`
          );
        }
        continue;
      }
      if (prefix && !scope[prefix]) {
        this.report(
          line,
          'undeclared-prefix',
          `attribute ${name} of <${element.name}> uses an undeclared namespace prefix`
        );
      }
      // Any other attribute is ignored by the platform (the Salesforce VS Code tools write
      // fqn="…" on the root of files they create, and those deploy), so it is no error here.
    }
  }

  isNil(element) {
    const scope = namespaces(element);
    return Object.entries(element.attributes).some(
      ([name, { value }]) =>
        scope[name.split(':')[0]] === XSI && name.endsWith(':nil') && /^(true|1)$/.test(value)
    );
  }

  checkScalar(element, field, where) {
    if (element.children.length) {
      this.report(
        element.children[0].line,
        'element-in-scalar',
        `<${element.name}> in ${where} is a ${field.type} value; it cannot hold <${element.children[0].name}>`
      );
      return;
    }
    if (this.isNil(element)) {
      if (element.text.trim()) {
        this.report(element.line, 'bad-nil', `<${element.name}> is xsi:nil but has content`);
      }
      return;
    }
    // boolean, number and dateTime collapse whitespace (XML Schema whiteSpace="collapse"); an
    // empty element is no value at all (the platform's own retrieves write <gender></gender>)
    const text = element.text.trim();
    if (text === '') return;
    const enumValues = this.schema.enums[field.type];
    if (field.type === 'boolean' && !BOOLEAN.test(text)) {
      this.report(
        element.line,
        'bad-boolean',
        `<${element.name}>${text}</${element.name}> in ${where}: a boolean is true or false`
      );
    } else if (field.type === 'number' && !NUMBER.test(text)) {
      this.report(
        element.line,
        'bad-number',
        `<${element.name}>${text}</${element.name}> in ${where} is not a number`
      );
    } else if (field.type === 'dateTime' && ![DATE_TIME, DATE, TIME].some((re) => re.test(text))) {
      this.report(
        element.line,
        'bad-datetime',
        `<${element.name}>${text}</${element.name}> in ${where} is not an xsd:dateTime, xsd:date or xsd:time`
      );
    } else if (enumValues && !enumValues.includes(text)) {
      const close = enumValues.filter(
        (value) => editDistance(value.toLowerCase(), text.toLowerCase()) <= 2
      );
      const listed =
        enumValues.length <= 12 ? `: ${enumValues.join(', ')}` : ` (${enumValues.length} values)`;
      this.report(
        element.line,
        'bad-enum',
        `<${element.name}>${text}</${element.name}> in ${where}: not a value of ${field.type}${close.length ? `; did you mean ${close.slice(0, 3).join(', ')}?` : listed}`
      );
    }
  }

  /** A CustomMetadata record's <value>: xsi:nil, or xsi:type with content of that type. */
  checkAny(element, where) {
    const scope = namespaces(element);
    this.checkAttributes(element);
    if (element.children.length) {
      this.report(
        element.children[0].line,
        'element-in-scalar',
        `<${element.name}> in ${where} holds <${element.children[0].name}>`
      );
      return;
    }
    if (this.isNil(element)) {
      if (element.text.trim())
        this.report(element.line, 'bad-nil', `<${element.name}> is xsi:nil but has content`);
      return;
    }
    const typeAttribute = Object.entries(element.attributes).find(
      ([name]) => scope[name.split(':')[0]] === XSI && name.endsWith(':type')
    );
    if (!typeAttribute) return;
    const [name, { value, line }] = typeAttribute;
    // Stryker disable next-line ArrayDeclaration: without a prefix scope[undefined] is no namespace, so the value is refused either way
    const [prefix, local] = value.includes(':') ? value.split(':') : [undefined, value];
    if (scope[prefix] !== XSD || !XSD_TYPES[local]) {
      this.report(
        line,
        'bad-xsi-type',
        `${name}="${value}" on <${element.name}> is not one of xsd:${Object.keys(XSD_TYPES).join(', xsd:')} (with xmlns:${prefix ?? '?'}="${XSD}")`
      );
      return;
    }
    // xsd:string accepts any text, so only the other types' (collapsed) text is ever checked
    const text = element.text.trim();
    if (!XSD_TYPES[local](text)) {
      this.report(
        element.line,
        local === 'boolean' ? 'bad-boolean' : 'bad-xsi-type',
        `<${element.name} ${name}="${value}">${text}</${element.name}> in ${where} is not an xsd:${local}`
      );
    }
  }

  checkComplex(element, typeName) {
    // a root always has Metadata's fields, also where the generator lost an abstract base type
    const fields = element.parent
      ? fieldsOf(this.schema, typeName)
      : { ...fieldsOf(this.schema, 'Metadata'), ...fieldsOf(this.schema, typeName) };
    this.checkAttributes(element);
    const seen = new Map();
    for (const child of element.children) {
      const field = fields[child.name];
      if (!field && hasOpaqueBase(this.schema, typeName)) continue;
      if (!field) {
        this.report(
          child.line,
          'unknown-element',
          `<${child.name}> is not an element of ${typeName}${this.hint(child.name, typeName, fields)}`
        );
        continue;
      }
      if (seen.has(child.name) && !field.array) {
        this.report(
          child.line,
          'duplicate-element',
          `<${child.name}> appears twice in ${typeName} (first on line ${seen.get(child.name)}); it is not a list`
        );
      }
      if (!seen.has(child.name)) seen.set(child.name, child.line);
      this.checkElement(child, field, typeName);
    }
  }

  checkElement(element, field, parentType) {
    // Stryker disable next-line ConditionalExpression: no other Metadata API type has a targetConfigs field
    if (parentType === 'LightningComponentBundle' && element.name === 'targetConfigs') {
      const targets = element.parent.children
        .filter((child) => child.name === 'targets')
        .flatMap((child) => child.children.map((target) => target.text.trim()));
      checkTargetConfigs(element, targets, (line, rule, message) =>
        this.report(line, rule, message)
      );
      return undefined;
    }
    if (this.schema.opaque[field.type]) return undefined;
    if (field.type === 'any') return this.checkAny(element, parentType);
    if (this.schema.types[field.type]) return this.checkComplex(element, field.type);
    this.checkAttributes(element);
    return this.checkScalar(element, field, parentType);
  }

  checkFile(root) {
    if (this.schema.opaque[root.name]) return;
    if (!this.schema.types[root.name]) {
      this.report(root.line, 'unknown-type', `<${root.name}> is not a Metadata API type`);
      return;
    }
    this.rootType = root.name;
    this.checkComplex(root, root.name);
  }
}

export const metadataSchema = {
  name: 'metadata-schema',
  description: 'metadata XML against the Metadata API WSDL types (@salesforce/types)',
  async run(root) {
    const schema = await metadataTypes();
    const problems = [];
    const files = sourceFiles(root).filter((file) => file.endsWith('-meta.xml'));
    for (const file of files) {
      const path = rel(file, root);
      const parsed = parseXml(readFileSync(file, 'utf8'));
      if (parsed.error) {
        problems.push({
          file: path,
          line: parsed.error.line,
          message: `malformed-xml: ${parsed.error.message}`
        });
        continue;
      }
      new FileCheck(schema, path, problems).checkFile(parsed.root);
    }
    const api = API_VERSION_OF_TYPES[schema.version];
    return {
      problems,
      summary: `${files.length} files against the Metadata API ${api ? `v${api} ` : ''}types (@salesforce/types ${schema.version})`
    };
  }
};

/*
 * The Metadata API's own types, read from `@salesforce/types` (lib/metadata.d.ts, which Salesforce
 * generates from the Metadata API WSDL) with the TypeScript compiler API:
 *
 *   types: { CustomField: { base: 'Metadata', fields: { label: { type: 'string', array, optional } … } } … }
 *   enums: { FieldType: ['AutoNumber', …] … }
 *
 *   opaque: { WorkflowAction: true … }   complex types the generator wrote as `= string`
 *
 * A field's type is 'string' | 'number' | 'boolean' | 'dateTime' | 'any', an enum name, a type
 * name or an opaque name; `array`
 * means the element may repeat (maxOccurs unbounded), `optional` that the WSDL has minOccurs 0.
 *
 * Reading the 900 KB declaration costs about 1.5 s (loading the compiler is most of it), so the
 * result is cached in .cache/metadata-schema/<hash of the .d.ts and of this extractor>.json of the
 * checkout that runs the gate: the next run reads 1.2 MB of JSON in under 0.1 s, and a new
 * @salesforce/types (or a change here) is a new hash, never a stale schema.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toolRoot } from '../../lib/project.mjs';

export const TYPES_PACKAGE_DIR = join(toolRoot, 'node_modules', '@salesforce', 'types');
export const METADATA_DTS = join(TYPES_PACKAGE_DIR, 'lib', 'metadata.d.ts');
const CACHE_DIR = join(toolRoot, '.cache', 'metadata-schema');
/** Bump when the extraction below changes shape, so no cache of the old shape is read. */
const EXTRACTOR_VERSION = 3;

export function typesPackageVersion() {
  // Stryker disable next-line StringLiteral: JSON.parse reads a Buffer as UTF-8 text too
  return JSON.parse(readFileSync(join(TYPES_PACKAGE_DIR, 'package.json'), 'utf8')).version;
}

export async function extract(source) {
  const { default: ts } = await import('typescript');
  // Stryker disable next-line StringLiteral,BooleanLiteral: the file name only labels diagnostics, and getText(file) needs no parent links
  const file = ts.createSourceFile('metadata.d.ts', source, ts.ScriptTarget.Latest, false);
  const types = {};
  const enums = {};
  const fieldType = (node) => {
    if (ts.isArrayTypeNode(node)) return { ...fieldType(node.elementType), array: true };
    if (node.kind === ts.SyntaxKind.StringKeyword) return { type: 'string' };
    if (node.kind === ts.SyntaxKind.NumberKeyword) return { type: 'number' };
    if (node.kind === ts.SyntaxKind.BooleanKeyword) return { type: 'boolean' };
    if (node.kind === ts.SyntaxKind.AnyKeyword) return { type: 'any' };
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText(file);
      // xsd:dateTime and xsd:date fields are declared as the JavaScript Date
      return { type: name === 'Date' ? 'dateTime' : name };
    }
    throw new Error(`metadata.d.ts: unexpected field type ${ts.SyntaxKind[node.kind]}`);
  };
  const fieldsOf = (literal) => {
    const fields = {};
    for (const member of literal.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = member.name.getText(file);
      fields[name] = { ...fieldType(member.type), optional: Boolean(member.questionToken) };
    }
    return fields;
  };
  const aliases = [];
  for (const statement of file.statements) {
    if (!ts.isTypeAliasDeclaration(statement)) continue;
    const name = statement.name.text;
    const node = statement.type;
    if (ts.isUnionTypeNode(node) && node.types.every(ts.isLiteralTypeNode)) {
      enums[name] = node.types.map((literal) => literal.literal.text);
    } else if (ts.isLiteralTypeNode(node)) {
      enums[name] = [node.literal.text];
    } else if (ts.isTypeLiteralNode(node)) {
      types[name] = { fields: fieldsOf(node) };
    } else if (
      ts.isIntersectionTypeNode(node) &&
      node.types.length === 2 &&
      ts.isTypeReferenceNode(node.types[0]) &&
      ts.isTypeLiteralNode(node.types[1])
    ) {
      types[name] = { base: node.types[0].typeName.getText(file), fields: fieldsOf(node.types[1]) };
    } else if (node.kind === ts.SyntaxKind.StringKeyword) {
      aliases.push(name);
    }
  }
  // `export type X = string`: besides the simple type ID, these are complex types whose content
  // the generator lost (WSDL types that only extend another: EmailFolder extends Folder,
  // StrategyNodeUnion extends StrategyNodeUnionBase; abstract bases: WorkflowAction). A *Folder
  // is a Folder; the others are opaque: their content is not checked.
  const opaque = {};
  for (const name of aliases) {
    if (name === 'ID') continue;
    if (name.endsWith('Folder') && types.Folder) types[name] = { base: 'Folder', fields: {} };
    else opaque[name] = true;
  }
  for (const type of Object.values(types)) {
    for (const field of Object.values(type.fields)) {
      if (field.type === 'ID') field.type = 'string';
    }
  }
  delete types.ApiSchemaTypes;
  return { types, enums, opaque };
}

/**
 * The schema of the declaration `source`: read from `cacheDir` when a run already extracted it,
 * else extracted (by `extractor`, the compiler-API reader above) and cached there.
 */
export async function schemaOf(source, cacheDir = CACHE_DIR, extractor = extract) {
  const hash = createHash('sha256')
    .update(`${EXTRACTOR_VERSION}\n`)
    .update(source)
    .digest('hex')
    .slice(0, 16);
  const cacheFile = join(cacheDir, `${hash}.json`);
  try {
    // Stryker disable next-line StringLiteral: JSON.parse reads a Buffer as UTF-8 text too
    return JSON.parse(readFileSync(cacheFile, 'utf8'));
  } catch {
    const schema = await extractor(source);
    mkdirSync(cacheDir, { recursive: true });
    // write then rename: parallel gate runs (the planted-defect tests) never read half a file
    const partial = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(schema));
    renameSync(partial, cacheFile);
    return schema;
  }
}

let loaded;

/** { version, types, enums, opaque } of the installed @salesforce/types, from the cache when it can. */
export async function metadataTypes() {
  loaded ??= {
    version: typesPackageVersion(),
    ...(await schemaOf(readFileSync(METADATA_DTS, 'utf8')))
  };
  return loaded;
}

/** Whether a base type of `typeName` is opaque, so it may have fields nobody can list. */
export function hasOpaqueBase(schema, typeName) {
  for (let name = typeName; name; name = schema.types[name]?.base) {
    if (schema.opaque[name]) return true;
  }
  return false;
}

/** The fields of `typeName` including those it inherits (Metadata.fullName, FlowNode.label …). */
export function fieldsOf(schema, typeName) {
  const fields = {};
  const chain = [];
  for (let name = typeName; name && schema.types[name]; name = schema.types[name].base) {
    chain.unshift(name);
  }
  for (const name of chain) Object.assign(fields, schema.types[name].fields);
  return fields;
}

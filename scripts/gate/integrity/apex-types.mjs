/*
 * TypeScript declarations for every @AuraEnabled Apex method, generated from the Apex so client
 * and server cannot drift: parameter names and types, and the shape of the returned DTOs.
 *
 *   npm run types:apex      rewrites types/apex.d.ts
 *
 * The integrity checker regenerates it in memory and fails when the committed file differs.
 * It is a global script (no import/export), so its `declare module` blocks are ambient and
 * `Apex.Class.Dto` types are visible to every component without an import.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../lib/project.mjs';
import { readApex } from './apex.mjs';

export const APEX_TYPES_FILE = join('types', 'apex.d.ts');

const SCALARS = {
  string: 'string',
  id: 'string',
  date: 'string',
  datetime: 'string',
  time: 'string',
  blob: 'string',
  integer: 'number',
  long: 'number',
  decimal: 'number',
  double: 'number',
  boolean: 'boolean',
  object: 'unknown',
  void: 'void'
};

function splitTypeArguments(inner) {
  const parts = [];
  let depth = 0;
  let current = '';
  for (const char of inner) {
    if (char === '<') depth++;
    if (char === '>') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** An Apex type as TypeScript, with DTO classes resolved from the declaring class outwards. */
function tsType(apexType, context, classes, dtos) {
  if (apexType.endsWith('[]')) return `${tsType(apexType.slice(0, -2), context, classes, dtos)}[]`;
  const generic = /^(\w+)<(.*)>$/.exec(apexType);
  if (generic) {
    const [, container, inner] = generic;
    const args = splitTypeArguments(inner).map((arg) => tsType(arg, context, classes, dtos));
    if (/^(list|set)$/i.test(container)) return `${args[0]}[]`;
    if (/^map$/i.test(container)) return `Record<string, ${args[1]}>`;
    return 'unknown';
  }
  const scalar = SCALARS[apexType.toLowerCase()];
  if (scalar) return scalar;
  const candidates = [`${context}.${apexType}`, `${context.split('.')[0]}.${apexType}`, apexType];
  const dto = candidates.map((name) => classes.get(name.toLowerCase())).find(Boolean);
  if (dto && dto.members.some((member) => member.annotations.includes('auraenabled'))) {
    dtos.add(dto);
    return `Apex.${dto.name}`;
  }
  // an SObject or a class the client cannot see: its fields arrive as plain JSON
  return 'Record<string, unknown>';
}

function declareDto(dto, classes, dtos) {
  const members = dto.members
    .filter((member) => member.annotations.includes('auraenabled') && !member.isStatic)
    .map((member) => `    ${member.name}: ${tsType(member.type, dto.name, classes, dtos)} | null;`);
  const path = dto.name.split('.');
  const namespace = ['Apex', ...path.slice(0, -1)].join('.');
  return `declare namespace ${namespace} {\n  interface ${path.at(-1)} {\n${members.join('\n')}\n  }\n}\n`;
}

export function renderApexTypes(classes) {
  const modules = [];
  const methodNames = [];
  const dtos = new Set();
  const topLevel = [...classes.values()].filter((c) => !c.name.includes('.'));
  for (const apexClass of topLevel.sort((a, b) => a.name.localeCompare(b.name))) {
    for (const method of apexClass.methods) {
      if (!method.isStatic || !method.annotations.includes('auraenabled')) continue;
      // optional: a wire passes what the component has, which may still be undefined
      const params = method.params
        .map(
          (param) => `${param.name}?: ${tsType(param.type, apexClass.name, classes, dtos)} | null`
        )
        .join('; ');
      const result = tsType(method.returnType, apexClass.name, classes, dtos);
      const kind = method.cacheable ? 'Wireable' : 'Call';
      methodNames.push(`${apexClass.name}.${method.name}`);
      modules.push(
        `declare module '@salesforce/apex/${apexClass.name}.${method.name}' {\n` +
          `  const ${method.name}: Apex.${kind}<{ ${params} }, ${result}>;\n` +
          `  export default ${method.name};\n}\n`
      );
    }
  }
  const declared = new Set();
  const declarations = [];
  // declaring a DTO can reveal nested DTOs: repeat until none is new
  for (
    let pending = [...dtos];
    pending.length;
    pending = [...dtos].filter((d) => !declared.has(d))
  ) {
    for (const dto of pending.sort((a, b) => a.name.localeCompare(b.name))) {
      declared.add(dto);
      declarations.push(declareDto(dto, classes, dtos));
    }
  }
  declarations.sort();
  return [
    '// Generated from the @AuraEnabled Apex by npm run types:apex. Do not edit.',
    '// The integrity checker of npm run check fails when this file is stale.',
    '',
    ...declarations,
    ...modules,
    // by name, for code that handles the methods by name (the local preview's stand-ins)
    'declare namespace Apex {',
    "  /** Every @AuraEnabled method by 'Class.method': its @salesforce/apex module's default. */",
    '  interface Methods {',
    ...methodNames.map(
      (name) => `    '${name}': typeof import('@salesforce/apex/${name}').default;`
    ),
    '  }',
    '}',
    ''
  ].join('\n');
}

/** The file's text as committed: rendered, then formatted with the project's prettier config. */
export async function apexTypesFileText(root, classes) {
  const file = join(root, APEX_TYPES_FILE);
  const prettier = await import('prettier'); // loaded when formatting only: it takes seconds
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(renderApexTypes(classes), { ...options, filepath: file });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = projectRoot();
  const apex = await readApex(root);
  writeFileSync(join(root, APEX_TYPES_FILE), await apexTypesFileText(root, apex.classes));
  console.log(`${APEX_TYPES_FILE}: written`);
}

export function readCommittedApexTypes(root) {
  try {
    return readFileSync(join(root, APEX_TYPES_FILE), 'utf8');
  } catch {
    return undefined;
  }
}

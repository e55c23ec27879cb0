/*
 * Field references in formulas: validation rules and formula fields resolve against their object;
 * flow formulas resolve through flow resources (see flows.mjs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDirectory, metadataDirs, rel } from '../../lib/project.mjs';
import { lineOf, readMetadata, text } from './metadata-xml.mjs';

const OPERATOR_WORDS = new Set(['true', 'false', 'null', 'and', 'or', 'not']);

/** Identifiers a formula reads as fields: not functions, not literals, not $globals. */
export function formulaReferences(formula) {
  const withoutLiterals = formula
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, ' ');
  const references = [];
  const token = /(\$?[A-Za-z_][\w]*(?::\w+)?(?:\.[A-Za-z_][\w]*(?::\w+)?)*)(\s*\()?/g;
  for (const match of withoutLiterals.matchAll(token)) {
    const [, name, call] = match;
    const before = withoutLiterals[match.index - 1];
    if (call || (before && /[\w.]/.test(before))) continue;
    if (OPERATOR_WORDS.has(name.toLowerCase())) continue;
    references.push(name.replace(/:\w+/g, ''));
  }
  return references;
}

/** Problems of one formula on `objectName`; `$globals` checked where the project defines them. */
export function checkFormula(schema, index, objectName, formula, where) {
  const problems = [];
  for (const reference of new Set(formulaReferences(formula))) {
    if (reference.startsWith('$')) {
      const [global, name] = reference.split('.');
      if (global === '$Label' && name && !index.labels.has(name.toLowerCase())) {
        problems.push({ ...where, message: `formula: no custom label ${name}` });
      }
      if (global === '$Permission' && name && !index.customPermissions.has(name.toLowerCase())) {
        problems.push({ ...where, message: `formula: no custom permission ${name}` });
      }
      continue;
    }
    const resolved = schema.resolve(objectName, reference);
    if (resolved.error)
      problems.push({
        ...where,
        message: `formula on ${objectName}: ${resolved.error} (${reference})`
      });
  }
  return problems;
}

export function checkObjectFormulas(schema, index, root) {
  const problems = [];
  let count = 0;
  for (const objectsDir of metadataDirs(root, 'objects')) {
    for (const objectName of readdirSync(objectsDir)) {
      for (const [folder, tag] of [
        ['validationRules', 'errorConditionFormula'],
        ['fields', 'formula']
      ]) {
        const dir = join(objectsDir, objectName, folder);
        if (!isDirectory(dir)) continue;
        for (const file of readdirSync(dir).filter((name) => name.endsWith('-meta.xml'))) {
          const path = join(dir, file);
          const formula = text(readMetadata(path), tag);
          if (!formula) continue;
          count++;
          const line = lineOf(readFileSync(path, 'utf8'), `<${tag}>`);
          problems.push(
            ...checkFormula(schema, index, objectName, formula, { file: rel(path, root), line })
          );
        }
      }
    }
  }
  return { problems, count };
}

/*
 * The lengths, counts and API-name rules the Metadata API documents, from ONE table:
 * config/metadata-limits.json (each limit with its number, its doc page and the sentence that
 * states it). A deploy is refused whole when one value is too long, and sf project convert does
 * not look.
 *
 * A length is the element's text as the platform receives it: entities decoded, and the newlines
 * and indentation of a multi-line description counted, because the XML text content is the value.
 * Characters are counted as Java counts them (UTF-16 code units).
 *
 * Rules: max-length, max-count, name-length, name-pattern, limits-table (the table itself).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { rel, sourceFiles } from '../../lib/project.mjs';
import { elements, parseXml, pathOf } from '../metadata-schema/xml-tree.mjs';

export const LIMITS_FILE = 'config/metadata-limits.json';

/** File suffix -> root element, for the name rules (the metadata checker owns the full list). */
const NAME_SUFFIX = {
  CustomField: '.field-meta.xml',
  CustomObject: '.object-meta.xml',
  ValidationRule: '.validationRule-meta.xml',
  PermissionSet: '.permissionset-meta.xml',
  NamedCredential: '.namedCredential-meta.xml'
};

/** A namespace prefix (up to 15 characters, then two underscores) of a managed component's name. */
const NAMESPACE_PREFIX = /^[A-Za-z][A-Za-z0-9]{0,14}__(?=[A-Za-z])/;

const show = (text) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Whether the table has its three lists and its name pattern, which the rules below read. */
const hasShape = (table) =>
  ['lengths', 'counts', 'names'].every((key) => Array.isArray(table[key])) &&
  Boolean(table.namePattern);

/** Problems of the table itself: every limit has a number, a page and a quote or a basis. */
function tableProblems(table) {
  if (!hasShape(table)) {
    return ['the table needs the lists "lengths", "counts" and "names" and a "namePattern"'];
  }
  const problems = [];
  const entries = [...table.lengths, ...table.counts, ...table.names, table.namePattern];
  for (const entry of entries) {
    const what = entry.path ?? entry.root ?? 'namePattern';
    if (entry !== table.namePattern && !(Number.isInteger(entry.max) && entry.max > 0)) {
      problems.push(`${what}: "max" must be a positive integer`);
    }
    if (!entry.page || !entry.url?.startsWith('https://')) {
      problems.push(`${what}: every limit names its doc "page" and "url"`);
    }
    if (!entry.quote && !entry.basis) {
      problems.push(
        `${what}: every limit quotes its source ("quote") or says what it rests on ("basis")`
      );
    }
  }
  return problems;
}

/** The component name a source-format file declares, from its file name. */
function componentName(file, suffix) {
  return basename(file).slice(0, -suffix.length);
}

function countedValues(limit, parent) {
  const values = parent.children.filter((child) => child.name === limit.path.split('/').at(-1));
  if (!limit.path.startsWith('CustomField/')) return values;
  // <restricted> is a child of <valueSet>, the parent of <valueSetDefinition>
  const restricted = parent.parent.children.some(
    (child) => child.name === 'restricted' && child.text.trim() === 'true'
  );
  if (restricted) return values;
  return values.filter(
    (value) =>
      !value.children.some((child) => child.name === 'isActive' && child.text.trim() === 'false')
  );
}

export const metadataLimits = {
  name: 'metadata-limits',
  description: `lengths, counts and API names the Metadata API documents (${LIMITS_FILE})`,
  run(root) {
    const tableFile = join(root, LIMITS_FILE);
    if (!existsSync(tableFile)) {
      return { problems: [{ file: LIMITS_FILE, line: 1, message: 'limits-table: missing' }] };
    }
    // Stryker disable next-line StringLiteral: JSON.parse reads a Buffer as UTF-8 text too
    const table = JSON.parse(readFileSync(tableFile, 'utf8'));
    const problems = tableProblems(table).map((message) => ({
      file: LIMITS_FILE,
      line: 1,
      message: `limits-table: ${message}`
    }));
    if (!hasShape(table)) return { problems };
    const lengths = new Map(table.lengths.map((limit) => [limit.path, limit]));
    const counts = new Map(
      table.counts.map((limit) => [limit.path.split('/').slice(0, -1).join('/'), limit])
    );
    const names = new Map(table.names.map((limit) => [limit.root, limit]));
    const pattern = new RegExp(table.namePattern.regex);
    const checkName = (file, line, name, limit) => {
      const unsuffixed = (limit.suffixes ?? []).reduce(
        (current, suffix) =>
          current.endsWith(suffix) ? current.slice(0, -suffix.length) : current,
        name
      );
      // a namespaced component (ns__Name__c) is measured and checked without its namespace
      // prefix; the suffix goes first, or the name of Status__c would pass for a prefix
      const bare = unsuffixed.replace(NAMESPACE_PREFIX, '');
      if (bare.length > limit.max) {
        // what was left out of the count, as written: "ns__" and "__c"
        const leftOut = [
          unsuffixed.slice(0, unsuffixed.length - bare.length),
          name.slice(unsuffixed.length)
        ].filter(Boolean);
        problems.push({
          file,
          line,
          message: `name-length: ${limit.root} name ${name} is ${bare.length} characters${leftOut.length ? ` without ${leftOut.join(' and ')}` : ''}; the limit is ${limit.max} (${limit.page})`
        });
      }
      if (!pattern.test(bare)) {
        problems.push({
          file,
          line,
          message: `name-pattern: ${limit.root} name ${name}: ${table.namePattern.rule} (${table.namePattern.page})`
        });
      }
    };
    const files = sourceFiles(root).filter((file) => file.endsWith('-meta.xml'));
    let checked = 0;
    for (const file of files) {
      const path = rel(file, root);
      const parsed = parseXml(readFileSync(file, 'utf8'));
      if (parsed.error) continue; // the metadata and metadata-schema checkers report it
      const nameLimit = names.get(parsed.root.name);
      if (nameLimit && file.endsWith(NAME_SUFFIX[parsed.root.name])) {
        checkName(path, 1, componentName(file, NAME_SUFFIX[parsed.root.name]), nameLimit);
      }
      for (const element of elements(parsed.root)) {
        const elementPath = pathOf(element);
        const length = lengths.get(elementPath);
        if (length) {
          checked += 1;
          if (element.text.length > length.max) {
            const lines = element.text.split('\n').length;
            problems.push({
              file: path,
              line: element.line,
              message: `max-length: <${element.name}> of ${elementPath.split('/')[0]} is ${element.text.length} characters${lines > 1 ? ` (${lines} lines: newlines and indentation count)` : ''}; the limit is ${length.max} (${length.page}): ${show(element.text.trim())}`
            });
          }
        }
        const count = counts.get(elementPath);
        if (count) {
          const counted = countedValues(count, element);
          if (counted.length > count.max) {
            problems.push({
              file: path,
              line: element.line,
              message: `max-count: ${counted.length} <${count.path.split('/').at(-1)}> in <${element.name}>; the limit is ${count.max}, counting ${count.counted} (${count.page})`
            });
          }
        }
        if (elementPath === 'CustomLabels/labels/fullName') {
          // a label's name follows the API-name pattern (no length in the table: none documented)
          if (!pattern.test(element.text.trim())) {
            problems.push({
              file: path,
              line: element.line,
              message: `name-pattern: custom label ${element.text.trim()}: ${table.namePattern.rule} (${table.namePattern.page})`
            });
          }
        }
      }
    }
    return {
      problems,
      summary: `${checked} values in ${files.length} files against ${table.lengths.length + table.counts.length + table.names.length} limits`
    };
  }
};

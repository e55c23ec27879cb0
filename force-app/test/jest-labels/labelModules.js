/*
 * Custom labels in Jest carry the text a user reads. sfdx-lwc-jest turns
 * `import X from '@salesforce/label/c.Name'` into a try/catch that falls back to the string
 * 'c.Name' when the module cannot be found, so a missing label or a `{0}` placeholder left unfilled
 * went unnoticed. Instead:
 *  - globalSetup.mjs writes one module per label, `<rootDir>/.cache/jest-labels/c.Name.json`,
 *    from every capability's labels/*.labels-meta.xml (read by the preview's own readLabels);
 *  - transformer.js rewrites each `@salesforce/label/c.Name` specifier to `jest-labels/c.Name`
 *    before @lwc/jest-transformer sees it, so the import is an ordinary one with no fallback;
 *  - jest.config.js maps `jest-labels/(.*)` to those modules: a label that is in no labels file
 *    fails the suite with "Could not locate module jest-labels/c.Name".
 */
'use strict';

const {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync
} = require('node:fs');
const { join } = require('node:path');

const PLATFORM_PREFIX = '@salesforce/label/';
const JEST_PREFIX = 'jest-labels/';
const CACHE_FOLDER = join('.cache', 'jest-labels');
const INDEX_FILE = 'index.json';

/** `<rootDir>/.cache/jest-labels`: where the label modules are written and looked up. */
function labelModulesDir(rootDir) {
  return join(rootDir, CACHE_FOLDER);
}

/** moduleNameMapper entry: `jest-labels/c.Name` → its generated module. */
function labelModuleMapper() {
  return { [`^${JEST_PREFIX}(.*)$`]: `<rootDir>/${CACHE_FOLDER.split('\\').join('/')}/$1.json` };
}

const platformSpecifier = /(['"`])@salesforce\/label\/(c\.\w+)\1/g;
const anyPlatformSpecifier = /['"`]@salesforce\/label\//;

/**
 * Points every `'@salesforce/label/c.Name'` string of a module (imports and jest.mock ids alike)
 * at its generated module. Any other label specifier (a namespace, a template with an
 * expression) would get sfdx-lwc-jest's silent fallback, so it is refused.
 */
function rewriteLabelSpecifiers(source, filePath) {
  if (!source.includes(PLATFORM_PREFIX)) return source;
  const rewritten = source.replace(platformSpecifier, `$1${JEST_PREFIX}$2$1`);
  if (anyPlatformSpecifier.test(rewritten)) {
    throw new Error(
      `${filePath}: a label specifier Jest cannot resolve to its text; write it as '@salesforce/label/c.Name'.`
    );
  }
  return rewritten;
}

function moduleSource(text) {
  return JSON.stringify({ __esModule: true, default: text });
}

function readIndex(dir) {
  try {
    const index = JSON.parse(readFileSync(join(dir, INDEX_FILE), 'utf8'));
    return index && typeof index.modules === 'object' ? index : null;
  } catch {
    return null;
  }
}

/**
 * The `source` that the last syncLabelModules recorded (globalSetup's hash of the label files),
 * or null when a module it wrote is missing.
 */
function syncedSource(rootDir) {
  const dir = labelModulesDir(rootDir);
  const index = readIndex(dir);
  if (!index) return null;
  const onDisk = new Set(readdirSync(dir));
  return Object.keys(index.modules).every((file) => onDisk.has(file)) ? index.source : null;
}

/** Replaces a file whole, so a Jest run reading it at the same moment never sees half of it. */
function writeAtomically(file, content) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, file);
}

/**
 * Brings `.cache/jest-labels` in line with `labels` (API name → text): writes the modules of new
 * and changed labels, deletes those of labels that no longer exist, leaves the rest untouched,
 * and records `source` (what the labels were read from) for syncedSource. Returns what it did.
 */
function syncLabelModules(rootDir, labels, source = null) {
  const dir = labelModulesDir(rootDir);
  mkdirSync(dir, { recursive: true });
  const wanted = {};
  for (const [name, text] of labels) wanted[`c.${name}.json`] = text;

  const previous = readIndex(dir);
  const onDisk = new Set(
    readdirSync(dir).filter((file) => file.endsWith('.json') && file !== INDEX_FILE)
  );
  const written = [];
  for (const [file, text] of Object.entries(wanted)) {
    if (previous && onDisk.has(file) && previous.modules[file] === text) continue;
    writeAtomically(join(dir, file), moduleSource(text));
    written.push(file);
  }
  const removed = [...onDisk].filter((file) => !(file in wanted));
  for (const file of removed) rmSync(join(dir, file), { force: true });
  if (written.length || removed.length || !previous || previous.source !== source) {
    writeAtomically(join(dir, INDEX_FILE), JSON.stringify({ source, modules: wanted }));
  }
  return { written, removed };
}

module.exports = {
  labelModuleMapper,
  labelModulesDir,
  rewriteLabelSpecifiers,
  syncLabelModules,
  syncedSource
};

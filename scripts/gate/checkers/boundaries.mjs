/*
 * Capability boundaries (config/capabilities.json, docs/ARCHITECTURE.md): an Apex class, trigger,
 * component, flow or page of one capability names nothing of another capability except that
 * capability's declared seams; the shared capability names nothing of the others. Every folder
 * under force-app/main/ is a declared capability and every declared seam exists where declared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { capabilityDirs, rel, walk } from '../../lib/project.mjs';

export const CAPABILITIES_FILE = 'config/capabilities.json';
export const ARCHITECTURE_FILE = 'docs/ARCHITECTURE.md';

function readCapabilities(root) {
  const file = join(root, CAPABILITIES_FILE);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Apex source without comments and string literals, so only code names count. */
function apexCode(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/\/\/[^\n]*/g, '')
    .replace(/'(?:\\.|[^'\\\n])*'/g, "''");
}

function lineAt(source, index) {
  return source.slice(0, index).split('\n').length;
}

const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Every unit the package defines, by the name others use for it, with its capability and file. */
function unitsOf(root) {
  const units = new Map();
  for (const dir of capabilityDirs(root)) {
    const capability = basename(dir);
    for (const file of walk(dir)) {
      const parts = relative(dir, file).split(sep);
      if (/\.(cls|trigger)$/.test(file)) {
        units.set(basename(file).replace(/\.(cls|trigger)$/, ''), { capability, file });
      } else if (parts[0] === 'lwc' && parts.length === 3 && file.endsWith('.js-meta.xml')) {
        units.set(`c/${parts[1]}`, { capability, file });
      }
    }
  }
  return units;
}

/** The references one file makes, as { name, index } of `units` names. */
function referencesIn(file, source, apexNames, componentNames) {
  // Stryker disable next-line ArrayDeclaration: a non-object seed has no name, so it is skipped as an unknown unit
  const found = [];
  if (/\.(cls|trigger)$/.test(file)) {
    const code = apexCode(source);
    for (const match of code.matchAll(/\b[A-Za-z_]\w*\b/g)) {
      if (apexNames.has(match[0])) found.push({ name: match[0], index: match.index });
    }
    return { found, text: code };
  }
  if (/\.(ts|html)$/.test(file)) {
    for (const match of source.matchAll(/['"]c\/(\w+)['"]/g))
      found.push({ name: `c/${match[1]}`, index: match.index });
    for (const match of source.matchAll(/<c-([a-z0-9-]+)/g)) {
      const name = [...componentNames].find((component) => kebab(component.slice(2)) === match[1]);
      // Stryker disable next-line ConditionalExpression: an undefined name is no unit, so it is skipped anyway
      if (name) found.push({ name, index: match.index });
    }
    for (const match of source.matchAll(/@salesforce\/apex\/(\w+)\./g))
      found.push({ name: match[1], index: match.index });
    return { found, text: source };
  }
  if (/\.(flow|flexipage)-meta\.xml$/.test(file)) {
    for (const match of source.matchAll(
      /<(?:actionName|componentName|extensionName)>(?:c:)?(\w+)<\//g
    )) {
      const name = apexNames.has(match[1]) ? match[1] : `c/${match[1]}`;
      found.push({ name, index: match.index });
    }
  }
  return { found, text: source };
}

export function checkBoundaries(root) {
  const config = readCapabilities(root);
  if (!config)
    return [{ file: CAPABILITIES_FILE, line: 0, message: 'missing: the capabilities and seams' }];
  const declared = config.capabilities ?? {};
  const problems = [];
  const dirs = capabilityDirs(root);
  for (const dir of dirs) {
    const capability = basename(dir);
    if (!declared[capability])
      problems.push({
        file: rel(dir, root),
        line: 0,
        message: `capability folder "${capability}" is not declared in ${CAPABILITIES_FILE}`
      });
  }
  const units = unitsOf(root);
  const architecturePath = join(root, ARCHITECTURE_FILE);
  const architecture = existsSync(architecturePath) ? readFileSync(architecturePath, 'utf8') : '';
  for (const [capability, { seams = [] }] of Object.entries(declared)) {
    for (const seam of seams) {
      if (!architecture.includes(`\`${seam}\``))
        problems.push({
          file: ARCHITECTURE_FILE,
          line: 0,
          message: `seam ${seam} of ${capability} (${CAPABILITIES_FILE}) is not described in the seams table`
        });
      const unit = units.get(seam);
      if (!unit || unit.capability !== capability)
        problems.push({
          file: CAPABILITIES_FILE,
          line: 0,
          message: `seam ${seam} of ${capability} is not a class or component of ${capability}${unit ? ` (it is in ${unit.capability})` : ''}`
        });
    }
  }
  const apexNames = new Set([...units.keys()].filter((name) => !name.startsWith('c/')));
  const componentNames = new Set([...units.keys()].filter((name) => name.startsWith('c/')));
  for (const dir of dirs) {
    const capability = basename(dir);
    if (!declared[capability]) continue;
    for (const file of walk(dir)) {
      // Stryker disable next-line Regex: only a shortcut; referencesIn finds names only in files ending so
      if (!/\.(cls|trigger|ts|html|flow-meta\.xml|flexipage-meta\.xml)$/.test(file)) continue;
      if (file.endsWith('.d.ts')) continue;
      const source = readFileSync(file, 'utf8');
      const { found, text } = referencesIn(file, source, apexNames, componentNames);
      const reported = new Set();
      for (const { name, index } of found) {
        const unit = units.get(name);
        if (!unit || unit.capability === capability || unit.capability === config.shared) continue;
        const allowed =
          capability !== config.shared && (declared[unit.capability]?.seams ?? []).includes(name);
        if (allowed || reported.has(name)) continue;
        reported.add(name);
        problems.push({
          file: rel(file, root),
          line: lineAt(text, index),
          message:
            capability === config.shared
              ? `the shared capability "${capability}" names ${name} of ${unit.capability}: shared code uses no capability`
              : `${capability} names ${name} of ${unit.capability}, which is not one of its seams (${CAPABILITIES_FILE})`
        });
      }
    }
  }
  return problems;
}

export const boundaries = {
  name: 'boundaries',
  description: 'a capability names another only through its declared seams',
  run(root) {
    return { problems: checkBoundaries(root) };
  }
};

/*
 * The fields of the standard objects this project touches, kept in config/standard-objects.json.
 *
 * Source: the standard object library that apex-ls uses (io.github.apex-dev-tools:sobject-types,
 * API 65.0, shipped in @salesforce/code-analyzer-pmd-engine), read with javap. To add an object:
 *
 *   npm run schema:standard -- Opportunity Task
 *
 * Field types: an Apex scalar type name ("Id", "String" …), "->Parent" for a parent relationship
 * ("->*" when polymorphic), and "children" maps child relationship names to their object.
 * An object the library lacks (AccountTeamMember exists only where Account Teams are enabled) is
 * written by hand with a "source" naming the documentation it was copied from; it is kept as is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { javaLib, run } from '../../lib/tools.mjs';
import { projectRoot } from '../../lib/project.mjs';

export const STANDARD_OBJECTS_FILE = join('config', 'standard-objects.json');
const SOBJECTS = 'com.nawforce.runforce.SObjects.';
const FIELD = /^\s*public (?<type>[\w.$<>[\]]+) (?<name>\w+);$/;

export function loadStandardObjects(root = projectRoot()) {
  return JSON.parse(readFileSync(join(root, STANDARD_OBJECTS_FILE), 'utf8')).objects;
}

/** One class's javap listing → { fields, children }. */
export function describe(javapOutput) {
  const fields = {};
  const children = {};
  for (const line of javapOutput.split('\n')) {
    const match = FIELD.exec(line);
    if (!match) continue; // a static member has two words before its name: FIELD does not match it
    const { type, name } = match.groups;
    if (type.endsWith('[]')) {
      children[name] = type.slice(SOBJECTS.length, -2);
    } else if (type.startsWith(SOBJECTS)) {
      const parent = type.slice(SOBJECTS.length);
      fields[name] = parent === 'Name' ? '->*' : `->${parent}`;
    } else if (type === 'com.nawforce.runforce.System.SObject') {
      fields[name] = '->*';
    } else {
      fields[name] = type.split('.').pop();
    }
  }
  return { fields, children };
}

export function readFromLibrary(objectNames, runTool = run) {
  const jar = join(javaLib, 'sobject-types-65.0.0.jar');
  const { status, output } = runTool('javap', [
    '-cp',
    jar,
    '-public',
    ...objectNames.map((name) => SOBJECTS + name)
  ]);
  if (status !== 0) throw new Error(`javap could not read ${objectNames.join(', ')}:\n${output}`);
  const described = {};
  for (const chunk of output.split(/^Compiled from .*/m).filter((part) => part.trim())) {
    const name = /public class com\.nawforce\.runforce\.SObjects\.(\w+) /.exec(chunk)?.[1];
    if (name) described[name] = describe(chunk);
  }
  return described;
}

/**
 * Rewrites config/standard-objects.json with the library's objects, those already there and
 * `added`; hand-written objects (with a "source") are kept as they are.
 * @returns {{ ok: boolean, message: string }}
 */
export function updateStandardObjects(root, added, read = readFromLibrary) {
  const file = join(root, STANDARD_OBJECTS_FILE);
  const current = JSON.parse(readFileSync(file, 'utf8'));
  const handWritten = Object.fromEntries(
    Object.entries(current.objects).filter(([, object]) => object.source)
  );
  const names = [...new Set([...Object.keys(current.objects), ...added])]
    .filter((name) => !handWritten[name])
    .sort();
  const objects = { ...read(names), ...handWritten };
  const missing = names.filter((name) => !objects[name]);
  if (missing.length) {
    return { ok: false, message: `not standard objects in the library: ${missing.join(', ')}` };
  }
  const sorted = Object.fromEntries(
    Object.keys(objects)
      .sort()
      .map((name) => [name, objects[name]])
  );
  writeFileSync(file, `${JSON.stringify({ ...current, objects: sorted }, null, 2)}\n`);
  return { ok: true, message: `${STANDARD_OBJECTS_FILE}: ${names.length} standard objects` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ok, message } = updateStandardObjects(projectRoot(), process.argv.slice(2));
  if (ok) console.log(message);
  else {
    console.error(message);
    process.exitCode = 1;
  }
}

/*
 * The gate's in-process unit tests (the *.unit.mjs files beside this one), in one process under
 * npm test: node --test starts a process per file, about half a second of CPU each, and 30 files
 * that run in a second or less between them then cost npm test ~15 CPU seconds of starting up.
 * Each is an ordinary node:test file: `node --test scripts/gate/__tests__/<name>.unit.mjs` runs one,
 * and the gate's mutation runs (config/stryker/gate.mjs) run each on its own, as its own test.
 * A unit file starts no process and writes only to temporary folders and the AST cache; it keeps
 * its hooks inside its own describe() or test(), since here every file shares one root.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { toolRoot, walk } from '../../lib/project.mjs';

const UNIT_FILES = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.unit.mjs'))
  .sort();

for (const name of UNIT_FILES) {
  try {
    await import(`./${name}`);
  } catch (error) {
    // one file that cannot load fails here by name; the others still run
    test(`${name} loads`, () => {
      throw error;
    });
  }
}

test('every unit file of the project is run here', () => {
  const elsewhere = walk(join(toolRoot, 'scripts'))
    .filter((file) => /\.unit\.[cm]?[jt]s$/.test(file) && !file.startsWith(import.meta.dirname))
    .map((file) => relative(toolRoot, file));
  assert.deepEqual(elsewhere, [], 'a unit file outside scripts/gate/__tests__ would never run');
  assert.ok(UNIT_FILES.length >= 30, `${UNIT_FILES.length} unit files`);
});

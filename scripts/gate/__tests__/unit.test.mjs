/*
 * The gate's in-process unit tests (the *.unit.mjs files beside this one), in one process under
 * npm test: node --test starts a process per file, about half a second of CPU each, and 30 files
 * that run in a second or less between them then cost npm test ~15 CPU seconds of starting up.
 * Each is an ordinary node:test file: `node --test scripts/gate/__tests__/<name>.unit.mjs` runs one,
 * and the gate's mutation runs (config/stryker/gate.mjs) run each on its own, as its own test.
 * A unit file starts no process and changes nothing outside the temporary folders it makes.
 */
import { readdirSync } from 'node:fs';

const UNIT_FILES = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.unit.mjs'))
  .sort();

for (const name of UNIT_FILES) await import(`./${name}`);

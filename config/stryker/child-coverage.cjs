/*
 * Mutation testing of the gate (config/stryker/gate.mjs): most gate tests plant a defect in a
 * project copy and run the checker in a child process (`node scripts/gate/check.mjs`). Stryker's
 * tap runner measures which mutants a test file reaches in the test file's own process only, so
 * every mutant reached only in such a child would be reported as "no coverage" and never run.
 *
 * Loaded with `-r` before Stryker's own hook in the test file's process, this file puts itself in
 * NODE_OPTIONS so every node process the test starts loads it too. A child writes the mutants it
 * reached to a folder on exit; the test file's process adds them to its own coverage before
 * Stryker's hook reports it. The active mutant needs nothing: children inherit its environment
 * variable, and the instrumented code reads it.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const FOLDER_VARIABLE = 'STRYKER_CHILD_COVERAGE_DIR';
const namespace = () => globalThis[process.env.STRYKER_NAMESPACE || '__stryker__'];

function addCounts(into, from) {
  for (const [mutantId, count] of Object.entries(from ?? {})) {
    into[mutantId] = (into[mutantId] ?? 0) + count;
  }
}

function collectChildren(folder) {
  const own = namespace();
  if (own && process.env.STRYKER_DRY_RUN === 'true') {
    // the test file's process may reach no mutant itself, only its children
    own.mutantCoverage ??= { static: {}, perTest: {} };
    for (const name of fs.readdirSync(folder)) {
      const child = JSON.parse(fs.readFileSync(path.join(folder, name), 'utf8'));
      addCounts(own.mutantCoverage.static, child.static);
      for (const perTest of Object.values(child.perTest ?? {})) {
        addCounts(own.mutantCoverage.static, perTest);
      }
    }
  }
  fs.rmSync(folder, { recursive: true, force: true });
}

function reportToParent(folder) {
  const coverage = namespace()?.mutantCoverage;
  if (coverage) {
    fs.writeFileSync(path.join(folder, `${process.pid}.json`), JSON.stringify(coverage));
  }
}

const inheritedFolder = process.env[FOLDER_VARIABLE];
if (inheritedFolder) {
  process.on('exit', () => reportToParent(inheritedFolder));
} else {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'stryker-children-'));
  process.env[FOLDER_VARIABLE] = folder;
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} -r ${__filename}`.trim();
  // registered before Stryker's hook (loaded after this file), so it runs first on exit
  process.on('exit', () => collectChildren(folder));
}

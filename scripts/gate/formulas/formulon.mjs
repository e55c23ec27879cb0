/*
 * formulon (npm, pinned exactly in package.json) is the Salesforce formula parser and evaluator the
 * formulas checker builds on. Its public parse() drops the parser's error location and evaluates
 * with values, so the checker loads the same file once more to reach three of its internals:
 *
 *   salesforceParser  the Peggy parser: syntax errors with their offset, line and column;
 *   dispatch          one function call with its argument types checked (formulon's own table);
 *   existingFunctions that table: which functions formulon knows, and their declared return type.
 *
 * Nothing of formulon is rewritten. A new formulon version may rename these: the version is checked
 * here, and the checker's tests fail before a wrong verdict reaches the gate.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

export const FORMULON_VERSION = '6.25.6';

const require = createRequire(import.meta.url);
const main = require.resolve('formulon');

/** Throws unless `installed` is the formulon version this file was written against. */
export function assertFormulonVersion(installed) {
  if (installed !== FORMULON_VERSION) {
    throw new Error(
      `formulon ${installed} is installed, the formulas checker was written against ${FORMULON_VERSION}: check scripts/gate/formulas/formulon.mjs against the new version, then change FORMULON_VERSION`
    );
  }
}
// Stryker disable next-line StringLiteral: without an encoding JSON.parse reads the Buffer as text
const packageJson = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8'));
assertFormulonVersion(packageJson.version);

function loadInternals() {
  // Stryker disable next-line StringLiteral: without an encoding the Buffer is read as text in the template below
  const source = readFileSync(main, 'utf8');
  const wrapped = vm.runInThisContext(
    `(function (exports, require, module) {${source}\n;module.exports.__internals = { salesforceParser, dispatch, existingFunctions };\n})`,
    { filename: main }
  );
  const module = { exports: {} };
  wrapped(module.exports, createRequire(main), module);
  return module.exports.__internals;
}

export const { salesforceParser, dispatch, existingFunctions } = loadInternals();

/*
 * How the typescript checker (scripts/gate/checkers/typescript.mjs) reads tsc's output, in
 * process on tsc's own line formats (--pretty false); planted-defects.test.mjs proves the checker
 * runs tsc and fails on a real type error.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { tscProblems } from '../checkers/typescript.mjs';

const LOCATED =
  "force-app/main/x/lwc/a/a.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.";
const MISSING =
  "scripts/preview/runtime/backend/registry.ts(40,7): error TS2741: Property 'getChart' is missing in type '{}'.";

describe('typescript checker: reading tsc output', () => {
  test('a located error gives its file, line and message; other lines are not problems', () => {
    assert.deepEqual(tscProblems(`${LOCATED}\n\nFound 1 error.\n`), [
      {
        file: 'force-app/main/x/lwc/a/a.ts',
        line: 12,
        message: "error TS2322: Type 'string' is not assignable to type 'number'."
      }
    ]);
  });

  test('indented lines elaborate the located error before them, each error its own', () => {
    const output = [
      MISSING,
      "  Type '{}' is missing the following properties: getChart",
      LOCATED,
      "    Types of property 'label' are incompatible."
    ].join('\n');
    assert.deepEqual(
      tscProblems(output).map((problem) => problem.message),
      [
        "error TS2741: Property 'getChart' is missing in type '{}'. Type '{}' is missing the following properties: getChart",
        "error TS2322: Type 'string' is not assignable to type 'number'. Types of property 'label' are incompatible."
      ]
    );
  });

  test('indented lines after an unlocated error are not added to the located error before it', () => {
    const output = [
      LOCATED,
      "error TS5083: Cannot read file '/project/tsconfig.base.json'.",
      '  The file is in the program because:',
      '    Referenced from tsconfig.json'
    ].join('\n');
    assert.deepEqual(tscProblems(output), [
      {
        file: 'force-app/main/x/lwc/a/a.ts',
        line: 12,
        message: "error TS2322: Type 'string' is not assignable to type 'number'."
      }
    ]);
  });

  test('indented lines before any error, or after a blank line, belong to no problem', () => {
    const output = ['  stray elaboration', LOCATED, '', '  after a blank line'].join('\n');
    assert.deepEqual(
      tscProblems(output).map((problem) => problem.message),
      ["error TS2322: Type 'string' is not assignable to type 'number'."]
    );
  });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jestVerdict } from '../jest-verdict.mjs';

const green = { numPassedTests: 12, numFailedTests: 0, numRuntimeErrorTestSuites: 0 };

test('a green run with measured coverage counts its tests and no failure', () => {
  assert.deepEqual(jestVerdict({ status: 0, results: green, measuredLines: 80 }), {
    passed: 12,
    failed: 0,
    skipped: 0,
    reasons: []
  });
});

test('a missed coverage threshold is a failure even when every test passed', () => {
  const verdict = jestVerdict({ status: 1, results: green, measuredLines: 80 });
  assert.equal(verdict.failed, 1);
  assert.match(verdict.reasons[0], /coverage threshold/);
});

test('coverage that measured no line fails: the tests ran other code than the .ts', () => {
  const verdict = jestVerdict({ status: 0, results: green, measuredLines: 0 });
  assert.equal(verdict.failed, 1);
  assert.match(verdict.reasons[0], /measured no component line/);
});

test('failed tests and suites that crashed are counted, without a second count for the exit code', () => {
  const verdict = jestVerdict({
    status: 1,
    results: { numPassedTests: 10, numFailedTests: 2, numRuntimeErrorTestSuites: 1 },
    measuredLines: 80
  });
  assert.deepEqual(verdict, { passed: 10, failed: 3, skipped: 0, reasons: [] });
});

test('a run that wrote no results is one failure', () => {
  assert.deepEqual(jestVerdict({ status: 1, results: undefined, measuredLines: 0 }), {
    passed: 0,
    failed: 1,
    skipped: 0,
    reasons: ['Jest wrote no results']
  });
});

test('a component left out of the coverage report is a failure that names it', () => {
  const verdict = jestVerdict({
    status: 0,
    results: green,
    measuredLines: 80,
    unmeasured: ['force-app/main/program/lwc/board/board.ts']
  });
  assert.equal(verdict.failed, 1);
  assert.match(verdict.reasons[0], /left out force-app\/main\/program\/lwc\/board\/board.ts/);
});

test('skipped and todo tests are counted apart, never as passed', () => {
  const verdict = jestVerdict({
    status: 0,
    results: { ...green, numPendingTests: 2, numTodoTests: 1 },
    measuredLines: 80
  });
  assert.deepEqual(verdict, { passed: 12, failed: 0, skipped: 3, reasons: [] });
});

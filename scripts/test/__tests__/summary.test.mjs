import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import { gateCounts, summarize, tapCounts } from '../summary.mjs';

// What node --test --test-reporter=tap printed for one file with a skipped test, a todo test, a
// test skipped from inside and a "#" in a skip reason (Node 20).
const TAP = `TAP version 13
# Subtest: a
    # Subtest: x
    ok 1 - x # SKIP why \\# hash
    # Subtest: y
    ok 2 - y # TODO
    # Subtest: keeps \\# in its name
    ok 3 - keeps \\# in its name
    1..3
ok 1 - a
# Subtest: w
ok 2 - w # SKIP no plan
1..2
# tests 4
# suites 1
# pass 1
# fail 0
# cancelled 0
# skipped 2
# todo 1
`;

// NODE_TEST_CONTEXT (set by the runner around this file) would make a child run report to it
// instead of printing its own report and exit code
function withoutTestContext(env) {
  const copy = { ...env };
  delete copy.NODE_TEST_CONTEXT;
  return copy;
}

test('skipped and todo tests are counted as skipped, and a "#" in a name is not a directive', () => {
  assert.deepEqual(tapCounts(TAP, 0), { passed: 1, failed: 0, skipped: 3 });
});

test('a script-test run that crashed before its report is one failure, not a green run', () => {
  assert.deepEqual(tapCounts('', 1), { passed: 0, failed: 1, skipped: 0 });
});

test('the e2e suite fails (it does not skip) on a machine without Chromium, and its suite counts as skipped', () => {
  const run = spawnSync(
    process.execPath,
    ['--test', '--test-reporter=tap', join('scripts', 'preview', '__tests__', 'e2e.test.mjs')],
    {
      cwd: toolRoot,
      encoding: 'utf8',
      env: { ...withoutTestContext(process.env), CHROMIUM_PATH: join(toolRoot, 'no-such-chromium') }
    }
  );
  assert.notEqual(run.status, 0, 'node --test exits non-zero');
  assert.deepEqual(tapCounts(run.stdout, run.status), { passed: 0, failed: 1, skipped: 1 });
  assert.match(run.stdout, /not ok \d+ - Chromium is installed for the browser tests/);
  assert.match(run.stdout, /apt-get install chromium/);
});

test('the gate counts the checkers it never ran after a failure as skipped', () => {
  const output =
    '✓ metadata (0.1s)\n✓ vocabulary (0.2s)\n✗ boundaries failed (0.1s): 1 problem(s)\n';
  assert.deepEqual(gateCounts(output, 1, 17), { passed: 2, failed: 1, skipped: 14 });
  assert.deepEqual(gateCounts('✓ a\n✓ b\n', 0, 2), { passed: 2, failed: 0, skipped: 0 });
});

test('a gate that exits non-zero without a ✗ line (it crashed) is one failure', () => {
  assert.deepEqual(gateCounts('', 1, 17), { passed: 0, failed: 1, skipped: 16 });
});

test('the summary line counts passed, failed and skipped over every phase', () => {
  const summary = summarize([
    { name: 'gate checkers', passed: 17, failed: 0, skipped: 0 },
    { name: 'jest tests', passed: 300, failed: 0, skipped: 2 },
    { name: 'script tests', passed: 150, failed: 1, skipped: 1 }
  ]);
  assert.equal(summary.last, '467 passed, 1 failed, 3 skipped');
  assert.deepEqual(summary.lines, [
    '   gate checkers: 17 passed, 0 failed, 0 skipped',
    '   jest tests: 300 passed, 0 failed, 2 skipped',
    '   script tests: 150 passed, 1 failed, 1 skipped'
  ]);
  assert.equal(summary.exitCode, 1);
});

test('skips are shown but do not fail a run; a run where nothing passed fails', () => {
  const green = summarize([{ name: 'script tests', passed: 5, failed: 0, skipped: 2 }]);
  assert.equal(green.last, '5 passed, 0 failed, 2 skipped');
  assert.equal(green.exitCode, 0);
  assert.equal(summarize([{ name: 'jest tests', passed: 0, failed: 0, skipped: 4 }]).exitCode, 1);
});

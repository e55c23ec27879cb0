import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import { LONGEST_FIRST, scriptTestOrder } from '../order.mjs';

test('the longest script tests go first, in their measured order, and no file is dropped', () => {
  const found = [
    'scripts/org/__tests__/jobs.test.mjs',
    'scripts/preview/__tests__/e2e.test.mjs',
    'scripts/gate/__tests__/formulas.test.mjs',
    'scripts/gate/__tests__/planted-defects.test.mjs',
    'scripts/preview/__tests__/e2e-nomination.test.mjs'
  ];
  assert.deepEqual(scriptTestOrder(found), [
    'scripts/preview/__tests__/e2e-nomination.test.mjs',
    'scripts/gate/__tests__/planted-defects.test.mjs',
    'scripts/preview/__tests__/e2e.test.mjs',
    'scripts/org/__tests__/jobs.test.mjs',
    'scripts/gate/__tests__/formulas.test.mjs'
  ]);
});

test('every file ranked as longest exists (a renamed one would silently lose its place)', () => {
  const missing = LONGEST_FIRST.filter((file) => !existsSync(join(toolRoot, file)));
  assert.deepEqual(missing, []);
});

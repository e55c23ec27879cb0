/*
 * The preview backend against the shared rule vectors (config/rule-vectors/*.json): the same
 * inputs and expected outputs the generated Apex tests assert against the real Apex
 * (scripts/gate/rule-vectors/generate.mjs), so the browser's copy of a rule cannot drift from the
 * org's without one side failing. Adapters map each vector `call` to the backend's function.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectRoot } from '../../../../lib/project.mjs';
import { readVectorFiles } from '../../../../gate/rule-vectors/generate.mjs';
import { registerBackendLoader } from './loader.mjs';

registerBackendLoader();
const { standingOf, programYear } = await import('../account-panel/account.js');
const { isNewSinceReview, isOverdue, pageSizeOf, rulesOf } =
  await import('../review-board/board.js');
const { addDays, todayGmt } = await import('../program/store.js');
const { canMoveReview } = await import('c/referenceProgram');

// One clock for the whole run, as the Apex reads System.now() once per assertion.
const NOW = Date.now();

/** { daysAgo, time: 'HH:MM' } → the ISO moment, GMT, as the records carry it. */
function moment({ daysAgo, time }) {
  return `${addDays(todayGmt(NOW), -daysAgo)}T${time}:00.000Z`;
}

const ADAPTERS = {
  standingOf: (a) => standingOf(a.status, a.transitionToPaid, a.subscriptionEnd, a.today),
  programYear: (a) => programYear(a.subscriptionStart, a.today),
  canMoveReview: (a) => canMoveReview(a.from, a.to),
  isOverdue: (a) =>
    isOverdue(
      rulesOf({ Last_Review_Date__c: null }, { Review_Cadence_Days__c: a.cadenceDays }, NOW),
      { Review_Status__c: a.status, Status_Changed_On__c: moment(a.lastMoved) }
    ),
  isNewSinceReview: (a) => {
    const lastReview =
      a.lastReviewDaysAgo === null ? null : addDays(todayGmt(NOW), -a.lastReviewDaysAgo);
    return isNewSinceReview(rulesOf({ Last_Review_Date__c: lastReview }, {}, NOW), {
      CreatedDate: moment(a.created)
    });
  },
  pageSizeOf: (a) => pageSizeOf(a.requested)
};

for (const { file, family } of readVectorFiles(projectRoot())) {
  for (const vector of family.vectors ?? []) {
    test(`${file}: ${vector.name}`, () => {
      const adapter = ADAPTERS[vector.call];
      assert.ok(adapter, `the preview test has no adapter for ${vector.call}`);
      assert.deepEqual(adapter(vector.args ?? {}), vector.expected);
    });
  }
}

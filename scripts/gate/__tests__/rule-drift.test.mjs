/*
 * The rule-drift checker against planted defects: a generated Apex vector test gone stale (vectors
 * edited, class edited by hand, vector file removed), a constant changed on either side, a cron
 * expression written in the org scripts, a search field dropped from the Apex. Each runs the
 * checker in-process on a copy of the project (no gate process, no JVM).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { toolRoot } from '../../lib/project.mjs';
import { checkGeneratedTests, checkRuleConstants, checkRuleDrift } from '../rule-drift.mjs';
import { copyProject } from './project-copy.mjs';

const STANDING_TEST = 'force-app/main/account-panel/tests/CommunityProgramStandingVectorsTest.cls';
const STANDING_VECTORS = 'config/rule-vectors/community-program-standing.json';
const STANDING = 'force-app/main/account-panel/classes/CommunityProgramStanding.cls';
const ACCOUNT_BACKEND = 'scripts/preview/runtime/backend/account-panel/account.ts';
const BOARD_BACKEND = 'scripts/preview/runtime/backend/review-board/board.ts';
const REMINDER = 'force-app/main/review-board/classes/MonthlyReviewReminder.cls';
const SELECTOR = 'force-app/main/review-board/classes/ReferenceResponseBoardSelector.cls';

function replaceOnce(text, from, to) {
  assert.equal(text.split(from).length, 2, `expected exactly one ${from} in the copy`);
  return text.replace(from, to);
}

// One copy for every plant: each test changes one file, runs the checker and puts it back.
let copy;
before(() => {
  copy = copyProject();
});
after(() => copy?.dispose());

/** Runs `check` on the copy with `file` changed by `change` (null: removed), then restores it. */
async function problemsWith(file, change, check = checkRuleConstants) {
  const original = copy.read(file);
  try {
    const changed = change(original);
    if (changed === null) copy.remove(file);
    else copy.write(file, changed);
    return await check(copy.dir);
  } finally {
    copy.write(file, original);
  }
}

function find(problems, file, pattern) {
  const found = problems.find((problem) => problem.file === file && pattern.test(problem.message));
  assert.ok(
    found,
    `no problem on ${file} matching ${pattern}: ${JSON.stringify(problems, null, 2)}`
  );
  return found;
}

describe('rule-drift', () => {
  test('the real tree agrees with its rule vectors', async () => {
    assert.deepEqual(await checkRuleDrift(toolRoot), []);
  });

  test('a vector changed without regenerating leaves the generated Apex test stale', async () => {
    const problems = await problemsWith(
      STANDING_VECTORS,
      (text) => replaceOnce(text, '"today": "2024-12-29"', '"today": "2024-12-28"'),
      checkGeneratedTests
    );
    const stale = find(problems, STANDING_TEST, /^stale: .*community-program-standing\.json/);
    assert.ok(stale.line > 1, 'the first differing line is named');
  });

  test('a generated Apex test edited by hand is stale', async () => {
    const problems = await problemsWith(
      STANDING_TEST,
      (text) => text.replace("'Renewal_Due',", "'Active',"),
      checkGeneratedTests
    );
    find(problems, STANDING_TEST, /^stale: /);
  });

  test('a generated Apex test whose vector file is gone is reported', async () => {
    const problems = await problemsWith(STANDING_VECTORS, () => null, checkGeneratedTests);
    find(problems, STANDING_TEST, /no longer names it/);
  });

  test('a renewal window changed in the Apex is reported at the Apex constant', async () => {
    const problems = await problemsWith(STANDING, (text) =>
      replaceOnce(text, 'RENEWAL_WINDOW_DAYS = 60;', 'RENEWAL_WINDOW_DAYS = 30;')
    );
    const drift = find(problems, STANDING, /renewal window.*Apex says 30.*says 60/);
    assert.match(copy.read(STANDING).split('\n')[drift.line - 1], /RENEWAL_WINDOW_DAYS = 60;/);
  });

  test('a mention cap changed in the preview is reported at the preview constant', async () => {
    const problems = await problemsWith(ACCOUNT_BACKEND, (text) =>
      replaceOnce(text, 'MAX_MENTIONS = 25;', 'MAX_MENTIONS = 20;')
    );
    const drift = find(problems, ACCOUNT_BACKEND, /@mentions.*preview says 20.*says 25/);
    assert.match(copy.read(ACCOUNT_BACKEND).split('\n')[drift.line - 1], /MAX_MENTIONS = 25;/);
  });

  test('a problem code renamed in the preview object is reported', async () => {
    const problems = await problemsWith(BOARD_BACKEND, (text) =>
      replaceOnce(text, "NO_ACTIVE_CSM: 'NO_ACTIVE_CSM'", "NO_ACTIVE_CSM: 'NO_CSM'")
    );
    find(problems, BOARD_BACKEND, /no active CSM.*"NO_CSM"/);
  });

  test('the reminder schedule changed in the Apex is reported', async () => {
    const problems = await problemsWith(REMINDER, (text) =>
      replaceOnce(text, "CRON = '0 0 8 1 * ?'", "CRON = '0 0 6 1 * ?'")
    );
    find(problems, REMINDER, /monthly review reminder.*"0 0 6 1 \* \?".*"0 0 8 1 \* \?"/);
  });

  test('the org setup scheduling at its own time is reported', async () => {
    const problems = await problemsWith(
      'scripts/org/setup.mjs',
      (text) => `${text}\nexport const MONTHLY_CRON = '0 0 6 1 * ?';\n`
    );
    find(problems, 'scripts/org/setup.mjs', /own cron expression '0 0 6 1 \* \?'/);
  });

  test('a search field dropped from the Apex selector is reported', async () => {
    const problems = await problemsWith(SELECTOR, (text) =>
      replaceOnce(text, ' OR Lead.Company LIKE :search', '')
    );
    find(problems, SELECTOR, /search.*Apex search matches/);
  });

  test('a search field dropped from the preview is reported', async () => {
    const problems = await problemsWith(BOARD_BACKEND, (text) =>
      replaceOnce(text, "'Lead.Company'", "'Lead.Name'")
    );
    find(problems, BOARD_BACKEND, /the preview searches .*Lead\.Name/);
  });
});

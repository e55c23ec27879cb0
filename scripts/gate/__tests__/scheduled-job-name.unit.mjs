/*
 * The apex-test-context checker's scheduled-job-name rule, on planted test classes (in process:
 * the rule reads source text only, so no project copy or child process is needed).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheduledJobNameProblems } from '../apex-test-context/scheduled-job-name.mjs';
import { checkTestContext } from '../checkers/apex-test-context.mjs';

const testClass = (...body) =>
  ['@IsTest', 'private class PlantedJobTest {', ...body, '}'].join('\n');
const REL = 'force-app/main/x/tests/PlantedJobTest.cls';
const file = (source) => ({ path: `/planted/${REL}`, rel: REL, source, ast: {} });

// The defect as it was in ReviewOverdueFlagJobTest: the production name, already scheduled in the org.
const PRODUCTION_NAME = [
  '  @IsTest',
  '  static void schedules() {',
  '    Test.startTest();',
  '    Id jobId = System.schedule(',
  '      ReviewOverdueFlagJob.JOB_NAME,',
  '      ReviewOverdueFlagJob.CRON,',
  '      new ReviewOverdueFlagJob()',
  '    );',
  '    Test.stopTest();',
  '  }'
];

test('a test scheduling under another class constant fails, naming the line and the constant', () => {
  const problems = scheduledJobNameProblems(file(testClass(...PRODUCTION_NAME)));
  assert.equal(problems.length, 1);
  assert.equal(problems[0].line, 6, 'the line of System.schedule');
  assert.match(
    problems[0].message,
    /^\[scheduled-job-name\] System\.schedule under ReviewOverdueFlagJob\.JOB_NAME: .*already scheduled/
  );
});

test('the checker reports it with the other test-context rules', () => {
  const { problems } = checkTestContext([file(testClass(...PRODUCTION_NAME))], '/nonexistent');
  assert.deepEqual(
    problems.map((problem) => problem.message.slice(0, 21)),
    ['[scheduled-job-name] ']
  );
});

test('the near misses pass: a name of the test, its own constant, a comment, a non-test class', () => {
  const literal = testClass(
    "    Id jobId = System.schedule('PlantedJobTest schedule', Job.CRON, new Job());"
  );
  const ownConstant = testClass(
    '    Id a = System.schedule(TEST_JOB_NAME, Job.CRON, new Job());',
    '    Id b = System.schedule(PlantedJobTest.TEST_JOB_NAME, Job.CRON, new Job());'
  );
  const onlyInAComment = testClass('    // System.schedule(Job.JOB_NAME, Job.CRON, new Job());');
  const production = [
    'public with sharing class Setup {',
    '  public static Id run() {',
    '    return System.schedule(Job.JOB_NAME, Job.CRON, new Job());',
    '  }',
    '}'
  ].join('\n');
  for (const source of [literal, ownConstant, onlyInAComment, production]) {
    assert.deepEqual(scheduledJobNameProblems(file(source)), [], source);
  }
});

test('any spacing and case of System.schedule is caught', () => {
  const source = testClass('    SYSTEM . Schedule ( Job . JOB_NAME , cron, new Job());');
  assert.equal(scheduledJobNameProblems(file(source)).length, 1);
});

test('a test class declared with any spacing is still a test class', () => {
  const source = ['@IsTest', 'private class   PlantedJobTest {', ...PRODUCTION_NAME, '}'].join(
    '\n'
  );
  assert.equal(scheduledJobNameProblems(file(source)).length, 1);
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import {
  asyncClasses,
  describeCron,
  pendingJobsQuery,
  scheduledJobs,
  unscheduleSnippet
} from '../jobs.mjs';
import { tempProject } from './helpers.mjs';

const guide = () => readFileSync(join(toolRoot, 'docs/ADMIN-GUIDE.md'), 'utf8');

test("cron expressions of the package in the guide's words", () => {
  assert.equal(describeCron('0 0 8 1 * ?'), '08:00 on the first day of every month');
  assert.equal(describeCron('0 20 * * * ?'), 'every hour at minute 20');
  assert.equal(describeCron('0 0 2 * * ?'), '02:00 every day');
  assert.equal(describeCron('0 30 6 * * ?'), '06:30 every day');
  assert.throws(() => describeCron('0 0 8 ? * MON'), /no words/);
  assert.throws(() => describeCron('0 0/5 * * * ?'), /no words/);
});

test('every scheduled job of this project has one name and one time, and the guide agrees (issue 20)', () => {
  const jobs = scheduledJobs(toolRoot);
  assert.ok(jobs.some((job) => job.className === 'MonthlyReviewReminder'));
  // issue 18: the reports' overdue flag is refreshed daily at 03:00, after the rule's day turns
  assert.deepEqual(
    jobs.find((job) => job.className === 'ReviewOverdueFlagJob'),
    {
      className: 'ReviewOverdueFlagJob',
      jobName: 'Reference Program review overdue flags',
      cron: '0 0 3 * * ?'
    }
  );
  const names = jobs.map((job) => job.jobName);
  assert.equal(new Set(names).size, names.length, `two classes share a JOB_NAME: ${names}`);
  const text = guide();
  for (const job of jobs) {
    assert.ok(job.jobName, `${job.className} declares JOB_NAME`);
    assert.ok(job.cron, `${job.className} declares CRON`);
    const row = text.split('\n').find((line) => line.startsWith(`| \`${job.className}\``));
    assert.ok(row, `the guide's schedule table has a row for ${job.className}`);
    assert.ok(
      row.includes(`| ${describeCron(job.cron)} `),
      `the guide gives ${job.className} the time of its CRON (${describeCron(job.cron)}):\n${row}`
    );
  }
  // the guide schedules through the class's constants, never with a name or cron of its own
  for (const match of text.matchAll(/System\.schedule\(([^)]*)\)/g)) {
    assert.match(match[1], /^(\w+)\.JOB_NAME, \1\.CRON, new \1\($/, match[0]);
  }
  const script = readFileSync(join(toolRoot, 'scripts/apex/schedule-monthly-review.apex'), 'utf8');
  assert.doesNotMatch(script, /\d\d:\d\d|'0 0/, 'the reschedule script restates no time or cron');
});

test('the jobs are read from the Apex source, test classes and comments left out', () => {
  const classes = 'force-app/main/program/classes';
  const { root, cleanup } = tempProject({
    [`${classes}/Nightly.cls`]:
      "public with sharing class Nightly implements Schedulable {\n  public static final String JOB_NAME = 'Nightly job';\n  public static final String CRON = '0 0 2 * * ?';\n  public void execute(SchedulableContext context) {}\n}\n",
    [`${classes}/Worker.cls`]:
      'public with sharing class Worker implements Queueable, Database.AllowsCallouts {\n  public void execute(QueueableContext context) {}\n}\n',
    [`${classes}/NightlyTest.cls`]:
      '@IsTest\nprivate class NightlyTest implements Schedulable {\n  public void execute(SchedulableContext context) {}\n}\n',
    [`${classes}/Plain.cls`]:
      '// implements Queueable one day\npublic with sharing class Plain {\n}\n'
  });
  try {
    assert.deepEqual(scheduledJobs(root), [
      { className: 'Nightly', jobName: 'Nightly job', cron: '0 0 2 * * ?' }
    ]);
    assert.deepEqual(asyncClasses(root), ['Nightly', 'Worker']);
  } finally {
    cleanup();
  }
});

test('unscheduling names the jobs literally, so it compiles before the classes exist', () => {
  const apex = unscheduleSnippet([
    { className: 'A', jobName: 'Job A' },
    { className: 'B', jobName: "Bob's job" }
  ]);
  assert.match(apex, /CronJobDetail\.Name IN \('Job A', 'Bob\\'s job'\)/);
  assert.match(apex, /System\.abortJob\(job\.Id\)/);
  assert.doesNotMatch(apex, /\bA\.JOB_NAME|\bB\.JOB_NAME/);
  assert.equal(
    pendingJobsQuery(['GitLabIssueJob']),
    "SELECT COUNT() FROM AsyncApexJob WHERE ApexClass.Name IN ('GitLabIssueJob') " +
      "AND JobType != 'ScheduledApex' AND Status IN ('Holding', 'Queued', 'Preparing', 'Processing')"
  );
});

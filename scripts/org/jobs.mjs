/*
 * The package's scheduled and background jobs, read from the Apex source: each Schedulable class
 * declares its JOB_NAME and CRON once, and org:setup, org:upgrade and the admin guide take them
 * from there (the guide's schedule table is checked against describeCron by a test).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { packageDirectories, walk } from '../lib/project.mjs';
import { stripApexComments } from './lib.mjs';

function packageClasses(root) {
  return packageDirectories(root)
    .flatMap(walk)
    .filter((file) => file.endsWith('.cls'))
    .map((file) => ({
      name: basename(file, '.cls'),
      source: stripApexComments(readFileSync(file, 'utf8'))
    }))
    .filter(({ source }) => !/@isTest\b/i.test(source.split('{')[0]));
}

const constant = (source, name) =>
  new RegExp(`\\bstatic\\s+final\\s+String\\s+${name}\\s*=\\s*'([^']+)'`, 'i').exec(source)?.[1] ??
  null;

/** Schedulable classes with their JOB_NAME and CRON: [{ className, jobName, cron }], by class. */
export function scheduledJobs(root) {
  return packageClasses(root)
    .filter(({ source }) => /\bimplements\b[^{]*\bSchedulable\b/i.test(source))
    .map(({ name, source }) => ({
      className: name,
      jobName: constant(source, 'JOB_NAME'),
      cron: constant(source, 'CRON')
    }))
    .sort((a, b) => a.className.localeCompare(b.className));
}

/** Classes whose runs appear in AsyncApexJob (Queueable, Batchable, Schedulable), by name. */
export function asyncClasses(root) {
  return packageClasses(root)
    .filter(({ source }) =>
      /\bimplements\b[^{]*\b(Queueable|Database\.Batchable|Schedulable)\b/i.test(source)
    )
    .map(({ name }) => name)
    .sort();
}

const ORDINALS = { 1: 'first', 2: 'second', 3: 'third', 15: 'fifteenth', 28: 'twenty-eighth' };

/**
 * The words the admin guide uses for a cron expression the package ships (seconds, minutes,
 * hours, day of month, month, day of week). An expression of another shape is an error, so a new
 * schedule gets its words here, once.
 */
export function describeCron(cron) {
  const [seconds, minutes, hours, day, month, weekday, ...rest] = cron.split(/\s+/);
  const number = /^\d+$/;
  const shapeKnown =
    seconds === '0' && number.test(minutes) && month === '*' && weekday === '?' && !rest.length;
  if (!shapeKnown) throw new Error(`describeCron: no words for "${cron}" yet`);
  const time = () => `${hours.padStart(2, '0')}:${minutes.padStart(2, '0')}`;
  if (hours === '*' && day === '*') return `every hour at minute ${minutes}`;
  if (number.test(hours) && day === '*') return `${time()} every day`;
  if (number.test(hours) && ORDINALS[day])
    return `${time()} on the ${ORDINALS[day]} day of every month`;
  throw new Error(`describeCron: no words for "${cron}" yet`);
}

const quoted = (names) => names.map((name) => `'${name.replace(/'/g, "\\'")}'`).join(', ');

/**
 * Anonymous Apex that deletes the package's scheduled jobs by name. The names are literals from
 * the source, so it compiles in an org where the classes are not (yet, or no longer) there.
 */
export function unscheduleSnippet(jobs) {
  return [
    "// Written by the org scripts: deletes the package's scheduled jobs so their classes can be",
    '// replaced (a class with a scheduled job cannot be), before a deploy or a package upgrade.',
    `for (CronTrigger job : [SELECT Id FROM CronTrigger WHERE CronJobDetail.Name IN (${quoted(jobs.map((job) => job.jobName))})]) {`,
    '  System.abortJob(job.Id);',
    '}',
    ''
  ].join('\n');
}

/**
 * Anonymous Apex that schedules a Schedulable class once (re-runs find the job). The name and the
 * cron expression are the class's own JOB_NAME and CRON, read in the org: the schedule is written
 * in one place, the Apex.
 */
export function scheduleSnippet(className) {
  return [
    `// Written by the org scripts: schedules ${className} on its own CRON, once.`,
    `if ([SELECT COUNT() FROM CronTrigger WHERE CronJobDetail.Name = :${className}.JOB_NAME] == 0) {`,
    `  System.schedule(${className}.JOB_NAME, ${className}.CRON, new ${className}());`,
    '}',
    ''
  ].join('\n');
}

/** SOQL counting the package's queued or running background jobs (not the scheduled ones). */
export function pendingJobsQuery(classNames) {
  return (
    'SELECT COUNT() FROM AsyncApexJob WHERE ' +
    `ApexClass.Name IN (${quoted(classNames)}) ` +
    "AND JobType != 'ScheduledApex' " +
    "AND Status IN ('Holding', 'Queued', 'Preparing', 'Processing')"
  );
}

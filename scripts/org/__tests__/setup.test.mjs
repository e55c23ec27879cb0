import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { metadataDirs, sourceFiles, toolRoot } from '../../lib/project.mjs';
import { permissionSetNames, projectFacts, schedulableClasses } from '../lib.mjs';
import {
  formatPlan,
  loginCommand,
  parseSetupArgs,
  planSetup,
  planSubcommands,
  runSetup,
  scratchOrgState,
  setupPlanFor
} from '../setup.mjs';
import { tempProject } from './helpers.mjs';

const options = { hub: 'hub', alias: 'crp', durationDays: 7, open: true, dryRun: true };

const fullFacts = {
  sourceDirs: ['force-app', 'unpackaged'],
  permissionSets: ['Perm_A', 'Perm_B'],
  plan: 'scripts/data/plan.json',
  planObject: 'Thing__c',
  planFiles: [{ sobject: 'Thing__c', file: 'scripts/data/Thing__c.json' }],
  apexScripts: ['scripts/data/owners.apex'],
  schedulableClasses: ['MonthlyReviewJob'],
  scheduledJobs: [{ className: 'MonthlyReviewJob', jobName: 'Monthly review', cron: '0 0 8 1 * ?' }]
};

test('the plan runs every step in order, Dev Hub check first and org open last', () => {
  assert.deepEqual(planSubcommands(planSetup(options, fullFacts)), [
    'org display', // Dev Hub authorised?
    'org display', // scratch org already there?
    'org create scratch',
    'apex run', // Marketing User
    'npm run build',
    'apex run', // delete the package's scheduled jobs: the deploy replaces their classes
    'project deploy start',
    'org assign permset',
    'data query', // sample data already loaded?
    'data import tree',
    'apex run', // owners and CSMs
    'apex run', // schedule the package's job
    'org open'
  ]);
});

test('the steps carry the exact sf arguments', () => {
  const steps = planSetup(options, fullFacts);
  const argv = (id) => steps.find((step) => step.id === id).argv.join(' ');
  assert.equal(argv('devhub'), 'sf org display --target-org hub --json');
  assert.equal(
    argv('create'),
    'sf org create scratch --definition-file config/project-scratch-def.json --alias crp ' +
      '--set-default --duration-days 7 --target-dev-hub hub --wait 30'
  );
  assert.equal(
    argv('deploy'),
    'sf project deploy start --source-dir force-app --source-dir unpackaged --target-org crp --wait 30'
  );
  assert.equal(
    argv('permsets'),
    'sf org assign permset --name Perm_A --name Perm_B --target-org crp --json'
  );
  assert.equal(
    argv('data-import'),
    'sf data import tree --files .cache/org-setup/data/Thing__c.json --target-org crp --json'
  );
  assert.equal(
    argv('data-check'),
    'sf data query --query SELECT COUNT() FROM Thing__c --target-org crp --json'
  );
  const schedule = steps.find((step) => step.id === 'schedule');
  assert.match(
    schedule.apex.source,
    /System\.schedule\(MonthlyReviewJob\.JOB_NAME, MonthlyReviewJob\.CRON, new MonthlyReviewJob\(\)\)/
  );
  assert.match(
    schedule.apex.source,
    /FROM CronTrigger WHERE CronJobDetail\.Name = :MonthlyReviewJob\.JOB_NAME/
  );
});

test('without a plan, data Apex or Schedulable class those steps are skipped with a reason', () => {
  const steps = planSetup(
    { ...options, open: false },
    { ...fullFacts, plan: null, apexScripts: [], schedulableClasses: [], scheduledJobs: [] }
  );
  const skipped = Object.fromEntries(steps.filter((s) => s.skip).map((s) => [s.id, s.skip]));
  assert.deepEqual(Object.keys(skipped).sort(), [
    'data-apex',
    'data-check',
    'data-import',
    'open',
    'schedule',
    'unschedule'
  ]);
  assert.match(skipped.schedule, /Schedulable/);
  const text = formatPlan(steps, options);
  assert.match(
    text,
    /Schedule the package jobs — skipped: no class in the package implements Schedulable/
  );
});

test('the dry run of this project prints the full sequence without an org', () => {
  const result = spawnSync(
    process.execPath,
    ['scripts/org/setup.mjs', '--target-dev-hub', 'hub', '--dry-run'],
    { cwd: toolRoot, encoding: 'utf8', env: { ...process.env, PATH: '/nonexistent' } }
  );
  assert.equal(result.status, 0, result.stderr);
  const commands = result.stdout
    .split('\n')
    .filter((line) => line.trim().startsWith('$ '))
    .map((line) => line.trim().slice(2));
  const expected = setupPlanFor(parseSetupArgs(['--target-dev-hub', 'hub', '--dry-run']), toolRoot)
    .filter((step) => !step.skip && step.argv)
    .map((step) => step.argv[0]);
  assert.equal(commands.length, expected.length);
  assert.match(commands[0], /^sf org display --target-org hub --json$/);
  assert.match(commands.at(-1), /^sf org open --target-org crp$/);
  assert.ok(commands.includes('npm run build'));
  assert.match(
    result.stdout,
    /Setup → Named Credentials → External Credentials → GitLab → Principals/
  );
  // attribution (issue 18): the dashboard deploys with the package and runs as the viewer
  assert.match(
    result.stdout,
    /Reports and dashboards deployed with the package: Reference_Program\/Reference_Program\n.*runs as the viewer/
  );
});

test('this project: every permission set file is assigned, the sample plan is found', () => {
  const facts = projectFacts(toolRoot);
  const files = metadataDirs(toolRoot, 'permissionsets')
    .flatMap((dir) => readdirSync(dir))
    .filter((name) => name.endsWith('.permissionset-meta.xml'))
    .map((name) => name.replace('.permissionset-meta.xml', ''))
    .sort();
  assert.ok(files.length > 0);
  assert.deepEqual(facts.permissionSets, files);
  if (existsSync(join(toolRoot, 'scripts/data')))
    assert.match(facts.plan ?? '', /^scripts\/data\/.*plan.*\.json$/);
});

test('this project: every Schedulable class declares the JOB_NAME and CRON it is scheduled with', () => {
  const classes = schedulableClasses(toolRoot);
  assert.ok(classes.includes('MonthlyReviewReminder'), classes.join(', '));
  assert.ok(classes.includes('GitLabIssueSweeper'), classes.join(', '));
  for (const file of sourceFiles(toolRoot).filter((path) => path.endsWith('.cls'))) {
    const name = basename(file, '.cls');
    if (!classes.includes(name)) continue;
    const source = readFileSync(file, 'utf8');
    assert.match(source, /public static final String JOB_NAME = '[^']+';/, `${name}.JOB_NAME`);
    assert.match(source, /public static final String CRON = '[^']+';/, `${name}.CRON`);
  }
});

test('Schedulable classes are found, test classes and comments are not', () => {
  const { root, cleanup } = tempProject({
    'force-app/main/program/classes/MonthlyReviewJob.cls':
      'public with sharing class MonthlyReviewJob implements Database.Batchable<SObject>, Schedulable {\n  public void execute(SchedulableContext ctx) {}\n}\n',
    'force-app/main/program/classes/MonthlyReviewJobTest.cls':
      '@isTest\nprivate class MonthlyReviewJobTest implements Schedulable {\n  public void execute(SchedulableContext ctx) {}\n}\n',
    'force-app/main/program/classes/Other.cls':
      '// implements Schedulable one day\npublic with sharing class Other {\n}\n',
    'force-app/main/program/permissionsets/Zeta.permissionset-meta.xml': '<PermissionSet/>',
    'force-app/main/program/permissionsets/Alpha.permissionset-meta.xml': '<PermissionSet/>'
  });
  try {
    assert.deepEqual(schedulableClasses(root), ['MonthlyReviewJob']);
    assert.deepEqual(permissionSetNames(root), ['Alpha', 'Zeta']);
  } finally {
    cleanup();
  }
});

test('arguments: the Dev Hub is required, defaults are crp and 7 days', () => {
  assert.throws(() => parseSetupArgs(['--dry-run']), /--target-dev-hub is required/);
  assert.throws(
    () => parseSetupArgs(['--target-dev-hub', 'h', '--duration-days', '31']),
    /1 to 30/
  );
  assert.throws(() => parseSetupArgs(['--target-dev-hub', 'h', '--bogus']), /Unknown option/);
  assert.deepEqual(parseSetupArgs(['--target-dev-hub', 'h']), {
    hub: 'h',
    alias: 'crp',
    durationDays: 7,
    open: true,
    dryRun: false
  });
});

test('scratch org state from sf org display --json', () => {
  const today = new Date('2026-11-23T12:00:00Z');
  const display = (result) => ({ status: 0, json: { status: 0, result } });
  assert.equal(scratchOrgState({ status: 1, json: { status: 1 } }, today), 'missing');
  assert.equal(scratchOrgState(display({ connectedStatus: 'Connected' }), today), 'not-scratch');
  assert.equal(
    scratchOrgState(
      display({ devHubId: 'hub', status: 'Active', expirationDate: '2026-11-30' }),
      today
    ),
    'active'
  );
  assert.equal(
    scratchOrgState(
      display({ devHubId: 'hub', status: 'Active', expirationDate: '2026-11-22' }),
      today
    ),
    'expired'
  );
  assert.equal(scratchOrgState(display({ devHubId: 'hub', status: 'Deleted' }), today), 'expired');
});

/** A fake sf: answers by subcommand, records every call. */
function fakeSf(answers) {
  const calls = [];
  const answer = (args) => {
    calls.push(args.join(' '));
    const key = Object.keys(answers).find((prefix) => args.join(' ').startsWith(prefix));
    return key ? answers[key] : undefined;
  };
  return {
    calls,
    json: (args) => answer(args) ?? { status: 0, json: { status: 0, result: {} } },
    stream: (args) => answer(args) ?? 0
  };
}

const hubOk = { status: 0, json: { status: 0, result: { connectedStatus: 'Connected' } } };
const activeScratch = {
  status: 0,
  json: { status: 0, result: { devHubId: 'hub', status: 'Active', expirationDate: '2999-01-01' } }
};

async function runWith(answers, facts = fullFacts) {
  const sf = fakeSf(answers);
  const lines = [];
  const { root, cleanup } = tempProject({
    'scripts/data/Thing__c.json': {
      records: [{ attributes: { type: 'Thing__c', referenceId: 'Thing__cRef1' }, Name: 'One' }]
    }
  });
  try {
    const code = await runSetup(planSetup({ ...options, dryRun: false }, facts), options, {
      root,
      sf,
      build: async () => [],
      log: (line) => lines.push(line)
    });
    return { code, calls: sf.calls, log: lines.join('\n') };
  } finally {
    cleanup();
  }
}

test('an unauthorised Dev Hub stops with the exact login command and exit 1', async () => {
  const { code, calls, log } = await runWith({
    'org display --target-org hub': {
      status: 1,
      json: { status: 1, name: 'NamedOrgNotFoundError' }
    }
  });
  assert.equal(code, 1);
  assert.deepEqual(calls, ['org display --target-org hub --json']);
  assert.ok(log.includes(loginCommand('hub')));
  assert.equal(
    loginCommand('hub'),
    'npm run sf -- org login web --set-default-dev-hub --alias hub'
  );
});

test('a first run creates the org and loads the data', async () => {
  const { code, calls } = await runWith({
    'org display --target-org hub': hubOk,
    'org display --target-org crp': { status: 1, json: { status: 1 } },
    'data query': { status: 0, json: { status: 0, result: { totalSize: 0 } } },
    'data import tree': {
      status: 0,
      json: {
        status: 0,
        result: [{ refId: 'Thing__cRef1', type: 'Thing__c', id: 'a00000000000001' }]
      }
    }
  });
  assert.equal(code, 0);
  assert.ok(calls.some((call) => call.startsWith('org create scratch')));
  assert.ok(calls.some((call) => call.startsWith('data import tree')));
  assert.equal(calls.at(-1), 'org open --target-org crp');
});

test('a re-run on an active org skips creation and the data load, and accepts assigned permsets', async () => {
  const { code, calls, log } = await runWith({
    'org display --target-org hub': hubOk,
    'org display --target-org crp': activeScratch,
    'org assign permset': {
      status: 1,
      json: {
        status: 1,
        result: {
          successes: [],
          failures: [
            {
              name: 'crp',
              message: 'Duplicate PermissionSetAssignment. Assignment already exists.'
            },
            {
              name: 'crp',
              message: 'Duplicate PermissionSetAssignment. Assignment already exists.'
            }
          ]
        }
      }
    },
    'data query': { status: 0, json: { status: 0, result: { totalSize: 7 } } }
  });
  assert.equal(code, 0, log);
  assert.ok(!calls.some((call) => call.startsWith('org create scratch')));
  assert.ok(!calls.some((call) => call.startsWith('data import tree')));
  assert.ok(calls.some((call) => call.startsWith('project deploy start')));
  assert.match(log, /skipped \(the scratch org "crp" exists and is active\)/);
  assert.match(log, /skipped \(sample data already loaded \(7 record\(s\)\)\)/);
});

test('a permission set that fails for another reason fails the run', async () => {
  const { code, calls } = await runWith({
    'org display --target-org hub': hubOk,
    'org display --target-org crp': activeScratch,
    'org assign permset': {
      status: 1,
      json: {
        status: 1,
        result: { successes: [], failures: [{ message: 'Permission set not found' }] }
      }
    }
  });
  assert.equal(code, 1);
  assert.ok(!calls.some((call) => call.startsWith('data ')));
});

test('an alias that names a non-scratch org is refused before anything is deployed', async () => {
  const { code, calls, log } = await runWith({
    'org display --target-org hub': hubOk,
    'org display --target-org crp': {
      status: 0,
      json: { status: 0, result: { connectedStatus: 'Connected' } }
    }
  });
  assert.equal(code, 1);
  assert.match(log, /not a scratch org/);
  assert.equal(calls.length, 2);
});

test('a failed deploy stops the run before the permission sets', async () => {
  const { code, calls } = await runWith({
    'org display --target-org hub': hubOk,
    'org display --target-org crp': activeScratch,
    'project deploy start': 1
  });
  assert.equal(code, 1);
  assert.equal(calls.at(-1).split(' --')[0], 'project deploy start');
});

test('a re-run deletes the package jobs before the deploy and schedules them again after it', async () => {
  const { code, calls } = await runWith({
    'org display --target-org hub': hubOk,
    'org display --target-org crp': activeScratch,
    'data query': { status: 0, json: { status: 0, result: { totalSize: 7 } } }
  });
  assert.equal(code, 0);
  const at = (pattern) => calls.findIndex((call) => pattern.test(call));
  const unschedule = at(/apex run --file \.cache\/org-setup\/unschedule-package-jobs\.apex/);
  const deploy = at(/^project deploy start/);
  const schedule = at(/apex run --file \.cache\/org-setup\/schedule-MonthlyReviewJob\.apex/);
  assert.ok(unschedule >= 0 && unschedule < deploy && deploy < schedule, calls.join('\n'));
});

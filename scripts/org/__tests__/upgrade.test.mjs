import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import {
  parseUpgradeArgs,
  planSubcommands,
  planUpgrade,
  runUpgrade,
  upgradeFacts
} from '../upgrade.mjs';
import { tempProject } from './helpers.mjs';

const options = { org: 'uat', package: '04tXX0000000002', dryRun: false };
const facts = {
  scheduledJobs: [
    { className: 'NightlyJob', jobName: 'Nightly', cron: '0 0 2 * * ?' },
    { className: 'SweeperJob', jobName: 'Sweeper', cron: '0 20 * * * ?' }
  ],
  asyncClasses: ['IssueJob', 'NightlyJob', 'SweeperJob']
};

/** A fake sf: answers by the start of the command line, records every call. */
function fakeSf(answers) {
  const calls = [];
  const answer = (args) => {
    const line = args.join(' ');
    calls.push(line);
    const key = Object.keys(answers).find((prefix) => line.startsWith(prefix));
    return key ? answers[key] : undefined;
  };
  return {
    calls,
    json: (args) => answer(args) ?? { status: 0, json: { status: 0, result: {} } },
    stream: (args) => answer(args) ?? 0
  };
}

const total = (totalSize) => ({ status: 0, json: { status: 0, result: { totalSize } } });
const orgOk = { status: 0, json: { status: 0, result: { connectedStatus: 'Connected' } } };
const pendingQuery = 'data query --query SELECT COUNT() FROM AsyncApexJob';
const configQuery = 'data query --query SELECT DeveloperName FROM Reference_Program__mdt';

async function upgradeWith(answers) {
  const sf = fakeSf(answers);
  const lines = [];
  const { root, cleanup } = tempProject();
  try {
    const code = await runUpgrade(planUpgrade(options, facts), options, {
      root,
      sf,
      log: (line) => lines.push(line)
    });
    // what ran, in short: the subcommand, or the Apex file for apex run
    const ran = sf.calls.map((call) =>
      call.startsWith('apex run')
        ? `apex ${call.match(/org-upgrade\/([\w-]+)\.apex/)[1]}`
        : call.split(' --')[0] +
          (call.startsWith('data query') ? ` ${call.match(/FROM (\w+)/)[1]}` : '')
    );
    return { code, ran, calls: sf.calls, log: lines.join('\n') };
  } finally {
    cleanup();
  }
}

test('an upgrade: check jobs, unschedule, install, keep the configuration, reschedule — in that order', async () => {
  const { code, ran, calls, log } = await upgradeWith({
    'org display': orgOk,
    [pendingQuery]: total(0),
    [configQuery]: total(4)
  });
  assert.equal(code, 0, log);
  assert.deepEqual(ran, [
    'org display',
    'data query AsyncApexJob',
    'apex unschedule-package-jobs',
    'package install',
    'data query Reference_Program__mdt',
    'org assign permset',
    'apex schedule-NightlyJob',
    'apex schedule-SweeperJob'
  ]);
  assert.ok(
    !calls.some((call) => call.startsWith('project deploy')),
    'the org configuration is never redeployed'
  );
  assert.match(log, /4 program record\(s\): the org's configuration is kept/);
  assert.equal(
    calls[3],
    'package install --package 04tXX0000000002 --target-org uat --security-type AdminsOnly --no-prompt --wait 60'
  );
});

test('queued or running GitLab jobs: refused before anything changes, with what to do', async () => {
  const { code, ran, log } = await upgradeWith({ 'org display': orgOk, [pendingQuery]: total(3) });
  assert.equal(code, 1);
  assert.deepEqual(ran, ['org display', 'data query AsyncApexJob']);
  assert.match(log, /3 background job\(s\) of the package are queued or running/);
  assert.match(log, /Nothing was changed\. Wait until Setup → Apex Jobs/);
});

test('a failed install still schedules the jobs again, and says so', async () => {
  const { code, ran, log } = await upgradeWith({
    'org display': orgOk,
    [pendingQuery]: total(0),
    'package install': 1
  });
  assert.equal(code, 1);
  assert.deepEqual(ran, [
    'org display',
    'data query AsyncApexJob',
    'apex unschedule-package-jobs',
    'package install',
    'apex schedule-NightlyJob',
    'apex schedule-SweeperJob'
  ]);
  assert.match(
    log,
    /The package's jobs were scheduled again; fix the cause and run org:upgrade again/
  );
});

test('a first install deploys the starting configuration once, then schedules the jobs', async () => {
  const { code, ran, calls } = await upgradeWith({
    'org display': orgOk,
    [pendingQuery]: total(0),
    [configQuery]: total(0)
  });
  assert.equal(code, 0);
  assert.deepEqual(ran.slice(4), [
    'data query Reference_Program__mdt',
    'project deploy start',
    'org assign permset',
    'apex schedule-NightlyJob',
    'apex schedule-SweeperJob'
  ]);
  assert.ok(
    calls.includes('project deploy start --source-dir unpackaged --target-org uat --wait 30')
  );
});

test('an unreachable org or a failing job query stops before anything changes', async () => {
  const unreachable = await upgradeWith({ 'org display': { status: 1, json: { status: 1 } } });
  assert.equal(unreachable.code, 1);
  assert.deepEqual(unreachable.ran, ['org display']);
  assert.match(unreachable.log, /org login web --alias uat/);
  const broken = await upgradeWith({
    'org display': orgOk,
    [pendingQuery]: { status: 1, json: null }
  });
  assert.equal(broken.code, 1);
  assert.deepEqual(broken.ran, ['org display', 'data query AsyncApexJob']);
});

test('this project: every scheduled and background class is covered by the upgrade', () => {
  const projectFacts = upgradeFacts(toolRoot);
  for (const name of [
    'GitLabIssueJob',
    'GitLabIssueSweeper',
    'MonthlyReviewReminder',
    'NominationSharingRecalculation',
    'ReviewOverdueFlagJob'
  ]) {
    assert.ok(projectFacts.asyncClasses.includes(name), `${name} is checked for pending jobs`);
  }
  const steps = planUpgrade(options, projectFacts);
  assert.deepEqual(planSubcommands(steps).slice(0, 6), [
    'org display',
    'data query',
    'apex run',
    'package install',
    'data query',
    'project deploy start'
  ]);
  const unschedule = steps.find((step) => step.id === 'unschedule').apex.source;
  for (const job of projectFacts.scheduledJobs)
    assert.ok(unschedule.includes(`'${job.jobName}'`), job.jobName);
  assert.equal(
    steps.filter((step) => step.id === 'schedule').length,
    projectFacts.scheduledJobs.length
  );
});

test('arguments: the org and the package version are required', () => {
  assert.throws(() => parseUpgradeArgs(['--package', '04t']), /--target-org is required/);
  assert.throws(() => parseUpgradeArgs(['--target-org', 'uat']), /--package is required/);
  assert.deepEqual(parseUpgradeArgs(['--target-org', 'uat', '--package', '04t1']), {
    org: 'uat',
    package: '04t1',
    dryRun: false
  });
});

test('the admin who schedules the jobs gets Reference_Program_Admin; an earlier assignment counts as done', async () => {
  const duplicate = {
    status: 1,
    json: {
      status: 1,
      result: {
        successes: [],
        failures: [{ message: 'Duplicate PermissionSetAssignment. Assignment already exists.' }]
      }
    }
  };
  const again = await upgradeWith({
    'org display': orgOk,
    [pendingQuery]: total(0),
    [configQuery]: total(4),
    'org assign permset': duplicate
  });
  assert.equal(again.code, 0, again.log);
  assert.ok(
    again.calls.includes(
      'org assign permset --name Reference_Program_Admin --target-org uat --json'
    )
  );
  const refused = await upgradeWith({
    'org display': orgOk,
    [pendingQuery]: total(0),
    [configQuery]: total(4),
    'org assign permset': {
      status: 1,
      json: { status: 1, result: { failures: [{ message: 'no licence' }] } }
    }
  });
  assert.equal(refused.code, 1);
  assert.deepEqual(refused.ran.slice(-2), ['apex schedule-NightlyJob', 'apex schedule-SweeperJob']);
});

test("the admin guide gives the lifecycle in the scripts' order and names paths that exist", () => {
  const guide = readFileSync(join(toolRoot, 'docs/ADMIN-GUIDE.md'), 'utf8');
  const section = (title) => {
    const start = guide.indexOf(`\n## ${title}`);
    assert.ok(start >= 0, `the guide has a section "${title}"`);
    const next = guide.indexOf('\n## ', start + 1);
    return guide.slice(start, next < 0 ? undefined : next);
  };
  for (const title of ['1. Install', '12. Upgrade', '13. Sandbox refresh', '14. Uninstall'])
    section(title);
  assert.match(section('1. Install'), /npm run org:upgrade -- --target-org target --package <04t>/);
  // the upgrade steps in the order planUpgrade runs them
  const upgrade = section('12. Upgrade');
  const order = [
    '**Refuses while a job',
    '**Deletes the package',
    '**Installs**',
    '**Keeps the org',
    '**Schedules the five jobs again**'
  ];
  const positions = order.map((words) => upgrade.indexOf(words));
  assert.ok(
    positions.every((at, i) => at >= 0 && (i === 0 || at > positions[i - 1])),
    positions.join(',')
  );
  const ids = planUpgrade(options, facts).map((step) => step.id);
  for (const [before, after] of [
    ['pending', 'unschedule'],
    ['unschedule', 'install'],
    ['install', 'configuration'],
    ['configuration', 'schedule']
  ]) {
    assert.ok(ids.indexOf(before) < ids.indexOf(after), `${before} before ${after}`);
  }
  // the uninstall deletes exactly the directories that hold the org's configuration
  const paths = [...section('14. Uninstall').matchAll(/--source-dir (\S+)/g)].map((m) => m[1]);
  assert.ok(paths.length >= 2);
  for (const path of paths) assert.ok(existsSync(join(toolRoot, path)), `${path} exists`);
});

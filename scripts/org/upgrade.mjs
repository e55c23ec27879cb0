/*
 * npm run org:upgrade -- --target-org <alias> --package <04t id or alias> [--dry-run]
 *
 * Installs or upgrades the unlocked package in a sandbox or production org the way the admin
 * guide says (section "Upgrade"):
 *   1. the org is reachable;
 *   2. no background job of the package is queued or running (GitLab issue jobs, the sharing
 *      recalculations): an upgrade would replace their classes under them, so it refuses and
 *      says to wait;
 *   3. the package's scheduled jobs are deleted (a class with a scheduled job cannot be replaced);
 *   4. the package is installed (`sf package install`, admins only);
 *   5. on a first install only (no Reference_Program__mdt record in the org), the org's starting
 *      configuration is deployed from unpackaged/ (program records, GitLab Named Credential, email
 *      templates). An upgrade never deploys it: it is the org's, and the package no longer carries
 *      it, so nothing overwrites what the admin set;
 *   6. the running admin gets Reference_Program_Admin (the jobs run as the user who scheduled them,
 *      who must see every record); an existing assignment counts as done;
 *   7. the package's jobs are scheduled again, each on its class's JOB_NAME and CRON — also when
 *      the install failed, so a failed upgrade never leaves the org without its jobs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../lib/project.mjs';
import {
  asyncClasses,
  pendingJobsQuery,
  scheduleSnippet,
  scheduledJobs,
  unscheduleSnippet
} from './jobs.mjs';
import {
  UsageError,
  deployArgv,
  optionsOrUsage,
  parseOptions,
  sfJson,
  sfStreaming,
  showCommand,
  subcommand
} from './lib.mjs';
import { permsetOutcome } from './setup.mjs';

export const USAGE =
  'usage: npm run org:upgrade -- --target-org <alias> --package <04t id or alias> [--dry-run]';

/** What the package does not carry and a first install deploys once (sfdx-project.json). */
export const ORG_CONFIGURATION_DIR = 'unpackaged';

/** Whom the scheduled jobs need to run as: a user who sees every nomination and membership. */
export const JOB_OWNER_PERMISSION_SET = 'Reference_Program_Admin';

export function parseUpgradeArgs(argv) {
  const values = parseOptions(
    argv,
    {
      'target-org': { type: 'string' },
      package: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false }
    },
    USAGE
  );
  if (values.help) throw new UsageError(USAGE);
  if (!values['target-org']) throw new UsageError(`--target-org is required\n\n${USAGE}`);
  if (!values.package) throw new UsageError(`--package is required\n\n${USAGE}`);
  return { org: values['target-org'], package: values.package, dryRun: values['dry-run'] };
}

const snippetPath = (name) => `.cache/org-upgrade/${name}.apex`;

/** The steps, in order: { id, title, kind, argv, apex?, always? }. */
export function planUpgrade(options, facts) {
  const target = ['--target-org', options.org];
  const unschedule = snippetPath('unschedule-package-jobs');
  return [
    {
      id: 'org',
      title: `Check the org "${options.org}" is reachable`,
      kind: 'org-check',
      argv: ['sf', 'org', 'display', ...target, '--json']
    },
    {
      id: 'pending',
      title: "Check that none of the package's background jobs is queued or running",
      kind: 'pending-check',
      argv: [
        'sf',
        'data',
        'query',
        '--query',
        pendingJobsQuery(facts.asyncClasses),
        ...target,
        '--json'
      ]
    },
    {
      id: 'unschedule',
      title: "Delete the package's scheduled jobs (their classes are about to be replaced)",
      kind: 'apex',
      argv: ['sf', 'apex', 'run', '--file', unschedule, ...target],
      apex: { path: unschedule, source: unscheduleSnippet(facts.scheduledJobs) }
    },
    {
      id: 'install',
      title: `Install the package version ${options.package}`,
      kind: 'install',
      argv: [
        'sf',
        'package',
        'install',
        '--package',
        options.package,
        ...target,
        '--security-type',
        'AdminsOnly',
        '--no-prompt',
        '--wait',
        '60'
      ]
    },
    {
      id: 'configuration-check',
      title: "Look for the org's program configuration (custom metadata records)",
      kind: 'configuration-check',
      argv: [
        'sf',
        'data',
        'query',
        '--query',
        // Custom metadata types take no COUNT() in SOQL (Tooling API Developer Guide, "SOQL
        // Operation Limitations"); totalSize counts the records of a plain query.
        'SELECT DeveloperName FROM Reference_Program__mdt',
        ...target,
        '--json'
      ]
    },
    {
      id: 'configuration',
      title: `First install: deploy the starting configuration from ${ORG_CONFIGURATION_DIR}/`,
      kind: 'sf',
      argv: deployArgv([ORG_CONFIGURATION_DIR], options.org)
    },
    {
      id: 'admin-permset',
      title: `Give the running admin ${JOB_OWNER_PERMISSION_SET} (the jobs run as them)`,
      kind: 'permset',
      argv: [
        'sf',
        'org',
        'assign',
        'permset',
        '--name',
        JOB_OWNER_PERMISSION_SET,
        ...target,
        '--json'
      ]
    },
    ...facts.scheduledJobs.map(({ className }) => ({
      id: 'schedule',
      title: `Schedule ${className} (${className}.JOB_NAME at ${className}.CRON), unless already scheduled`,
      kind: 'apex',
      always: true,
      argv: ['sf', 'apex', 'run', '--file', snippetPath(`schedule-${className}`), ...target],
      apex: { path: snippetPath(`schedule-${className}`), source: scheduleSnippet(className) }
    }))
  ];
}

export function planSubcommands(steps) {
  return steps.map((step) => subcommand(step.argv));
}

const count = ({ status, json }) =>
  status === 0 && typeof json?.result?.totalSize === 'number' ? json.result.totalSize : null;

/**
 * Runs the plan with an injectable `sf` ({ json(args), stream(args) }); returns the exit code.
 * After the jobs are deleted, a failure still runs the `always` steps (the schedules) first.
 */
export async function runUpgrade(steps, options, context = {}) {
  const {
    root = projectRoot(),
    sf = { json: sfJson, stream: sfStreaming },
    log = console.log
  } = context;
  const skipped = new Set();
  let failure = null;
  const writeApex = (step) => {
    const file = join(root, step.apex.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, step.apex.source);
  };

  for (const step of steps) {
    if (skipped.has(step.id)) continue;
    if (failure && !step.always) continue;
    log(`\n── ${step.title}\n   $ ${showCommand(step.argv)}`);
    const args = step.argv.slice(1);
    switch (step.kind) {
      case 'org-check': {
        const { status, json } = sf.json(args, { cwd: root });
        if (status !== 0 || !json?.result) {
          log(`✗ The org "${options.org}" is not reachable: log in with`);
          log(`    npm run sf -- org login web --alias ${options.org}`);
          return 1;
        }
        break;
      }
      case 'pending-check': {
        const pending = count(sf.json(args, { cwd: root }));
        if (pending === null) {
          log('✗ The background-job query failed: nothing was changed.');
          return 1;
        }
        if (pending > 0) {
          log(
            `✗ ${pending} background job(s) of the package are queued or running (GitLab issue jobs or`
          );
          log(
            '  sharing recalculations). Nothing was changed. Wait until Setup → Apex Jobs shows none of'
          );
          log(
            '  them as Holding, Queued, Preparing or Processing (usually minutes), then run org:upgrade again.'
          );
          return 1;
        }
        log('   none');
        break;
      }
      case 'configuration-check': {
        const records = count(sf.json(args, { cwd: root }));
        if (records === null) {
          failure = 'the configuration query failed';
          log(`✗ ${failure}`);
          break;
        }
        if (records > 0) {
          skipped.add('configuration');
          log(`   ${records} program record(s): the org's configuration is kept as it is`);
        }
        break;
      }
      case 'permset': {
        const outcome = permsetOutcome(sf.json(args, { cwd: root }));
        if (!outcome.ok) {
          failure = `${step.title}: ${outcome.failed.join('; ')}`;
          log(`✗ ${failure}`);
        } else log(outcome.assigned.length ? '   assigned' : '   already assigned');
        break;
      }
      case 'apex':
        writeApex(step);
        if (sf.stream(args, { cwd: root }) !== 0) {
          failure ??= `${step.title}: sf exited with an error`;
          log(`✗ ${step.title}`);
        }
        break;
      default:
        if (sf.stream(args, { cwd: root }) !== 0) {
          failure ??= `${step.title}: sf exited with an error`;
          log(`✗ ${failure}`);
        }
    }
  }
  if (failure) {
    log(
      `\n✗ ${failure}. The package's jobs were scheduled again; fix the cause and run org:upgrade again.`
    );
    return 1;
  }
  log(
    `\n✓ "${options.org}" runs ${options.package}. Then: docs/ADMIN-GUIDE.md, section "Upgrade".`
  );
  return 0;
}

export function upgradeFacts(root) {
  return { scheduledJobs: scheduledJobs(root), asyncClasses: asyncClasses(root) };
}

async function main() {
  const options = optionsOrUsage(parseUpgradeArgs, process.argv.slice(2));
  if (!options) return 2;
  const root = projectRoot();
  const steps = planUpgrade(options, upgradeFacts(root));
  if (options.dryRun) {
    console.log('org:upgrade --dry-run: nothing runs. "sf" below is `npm run sf --`.');
    steps.forEach((step, index) => {
      console.log(`${index + 1}. ${step.title}\n   $ ${showCommand(step.argv)}`);
      for (const line of step.apex?.source.trimEnd().split('\n') ?? []) console.log(`     ${line}`);
    });
    return 0;
  }
  return runUpgrade(steps, options, { root });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main();
}

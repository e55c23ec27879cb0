/*
 * npm run org:setup -- --target-dev-hub <alias> [--alias crp] [--duration-days 7] [--no-open]
 *                      [--dry-run]
 *
 * From a Dev Hub to a working scratch org in one command: check the Dev Hub, create the scratch
 * org (or reuse the active one under the alias), enable Marketing User, build the TypeScript,
 * delete the package's scheduled jobs (a class with a scheduled job cannot be replaced by the
 * deploy), deploy, assign the permission sets, load the sample data, run the data setup Apex,
 * schedule the package's jobs again (scripts/org/jobs.mjs: each class's JOB_NAME and CRON), say
 * where the GitLab token goes, open the org.
 *
 * The steps are data (planSetup), so --dry-run prints exactly what would run and the tests assert
 * it. Every step is safe to repeat: a re-run after a failure picks up where it stopped.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { metadataDirs, projectRoot, walk } from '../lib/project.mjs';
import { importDataFile, planFiles, resolvedFilePath, statePath } from './data-import.mjs';
import { firstPlanObject } from './data-plan.mjs';
import { scheduleSnippet, scheduledJobs, unscheduleSnippet } from './jobs.mjs';
import {
  UsageError,
  deployArgv,
  parseOptions,
  projectFacts,
  sfJson,
  sfStreaming,
  showCommand,
  subcommand
} from './lib.mjs';

export { scheduleSnippet };

export const USAGE =
  'usage: npm run org:setup -- --target-dev-hub <alias> [--alias crp] [--duration-days 7] ' +
  '[--no-open] [--dry-run]';

export const SCRATCH_DEF = 'config/project-scratch-def.json';
export const MARKETING_USER_APEX = 'scripts/org/apex/enable-marketing-user.apex';

export function parseSetupArgs(argv) {
  const values = parseOptions(
    argv,
    {
      'target-dev-hub': { type: 'string' },
      alias: { type: 'string', default: 'crp' },
      'duration-days': { type: 'string', default: '7' },
      'no-open': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false }
    },
    USAGE
  );
  if (values.help) throw new UsageError(USAGE);
  if (!values['target-dev-hub']) throw new UsageError(`--target-dev-hub is required\n\n${USAGE}`);
  const days = Number(values['duration-days']);
  if (!Number.isInteger(days) || days < 1 || days > 30) {
    throw new UsageError(`--duration-days must be a whole number from 1 to 30\n\n${USAGE}`);
  }
  return {
    hub: values['target-dev-hub'],
    alias: values.alias,
    durationDays: days,
    open: !values['no-open'],
    dryRun: values['dry-run']
  };
}

export function loginCommand(hub) {
  return `npm run sf -- org login web --set-default-dev-hub --alias ${hub}`;
}

export function scheduleSnippetPath(className) {
  return `.cache/org-setup/schedule-${className}.apex`;
}

export function unscheduleSnippetPath() {
  return '.cache/org-setup/unschedule-package-jobs.apex';
}

export const GITLAB_TOKEN_HELP = [
  'Enter the GitLab token in the org (it is never kept in source):',
  '  Setup → Named Credentials → External Credentials → GitLab → Principals → GitLab_Integration →',
  '  Authentication Parameters: Access_Token = a GitLab project or personal access token (scope: api).',
  '  Program managers who nominate need the Reference_GitLab_Integration permission set.',
  'Details: docs/ADMIN-GUIDE.md, section 2.'
];

/**
 * The setup steps, in order. Each step: { id, title, kind, argv?, note?, skip?, apex? }.
 * kind: devhub-check | scratch-check | sf | build | permsets | data-check | data-file | schedule |
 * info.
 * `skip` (a reason) marks a step the project does not need yet; it is printed, never run.
 */
export function planSetup(options, facts) {
  const { hub, alias, durationDays } = options;
  const target = ['--target-org', alias];
  const steps = [
    {
      id: 'devhub',
      title: `Check the Dev Hub "${hub}" is authorised`,
      kind: 'devhub-check',
      argv: ['sf', 'org', 'display', '--target-org', hub, '--json'],
      note: `not authorised: prints \`${loginCommand(hub)}\` and stops (exit 1)`
    },
    {
      id: 'scratch-check',
      title: `Look for an existing scratch org "${alias}"`,
      kind: 'scratch-check',
      argv: ['sf', 'org', 'display', ...target, '--json'],
      note: 'active and not expired: the next step is skipped (safe re-run)'
    },
    {
      id: 'create',
      title: `Create the scratch org "${alias}" (${durationDays} days)`,
      kind: 'sf',
      argv: [
        'sf',
        'org',
        'create',
        'scratch',
        '--definition-file',
        SCRATCH_DEF,
        '--alias',
        alias,
        '--set-default',
        '--duration-days',
        String(durationDays),
        '--target-dev-hub',
        hub,
        '--wait',
        '30'
      ]
    },
    {
      id: 'marketing-user',
      title: 'Make the admin user a Marketing User (Campaign edit needs it)',
      kind: 'sf',
      argv: ['sf', 'apex', 'run', '--file', MARKETING_USER_APEX, ...target]
    },
    {
      id: 'build',
      title: 'Build the TypeScript components to the .js the platform deploys',
      kind: 'build',
      argv: ['npm', 'run', 'build']
    },
    {
      id: 'unschedule',
      title: `Delete the package's scheduled jobs so the deploy can replace their classes`,
      kind: 'schedule',
      argv: ['sf', 'apex', 'run', '--file', unscheduleSnippetPath(), ...target],
      apex: { path: unscheduleSnippetPath(), source: unscheduleSnippet(facts.scheduledJobs ?? []) },
      note: 'scheduled again at the end; none there yet on a first run',
      skip: facts.scheduledJobs?.length ? undefined : 'no scheduled job in the package'
    },
    {
      id: 'deploy',
      title: 'Deploy the package source',
      kind: 'sf',
      argv: deployArgv(facts.sourceDirs, alias)
    },
    {
      id: 'permsets',
      title: `Assign the permission sets to the admin user: ${facts.permissionSets.join(', ') || 'none'}`,
      kind: 'permsets',
      argv: [
        'sf',
        'org',
        'assign',
        'permset',
        ...facts.permissionSets.flatMap((name) => ['--name', name]),
        ...target,
        '--json'
      ],
      note: 'an assignment that already exists counts as done',
      skip: facts.permissionSets.length ? undefined : 'no permission set in the package'
    }
  ];
  // attribution (issue 18): what the deploy brings for reporting, and who sees it
  if (facts.dashboards?.length) {
    steps.splice(
      steps.findIndex((step) => step.id === 'permsets'),
      0,
      {
        id: 'dashboards',
        title: `Reports and dashboards deployed with the package: ${facts.dashboards.join(', ')}`,
        kind: 'info',
        lines: [
          'each dashboard runs as the viewer (no running user to set);',
          'share the Reference Program report and dashboard folders: docs/ADMIN-GUIDE.md'
        ]
      }
    );
  }

  const planObject = facts.plan ? (facts.planObject ?? 'Account') : null;
  steps.push(
    {
      id: 'data-check',
      title: 'Count the sample data already in the org',
      kind: 'data-check',
      argv: facts.plan
        ? [
            'sf',
            'data',
            'query',
            '--query',
            `SELECT COUNT() FROM ${planObject}`,
            ...target,
            '--json'
          ]
        : undefined,
      note: 'records found and no per-file record of the load: loaded whole before, all skipped',
      skip: facts.plan ? undefined : 'no scripts/data/*plan*.json yet'
    },
    ...(facts.plan ? (facts.planFiles ?? []) : []).map((data) => ({
      id: 'data-import',
      title: `Load ${data.file} (${data.sobject}) unless the org has it`,
      kind: 'data-file',
      argv: [
        'sf',
        'data',
        'import',
        'tree',
        '--files',
        resolvedFilePath(data.file),
        ...target,
        '--json'
      ],
      note: `@references resolved from ${statePath(alias)}; the file saves whole or not at all`,
      data
    }))
  );
  if (!facts.plan) {
    steps.push({
      id: 'data-import',
      title: 'Load the sample data',
      kind: 'data-file',
      skip: 'no scripts/data/*plan*.json yet'
    });
  }

  if (facts.apexScripts.length === 0) {
    steps.push({
      id: 'data-apex',
      title: 'Assign record owners and CSMs to real users (anonymous Apex)',
      kind: 'sf',
      skip: 'no scripts/data/*.apex yet'
    });
  }
  for (const script of facts.apexScripts) {
    steps.push({
      id: 'data-apex',
      title: `Run the data setup Apex ${script} (links, account teams, CRMs, reviewers)`,
      kind: 'sf',
      argv: ['sf', 'apex', 'run', '--file', script, ...target]
    });
  }

  if (facts.schedulableClasses.length === 0) {
    steps.push({
      id: 'schedule',
      title: 'Schedule the package jobs',
      kind: 'schedule',
      skip: 'no class in the package implements Schedulable, so there is no review job to schedule'
    });
  }
  for (const className of facts.schedulableClasses) {
    const path = scheduleSnippetPath(className);
    steps.push({
      id: 'schedule',
      title: `Schedule ${className} (${className}.CRON), unless already scheduled`,
      kind: 'schedule',
      argv: ['sf', 'apex', 'run', '--file', path, ...target],
      apex: { path, source: scheduleSnippet(className) }
    });
  }

  steps.push(
    {
      id: 'gitlab-token',
      title: 'Where to enter the GitLab token',
      kind: 'info',
      lines: GITLAB_TOKEN_HELP
    },
    {
      id: 'open',
      title: 'Open the org',
      kind: 'sf',
      argv: ['sf', 'org', 'open', ...target],
      skip: options.open ? undefined : '--no-open'
    }
  );
  return steps;
}

/** The sf subcommands the plan runs, in order (skipped steps left out): for tests and docs. */
export function planSubcommands(steps) {
  return steps
    .filter((step) => !step.skip && step.argv)
    .map((step) => (step.argv[0] === 'sf' ? subcommand(step.argv) : showCommand(step.argv)));
}

export function formatPlan(steps, options) {
  const lines = [
    `org:setup --dry-run: nothing runs. Dev Hub "${options.hub}", scratch org "${options.alias}".`,
    '"sf" below is `npm run sf --` (the project\'s own CLI on Node 22).',
    ''
  ];
  steps.forEach((step, index) => {
    const number = `${String(index + 1).padStart(2)}.`;
    lines.push(`${number} ${step.title}${step.skip ? ` — skipped: ${step.skip}` : ''}`);
    if (!step.skip && step.argv) lines.push(`    $ ${showCommand(step.argv)}`);
    if (!step.skip && step.note) lines.push(`      → ${step.note}`);
    if (!step.skip && step.apex) {
      lines.push(`      ${step.apex.path}:`);
      for (const line of step.apex.source.trimEnd().split('\n')) lines.push(`        ${line}`);
    }
    for (const line of step.lines ?? []) lines.push(`    ${line}`);
  });
  return lines.join('\n');
}

/** What `sf org display --json` says about the alias: missing | not-scratch | expired | active. */
export function scratchOrgState({ status, json }, today = new Date()) {
  const result = json?.result;
  if (status !== 0 || !result) return 'missing';
  if (!result.devHubId) return 'not-scratch';
  if (result.status && result.status !== 'Active') return 'expired';
  if (result.expirationDate && result.expirationDate < today.toISOString().slice(0, 10)) {
    return 'expired';
  }
  return 'active';
}

/** Whether `sf org display --json` on the Dev Hub shows a usable connection. */
export function devHubAuthorised({ status, json }) {
  const result = json?.result;
  if (status !== 0 || !result) return false;
  return result.connectedStatus === undefined || result.connectedStatus === 'Connected';
}

/** `sf org assign permset --json`: failures that only say "duplicate" are earlier assignments. */
export function permsetOutcome({ json }) {
  const result = json?.result;
  if (!result) return { ok: false, assigned: [], already: [], failed: ['no JSON result from sf'] };
  const failures = result.failures ?? [];
  const already = failures.filter((failure) => /duplicate/i.test(failure.message ?? ''));
  const failed = failures.filter((failure) => !already.includes(failure));
  return {
    ok: failed.length === 0,
    assigned: (result.successes ?? []).map((success) => success.value),
    already: already.map((failure) => failure.message),
    failed: failed.map((failure) => failure.message)
  };
}

const defaultSf = { json: sfJson, stream: sfStreaming };

async function defaultBuild(root) {
  const { build } = await import('../build/build.mjs');
  return build(root);
}

/**
 * Runs the plan. `sf` ({ json(args), stream(args) }) and `build` are injectable so the flow
 * (re-runs, failures) is tested without an org. Returns the exit code.
 */
export async function runSetup(steps, options, context = {}) {
  const {
    root = projectRoot(),
    sf = defaultSf,
    build = defaultBuild,
    log = console.log,
    today = new Date()
  } = context;
  const skipped = new Map(steps.filter((step) => step.skip).map((step) => [step, step.skip]));
  const fail = (step, message) => {
    log(`✗ ${step.title}: ${message}`);
    log('  Fix the cause and run the same command again: the finished steps are safe to repeat.');
    return 1;
  };

  for (const [index, step] of steps.entries()) {
    const heading = `\n── ${index + 1}/${steps.length} ${step.title}`;
    if (skipped.has(step)) {
      log(`${heading}: skipped (${skipped.get(step)})`);
      continue;
    }
    log(heading);
    if (step.argv) log(`   $ ${showCommand(step.argv)}`);
    const args = step.argv?.slice(1);
    switch (step.kind) {
      case 'devhub-check': {
        if (!devHubAuthorised(sf.json(args, { cwd: root }))) {
          log(`✗ The Dev Hub "${options.hub}" is not authorised on this machine. Log in with:`);
          log(`    ${loginCommand(options.hub)}`);
          log('  then run org:setup again.');
          return 1;
        }
        break;
      }
      case 'scratch-check': {
        const state = scratchOrgState(sf.json(args, { cwd: root }), today);
        if (state === 'not-scratch') {
          return fail(step, `"${options.alias}" is not a scratch org: choose another --alias`);
        }
        if (state === 'active') {
          const create = steps.find((candidate) => candidate.id === 'create');
          skipped.set(create, `the scratch org "${options.alias}" exists and is active`);
        }
        log(`   ${state}`);
        break;
      }
      case 'build': {
        const problems = await build(root);
        for (const p of problems) log(`   ${p.file}:${p.line}: ${p.message}`);
        if (problems.length) return fail(step, `${problems.length} build problem(s)`);
        break;
      }
      case 'permsets': {
        const outcome = permsetOutcome(sf.json(args, { cwd: root }));
        if (outcome.assigned.length) log(`   assigned: ${outcome.assigned.join(', ')}`);
        if (outcome.already.length) log(`   already assigned: ${outcome.already.length}`);
        if (!outcome.ok) return fail(step, outcome.failed.join('; '));
        break;
      }
      case 'data-check': {
        const { status, json } = sf.json(args, { cwd: root });
        const count = json?.result?.totalSize;
        if (status !== 0 || typeof count !== 'number') return fail(step, 'the count query failed');
        log(`   ${count} record(s)`);
        if (count > 0 && !existsSync(join(root, statePath(options.alias)))) {
          for (const load of steps.filter((candidate) => candidate.id === 'data-import')) {
            skipped.set(load, `sample data already loaded (${count} record(s))`);
          }
        }
        break;
      }
      case 'data-file': {
        const outcome = importDataFile(step.data, { root, alias: options.alias, sf });
        log(`   ${outcome.message}`);
        if (!outcome.ok) return fail(step, outcome.message);
        break;
      }
      case 'schedule': {
        const file = join(root, step.apex.path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, step.apex.source);
        if (sf.stream(args, { cwd: root }) !== 0) return fail(step, 'sf exited with an error');
        break;
      }
      case 'info':
        for (const line of step.lines) log(`   ${line}`);
        break;
      default:
        if (sf.stream(args, { cwd: root }) !== 0) return fail(step, 'sf exited with an error');
    }
  }
  log(`\n✓ Scratch org "${options.alias}" is set up.`);
  return 0;
}

/** Folder/Name of every dashboard of the package (`<capability>/dashboards/<Folder>/<Name>`). */
export function dashboardNames(root) {
  return metadataDirs(root, 'dashboards').flatMap((dir) =>
    walk(dir)
      .filter((file) => file.endsWith('.dashboard-meta.xml'))
      .map((file) => `${basename(dirname(file))}/${basename(file, '.dashboard-meta.xml')}`)
  );
}

export function setupPlanFor(options, root = projectRoot()) {
  const facts = projectFacts(root);
  if (facts.plan) {
    facts.planObject = firstPlanObject(facts.plan, root);
    facts.planFiles = planFiles(facts.plan, root);
  }
  facts.scheduledJobs = scheduledJobs(root);
  facts.dashboards = dashboardNames(root);
  return planSetup(options, facts);
}

async function main() {
  let options;
  try {
    options = parseSetupArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  const root = projectRoot();
  const steps = setupPlanFor(options, root);
  if (options.dryRun) {
    console.log(formatPlan(steps, options));
    return 0;
  }
  return runSetup(steps, options, { root });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main();
}

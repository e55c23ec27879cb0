/*
 * npm run package:version -- --target-dev-hub <alias> [--existing-package-only] [--dry-run]
 *
 * Creates a version of the unlocked package defined in sfdx-project.json: checks the Dev Hub,
 * creates the package when packageAliases has no entry for it yet (sf package create writes the
 * 0Ho alias into sfdx-project.json: commit that change), builds the TypeScript, then
 * `sf package version create` with code coverage (needed to promote) and no installation key.
 * sf writes the new 04t alias into packageAliases; the script then reads the version's code
 * coverage back (`sf package version report`) and fails when it is below what promotion needs,
 * and prints how to install it.
 *
 * --existing-package-only (CI): never create the package; without its 0Ho alias in
 * sfdx-project.json the build is skipped with a warning (a package per CI run would be wrong).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../lib/project.mjs';
import { UsageError, parseOptions, sfJson, sfStreaming, showCommand, subcommand } from './lib.mjs';
import { devHubAuthorised, loginCommand } from './setup.mjs';

export const USAGE =
  'usage: npm run package:version -- --target-dev-hub <alias> [--existing-package-only] [--dry-run]';

export function parsePackageArgs(argv) {
  const values = parseOptions(
    argv,
    {
      'target-dev-hub': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'existing-package-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false }
    },
    USAGE
  );
  if (values.help) throw new UsageError(USAGE);
  if (!values['target-dev-hub']) throw new UsageError(`--target-dev-hub is required\n\n${USAGE}`);
  return {
    hub: values['target-dev-hub'],
    dryRun: values['dry-run'],
    existingPackageOnly: values['existing-package-only']
  };
}

/** The packaged directory of sfdx-project.json (the default one that names a package). */
export function packagedDirectory(project) {
  return (
    project.packageDirectories.find((dir) => dir.default && dir.package) ??
    project.packageDirectories.find((dir) => dir.package) ??
    null
  );
}

/**
 * What would make `sf package version create` fail before it reaches the Dev Hub. Unlocked
 * packages take no ancestor: @salesforce/packaging rejects ancestorId/ancestorVersion for them
 * (errorAncestorNotApplicableToUnlockedPackage); they upgrade to any higher version number.
 */
export function packagingProblems(project) {
  const dir = packagedDirectory(project);
  if (!dir) return ['sfdx-project.json: no package directory names a package'];
  const problems = [];
  if (!/^\d+\.\d+\.\d+\.(NEXT|\d+)$/.test(dir.versionNumber ?? '')) {
    problems.push(`versionNumber ${dir.versionNumber} is not major.minor.patch.NEXT`);
  }
  if (!dir.versionName) problems.push('versionName is missing');
  for (const key of ['ancestorId', 'ancestorVersion']) {
    if (dir[key] !== undefined) {
      problems.push(`${key} is set: unlocked packages take no ancestor (sf rejects it); remove it`);
    }
  }
  return problems;
}

export function planPackageVersion(options, project) {
  const dir = packagedDirectory(project);
  const name = dir.package;
  const hasAlias = Boolean(project.packageAliases?.[name]);
  const hub = ['--target-dev-hub', options.hub];
  return [
    {
      id: 'devhub',
      title: `Check the Dev Hub "${options.hub}" is authorised`,
      kind: 'devhub-check',
      argv: ['sf', 'org', 'display', '--target-org', options.hub, '--json']
    },
    {
      id: 'package-create',
      title: `Create the unlocked package "${name}"`,
      kind: 'sf',
      argv: [
        'sf',
        'package',
        'create',
        '--name',
        name,
        '--package-type',
        'Unlocked',
        '--path',
        dir.path,
        '--no-namespace',
        ...(dir.versionDescription ? ['--description', dir.versionDescription] : []),
        ...hub
      ],
      skip: hasAlias ? `packageAliases already has "${name}"` : undefined
    },
    {
      id: 'build',
      title: 'Build the TypeScript components (the package carries the built .js)',
      kind: 'build',
      argv: ['npm', 'run', 'build']
    },
    {
      id: 'version-create',
      title: `Create a version ${dir.versionNumber} of "${name}"`,
      kind: 'sf',
      argv: [
        'sf',
        'package',
        'version',
        'create',
        '--package',
        name,
        '--installation-key-bypass',
        '--code-coverage',
        '--wait',
        '60',
        ...hub
      ]
    }
  ];
}

/**
 * What `sf package version report --json` says about coverage: { ok, coverage, message }.
 * Promotion needs HasPassedCodeCoverageCheck (75% of the package's Apex, measured by
 * `--code-coverage`); a version built without coverage has no figure at all.
 */
export function coverageVerdict({ status, json }) {
  const result = json?.result;
  if (status !== 0 || !result) return { ok: false, coverage: null, message: 'no report from sf' };
  const coverage = result.CodeCoverage?.apexCodeCoveragePercentage ?? null;
  const shown = coverage === null ? 'unknown' : `${coverage}%`;
  if (result.HasPassedCodeCoverageCheck === true) {
    return { ok: true, coverage, message: `Apex code coverage ${shown}: can be promoted` };
  }
  return {
    ok: false,
    coverage,
    message: `Apex code coverage ${shown}: below the 75% promotion needs (or not measured)`
  };
}

export function planSubcommands(steps) {
  return steps
    .filter((step) => !step.skip)
    .map((step) => (step.argv[0] === 'sf' ? subcommand(step.argv) : showCommand(step.argv)));
}

/** The newest 04t alias of the package in packageAliases, if any. */
export function latestVersionAlias(project, name) {
  const entries = Object.entries(project.packageAliases ?? {}).filter(
    ([alias, id]) => alias.startsWith(`${name}@`) && id.startsWith('04t')
  );
  return entries.at(-1) ?? null;
}

function readProject(root) {
  return JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8'));
}

async function main() {
  let options;
  try {
    options = parsePackageArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  const root = projectRoot();
  const project = readProject(root);
  const problems = packagingProblems(project);
  if (problems.length) {
    for (const problem of problems) console.error(`✗ sfdx-project.json: ${problem}`);
    return 1;
  }
  const name = packagedDirectory(project).package;
  if (options.existingPackageOnly && !project.packageAliases?.[name]) {
    console.log(
      `::warning::No package version built: sfdx-project.json has no packageAliases entry for "${name}". ` +
        'Create the package once with npm run package:version and commit the 0Ho alias.'
    );
    return 0;
  }
  const steps = planPackageVersion(options, project);
  if (options.dryRun) {
    console.log('package:version --dry-run: nothing runs. "sf" below is `npm run sf --`.');
    steps.forEach((step, index) => {
      console.log(`${index + 1}. ${step.title}${step.skip ? ` — skipped: ${step.skip}` : ''}`);
      if (!step.skip) console.log(`   $ ${showCommand(step.argv)}`);
    });
    return 0;
  }
  for (const step of steps) {
    console.log(`\n── ${step.title}${step.skip ? `: skipped (${step.skip})` : ''}`);
    if (step.skip) continue;
    console.log(`   $ ${showCommand(step.argv)}`);
    if (step.kind === 'devhub-check') {
      if (!devHubAuthorised(sfJson(step.argv.slice(1), { cwd: root }))) {
        console.error(`✗ The Dev Hub "${options.hub}" is not authorised. Log in with:`);
        console.error(`    ${loginCommand(options.hub)}`);
        return 1;
      }
    } else if (step.kind === 'build') {
      const { build } = await import('../build/build.mjs');
      const buildProblems = build(root);
      for (const p of buildProblems) console.error(`   ${p.file}:${p.line}: ${p.message}`);
      if (buildProblems.length) return 1;
    } else if (sfStreaming(step.argv.slice(1), { cwd: root }) !== 0) {
      console.error(`✗ ${step.title} failed`);
      return 1;
    }
  }
  const latest = latestVersionAlias(readProject(root), name);
  if (latest) {
    const [alias, id] = latest;
    const verdict = coverageVerdict(
      sfJson(
        ['package', 'version', 'report', '--package', id, ...['--target-dev-hub', options.hub]],
        {
          cwd: root
        }
      )
    );
    console.log(`${verdict.ok ? '✓' : '✗'} ${verdict.message}`);
    if (!verdict.ok) return 1;
    console.log(
      `\n✓ ${alias} = ${id}. Commit sfdx-project.json (packageAliases). Install it with:`
    );
    console.log(`    npm run sf -- package install --package ${id} --target-org <org> --wait 30`);
    console.log(`  or open https://login.salesforce.com/packaging/installPackage.apexp?p0=${id}`);
    console.log('  (https://test.salesforce.com/… for a sandbox). See docs/ADMIN-GUIDE.md.');
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main();
}

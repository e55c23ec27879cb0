/*
 * What the org scripts share: argument parsing, how an sf command is shown and run, and the facts
 * about this project (permission sets, data plan, schedulable classes) the steps are planned from.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { runSf, runSfStreaming } from '../lib/tools.mjs';
import { packageDirectories, rel, walk } from '../lib/project.mjs';

/** Parses argv with node:util parseArgs; an unknown option or a missing value is a usage error. */
export function parseOptions(argv, options, usage) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new UsageError(`${error.message}\n\n${usage}`);
  }
}

export class UsageError extends Error {}

/** Options from `parse(argv)`, or null after printing the usage error (the script exits 2). */
export function optionsOrUsage(parse, argv) {
  try {
    return parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return null;
  }
}

/** How a command is shown to people: `sf org display --target-org hub`, quoted where needed. */
export function showCommand(argv) {
  const quote = (arg) => (arg.includes("'") ? `"${arg}"` : `'${arg}'`);
  return argv.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : quote(arg))).join(' ');
}

/** The sf subcommand of an argv (the words before the first flag): `org create scratch`. */
export function subcommand(argv) {
  const words = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) break;
    words.push(arg);
  }
  return words.join(' ');
}

/** `sf project deploy start` of source directories to an org. */
export function deployArgv(sourceDirs, org) {
  const dirs = sourceDirs.flatMap((dir) => ['--source-dir', dir]);
  return ['sf', 'project', 'deploy', 'start', ...dirs, '--target-org', org, '--wait', '30'];
}

/** Runs `sf <args>` with its output streaming to the terminal; returns the exit status. */
export const sfStreaming = runSfStreaming;

/** Runs `sf <args> --json` quietly and returns { status, json } (json null when unreadable). */
export function sfJson(args, { cwd } = {}) {
  const { status, output } = runSf(args.includes('--json') ? args : [...args, '--json'], { cwd });
  return { status, json: parseJsonOutput(output), output };
}

/** The JSON document in sf's output, which may be preceded by warnings on stderr. */
export function parseJsonOutput(output) {
  try {
    return JSON.parse(output);
  } catch {
    const start = output.search(/^\{/m);
    const end = output.lastIndexOf('}');
    if (start < 0 || end < start) return null;
    try {
      return JSON.parse(output.slice(start, end + 1));
    } catch {
      return null;
    }
  }
}

function defaultPackageDir(root) {
  return packageDirectories(root)[0];
}

/** Permission set API names, from the files in the package (never a hard-coded list). */
export function permissionSetNames(root) {
  const suffix = '.permissionset-meta.xml';
  return packageDirectories(root)
    .flatMap(walk)
    .filter((file) => file.endsWith(suffix))
    .map((file) => basename(file, suffix))
    .sort();
}

/** Apex classes that implement Schedulable (test classes excluded), by class name. */
export function schedulableClasses(root) {
  return packageDirectories(root)
    .flatMap(walk)
    .filter((file) => file.endsWith('.cls'))
    .filter((file) => {
      const source = stripApexComments(readFileSync(file, 'utf8'));
      return (
        /\bimplements\b[^{]*\bSchedulable\b/i.test(source) &&
        !/@isTest\b/i.test(source.split('{')[0])
      );
    })
    .map((file) => basename(file, '.cls'))
    .sort();
}

export function stripApexComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

/** The sample data plan (scripts/data/*plan*.json) and anonymous Apex setup scripts. */
export function sampleData(root) {
  const dataDir = join(root, 'scripts', 'data');
  const files = existsSync(dataDir) ? readdirSync(dataDir).sort() : [];
  const plans = files.filter((name) => /plan/i.test(name) && name.endsWith('.json'));
  return {
    plan: plans.length ? `scripts/data/${plans[0]}` : null,
    extraPlans: plans.slice(1).map((name) => `scripts/data/${name}`),
    apexScripts: files
      .filter((name) => name.endsWith('.apex'))
      .map((name) => `scripts/data/${name}`)
  };
}

/** Everything the setup plan depends on, read from the project at `root`. */
export function projectFacts(root) {
  const project = JSON.parse(readFileSync(join(root, 'sfdx-project.json'), 'utf8'));
  // every package directory deploys: force-app is the package, unpackaged holds what a package
  // cannot carry (Lightning email templates)
  const sourceDirs = project.packageDirectories.length
    ? project.packageDirectories.map((dir) => dir.path)
    : [rel(defaultPackageDir(root), root)];
  return {
    sourceDirs,
    permissionSets: permissionSetNames(root),
    schedulableClasses: schedulableClasses(root),
    ...sampleData(root)
  };
}

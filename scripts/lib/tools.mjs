/*
 * How the gate starts the tools it wraps: always from this checkout's node_modules, always with
 * the project under check as the working directory.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { toolRoot } from './project.mjs';

export const javaLib = join(
  toolRoot,
  'node_modules',
  '@salesforce',
  'code-analyzer-pmd-engine',
  'dist',
  'java-lib'
);

/** Node 22 from the npm registry: the sf CLI does not run on the machine's Node 20. */
export const node22 = join(toolRoot, 'node_modules', '.bin', 'node');
export const sfCli = join(toolRoot, 'node_modules', '@salesforce', 'cli', 'bin', 'run.js');

export function run(command, args, { cwd, env = {} } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  });
  if (result.error) throw new Error(`${command} could not start: ${result.error.message}`);
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

export function runNodeTool(script, args, options) {
  return run(
    process.execPath,
    [join(toolRoot, 'node_modules', ...script.split('/')), ...args],
    options
  );
}

/** What every sf run of the project sets: no telemetry, no self-update, no progress bars. */
export const SF_ENV = {
  SF_DISABLE_TELEMETRY: 'true',
  SF_AUTOUPDATE_DISABLE: 'true',
  SF_USE_PROGRESS_BAR: 'false'
};

/** Runs `sf <args>` quietly and returns { status, output }. */
export function runSf(args, { cwd } = {}) {
  return run(node22, [sfCli, ...args], { cwd, env: SF_ENV });
}

/** Runs `sf <args>` with its output streaming to the terminal; returns the exit status. */
export function runSfStreaming(args, { cwd } = {}) {
  const result = spawnSync(node22, [sfCli, ...args], {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, ...SF_ENV }
  });
  if (result.error) throw new Error(`sf could not start: ${result.error.message}`);
  return result.status ?? 1;
}

/** Compiles a Java launcher of the gate once per source version; returns its class path. */
export function javaLauncher(sourceFile) {
  const source = readFileSync(sourceFile);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 12);
  const classes = join(toolRoot, '.cache', 'gate', hash);
  if (!existsSync(classes)) {
    const staging = `${classes}.${process.pid}`;
    mkdirSync(staging, { recursive: true });
    const compiled = run('javac', ['-d', staging, '-cp', `${javaLib}/*`, sourceFile]);
    if (compiled.status !== 0) throw new Error(`javac failed:\n${compiled.output}`);
    try {
      renameSync(staging, classes);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another run compiled it first
    }
  }
  return `${classes}:${javaLib}/*`;
}

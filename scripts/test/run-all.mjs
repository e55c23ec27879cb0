/*
 * npm test: the gate, then the Jest suite (with its coverage threshold), then the gate's own
 * planted-defect tests and the other script tests. Every phase runs even when an earlier one fails, so one run shows
 * everything; the last line is the summary CI reads: "N passed, N failed, N skipped" (a suite that
 * cannot run — Chromium missing for the e2e — fails; it is never a silent skip).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { lwcBundles, toolRoot, walk } from '../lib/project.mjs';
import { CHECKER_NAMES } from '../gate/check.mjs';
import { jestVerdict } from './jest-verdict.mjs';
import { gateCounts, summarize, tapCounts } from './summary.mjs';

const cacheDir = join(toolRoot, '.cache');

function run(label, args) {
  console.log(`\n── ${label}: ${args.join(' ')}`);
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: toolRoot, stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`── ${label}: exit ${result.status} in ${seconds}s`);
  return result.status;
}

function gatePhase() {
  console.log(`\n── gate: node scripts/gate/check.mjs`);
  const result = spawnSync(process.execPath, ['scripts/gate/check.mjs'], {
    cwd: toolRoot,
    encoding: 'utf8'
  });
  process.stdout.write(result.stdout + result.stderr);
  return {
    name: 'gate checkers',
    ...gateCounts(result.stdout, result.status, CHECKER_NAMES.length)
  };
}

function jestPhase() {
  const resultsFile = join(cacheDir, 'jest-results.json');
  const summaryFile = join(toolRoot, 'coverage', 'coverage-summary.json');
  rmSync(resultsFile, { force: true });
  rmSync(summaryFile, { force: true });
  const status = run('jest', [
    join('node_modules', '@salesforce', 'sfdx-lwc-jest', 'bin', 'sfdx-lwc-jest'),
    '--coverage',
    '--',
    // @lwc/jest-transformer's cache key ignores coverage instrumentation: a file cached by a run
    // without coverage would be reused uninstrumented and vanish from the report
    `--cacheDirectory=${join(cacheDir, 'jest-coverage')}`,
    '--json',
    `--outputFile=${resultsFile}`
  ]);
  const readJson = (file) =>
    existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const summary = readJson(summaryFile) ?? {};
  const measured = new Set(Object.keys(summary));
  const unmeasured = lwcBundles(toolRoot)
    .flatMap((bundle) => bundle.tsSources)
    .filter((file) => !measured.has(file))
    .map((file) => relative(toolRoot, file));
  const verdict = jestVerdict({
    status,
    results: readJson(resultsFile),
    measuredLines: summary.total?.lines.total ?? 0,
    unmeasured
  });
  for (const reason of verdict.reasons) console.log(`── jest: ${reason}`);
  return {
    name: 'jest tests',
    passed: verdict.passed,
    failed: verdict.failed,
    skipped: verdict.skipped
  };
}

/** Every node:test suite under scripts/ (the gate's planted defects, the org scripts …). */
function scriptTestsPhase() {
  const files = walk(join(toolRoot, 'scripts'))
    .filter((file) => file.endsWith('.test.mjs') && file.includes(`${sep}__tests__${sep}`))
    .map((file) => relative(toolRoot, file));
  const tapFile = join(cacheDir, 'script-tests.tap');
  console.log(`\n── script tests: node --test ${files.join(' ')}`);
  const result = spawnSync(
    process.execPath,
    [
      '--test',
      // Node runs one test file at a time on 2 cores (availableParallelism - 1); the gate's tests
      // mostly wait on the checkers they spawn, so two files at once use both cores.
      '--test-concurrency=2',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tapFile}`,
      ...files
    ],
    { cwd: toolRoot, encoding: 'utf8' }
  );
  process.stdout.write(result.stdout + result.stderr);
  const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  return { name: 'script tests', ...tapCounts(tap, result.status) };
}

mkdirSync(cacheDir, { recursive: true });
const started = performance.now();
const phases = [gatePhase(), jestPhase(), scriptTestsPhase()];
const summary = summarize(phases);

console.log('\n── summary');
for (const line of summary.lines) console.log(line);
console.log(`   in ${((performance.now() - started) / 1000).toFixed(0)}s`);
console.log(summary.last);
process.exitCode = summary.exitCode;

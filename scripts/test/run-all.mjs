/*
 * npm test: the gate and the Jest suite (with its coverage threshold) side by side (the gate's
 * checkers run one at a time, mostly on one core; Jest takes the other); when the gate is done, the
 * gate's own planted-defect tests and the other script tests, beside whatever is left of Jest.
 * Every phase runs even when an earlier one fails, so one run shows
 * everything; the last line is the summary CI reads: "N passed, N failed, N skipped" (a suite that
 * cannot run — Chromium missing for the e2e — fails; it is never a silent skip).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { lwcBundles, toolRoot, walk } from '../lib/project.mjs';
import { CHECKER_NAMES } from '../gate/check.mjs';
import { jestVerdict } from './jest-verdict.mjs';
import { gateCounts, summarize, tapCounts } from './summary.mjs';

const cacheDir = join(toolRoot, '.cache');

/** Runs node with `args`, its output kept until the caller prints it (phases run side by side). */
function runBuffered(args) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: toolRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) =>
      resolve({ status, stdout, stderr, seconds: (performance.now() - started) / 1000 })
    );
  });
}

async function gatePhase() {
  const result = await runBuffered(['scripts/gate/check.mjs']);
  return {
    output: `\n── gate: node scripts/gate/check.mjs\n${result.stdout}${result.stderr}`,
    phase: {
      name: 'gate checkers',
      ...gateCounts(result.stdout, result.status, CHECKER_NAMES.length)
    }
  };
}

async function jestPhase() {
  const resultsFile = join(cacheDir, 'jest-results.json');
  const summaryFile = join(toolRoot, 'coverage', 'coverage-summary.json');
  rmSync(resultsFile, { force: true });
  rmSync(summaryFile, { force: true });
  const args = [
    join('node_modules', '@salesforce', 'sfdx-lwc-jest', 'bin', 'sfdx-lwc-jest'),
    '--coverage',
    '--',
    // @lwc/jest-transformer's cache key ignores coverage instrumentation: a file cached by a run
    // without coverage would be reused uninstrumented and vanish from the report
    `--cacheDirectory=${join(cacheDir, 'jest-coverage')}`,
    '--json',
    `--outputFile=${resultsFile}`
  ];
  const result = await runBuffered(args);
  const status = result.status;
  let output = `\n── jest: ${args.join(' ')}\n${result.stdout}${result.stderr}`;
  output += `── jest: exit ${status} in ${result.seconds.toFixed(1)}s\n`;
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
  for (const reason of verdict.reasons) output += `── jest: ${reason}\n`;
  return {
    output,
    phase: {
      name: 'jest tests',
      passed: verdict.passed,
      failed: verdict.failed,
      skipped: verdict.skipped
    }
  };
}

/**
 * The slowest files first, so the two lanes end together: the first e2e file builds the preview the
 * others reuse (e2e/harness.mjs sharedBuild) while the planted defects run in the other lane.
 */
const FIRST = [
  'scripts/preview/__tests__/e2e.test.mjs',
  'scripts/gate/__tests__/planted-defects.test.mjs'
];
const rank = (file) =>
  FIRST.includes(file) ? FIRST.indexOf(file) : file.includes('/e2e') ? FIRST.length : 99;

/** Every node:test suite under scripts/ (the gate's planted defects, the org scripts …). */
async function scriptTestsPhase(gatePassed) {
  const files = walk(join(toolRoot, 'scripts'))
    .filter((file) => file.endsWith('.test.mjs') && file.includes(`${sep}__tests__${sep}`))
    .map((file) => relative(toolRoot, file))
    .sort((a, b) => rank(a.split(sep).join('/')) - rank(b.split(sep).join('/')));
  const tapFile = join(cacheDir, 'script-tests.tap');
  console.log(`\n── script tests: node --test ${files.join(' ')}`);
  const status = await new Promise((resolve) => {
    const child = spawn(
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
      {
        cwd: toolRoot,
        stdio: ['ignore', 'inherit', 'inherit'],
        // the planted-defect tests need not re-prove the slow checkers on a clean copy of this tree
        env: gatePassed ? { ...process.env, GATE_PASSED_ON: toolRoot } : process.env
      }
    );
    child.on('close', resolve);
  });
  const tap = existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '';
  return { name: 'script tests', ...tapCounts(tap, status) };
}

mkdirSync(cacheDir, { recursive: true });
const started = performance.now();
const jestDone = jestPhase();
// The script tests start when the gate is done (they take its verdict), while Jest may still run:
// in a fresh clone its cold transform cache makes it outlast the gate by about 20 s.
const gateDone = gatePhase().then((result) => {
  process.stdout.write(result.output);
  return result.phase;
});
const scriptsDone = gateDone.then((gate) =>
  scriptTestsPhase(gate.failed === 0 && gate.skipped === 0 && gate.passed === CHECKER_NAMES.length)
);
const [gate, jestResult, scripts] = await Promise.all([gateDone, jestDone, scriptsDone]);
process.stdout.write(jestResult.output);
const phases = [gate, jestResult.phase, scripts];
const summary = summarize(phases);

console.log('\n── summary');
for (const line of summary.lines) console.log(line);
console.log(`   in ${((performance.now() - started) / 1000).toFixed(0)}s`);
console.log(summary.last);
process.exitCode = summary.exitCode;

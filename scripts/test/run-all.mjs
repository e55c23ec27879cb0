/*
 * npm test: the gate and the Jest suite (with its coverage threshold) side by side (the gate's
 * checkers run one at a time, mostly on one core; Jest takes the other); when either is done, the
 * preview build the e2e files share; when the gate is done, the gate's own planted-defect tests and
 * the other script tests (longest first, see order.mjs), beside whatever is left of Jest.
 * Every phase runs even when an earlier one fails, so one run shows
 * everything; the last line is the summary CI reads: "N passed, N failed, N skipped" (a suite that
 * cannot run — Chromium missing for the e2e — fails; it is never a silent skip).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lwcBundles, toolRoot, walk } from '../lib/project.mjs';
import { CHECKER_NAMES } from '../gate/check.mjs';
import { chromiumAvailable } from '../preview/e2e/chromium.mjs';
import { scriptTestOrder } from './order.mjs';
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
 * The preview build the e2e files share (e2e/harness.mjs sharedBuild), started as soon as Jest or
 * the gate is done: the core that phase frees would otherwise idle until the gate is done, and the
 * first e2e file would then build while the other lane waited. The e2e files take the build under
 * sharedBuild's lock, so they wait for this one instead of building again; without Chromium the
 * e2e suite fails at once and needs no build.
 */
async function previewBuildPhase() {
  if (!chromiumAvailable()) return '';
  const harness = pathToFileURL(join(toolRoot, 'scripts', 'preview', 'e2e', 'harness.mjs')).href;
  const result = await runBuffered([
    '--input-type=module',
    '--eval',
    `const { sharedBuild } = await import(${JSON.stringify(harness)});\nawait sharedBuild(${JSON.stringify(toolRoot)});`
  ]);
  return result.status === 0
    ? `\n── preview build for the e2e files: ${result.seconds.toFixed(1)}s\n`
    : `\n── preview build for the e2e files: exit ${result.status} (the first e2e file built it again)\n${result.stdout}${result.stderr}`;
}

/** Every node:test suite under scripts/ (the gate's planted defects, the org scripts …). */
async function scriptTestsPhase(gatePassed) {
  const files = scriptTestOrder(
    walk(join(toolRoot, 'scripts'))
      .filter((file) => file.endsWith('.test.mjs') && file.includes(`${sep}__tests__${sep}`))
      .map((file) => relative(toolRoot, file).split(sep).join('/'))
  );
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
const buildDone = Promise.race([jestDone, gateDone]).then(previewBuildPhase);
const [gate, jestResult, scripts, buildOutput] = await Promise.all([
  gateDone,
  jestDone,
  scriptsDone,
  buildDone
]);
process.stdout.write(buildOutput);
process.stdout.write(jestResult.output);
const phases = [gate, jestResult.phase, scripts];
const summary = summarize(phases);

console.log('\n── summary');
for (const line of summary.lines) console.log(line);
console.log(`   in ${((performance.now() - started) / 1000).toFixed(0)}s`);
console.log(summary.last);
process.exitCode = summary.exitCode;

/*
 * npm run test:org -- [--target-org crp] [--wait 60] [--from <test-result.json>]
 *
 * Runs every local Apex test in the org with coverage, then applies the coverage gate
 * (scripts/org/coverage.mjs): 90% org-wide, 85% per class, no failing test. Writes for CI:
 *   test-results/apex/                     sf's own files (test-result-<runId>.json, JUnit XML …)
 *   test-results/apex-coverage-summary.json the gate's verdict, offenders and per-class figures
 *   test-results/apex-coverage-junit.xml   the gate as JUnit (one case per class)
 * --from evaluates a result file already written, without an org.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../lib/project.mjs';
import { runSf } from '../lib/tools.mjs';
import {
  coverageJUnit,
  evaluateCoverage,
  formatEvaluation,
  packageApexUnits
} from './coverage.mjs';
import { UsageError, parseJsonOutput, parseOptions, showCommand } from './lib.mjs';

export const USAGE =
  'usage: npm run test:org -- [--target-org crp] [--wait 60] [--from <test-result.json>]';

export const OUTPUT_DIR = 'test-results/apex';

export function testRunArgs({ targetOrg, wait }) {
  return [
    'apex',
    'run',
    'test',
    '--test-level',
    'RunLocalTests',
    '--code-coverage',
    '--result-format',
    'json',
    '--output-dir',
    OUTPUT_DIR,
    '--wait',
    String(wait),
    '--target-org',
    targetOrg
  ];
}

export function parseTestOrgArgs(argv) {
  const values = parseOptions(
    argv,
    {
      'target-org': { type: 'string', default: 'crp' },
      wait: { type: 'string', default: '60' },
      from: { type: 'string' },
      help: { type: 'boolean', default: false }
    },
    USAGE
  );
  if (values.help) throw new UsageError(USAGE);
  return { targetOrg: values['target-org'], wait: Number(values.wait), from: values.from };
}

/** The JSON report of the run: the file sf wrote for the run id, else sf's stdout. */
export function readRunReport(root, output) {
  const dir = join(root, OUTPUT_DIR);
  const idFile = join(dir, 'test-run-id.txt');
  if (existsSync(idFile)) {
    const file = join(dir, `test-result-${readFileSync(idFile, 'utf8').trim()}.json`);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  }
  return parseJsonOutput(output ?? '');
}

/** Applies the gate to a report and writes the summaries into test-results/. */
export function gate(report, root) {
  const evaluation = evaluateCoverage(report, { expected: packageApexUnits(root) });
  const dir = join(root, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'apex-coverage-summary.json'),
    `${JSON.stringify(evaluation, null, 2)}\n`
  );
  writeFileSync(join(dir, 'apex-coverage-junit.xml'), coverageJUnit(evaluation));
  return evaluation;
}

function main() {
  let options;
  try {
    options = parseTestOrgArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  const root = projectRoot();
  let report;
  if (options.from) {
    report = JSON.parse(readFileSync(options.from, 'utf8'));
  } else {
    rmSync(join(root, OUTPUT_DIR), { recursive: true, force: true }); // never read a stale run
    const args = testRunArgs(options);
    console.log(`$ sf ${showCommand(args)}`);
    console.log(`(waits up to ${options.wait} minutes for the org to finish the tests)`);
    const { status, output } = runSf(args, { cwd: root });
    report = readRunReport(root, output);
    if (!(report?.result ?? report)?.summary) {
      console.error(report?.message ?? output.slice(-4000));
      console.error(`✗ sf apex run test gave no test result (exit ${status})`);
      return 1;
    }
  }
  const evaluation = gate(report, root);
  console.log(formatEvaluation(evaluation));
  console.log(
    'Results: test-results/apex-coverage-summary.json, test-results/apex-coverage-junit.xml'
  );
  return evaluation.ok ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = main();
}

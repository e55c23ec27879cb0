/**
 * Mutation testing of the gate's own rules (`npm run test:mutation:gate`): Stryker changes one
 * expression of a checker at a time and runs the gate tests that reach it; a mutant no test
 * notices is a rule of the gate that no planted defect or near miss pins down.
 *
 * The tests run with Stryker's tap runner (node:test prints TAP when piped), one test file at a
 * time. Most of them run the checker in a child process on a project copy:
 * child-coverage.cjs carries the coverage of those children back to the test file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { IGNORED, TEMP_DIR } from './sandbox.mjs';

/**
 * The gate's rules: everything under scripts/gate but the adapters that hand the project to an
 * outside tool and report its findings (ESLint, Prettier, PMD, tsc, the Apex language server, the
 * LWC compiler, the Flow Scanner, the CLI's convert) and the runner itself; those are proven by
 * the planted-defect suite, whose whole-gate runs take minutes per mutant.
 */
const ADAPTERS = [
  'apex-semantic',
  'convert',
  'eslint',
  'flows',
  'lwc-build',
  'pmd',
  'prettier',
  'typescript'
];
const ALL_RULES = [
  'scripts/gate/**/*.mjs',
  '!scripts/gate/**/__tests__/**',
  '!scripts/gate/check.mjs',
  ...ADAPTERS.map((name) => `!scripts/gate/checkers/${name}.mjs`)
];

/**
 * Every gate test file but the planted-defect suite (whole-gate runs on project copies), those
 * that run in-process first: Stryker runs a mutant's covering test files in this order and stops
 * at the first that fails, so a mutant a unit test kills costs a second, not the minute of the
 * files that run a checker on a project copy (project-copy.mjs). The order changes no result.
 */
const TESTS = 'scripts/gate/__tests__';
const onProjectCopy = (file) => readFileSync(file, 'utf8').includes('./project-copy.mjs');
// the unit files one by one (unit.test.mjs runs them all in one process for npm test): a mutant
// then reruns the few that reach it, not all of them
const ALL_TESTS = readdirSync(TESTS)
  .filter(
    (name) =>
      name.endsWith('.unit.mjs') ||
      (name.endsWith('.test.mjs') && !['planted-defects.test.mjs', 'unit.test.mjs'].includes(name))
  )
  .map((name) => `${TESTS}/${name}`)
  .sort((a, b) => onProjectCopy(a) - onProjectCopy(b));

/**
 * The whole gate is ~8,900 mutants, each rerunning test files of seconds to minutes: days on two
 * cores. A slice mutates a group of rules with the test files that exercise them:
 * `GATE_SLICE=formulas npm run test:mutation:gate`. Without GATE_SLICE, the whole gate.
 */
/** A slice's tests: every test and unit file whose name starts with the area's. */
const testsOf = (area) => ALL_TESTS.filter((file) => basename(file).startsWith(area));

const SLICES = {
  formulas: {
    mutate: ['scripts/gate/formulas/prepare.mjs', 'scripts/gate/formulas/typecheck.mjs'],
    tests: testsOf('formulas')
  },
  'test-context-rules': {
    mutate: [
      'scripts/gate/apex-test-context/catch-any.mjs',
      'scripts/gate/apex-test-context/scheduled-job-name.mjs'
    ],
    tests: [`${TESTS}/catch-any-exception.unit.mjs`, `${TESTS}/scheduled-job-name.unit.mjs`]
  },
  reports: {
    mutate: ['scripts/gate/integrity/reports.mjs'],
    tests: testsOf('reports')
  },
  'rule-drift': {
    mutate: ['scripts/gate/rule-drift.mjs'],
    tests: testsOf('rule-drift')
  }
};

function slice(name) {
  if (!name) return { mutate: ALL_RULES, tests: ALL_TESTS };
  const chosen = SLICES[name];
  if (!chosen) {
    throw new Error(`GATE_SLICE=${name}: not one of ${Object.keys(SLICES).join(', ')}`);
  }
  return chosen;
}
const { mutate, tests } = slice(process.env.GATE_SLICE);

/**
 * `GATE_SAMPLE=40`: only a uniform 1-in-40 sample of the mutants is tested (sample.mjs), so the
 * whole gate's score can be estimated in hours, not days; the report gives the estimate with its
 * 95% interval.
 */
const rate = process.env.GATE_SAMPLE;
/**
 * `GATE_DRAW=2` with GATE_SAMPLE: another draw, a sample independent of every earlier one (the
 * samples of one draw nest, so one whose survivors were studied biases the others of its draw).
 */
const draw = process.env.GATE_DRAW;
if (draw && !rate) throw new Error('GATE_DRAW draws a sample: set GATE_SAMPLE too');
const sampled = rate
  ? {
      checkers: ['sample'],
      sample: Number(rate),
      ...(draw ? { sampleDraw: draw } : {}),
      plugins: ['@stryker-mutator/*', './config/stryker/sample.mjs']
    }
  : {};
const suffix =
  (process.env.GATE_SLICE ? `-${process.env.GATE_SLICE}` : '') +
  (rate ? `-sample${rate}` : '') +
  (draw ? `-draw${draw}` : '');

export default {
  ...sampled,
  testRunner: 'tap',
  tap: {
    testFiles: tests,
    nodeArgs: ['-r', './config/stryker/child-coverage.cjs', '-r', '{{hookFile}}'],
    forceBail: true
  },
  coverageAnalysis: 'perTest',
  // reused results: see components.mjs; the gate tests also read project-copy.mjs, fixtures and the
  // project itself, which Stryker does not watch: --force after changing those
  incremental: true,
  incrementalFile: `reports/mutation/gate${suffix}-incremental.json`,
  mutate,
  ignorePatterns: IGNORED,
  tempDirName: TEMP_DIR,
  concurrency: 1,
  timeoutMS: 60000,
  // event-recorder: each tested mutant as a file while the run goes on (.cache/stryker-events)
  reporters: ['clear-text', 'html', 'json', 'progress', 'event-recorder'],
  eventReporter: { baseDir: `.cache/stryker-events/gate${suffix}` },
  htmlReporter: { fileName: `reports/mutation/gate${suffix}.html` },
  jsonReporter: { fileName: `reports/mutation/gate${suffix}.json` },
  thresholds: { high: 85, low: 75, break: 75 }
};

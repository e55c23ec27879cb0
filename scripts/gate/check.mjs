/*
 * npm run check: the offline gate. Cheapest checker first; stops at the first that fails and
 * names the checker, the file and the line.
 *
 * Usage: USAGE below (`--help`); PROJECT_DIR=/copy checks a copy (the planted-defect tests).
 */
import { projectRoot } from '../lib/project.mjs';

/**
 * The checkers in the order they run; each lives in checkers/<name>.mjs. They are imported only
 * when selected: the planted-defect tests run one checker at a time, and loading all of them
 * (ESLint, TypeScript, the LWC compiler, the Flow Scanner …) costs a second per run.
 */
export const CHECKER_NAMES = [
  'metadata',
  'vocabulary',
  'rule-drift',
  'boundaries',
  'metadata-limits',
  'metadata-schema',
  'formulas',
  'integrity',
  'trigger-selectivity',
  'apex-test-context',
  'typescript',
  'eslint',
  'prettier',
  'apex-semantic',
  'pmd',
  'flows',
  'lwc-build',
  'convert'
];

export async function loadCheckers(names = CHECKER_NAMES) {
  return Promise.all(
    names.map(async (name) => {
      const module = await import(`./checkers/${name}.mjs`);
      return Object.values(module).find((exported) => exported?.name === name);
    })
  );
}

const MAX_PROBLEMS_SHOWN = 40;

function selectedNames(argv) {
  const onlyIndex = argv.indexOf('--only');
  if (onlyIndex === -1) return CHECKER_NAMES;
  const names = (argv[onlyIndex + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !CHECKER_NAMES.includes(name));
  if (unknown.length || names.length === 0) {
    throw new Error(`--only takes checker names: ${CHECKER_NAMES.join(', ')}`);
  }
  return CHECKER_NAMES.filter((name) => names.includes(name));
}

export async function runGate(root, checkers, log = console.log) {
  for (const checker of checkers) {
    const started = performance.now();
    let result;
    try {
      result = await checker.run(root);
    } catch (error) {
      result = {
        problems: [{ file: '.', line: 0, message: `checker crashed: ${error.stack ?? error}` }]
      };
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.problems.length > 0) {
      log(`✗ ${checker.name} failed (${seconds}s): ${result.problems.length} problem(s)`);
      for (const problem of result.problems.slice(0, MAX_PROBLEMS_SHOWN)) {
        const message = String(problem.message).replaceAll(`${root}/`, '');
        log(`  ${problem.file}:${problem.line}: ${message}`);
      }
      if (result.problems.length > MAX_PROBLEMS_SHOWN) {
        log(`  … and ${result.problems.length - MAX_PROBLEMS_SHOWN} more`);
      }
      log(`check: FAILED at ${checker.name}`);
      return {
        passed: false,
        failedChecker: checker.name,
        checkersRun: checkers.indexOf(checker) + 1
      };
    }
    log(`✓ ${checker.name} (${seconds}s)${result.summary ? `: ${result.summary}` : ''}`);
  }
  log(`check: all ${checkers.length} checker(s) passed`);
  return { passed: true, checkersRun: checkers.length };
}

/** How to call the gate: printed for `--help`, and with an unknown option (exit 2). */
const USAGE = `usage:
  node scripts/gate/check.mjs                 every checker
  node scripts/gate/check.mjs --only pmd,flows
  node scripts/gate/check.mjs --list          the checkers, in the order they run
  PROJECT_DIR=/copy node scripts/gate/check.mjs   check a copy of the project`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = process.argv.slice(2).filter((arg, index, all) => all[index - 1] !== '--only');
  const unknown = options.filter((arg) => !['--only', '--list'].includes(arg));
  if (unknown.length > 0) {
    // the whole gate takes minutes: an option it does not know stops it before it starts
    const helped = unknown.every((arg) => arg === '--help' || arg === '-h');
    (helped ? console.log : console.error)(
      helped ? USAGE : `unknown option ${unknown.join(' ')}\n${USAGE}`
    );
    process.exit(helped ? 0 : 2);
  }
  if (process.argv.includes('--list')) {
    for (const checker of await loadCheckers()) {
      console.log(`${checker.name.padEnd(16)} ${checker.description}`);
    }
  } else {
    const checkers = await loadCheckers(selectedNames(process.argv));
    const { passed } = await runGate(projectRoot(), checkers);
    process.exitCode = passed ? 0 : 1;
  }
}

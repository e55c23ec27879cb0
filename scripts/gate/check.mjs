/*
 * npm run check: the offline gate. Cheapest checker first; stops at the first that fails and
 * names the checker, the file and the line.
 *
 *   node scripts/gate/check.mjs                 every checker
 *   node scripts/gate/check.mjs --only pmd,flows
 *   node scripts/gate/check.mjs --list
 *   PROJECT_DIR=/copy node scripts/gate/check.mjs   check a copy of the project (planted-defect tests)
 */
import { projectRoot } from '../lib/project.mjs';
import { metadata } from './checkers/metadata.mjs';
import { vocabulary } from './checkers/vocabulary.mjs';
import { integrity } from './checkers/integrity.mjs';
import { typescript } from './checkers/typescript.mjs';
import { eslint } from './checkers/eslint.mjs';
import { prettier } from './checkers/prettier.mjs';
import { apexSemantic } from './checkers/apex-semantic.mjs';
import { pmd } from './checkers/pmd.mjs';
import { flows } from './checkers/flows.mjs';
import { lwcBuild } from './checkers/lwc-build.mjs';
import { convert } from './checkers/convert.mjs';

export const CHECKERS = [
  metadata,
  vocabulary,
  integrity,
  typescript,
  eslint,
  prettier,
  apexSemantic,
  pmd,
  flows,
  lwcBuild,
  convert
];

const MAX_PROBLEMS_SHOWN = 40;

function selectedCheckers(argv) {
  const onlyIndex = argv.indexOf('--only');
  if (onlyIndex === -1) return CHECKERS;
  const names = (argv[onlyIndex + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((name) => !CHECKERS.some((checker) => checker.name === name));
  if (unknown.length || names.length === 0) {
    throw new Error(`--only takes checker names: ${CHECKERS.map((c) => c.name).join(', ')}`);
  }
  return CHECKERS.filter((checker) => names.includes(checker.name));
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

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--list')) {
    for (const checker of CHECKERS)
      console.log(`${checker.name.padEnd(14)} ${checker.description}`);
  } else {
    const { passed } = await runGate(projectRoot(), selectedCheckers(process.argv));
    process.exitCode = passed ? 0 : 1;
  }
}

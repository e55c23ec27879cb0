/**
 * Mutation testing of the Lightning web components (`npm run test:mutation`): Stryker changes one
 * expression of a component's TypeScript at a time and runs the Jest tests that cover it; a
 * mutant that no test notices is a behaviour no test pins down.
 */
import { IGNORED, TEMP_DIR } from './sandbox.mjs';

export default {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'jest.config.js', enableFindRelatedTests: true },
  // Each test is mapped to the code it runs, so a mutant only reruns the tests that reach it.
  coverageAnalysis: 'perTest',
  // A static mutant (in code run once, when a module loads: constant tables, label maps) has no
  // per-test coverage, so Stryker reruns every test for it — 30 s each here. They are counted
  // and reported as ignored; `--ignoreStatic false` tests them too.
  ignoreStatic: true,
  // Results of unchanged mutants and tests are reused from this file (local, under the ignored
  // reports/): a rerun after a change tests only what the change touched. Stryker sees changes to
  // the mutated files and the test files only, not to shared mocks or helpers (force-app/test):
  // after changing those, run with --force before quoting a score.
  incremental: true,
  incrementalFile: 'reports/mutation/components-incremental.json',
  mutate: [
    'force-app/main/*/lwc/**/*.ts',
    '!force-app/main/*/lwc/**/__tests__/**',
    '!force-app/main/*/lwc/**/*.d.ts',
    // label imports only: nothing to mutate but the module ids
    '!force-app/main/*/lwc/**/labels.ts'
  ],
  ignorePatterns: IGNORED,
  // Stryker's Jest runner skips Jest's globalSetup: the label modules Jest imports (real label
  // text, force-app/test/jest-labels) are written in the sandbox before the first test run.
  buildCommand: 'node force-app/test/jest-labels/globalSetup.mjs',
  tempDirName: TEMP_DIR,
  concurrency: 2,
  timeoutMS: 20000,
  // event-recorder: each tested mutant as a file while the run goes on (.cache/stryker-events)
  reporters: ['clear-text', 'html', 'json', 'progress', 'event-recorder'],
  eventReporter: { baseDir: '.cache/stryker-events/components' },
  htmlReporter: { fileName: 'reports/mutation/components.html' },
  jsonReporter: { fileName: 'reports/mutation/components.json' },
  thresholds: { high: 90, low: 85, break: 85 }
};

const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');
const { labelModuleMapper } = require('./force-app/test/jest-labels/labelModules.js');

/**
 * `c/name` → its .ts in whichever capability folder holds it (force-app/main/<capability>/lwc).
 * The .ts is the source; `npm run build` leaves a generated .js beside it that Jest must not
 * pick up instead (it would test stale code and measure no coverage).
 */
function componentModules() {
  const main = join(__dirname, 'force-app', 'main');
  const modules = {};
  for (const capability of readdirSync(main)) {
    const lwcDir = join(main, capability, 'lwc');
    let bundles = [];
    try {
      bundles = readdirSync(lwcDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    } catch {
      continue; // a capability without components
    }
    for (const { name } of bundles) {
      // a CSS module (no .ts) resolves to its stylesheet, as `@import 'c/name';` does on the platform
      const source = existsSync(join(lwcDir, name, `${name}.ts`)) ? `${name}.ts` : `${name}.css`;
      modules[`^c/${name}$`] = `<rootDir>/force-app/main/${capability}/lwc/${name}/${source}`;
    }
  }
  return modules;
}

module.exports = {
  ...jestConfig,
  // Labels carry their real text (force-app/test/jest-labels/labelModules.js): globalSetup writes
  // one module per label, the transformer points label imports at them instead of sfdx-lwc-jest's
  // 'c.Name' fallback, and a label that no labels file defines fails the suite.
  globalSetup: '<rootDir>/force-app/test/jest-labels/globalSetup.mjs',
  transform: {
    ...jestConfig.transform,
    '^.+\\.(js|ts|html|css)$': '<rootDir>/force-app/test/jest-labels/transformer.js'
  },
  moduleNameMapper: {
    ...componentModules(),
    ...labelModuleMapper(),
    // sfdx-lwc-jest's own stub drops the event's arguments; ours keeps them so tests can assert
    // what a flow screen reports to the Flow runtime.
    '^lightning/flowSupport$': '<rootDir>/force-app/test/jest-mocks/lightning/flowSupport',
    // test helpers shared by every component test
    '^test/flushPromises$': '<rootDir>/force-app/test/jest-utils/flushPromises.ts',
    '^test/shadowQuery$': '<rootDir>/force-app/test/jest-utils/shadowQuery.ts'
  },
  setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/jest.setup.js'],
  testPathIgnorePatterns: [
    ...(jestConfig.testPathIgnorePatterns || []),
    '<rootDir>/scripts/',
    // builders shared by a bundle's tests and its children's tests: modules, not test suites
    '/__tests__/data/',
    '<rootDir>/.cache/'
  ],
  modulePathIgnorePatterns: ['<rootDir>/.cache/'],
  // A `!**/__tests__/**` negation here dropped three whole components from the report (micromatch
  // quirk), so coverage looked complete when it was not. Test folders (suites and the builders under
  // `__tests__/data/`) are kept out by coveragePathIgnorePatterns instead: regular expressions on
  // the path, checked per file after the glob, so they cannot change what the glob matches.
  collectCoverageFrom: ['force-app/main/*/lwc/**/*.ts', '!force-app/main/*/lwc/**/*.d.ts'],
  coveragePathIgnorePatterns: ['/node_modules/', '/__tests__/'],
  coverageReporters: ['text-summary', 'lcov', 'json-summary'],
  coverageThreshold: {
    global: { lines: 90, branches: 90, functions: 90, statements: 90 }
  }
};

const js = require('@eslint/js');
const globals = require('globals');
const lwc = require('@salesforce/eslint-config-lwc');
const jest = require('eslint-plugin-jest');

const LWC_SOURCES = ['force-app/**/lwc/**/*.ts', 'force-app/test/**/*.ts'];
const LWC_TESTS = ['force-app/**/__tests__/**/*.ts'];

module.exports = [
  {
    ignores: [
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      '.cache/**',
      '.sfdx/**',
      '.sf/**',
      // Build output of the .ts sources: linted as TypeScript, never as generated JavaScript.
      'force-app/**/lwc/**/*.js',
      'types/**'
    ]
  },
  ...lwc.configs.recommendedTs.map((config) => ({ ...config, files: LWC_SOURCES })),
  {
    files: LWC_SOURCES,
    rules: {
      // tsc (strict, noUnusedLocals) owns names: Babel's parser sees type-only names and
      // `as const` as undeclared or unused values.
      'no-undef': 'off',
      'no-unused-vars': 'off'
    }
  },
  {
    files: LWC_TESTS,
    ...jest.configs['flat/recommended'],
    languageOptions: {
      ...lwc.configs.recommendedTs.at(-1).languageOptions,
      globals: { ...globals.node, ...globals.jest }
    },
    rules: {
      ...jest.configs['flat/recommended'].rules,
      'no-restricted-syntax': [
        'error',
        {
          // Jest gives every label its real text (force-app/test/jest-labels); a mocked label
          // would assert a wording the org does not have.
          selector:
            "CallExpression[callee.object.name='jest'][callee.property.name=/^(mock|doMock|setMock)$/] > Literal[value=/^@salesforce\\/label\\//]",
          message: 'Labels carry their real text in Jest: assert it instead of mocking the label.'
        }
      ]
    }
  },
  {
    files: ['**/*.mjs', '*.js', 'scripts/**/*.js'],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 'latest',
      globals: { ...globals.node }
    }
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module' }
  },
  {
    files: ['*.js'],
    languageOptions: { sourceType: 'commonjs' }
  }
];

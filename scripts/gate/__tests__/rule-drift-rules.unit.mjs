/*
 * The rule-drift check in-process, on tiny projects written to a temp folder: reading an Apex and a
 * preview constant, each constant, schedule and search-field finding as a person reads it, and the
 * generated tests (missing, stale, orphaned) with a stand-in generator, since formatting Apex takes
 * seconds.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { captureConsole } from './capture-console.mjs';
import {
  BACKEND_DIR,
  CONSTANTS_FILE,
  checkGeneratedTests,
  checkRuleConstants,
  checkRuleDrift,
  main,
  readApexConstant,
  readPreviewConstant
} from '../rule-drift.mjs';
import { ruleDrift } from '../checkers/rule-drift.mjs';

const CLASSES = 'force-app/main/program/classes';
const BACKEND = 'scripts/preview/runtime/backend';

function project(t, files, packages = ['force-app']) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rule-drift-rules-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const all = {
    'sfdx-project.json': JSON.stringify({ packageDirectories: packages.map((p) => ({ path: p })) }),
    ...files
  };
  for (const [file, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), typeof text === 'string' ? text : JSON.stringify(text));
  }
  return dir;
}

test('an Apex constant: found by class name in any case and package, as its literal', (t) => {
  const apex = [
    'public class Limits2 {',
    "  // static final Integer WINDOW = 1; and 'quoted'",
    '  /* static final Integer WINDOW = 2;',
    '  */',
    '  private static final Integer WINDOW_DAYS = 7;',
    '  public STATIC FINAL Integer window = 60;',
    '  static final Integer NEGATIVE = -5;',
    '  static final Long BIG = 10L;',
    '  static final Long SMALL = 3l;',
    '  static final Boolean ON = TRUE;',
    '  static final Boolean OFF = false;',
    "  static final String TEXT = 'it\\'s a \\\\ path';",
    "  static final Map<String, Integer> SIZES = new Map<String, Integer>{ 'a' => 1 };",
    '  static final Integer SUM = 60 * 2;',
    "  static final String JOINED = 'a' + 'b';",
    "  static final String PREFIXED = x'a';",
    '  static final Integer DIGITS = 6O;',
    '  static final Boolean TRUTHY = trueish;',
    '  static final Integer LETTERED = x60;',
    '  Integer NOT_FINAL = 1;',
    '}'
  ].join('\n');
  const dir = project(
    t,
    {
      'other/classes/Unrelated.cls': 'public class Unrelated {}',
      [`${CLASSES}/Limits2.cls`]: apex
    },
    ['other', 'force-app']
  );
  const file = `${CLASSES}/Limits2.cls`;
  assert.deepEqual(readApexConstant(dir, 'LIMITS2.WINDOW'), { file, line: 6, value: 60 });
  assert.deepEqual(readApexConstant(dir, 'Limits2.WINDOW_DAYS'), { file, line: 5, value: 7 });
  const values = Object.fromEntries(
    ['NEGATIVE', 'BIG', 'SMALL', 'ON', 'OFF', 'TEXT'].map((name) => [
      name,
      readApexConstant(dir, `Limits2.${name}`).value
    ])
  );
  assert.deepEqual(values, {
    NEGATIVE: -5,
    BIG: 10,
    SMALL: 3,
    ON: true,
    OFF: false,
    TEXT: "it's a \\ path"
  });
  assert.deepEqual(readApexConstant(dir, 'Limits2.SIZES'), {
    file,
    line: 13,
    problem: "Limits2.SIZES is not a literal: new Map<String, Integer>{ 'a' => 1 }"
  });
  for (const [name, literal] of [
    ['SUM', '60 * 2'],
    ['JOINED', "'a' + 'b'"],
    ['PREFIXED', "x'a'"],
    ['DIGITS', '6O'],
    ['TRUTHY', 'trueish'],
    ['LETTERED', 'x60']
  ])
    assert.equal(
      readApexConstant(dir, `Limits2.${name}`).problem,
      `Limits2.${name} is not a literal: ${literal}`
    );
  assert.deepEqual(readApexConstant(dir, 'Limits2.NOT_FINAL'), {
    file,
    line: 1,
    problem: 'Limits2.NOT_FINAL is not declared as a static final constant'
  });
  assert.deepEqual(readApexConstant(dir, 'Limits2.DAYS'), {
    file,
    line: 1,
    problem: 'Limits2.DAYS is not declared as a static final constant'
  });
  assert.deepEqual(readApexConstant(dir, 'Missing.WINDOW'), {
    problem: 'Apex class Missing not found (constant Missing.WINDOW)'
  });
  assert.deepEqual(readApexConstant(dir, 'Limits.WINDOW'), {
    problem: 'Apex class Limits not found (constant Limits.WINDOW)'
  });
});

test('a preview constant: a top-level literal, or a property of one', (t) => {
  const board = [
    'export const PAGE_SIZE = 50 as const;',
    'const NEGATIVE = -(3);',
    'const NAMES = [\'a\', "b", `c`] satisfies string[];',
    'const FLAGS = { on: true, off: false };',
    "const CODES = { NO_CSM: 'NO_CSM', 'quoted-key': 1, \"double\": 2, \"it's\": 3, nested: { deep: [1] } };",
    'const NOTHING = null;',
    'let UNSET;',
    'const COMPUTED = PAGE_SIZE * 2;',
    "const MINUS_TEXT = -'x';",
    'const PLUS = +3;',
    'const HOLE = [1, PAGE_SIZE];',
    'const SHORT = { PAGE_SIZE };',
    'const BAD_VALUE = { a: PAGE_SIZE };',
    'const [FIRST] = [1];',
    'export function f() {',
    '  const INNER = 1;',
    '  return INNER;',
    '}'
  ].join('\n');
  const dir = project(t, {
    [`${BACKEND}/review-board/board.ts`]: board,
    [`${BACKEND}/review-board/board.js`]: 'export const PAGE_SIZE = 1;',
    [`${BACKEND}/account/account.js`]: 'export const MAX = 25;'
  });
  const file = `${BACKEND}/review-board/board.ts`;
  const read = (access) => readPreviewConstant(dir, `review-board/board#${access}`);
  assert.deepEqual(read('PAGE_SIZE'), { file, line: 1, value: 50 });
  assert.deepEqual(read('NEGATIVE'), { file, line: 2, value: -3 });
  assert.deepEqual(read('NAMES'), { file, line: 3, value: ['a', 'b', 'c'] });
  assert.deepEqual(read('FLAGS.on'), { file, line: 4, value: true });
  assert.deepEqual(read('FLAGS.off'), { file, line: 4, value: false });
  assert.deepEqual(read('CODES'), {
    file,
    line: 5,
    value: { NO_CSM: 'NO_CSM', 'quoted-key': 1, double: 2, "it's": 3, nested: { deep: [1] } }
  });
  assert.deepEqual(read('CODES.nested.deep'), { file, line: 5, value: [1] });
  assert.deepEqual(read('CODES.missing'), {
    file,
    line: 5,
    problem: 'CODES.missing: CODES has no missing'
  });
  assert.deepEqual(read('CODES.NO_CSM.length'), {
    file,
    line: 5,
    problem: 'CODES.NO_CSM.length: CODES has no length'
  });
  assert.deepEqual(read('NOTHING'), { file, line: 6, problem: 'NOTHING is not a literal value' });
  for (const [name, line] of [
    ['UNSET', 7],
    ['COMPUTED', 8],
    ['MINUS_TEXT', 9],
    ['PLUS', 10],
    ['HOLE', 11],
    ['SHORT', 12],
    ['BAD_VALUE', 13]
  ])
    assert.deepEqual(read(name), { file, line, problem: `${name} is not a literal value` });
  for (const name of ['FIRST', 'INNER', 'f'])
    assert.deepEqual(read(name), {
      file,
      line: 1,
      problem: `${name} is not declared at the top level`
    });
  assert.deepEqual(readPreviewConstant(dir, 'account/account#MAX'), {
    file: `${BACKEND}/account/account.js`,
    line: 1,
    value: 25
  });
  assert.deepEqual(readPreviewConstant(dir, 'nowhere/file#MAX'), {
    problem: `preview file ${BACKEND_DIR}/nowhere/file.ts (or .js) not found`
  });
});

test('a key of a number or a string is no value', (t) => {
  const dir = project(t, {
    [`${BACKEND}/x.ts`]: "const A = { n: [1], s: 'ab', z: 0 };\nconst B = { k: { v: 1 } };"
  });
  assert.equal(readPreviewConstant(dir, 'x#A.s.0').problem, 'A.s.0: A has no 0');
  assert.equal(readPreviewConstant(dir, 'x#A.z.k').problem, 'A.z.k: A has no k');
  assert.deepEqual(readPreviewConstant(dir, 'x#A.n.0').value, 1);
  assert.deepEqual(readPreviewConstant(dir, 'x#B.k.v').value, 1);
});

/* ---- constants.json ---- */

const REMINDER = `${CLASSES}/Reminder.cls`;
const SELECTOR = `${CLASSES}/Selector.cls`;

function constantsProject(t, { constants = [], searchFields, files = {} } = {}) {
  return project(t, {
    [CONSTANTS_FILE]: { constants, ...(searchFields ? { searchFields } : {}) },
    [REMINDER]: [
      'public class Reminder {',
      "  public static final String CRON = '0 0 8 1 * ?';",
      '  public static final Integer DAYS = 60;',
      '}'
    ].join('\n'),
    [`${BACKEND}/board.ts`]: "export const DAYS = 60;\nexport const FIELDS = ['Name', 'Email'];",
    ...files
  });
}

test('the checker runs the whole rule-drift check', async (t) => {
  assert.equal(ruleDrift.name, 'rule-drift');
  assert.equal(
    ruleDrift.description,
    'config/rule-vectors/: generated Apex tests up to date, constants equal in Apex and the preview'
  );
  const dir = constantsProject(t, {
    constants: [{ name: 'days', value: 61, apex: 'Reminder.DAYS' }]
  });
  assert.deepEqual(await ruleDrift.run(dir), {
    problems: [
      {
        file: REMINDER,
        line: 3,
        message: `days: the Apex says 60 (Reminder.DAYS) but ${CONSTANTS_FILE} says 61`
      }
    ]
  });
});

test('without constants.json the only finding says so', async (t) => {
  const dir = project(t, {});
  const missing = [
    { file: CONSTANTS_FILE, line: 1, message: 'the constants vector file is missing' }
  ];
  assert.deepEqual(checkRuleConstants(dir), missing);
  assert.deepEqual(await checkRuleDrift(dir), missing);
  const empty = project(t, { [CONSTANTS_FILE]: {} });
  assert.deepEqual(checkRuleConstants(empty), []);
});

test('each side of a constant is compared with the vector value', (t) => {
  const dir = constantsProject(t, {
    constants: [
      { name: 'both agree', value: 60, apex: 'Reminder.DAYS', preview: 'board#DAYS' },
      { name: 'list agrees', value: ['Name', 'Email'], preview: 'board#FIELDS' },
      { name: 'both differ', value: 30, apex: 'Reminder.DAYS', preview: 'board#DAYS' },
      { name: 'list order', value: ['Email', 'Name'], preview: 'board#FIELDS' },
      { name: 'text', value: '60', apex: 'Reminder.DAYS' },
      { name: 'no class', value: 1, apex: 'Gone.DAYS' },
      { name: 'no constant', value: 1, apex: 'Reminder.WEEKS' },
      { name: 'no preview file', value: 1, preview: 'gone#DAYS' },
      { name: 'no preview constant', value: 1, preview: 'board#WEEKS' },
      { name: 'neither side', value: 1 }
    ]
  });
  assert.deepEqual(checkRuleConstants(dir), [
    {
      file: REMINDER,
      line: 3,
      message: `both differ: the Apex says 60 (Reminder.DAYS) but ${CONSTANTS_FILE} says 30`
    },
    {
      file: `${BACKEND}/board.ts`,
      line: 1,
      message: `both differ: the preview says 60 (board#DAYS) but ${CONSTANTS_FILE} says 30`
    },
    {
      file: `${BACKEND}/board.ts`,
      line: 2,
      message: `list order: the preview says ["Name","Email"] (board#FIELDS) but ${CONSTANTS_FILE} says ["Email","Name"]`
    },
    {
      file: REMINDER,
      line: 3,
      message: `text: the Apex says 60 (Reminder.DAYS) but ${CONSTANTS_FILE} says "60"`
    },
    {
      file: CONSTANTS_FILE,
      line: 1,
      message: 'no class: Apex class Gone not found (constant Gone.DAYS)'
    },
    {
      file: REMINDER,
      line: 1,
      message: 'no constant: Reminder.WEEKS is not declared as a static final constant'
    },
    {
      file: CONSTANTS_FILE,
      line: 1,
      message: `no preview file: preview file ${BACKEND_DIR}/gone.ts (or .js) not found`
    },
    {
      file: `${BACKEND}/board.ts`,
      line: 1,
      message: 'no preview constant: WEEKS is not declared at the top level'
    }
  ]);
});

const CRON_ORG = { name: 'reminder', value: '0 0 8 1 * ?', apex: 'Reminder.CRON', org: 'Reminder' };

test('org scripts schedule only with the package CRON, never a cron literal of their own', (t) => {
  const script = [
    "const ok = '0 0 8 1 * ?';",
    "const own = '0 0 6 1 * ?';",
    'const doubled = "0 30 23 ? * MON-FRI";',
    'const templated = `0 0 3 * * ? 2030`;',
    "const lists = '59 59 1,13 1-15 JAN,JUL 2#3';",
    "const steps = '0 15 */2 L * 6L';",
    "const weekday = '0 0 12 15W */3 ?';",
    "const tooLong = '123 0 8 1 * ?';",
    'const mismatched = \'0 0 8 1 * ?";',
    "const fiveFields = '0 0 8 1 *';",
    "const shortYear = '0 0 8 1 * ? 30';",
    "const lower = '0 0 8 1 jan ?';"
  ].join('\n');
  const dir = constantsProject(t, {
    constants: [CRON_ORG, { name: 'not org', value: '0 0 6 1 * ?' }],
    files: {
      'scripts/org/setup.mjs': script,
      'scripts/org/nested/deep.js': "\n\nschedule('0 0 1 1 * ?');",
      'scripts/apex/anonymous.apex': "System.schedule('x', '0 0 2 1 * ?', new Reminder());",
      'scripts/org/__tests__/setup.test.mjs': "const own = '0 0 6 1 * ?';",
      'scripts/org/types.ts': "const own = '0 0 6 1 * ?';",
      'scripts/org/notes.md': "'0 0 6 1 * ?'",
      'scripts/other/setup.mjs': "const own = '0 0 6 1 * ?';"
    }
  });
  const own = (file, line, cron) => ({
    file,
    line,
    message: `schedules with its own cron expression '${cron}'; the package's schedule is Reminder.CRON ('0 0 8 1 * ?'): schedule with the class's CRON`
  });
  assert.deepEqual(checkRuleConstants(dir), [
    own('scripts/org/nested/deep.js', 3, '0 0 1 1 * ?'),
    own('scripts/org/setup.mjs', 2, '0 0 6 1 * ?'),
    own('scripts/org/setup.mjs', 3, '0 30 23 ? * MON-FRI'),
    own('scripts/org/setup.mjs', 4, '0 0 3 * * ? 2030'),
    own('scripts/org/setup.mjs', 5, '59 59 1,13 1-15 JAN,JUL 2#3'),
    own('scripts/org/setup.mjs', 6, '0 15 */2 L * 6L'),
    own('scripts/org/setup.mjs', 7, '0 0 12 15W */3 ?'),
    own('scripts/apex/anonymous.apex', 1, '0 0 2 1 * ?')
  ]);
});

test('the schedule message names every package schedule', (t) => {
  const dir = constantsProject(t, {
    constants: [CRON_ORG, { ...CRON_ORG, value: '0 0 3 * * ?', apex: 'Nightly.CRON' }],
    files: {
      [`${CLASSES}/Nightly.cls`]: "class Nightly { static final String CRON = '0 0 3 * * ?'; }",
      'scripts/org/setup.mjs':
        "const a = '0 0 3 * * ?';\nconst b = '0 0 8 1 * ?';\nconst c = '1 0 8 1 * ?';"
    }
  });
  assert.deepEqual(
    checkRuleConstants(dir).map((problem) => [problem.line, problem.message.split('; ')[1]]),
    [
      [
        3,
        "the package's schedule is Reminder.CRON ('0 0 8 1 * ?'), Nightly.CRON ('0 0 3 * * ?'): schedule with the class's CRON"
      ]
    ]
  );
});

test('scripts/org/jobs.mjs must schedule with the class CRON', (t) => {
  const message =
    "scheduleSnippet no longer schedules with ${className}.CRON: the schedule must be the Apex class's own";
  const lost = constantsProject(t, {
    files: { 'scripts/org/jobs.mjs': 'const snippet = `System.schedule(name, CRON, job)`;' }
  });
  assert.deepEqual(checkRuleConstants(lost), [{ file: 'scripts/org/jobs.mjs', line: 1, message }]);
  const kept = constantsProject(t, {
    files: {
      'scripts/org/jobs.mjs':
        'const snippet = (className) => `System.schedule(n, ${className}.CRON, new ${className}())`;'
    }
  });
  assert.deepEqual(checkRuleConstants(kept), []);
  const dotless = constantsProject(t, {
    files: { 'scripts/org/jobs.mjs': 'const s = `${className}xCRON`;' }
  });
  assert.equal(checkRuleConstants(dotless).length, 1);
});

const SEARCH = {
  name: 'search',
  value: ['Name', 'Email'],
  apex: 'Selector',
  preview: 'board#FIELDS'
};

test('search fields: the Apex LIKE filters and the preview list, in any order', (t) => {
  const selector = (body) => ({ [SELECTOR]: `public class Selector {\n${body}\n}` });
  const agree = constantsProject(t, {
    searchFields: SEARCH,
    files: selector(
      "  // OR Phone LIKE :search\n  String q = 'WHERE Email like :search OR Name LIKE  :search';"
    )
  });
  assert.deepEqual(checkRuleConstants(agree), []);
  const apexDrift = constantsProject(t, {
    searchFields: SEARCH,
    files: selector(
      "\n  String q = 'WHERE Email LIKE :search OR Contact.Account.Name LIKE :search OR Phone LIKE :searchTerm';"
    )
  });
  assert.deepEqual(checkRuleConstants(apexDrift), [
    {
      file: SELECTOR,
      line: 3,
      message: `search: the Apex search matches ["Email","Contact.Account.Name"] but ${CONSTANTS_FILE} says ["Name","Email"]`
    }
  ]);
  const noFilter = constantsProject(t, { searchFields: SEARCH, files: selector('') });
  assert.deepEqual(
    checkRuleConstants(noFilter).map((problem) => [problem.file, problem.line]),
    [[SELECTOR, 1]]
  );
  const noClass = constantsProject(t, { searchFields: { ...SEARCH, apex: 'Gone' } });
  assert.deepEqual(checkRuleConstants(noClass), [
    { file: CONSTANTS_FILE, line: 1, message: 'Apex class Gone not found' }
  ]);
});

test('search fields: the preview list drifting or unreadable is reported at the preview', (t) => {
  const files = {
    [SELECTOR]: "class Selector { String q = 'Name LIKE :search OR Email LIKE :search'; }"
  };
  const drift = constantsProject(t, {
    searchFields: { ...SEARCH, value: ['Email', 'Name', 'Phone'] },
    files
  });
  const problems = checkRuleConstants(drift);
  assert.deepEqual(problems[1], {
    file: `${BACKEND}/board.ts`,
    line: 2,
    message: `search: the preview searches ["Name","Email"] but ${CONSTANTS_FILE} says ["Email","Name","Phone"]`
  });
  assert.equal(problems.length, 2);
  const unreadable = constantsProject(t, {
    searchFields: { ...SEARCH, preview: 'board#NOPE' },
    files
  });
  assert.deepEqual(checkRuleConstants(unreadable), [
    {
      file: `${BACKEND}/board.ts`,
      line: 1,
      message: 'search: NOPE is not declared at the top level'
    }
  ]);
  const noFile = constantsProject(t, { searchFields: { ...SEARCH, preview: 'gone#X' }, files });
  assert.deepEqual(checkRuleConstants(noFile), [
    {
      file: CONSTANTS_FILE,
      line: 1,
      message: `search: preview file ${BACKEND_DIR}/gone.ts (or .js) not found`
    }
  ]);
});

/* ---- generated tests, with a stand-in generator ---- */

const GENERATED = 'force-app/main/program/tests/VectorsTest.cls';
const MARK = 'Generated from config/rule-vectors/';

test('generated tests: up to date, missing, stale at the first differing line', async (t) => {
  const text = `// ${MARK}v.json\nclass VectorsTest {\n  one;\n  two;\n}\n`;
  const generate = async () => [
    { from: 'config/rule-vectors/v.json', file: GENERATED, text },
    { from: 'config/rule-vectors/v.json', file: `${GENERATED}-meta.xml`, text: '<meta/>\n' }
  ];
  const fresh = project(t, { [GENERATED]: text, [`${GENERATED}-meta.xml`]: '<meta/>\n' });
  assert.deepEqual(await checkGeneratedTests(fresh, generate), []);

  const missing = project(t, { [GENERATED]: text });
  assert.deepEqual(await checkGeneratedTests(missing, generate), [
    {
      file: `${GENERATED}-meta.xml`,
      line: 1,
      message:
        'missing: generate it from config/rule-vectors/v.json (node scripts/gate/rule-vectors/generate.mjs)'
    }
  ]);

  const stale = (actual) =>
    checkGeneratedTests(
      project(t, { [GENERATED]: actual, [`${GENERATED}-meta.xml`]: '<meta/>\n' }),
      generate
    );
  const message = (expected) =>
    `stale: differs from what config/rule-vectors/v.json generates (expected ${expected}); run node scripts/gate/rule-vectors/generate.mjs`;
  assert.deepEqual(await stale(text.replace('two;', 'three;')), [
    { file: GENERATED, line: 4, message: message('"  two;"') }
  ]);
  assert.deepEqual(await stale(text.replace('  one;\n', '')), [
    { file: GENERATED, line: 3, message: message('"  one;"') }
  ]);
  assert.deepEqual(await stale(`${text}\n`), [
    { file: GENERATED, line: 7, message: message('"<end of file>"') }
  ]);
  assert.deepEqual(await stale(`x${text}`), [
    { file: GENERATED, line: 1, message: message(`"// ${MARK}v.json"`) }
  ]);
});

test('generated tests: an orphan carries the mark and is no longer generated', async (t) => {
  const dir = project(t, {
    [`${CLASSES}/Orphan.cls`]: `/** ${MARK}gone.json */\nclass Orphan {}`,
    [`${CLASSES}/Handwritten.cls`]: 'class Handwritten {}',
    [`${CLASSES}/Orphan.cls-meta.xml`]: `<!-- ${MARK}gone.json -->`,
    [GENERATED]: `// ${MARK}v.json`,
    'other/Elsewhere.cls': `// ${MARK}x.json`
  });
  const generate = async () => [{ from: 'v.json', file: GENERATED, text: `// ${MARK}v.json` }];
  assert.deepEqual(await checkGeneratedTests(dir, generate), [
    {
      file: `${CLASSES}/Orphan.cls`,
      line: 1,
      message:
        'generated from a rule-vector file that no longer names it: delete it or restore the vectors'
    }
  ]);
});

test('generated tests: vectors the generator refuses are one finding', async (t) => {
  const dir = project(t, {});
  const generate = async () => {
    throw new Error('config/rule-vectors/v.json: apexTestClass and capability must be plain names');
  };
  assert.deepEqual(await checkGeneratedTests(dir, generate), [
    {
      file: 'config/rule-vectors',
      line: 1,
      message: 'config/rule-vectors/v.json: apexTestClass and capability must be plain names'
    }
  ]);
  // The real generator: a project without vector files generates nothing.
  assert.deepEqual(await checkGeneratedTests(dir), []);
});

test('the command line prints file:line per problem, a count, and the exit code', async (t) => {
  const { errors, logs } = captureConsole(t);
  const dir = constantsProject(t, {
    constants: [{ name: 'days', value: 61, apex: 'Reminder.DAYS' }]
  });
  await main(['node', 'rule-drift.mjs', dir]);
  assert.equal(process.exitCode, 1);
  assert.deepEqual(errors, [
    `${REMINDER}:3: days: the Apex says 60 (Reminder.DAYS) but ${CONSTANTS_FILE} says 61`
  ]);
  assert.deepEqual(logs, ['rule drift: 1 problem(s)']);
  errors.length = 0;
  logs.length = 0;
  await main(['node', 'rule-drift.mjs', constantsProject(t, {})]);
  assert.equal(process.exitCode, 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(logs, ['rule drift: 0 problem(s)']);
});

test('importing the module runs no command line', async (t) => {
  const { errors, logs } = captureConsole(t);
  await import(`../rule-drift.mjs?fresh=${Date.now()}`);
  assert.deepEqual([errors, logs], [[], []]);
});

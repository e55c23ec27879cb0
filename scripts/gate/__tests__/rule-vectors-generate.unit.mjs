/*
 * Rule vectors → Apex test classes (scripts/gate/rule-vectors/generate.mjs), in process on a mini
 * project: the Apex literal of each kind of value, the expression of each call, the class (methods
 * of at most twelve assertions, the helpers the calls need, the doc comment), the files written,
 * and the errors a bad vector file reads as. The project's formatter is a stand-in plugin that
 * prefixes its output (no Apex parser, no child process), so the test also proves the generator
 * formats with the project's prettier config for the target path.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  APEX_CALLS,
  apex,
  GENERATED_MARK,
  generateApexTests,
  readVectorFiles,
  VECTORS_DIR,
  writeApexTests
} from '../rule-vectors/generate.mjs';
import { miniProject } from './integrity-mini-project.mjs';

// A prettier plugin for .cls that prints the source as it is, after a marker set in the config
const PLUGIN = `
export const languages = [{ name: 'apex-stand-in', parsers: ['apex-stand-in'], extensions: ['.cls'] }];
export const options = {
  standInMarker: { type: 'string', category: 'Format', default: 'no config: ', description: 'x' }
};
export const parsers = {
  'apex-stand-in': { parse: (text) => ({ text }), astFormat: 'stand-in', locStart: () => 0, locEnd: () => 0 }
};
export const printers = { 'stand-in': { print: (path, opts) => opts.standInMarker + path.node.text } };
`;
const MARKER = '// formatted for force-app .cls\n';

describe('apex literals', () => {
  test('string: quoted, with backslashes, quotes and newlines escaped; null stays null', () => {
    assert.equal(apex.string('plain'), "'plain'");
    assert.equal(apex.string("it's a\\b\nc\nd's"), "'it\\'s a\\\\b\\nc\\nd\\'s'");
    assert.equal(apex.string(12), "'12'");
    assert.equal(apex.string(''), "''");
    assert.equal(apex.string(null), 'null');
    assert.equal(apex.string(undefined), 'null');
  });

  test('date: Date.newInstance of YYYY-MM-DD, else an error', () => {
    assert.equal(apex.date('2026-01-05'), 'Date.newInstance(2026, 1, 5)');
    assert.equal(apex.date('1999-12-31'), 'Date.newInstance(1999, 12, 31)');
    assert.equal(apex.date(null), 'null');
    assert.equal(apex.date(undefined), 'null');
    for (const bad of ['2026-1-05', '2026-01-05x', 'x2026-01-05', '26-01-05', '2026/01/05']) {
      assert.throws(() => apex.date(bad), {
        message: `not a date (YYYY-MM-DD): ${JSON.stringify(bad)}`
      });
    }
  });

  test('value: null, booleans, integers and strings; anything else is an error', () => {
    assert.equal(apex.value(null), 'null');
    assert.equal(apex.value(undefined), 'null');
    assert.equal(apex.value(true), 'true');
    assert.equal(apex.value(false), 'false');
    assert.equal(apex.value(0), '0');
    assert.equal(apex.value(-7), '-7');
    assert.equal(apex.value("o'k"), "'o\\'k'");
    assert.throws(() => apex.value(1.5), { message: 'no Apex literal for 1.5' });
    assert.throws(() => apex.value({ a: 1 }), { message: 'no Apex literal for {"a":1}' });
    assert.throws(() => apex.value([1]), { message: 'no Apex literal for [1]' });
  });

  test('moment: at(daysAgo, hour, minute) from { daysAgo, time: HH:MM }, else an error', () => {
    assert.equal(apex.moment({ daysAgo: 3, time: '08:05' }), 'at(3, 8, 5)');
    assert.equal(apex.moment({ daysAgo: 0, time: '23:59' }), 'at(0, 23, 59)');
    assert.equal(apex.moment({ daysAgo: -2, time: '00:00' }), 'at(-2, 0, 0)');
    const bad = [
      { daysAgo: 1.5, time: '08:05' },
      { daysAgo: '3', time: '08:05' },
      { time: '08:05' },
      { daysAgo: 3, time: '8:05' },
      { daysAgo: 3, time: '08:05:00' },
      { daysAgo: 3, time: 'x08:05' },
      { daysAgo: 3 },
      null
    ];
    for (const value of bad) {
      assert.throws(() => apex.moment(value), {
        message: `not a moment ({ daysAgo, time: 'HH:MM' }): ${JSON.stringify(value)}`
      });
    }
    assert.throws(() => apex.moment(undefined), {
      message: "not a moment ({ daysAgo, time: 'HH:MM' }): undefined"
    });
  });

  test('daysAgo: day(n), or null', () => {
    assert.equal(apex.daysAgo(4), 'day(4)');
    assert.equal(apex.daysAgo(0), 'day(0)');
    assert.equal(apex.daysAgo(null), 'null');
    assert.equal(apex.daysAgo(undefined), 'null');
  });
});

test('each call reads as its Apex expression, with the helpers it needs', () => {
  const call = (name, args) => APEX_CALLS[name].expression(args);
  assert.equal(
    call('standingOf', {
      status: 'Active',
      transitionToPaid: true,
      subscriptionEnd: '2026-03-01',
      today: '2026-01-02'
    }),
    "CommunityProgramStanding.standingOf('Active', true, Date.newInstance(2026, 3, 1), Date.newInstance(2026, 1, 2))"
  );
  assert.equal(
    call('programYear', { subscriptionStart: '2024-02-29' }),
    'CommunityProgramStanding.programYear(Date.newInstance(2024, 2, 29), null)'
  );
  assert.equal(
    call('canMoveReview', { from: 'New', to: 'Closed' }),
    "ReferenceProgram.canMoveReview('New', 'Closed')"
  );
  assert.equal(
    call('isOverdue', {
      cadenceDays: 30,
      status: 'New',
      lastMoved: { daysAgo: 31, time: '23:59' }
    }),
    "new ReferenceReviewQueue.Rules(null, 30).isOverdue('New', at(31, 23, 59))"
  );
  assert.equal(
    call('isNewSinceReview', { lastReviewDaysAgo: 3, created: { daysAgo: 2, time: '09:30' } }),
    'new ReferenceReviewQueue.Rules(day(3), null).isNewSinceReview(at(2, 9, 30))'
  );
  assert.equal(
    call('pageSizeOf', { requested: 500 }),
    'ReferenceResponseBoardService.pageSizeOf(500)'
  );
  assert.deepEqual(
    Object.fromEntries(Object.entries(APEX_CALLS).map(([name, c]) => [name, c.helpers])),
    {
      standingOf: undefined,
      programYear: undefined,
      canMoveReview: undefined,
      isOverdue: ['day', 'at'],
      isNewSinceReview: ['day', 'at'],
      pageSizeOf: undefined
    }
  );
});

const DAY = `
  private static Date day(Integer daysAgo) {
    return System.now().dateGmt().addDays(-daysAgo);
  }`;
const AT = `
  private static Datetime at(Integer daysAgo, Integer hour, Integer minute) {
    return Datetime.newInstanceGmt(day(daysAgo), Time.newInstance(hour, minute, 0, 0));
  }`;
const META = `<?xml version="1.0" encoding="UTF-8" ?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
  <apiVersion>64.0</apiVersion>
  <status>Active</status>
</ApexClass>
`;

const sizes = Array.from({ length: 12 }, (_, i) => ({
  name: `size ${i + 1}`,
  call: 'pageSizeOf',
  args: { requested: i + 1 },
  expected: i + 1
}));
const PAGES = {
  rule: '  Page sizes */ are capped  ',
  apexTestClass: 'PageVectorsTest',
  capability: 'review-board',
  vectors: [
    ...sizes,
    { name: 'no size asks for the default', call: 'pageSizeOf', expected: 50 },
    {
      name: "it's new",
      call: 'isNewSinceReview',
      args: { lastReviewDaysAgo: 3, created: { daysAgo: 2, time: '09:30' } },
      expected: true
    }
  ]
};
const MOVES = {
  rule: 'Moves.',
  apexTestClass: 'MoveVectorsTest',
  capability: 'program',
  vectors: Array.from({ length: 12 }, (_, i) => ({
    name: `move ${i}`,
    call: 'canMoveReview',
    args: { from: 'New', to: `S${i}` },
    expected: i % 2 === 0
  }))
};

/** The doc comment's text, and its lines (without ` * `). */
function docOf(text) {
  const lines = text.slice(text.indexOf('/**\n') + 4, text.indexOf('\n */')).split('\n');
  for (const line of lines) assert.ok(line.startsWith(' * '), line);
  const words = lines.map((line) => line.slice(3));
  return { lines: words, text: words.join(' ') };
}

describe('generateApexTests', () => {
  let project;
  let generated;
  before(async () => {
    project = miniProject({
      'stand-in-plugin.mjs': PLUGIN,
      [`${VECTORS_DIR}/pages.json`]: JSON.stringify(PAGES),
      [`${VECTORS_DIR}/moves.json`]: JSON.stringify(MOVES),
      [`${VECTORS_DIR}/preview-only.json`]: JSON.stringify({
        rule: 'x',
        vectors: [{ call: 'nope' }]
      }),
      [`${VECTORS_DIR}/notes.txt`]: 'not a vector file'
    });
    project.write(
      '.prettierrc.json',
      JSON.stringify({
        plugins: [join(project.dir, 'stand-in-plugin.mjs')],
        overrides: [{ files: 'force-app/**/*.cls', options: { standInMarker: MARKER } }]
      })
    );
    generated = await generateApexTests(project.dir);
  });
  after(() => project?.dispose());

  test('readVectorFiles: every .json of config/rule-vectors by name, parsed', () => {
    assert.deepEqual(readVectorFiles(project.dir), [
      { file: 'config/rule-vectors/moves.json', family: MOVES },
      { file: 'config/rule-vectors/pages.json', family: PAGES },
      {
        file: 'config/rule-vectors/preview-only.json',
        family: { rule: 'x', vectors: [{ call: 'nope' }] }
      }
    ]);
    assert.equal(VECTORS_DIR, 'config/rule-vectors');
  });

  test('a class and its meta file for each family with an Apex test class', () => {
    assert.deepEqual(
      generated.map(({ from, file }) => [from, file]),
      [
        ['config/rule-vectors/moves.json', 'force-app/main/program/tests/MoveVectorsTest.cls'],
        [
          'config/rule-vectors/moves.json',
          'force-app/main/program/tests/MoveVectorsTest.cls-meta.xml'
        ],
        ['config/rule-vectors/pages.json', 'force-app/main/review-board/tests/PageVectorsTest.cls'],
        [
          'config/rule-vectors/pages.json',
          'force-app/main/review-board/tests/PageVectorsTest.cls-meta.xml'
        ]
      ]
    );
    assert.equal(generated[1].text, META);
    assert.equal(generated[3].text, META);
  });

  test('the class: methods of at most twelve assertions, then the helpers, formatted by the project', () => {
    const text = generated[2].text;
    assert.ok(text.startsWith(MARKER), 'formatted with the project config for the target path');
    const afterDoc = text.slice(text.indexOf('\n */\n') + 5);
    const assertSize = (n) =>
      `    System.Assert.areEqual(${n}, ReferenceResponseBoardService.pageSizeOf(${n}), 'size ${n}');`;
    assert.equal(
      afterDoc,
      [
        '@IsTest(IsParallel=true)',
        'private class PageVectorsTest {',
        '  @IsTest',
        '  static void pageSizeOfPart1() {',
        ...sizes.map((_, i) => assertSize(i + 1)),
        '  }',
        '',
        '  @IsTest',
        '  static void pageSizeOfPart2() {',
        "    System.Assert.areEqual(50, ReferenceResponseBoardService.pageSizeOf(null), 'no size asks for the default');",
        '  }',
        '',
        '  @IsTest',
        '  static void isNewSinceReview() {',
        "    System.Assert.areEqual(true, new ReferenceReviewQueue.Rules(day(3), null).isNewSinceReview(at(2, 9, 30)), 'it\\'s new');",
        '  }',
        DAY,
        AT,
        '}',
        ''
      ].join('\n')
    );
  });

  test('twelve assertions make one method, named after the call; no helpers unless needed', () => {
    const text = generated[0].text;
    assert.equal(text.match(/@IsTest\n {2}static void canMoveReview\(\) \{/g).length, 1);
    assert.ok(!text.includes('Part'));
    assert.ok(!text.includes('private static'));
    assert.ok(
      text.includes(
        "    System.Assert.areEqual(false, ReferenceProgram.canMoveReview('New', 'S11'), 'move 11');\n  }\n}\n"
      )
    );
  });

  test('the doc comment: what generated it, the rule (ended with one period), wrapped at 96', () => {
    const full = (rule) =>
      `@description ${GENERATED_MARK}pages.json by scripts/gate/rule-vectors/generate.mjs: do not edit; change the vectors and run it again (the rule-drift checker fails on a stale copy). ${rule} The same vectors drive the preview backend's tests.`;
    const pages = docOf(generated[2].text);
    assert.equal(pages.text, full('Page sizes * / are capped.'));
    for (const [i, line] of pages.lines.entries()) {
      assert.ok(line.length <= 96, `longer than 96: ${line}`);
      const next = pages.lines[i + 1]?.split(' ')[0];
      if (next) assert.ok(line.length + 1 + next.length > 96, `could hold ${next}: ${line}`);
    }
    assert.ok(pages.lines.length > 2);
    assert.ok(docOf(generated[0].text).text.includes('stale copy). Moves. The same vectors'));
    assert.equal(GENERATED_MARK, 'Generated from config/rule-vectors/');
  });

  test('writeApexTests writes each file and says so', async () => {
    const said = [];
    project.write('force-app/main/program/tests/.keep', '');
    project.write('force-app/main/review-board/tests/.keep', '');
    await writeApexTests(project.dir, (line) => said.push(line));
    assert.deepEqual(said, [
      'rule vectors: wrote force-app/main/program/tests/MoveVectorsTest.cls',
      'rule vectors: wrote force-app/main/program/tests/MoveVectorsTest.cls-meta.xml',
      'rule vectors: wrote force-app/main/review-board/tests/PageVectorsTest.cls',
      'rule vectors: wrote force-app/main/review-board/tests/PageVectorsTest.cls-meta.xml'
    ]);
    for (const { file, text } of generated) {
      assert.equal(readFileSync(join(project.dir, file), 'utf8'), text);
    }
  });
});

describe('generateApexTests refuses a bad vector file', () => {
  const run = async (family) => {
    const project = miniProject({ [`${VECTORS_DIR}/bad.json`]: JSON.stringify(family) });
    try {
      return await generateApexTests(project.dir);
    } finally {
      project.dispose();
    }
  };
  const base = { apexTestClass: 'BadTest', capability: 'program', vectors: [] };

  test('a call with no Apex binding', async () => {
    await assert.rejects(run({ ...base, vectors: [{ name: 'v1', call: 'nope' }] }), {
      message:
        'config/rule-vectors/bad.json: vector "v1" calls nope, which has no Apex binding in scripts/gate/rule-vectors/generate.mjs'
    });
  });

  test('a class or capability that is not a plain name', async () => {
    const message =
      'config/rule-vectors/bad.json: apexTestClass and capability must be plain names';
    for (const change of [
      { apexTestClass: 'Bad Test' },
      { apexTestClass: 'Bad.Test' },
      { capability: undefined },
      { capability: '../program' },
      { capability: 'program x' }
    ]) {
      await assert.rejects(run({ ...base, ...change }), { message }, JSON.stringify(change));
    }
  });

  test('no vector folder: nothing to generate', async () => {
    const project = miniProject();
    try {
      assert.deepEqual(readVectorFiles(project.dir), []);
      assert.deepEqual(await generateApexTests(project.dir), []);
      assert.equal(existsSync(join(project.dir, VECTORS_DIR)), false);
    } finally {
      project.dispose();
    }
  });
});

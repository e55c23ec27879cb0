/*
 * The vocabulary twin in-process: its two readers (TypeScript and Apex) on small sources, and the
 * comparison on a tiny pair of twins written to a temp folder, one drift at a time, with the exact
 * finding (file, line, message) a person reads.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { captureConsole } from './capture-console.mjs';
import {
  APEX_CLASS,
  TS_MODULE,
  checkVocabularyTwin,
  main,
  readApex,
  readTypeScript
} from '../vocabulary-twin.mjs';
import { vocabulary } from '../checkers/vocabulary.mjs';

const str = (value, line) => ({ kind: 'string', value, line });

test('the Apex reader: modifiers, literals, references, lists, sets and maps', () => {
  const read = readApex(
    [
      'public class X {',
      "  // static final String C1 = 'no';",
      "  /* static final String C2 = 'no';",
      '     still comment */',
      "  public static final String A = 'a';",
      "  FINAL private STATIC String Bee = 'it\\'s';",
      "  static String NOT_FINAL = 'x';",
      "  final String NOT_STATIC = 'x';",
      "  public static final List<String> L = new List<String>{ A, X.Bee, 'c' };",
      '  static final Set<String> EMPTY = new Set<String>();',
      '  static final Map<String, List<String>> M = new Map<String, List<String>>{',
      "    A => new List<String>{ 'x' },",
      "    'k' => Bee",
      '  };',
      '  static final Map<String, String> EMPTY_MAP = new map<String, String>();',
      '  static final String UNKNOWN = Other.THING;',
      '  static final List<String> CALLED = new List<String>(new Set<String>{ A });',
      "  static final String AFTER = 'after';",
      '}'
    ].join('\n')
  );
  assert.deepEqual(read.get('a'), { name: 'A', type: 'string', line: 5, value: str('a', 5) });
  assert.deepEqual(read.get('BEE'), {
    name: 'Bee',
    type: 'string',
    line: 6,
    value: str("it's", 6)
  });
  for (const name of ['C1', 'C2', 'NOT_FINAL', 'NOT_STATIC', 'X', 'THING'])
    assert.equal(read.get(name), undefined, name);
  assert.deepEqual(read.get('L'), {
    name: 'L',
    type: 'list',
    line: 9,
    value: { kind: 'list', items: [str('a', 5), str("it's", 6), str('c', 9)], line: 9 }
  });
  assert.deepEqual(read.get('EMPTY').value, { kind: 'list', items: [], line: 10 });
  assert.equal(read.get('EMPTY').type, 'set');
  assert.deepEqual(read.get('M'), {
    name: 'M',
    type: 'map',
    line: 11,
    value: {
      kind: 'map',
      line: 11,
      entries: [
        { key: 'a', line: 12, value: { kind: 'list', items: [str('x', 12)], line: 12 } },
        { key: 'k', line: 13, value: str("it's", 6) }
      ]
    }
  });
  assert.deepEqual(read.get('EMPTY_MAP').value, { kind: 'map', entries: [], line: 15 });
  assert.deepEqual(read.get('UNKNOWN'), {
    name: 'UNKNOWN',
    type: 'string',
    line: 16,
    value: undefined
  });
  assert.deepEqual(read.get('CALLED'), {
    name: 'CALLED',
    type: 'list',
    line: 17,
    value: undefined
  });
  assert.deepEqual(read.get('AFTER').value, str('after', 18));
  assert.deepEqual(
    read.all().map((declaration) => declaration.name),
    ['A', 'Bee', 'L', 'EMPTY', 'M', 'EMPTY_MAP', 'UNKNOWN', 'CALLED', 'AFTER']
  );
});

test('the Apex reader gives up on what it cannot evaluate, and reads on', () => {
  const read = readApex(
    [
      "static final String A = 'a';",
      "static final List<String> GOOD = new List<String>{ 'g' };",
      "static final List<String> NO_COMMA = new List<String>{ 'a' 'b' };",
      'static final List<String> UNKNOWN_ITEM = new List<String>{ A, NOPE };',
      'static final List<String> OPEN = new List<String>{ A;',
      "static final Map<String, String> LIST_KEY = new Map<String, String>{ GOOD => 'x' };",
      "static final Map<String, String> NO_ARROW = new Map<String, String>{ 'a', 'b' };",
      "static final Map<String, String> NO_VALUE = new Map<String, String>{ 'a' => NOPE };",
      "static final Map<String, String> NO_COMMA_MAP = new Map<String, String>{ 'a' => 'b' 'c' => 'd' };",
      'static final String NOTHING;',
      'static final String NUMBER = 1;',
      "static final String DOUBLED = 'a' + 'b';",
      'static final Map<String, List<String>> NESTED = new Map<String, List<String>>{',
      "  'k' => new List<String>{ 'x' }",
      '};',
      "static final String LAST = 'last';",
      "/* static final String HIDDEN = 'h';"
    ].join('\n')
  );
  for (const name of [
    'NO_COMMA',
    'UNKNOWN_ITEM',
    'OPEN',
    'LIST_KEY',
    'NO_ARROW',
    'NO_VALUE',
    'NO_COMMA_MAP',
    'NUMBER',
    'DOUBLED'
  ]) {
    assert.ok(read.get(name), name);
    assert.equal(read.get(name).value, undefined, name);
  }
  assert.equal(read.get('NOTHING'), undefined);
  assert.equal(read.get('HIDDEN'), undefined);
  assert.deepEqual(read.get('NESTED').value.entries[0], {
    key: 'k',
    line: 14,
    value: { kind: 'list', items: [str('x', 14)], line: 14 }
  });
  assert.deepEqual(read.get('LAST').value, str('last', 16));
  assert.equal(read.get('GOOD').value.items.length, 1);
});

test('the Apex reader: a statement with braces and parentheses is skipped to its own end', () => {
  const read = readApex(
    [
      "static final List<String> CALLED = new List<String>(new Set<String>{ A; static final String INSIDE = 'i'; });",
      "static final String NEXT = 'n';",
      'static final List<String> X = build(f(1; 2), { 3; 4 });',
      "static final String THEN = 't';"
    ].join('\n')
  );
  assert.deepEqual(
    read.all().map((declaration) => [declaration.name, declaration.value?.value]),
    [
      ['CALLED', undefined],
      ['NEXT', 'n'],
      ['X', undefined],
      ['THEN', 't']
    ]
  );
  assert.equal(read.get('INSIDE'), undefined);
});

test('the TypeScript reader: constants, lists, maps, references and Object.values', () => {
  const read = readTypeScript(
    [
      "export const A = 'a';",
      'export const T = `t`;',
      "export const G = { X: 'x', 'Y': 'y' } as const;",
      'export const L = [A, G.X, (G.Y), <string>T, A satisfies string];',
      'export const V = Object.values(G);',
      'export const M = {',
      '  [G.X]: [A],',
      "  ['lit']: 'v'",
      '};',
      "let NOT_CONST = 'n';",
      'export const SHORTHAND = { G };',
      'export const SPREAD = { ...G };',
      'export const MISSING = G.Z;',
      'export const LEN = A.length;',
      'export const KEYS = Object.keys(G);',
      'export const TWO = Object.values(G, G);',
      'export const OF_LIST = Object.values(L);',
      "export const COMPUTED = { [A + A]: 'v' };",
      "export const LIST_KEY = { [L]: 'v' };",
      'export const { D } = G;',
      'export const HOLE = [A, UNKNOWN];',
      'export function f() { const INNER = 1; return INNER; }',
      "export const NUM_KEY = { 1: 'one' };",
      'declare const DECL: string;',
      'export const SUB = `x${A}`;',
      "export const WITH_HOLE = { a: 'a', b: UNKNOWN };"
    ].join('\n')
  );
  assert.deepEqual(read.get('A'), { name: 'A', line: 1, value: str('a', 1) });
  assert.deepEqual(read.get('T').value, str('t', 2));
  const g = {
    kind: 'map',
    line: 3,
    entries: [
      { key: 'X', line: 3, value: str('x', 3) },
      { key: 'Y', line: 3, value: str('y', 3) }
    ]
  };
  assert.deepEqual(read.get('G'), { name: 'G', line: 3, value: g });
  assert.deepEqual(read.get('L').value, {
    kind: 'list',
    line: 4,
    items: [str('a', 1), str('x', 3), str('y', 3), str('t', 2), str('a', 1)]
  });
  assert.deepEqual(read.get('V').value, {
    kind: 'list',
    line: 5,
    items: [str('x', 3), str('y', 3)]
  });
  assert.deepEqual(read.get('M'), {
    name: 'M',
    line: 6,
    value: {
      kind: 'map',
      line: 6,
      entries: [
        { key: 'x', line: 7, value: { kind: 'list', items: [str('a', 1)], line: 7 } },
        { key: 'lit', line: 8, value: str('v', 8) }
      ]
    }
  });
  for (const name of ['NOT_CONST', 'D', 'INNER', 'DECL'])
    assert.equal(read.get(name), undefined, name);
  for (const name of [
    'SHORTHAND',
    'SPREAD',
    'MISSING',
    'LEN',
    'KEYS',
    'TWO',
    'OF_LIST',
    'COMPUTED',
    'LIST_KEY',
    'HOLE',
    'NUM_KEY',
    'SUB',
    'WITH_HOLE'
  ]) {
    assert.ok(read.get(name), name);
    assert.equal(read.get(name).value, undefined, name);
  }
  assert.equal(read.all().length, 19);
  assert.deepEqual(read.all()[0], read.get('A'));
});

/* ---- the comparison, on a tiny pair of twins ---- */

const GROUP_PREFIXES = {
  PROGRAM: 'PROGRAM_',
  CALL_TYPE: 'CALL_',
  REVIEW_STATUS: 'REVIEW_',
  VERDICT: 'VERDICT_',
  NOMINATION_STATUS: 'NOMINATION_',
  REFERENCE_TYPE: 'REFERENCE_TYPE_',
  MEMBERSHIP_STATUS: 'MEMBERSHIP_',
  VERIFICATION_ROUTE: 'VERIFICATION_',
  GITLAB_SYNC_STATUS: 'GITLAB_'
};

function baseSpec() {
  return {
    groups: {
      PROGRAM: { A: 'Alpha', B: 'Beta' },
      CALL_TYPE: { INTRO: 'Intro' },
      REVIEW_STATUS: { NEW: 'New', HELD: 'Held', DONE: 'Done' },
      VERDICT: { YES: 'Yes' },
      NOMINATION_STATUS: { OPEN: 'Open', SHUT: 'Shut' },
      REFERENCE_TYPE: { CASE: 'Case', QUOTE: 'Quote' },
      MEMBERSHIP_STATUS: { ACTIVE: 'Active' },
      VERIFICATION_ROUTE: { CALL: 'Call' },
      GITLAB_SYNC_STATUS: { SENT: 'Sent' }
    },
    lists: {
      PROGRAMS: ['Alpha', 'Beta'],
      LANDING_PAGE_PROGRAMS: ['Alpha'],
      COMMUNITY_PROGRAMS: ['Beta'],
      CRM_ADVISED_PROGRAMS: ['Alpha'],
      CALL_TYPES: ['Intro'],
      REVIEW_STATUSES: ['New', 'Held', 'Done'],
      NEEDS_ACTION_STATUSES: ['New', 'Held'],
      VERDICTS: ['Yes'],
      NOMINATION_STATUSES: ['Open', 'Shut'],
      OPEN_NOMINATION_STATUSES: ['Open'],
      NOMINATION_STATUSES_NEEDING_REASON: ['Shut'],
      REFERENCE_TYPES: ['Case', 'Quote'],
      MEMBERSHIP_STATUSES: ['Active'],
      VERIFICATION_ROUTES: ['Call'],
      GITLAB_SYNC_STATUSES: ['Sent']
    },
    tables: {
      REVIEW_TRANSITIONS: { New: ['Held', 'Done'], Held: ['Done'] },
      NOMINATION_TRANSITIONS: { Open: ['Shut'] },
      CALL_TYPE_BY_PROGRAM: { Alpha: 'Intro', Beta: 'Intro' },
      VERIFICATION_ROUTE_BY_PROGRAM: { Alpha: 'Call' }
    },
    extra: []
  };
}

const q = (value) => `'${value}'`;

function tsSource(spec) {
  const lines = [];
  for (const [name, entries] of Object.entries(spec.groups))
    lines.push(
      `export const ${name} = { ${Object.entries(entries)
        .map(([key, value]) => `${key}: ${q(value)}`)
        .join(', ')} } as const;`
    );
  for (const [name, values] of Object.entries(spec.lists))
    lines.push(
      typeof values === 'string'
        ? `export const ${name} = ${values};`
        : `export const ${name}: readonly string[] = [${values.map(q).join(', ')}];`
    );
  for (const [name, rows] of Object.entries(spec.tables)) {
    lines.push(`export const ${name} = {`);
    for (const [key, value] of Object.entries(rows))
      lines.push(
        `  ${q(key)}: ${Array.isArray(value) ? `[${value.map(q).join(', ')}]` : q(value)},`
      );
    lines.push('};');
  }
  return [...lines, ...spec.extra].join('\n') + '\n';
}

function apexSource(spec) {
  const lines = ['public with sharing class ReferenceProgram {'];
  for (const [name, entries] of Object.entries(spec.groups))
    for (const [key, value] of Object.entries(entries))
      lines.push(`  public static final String ${GROUP_PREFIXES[name]}${key} = ${q(value)};`);
  for (const [name, values] of Object.entries(spec.lists))
    lines.push(
      `  public static final List<String> ${name} = new List<String>{ ${values.map(q).join(', ')} };`
    );
  for (const [name, rows] of Object.entries(spec.tables)) {
    const listed = Object.values(rows).some(Array.isArray);
    const type = listed ? 'Map<String, Set<String>>' : 'Map<String, String>';
    lines.push(`  private static final ${type} ${name} = new ${type}{`);
    const body = Object.entries(rows).map(
      ([key, value]) =>
        `    ${q(key)} => ${Array.isArray(value) ? `new Set<String>{ ${value.map(q).join(', ')} }` : q(value)}`
    );
    lines.push(body.join(',\n'), '  };');
  }
  return [...lines, ...spec.extra, '}'].join('\n') + '\n';
}

/** A temp project with both twins; `ts` and `apex` edit a copy of the base spec or the text. */
function twins(t, { ts = (spec) => spec, apex = (spec) => spec, tsText, apexText } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vocabulary-twin-rules-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const sources = {
    [TS_MODULE]: tsSource(ts(baseSpec())),
    [APEX_CLASS]: apexSource(apex(baseSpec()))
  };
  if (tsText) sources[TS_MODULE] = tsText(sources[TS_MODULE]);
  if (apexText) sources[APEX_CLASS] = apexText(sources[APEX_CLASS]);
  for (const [file, text] of Object.entries(sources)) {
    if (text === null) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return { dir, sources };
}

/** The 1-based line of the first line of `text` containing `needle`. */
function lineWith(text, needle) {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  assert.notEqual(index, -1, `no line with ${needle}`);
  return index + 1;
}

const tsAt = (sources, needle) =>
  `TypeScript (${TS_MODULE}:${lineWith(sources[TS_MODULE], needle)})`;
const apexAt = (sources, needle) => `Apex (${APEX_CLASS}:${lineWith(sources[APEX_CLASS], needle)})`;

test('twins that agree give no finding; the checker reports what the check finds', (t) => {
  const { dir } = twins(t);
  assert.deepEqual(checkVocabularyTwin(dir), []);
  assert.equal(vocabulary.name, 'vocabulary');
  assert.equal(
    vocabulary.description,
    'c/referenceProgram (TypeScript) and ReferenceProgram.cls (Apex) agree'
  );
  assert.deepEqual(vocabulary.run(dir), { problems: [] });
  const drifted = twins(t, { apex: (spec) => ((spec.groups.VERDICT.YES = 'Yep'), spec) });
  assert.equal(vocabulary.run(drifted.dir).problems.length, 1);
});

test('a missing twin is reported, each file once, before anything is compared', (t) => {
  const message = 'file not found: the vocabulary twin is missing';
  const both = twins(t, { tsText: () => null, apexText: () => null });
  assert.deepEqual(checkVocabularyTwin(both.dir), [
    { file: TS_MODULE, line: 1, message },
    { file: APEX_CLASS, line: 1, message }
  ]);
  const apexOnly = twins(t, { tsText: () => null });
  assert.deepEqual(checkVocabularyTwin(apexOnly.dir), [{ file: TS_MODULE, line: 1, message }]);
});

test('a value one list lacks is reported against that side, naming where the other has it', (t) => {
  const apexLacks = twins(t, {
    apex: (spec) => ((spec.lists.NEEDS_ACTION_STATUSES = ['New']), spec)
  });
  const s = apexLacks.sources;
  assert.deepEqual(checkVocabularyTwin(apexLacks.dir), [
    {
      file: APEX_CLASS,
      line: lineWith(s[APEX_CLASS], 'NEEDS_ACTION_STATUSES'),
      message: `needs-action statuses: lacks 'Held', which ${tsAt(s, 'NEEDS_ACTION_STATUSES')} has`
    }
  ]);
  const tsLacks = twins(t, { ts: (spec) => ((spec.lists.VERDICTS = []), spec) });
  assert.deepEqual(checkVocabularyTwin(tsLacks.dir), [
    {
      file: TS_MODULE,
      line: lineWith(tsLacks.sources[TS_MODULE], 'VERDICTS'),
      message: `verdicts: lacks 'Yes', which ${apexAt(tsLacks.sources, 'VERDICTS =')} has`
    }
  ]);
});

test('a value written twice is reported on its side', (t) => {
  const { dir, sources } = twins(t, {
    ts: (spec) => ((spec.lists.CALL_TYPES = ['Intro', 'Intro']), spec),
    apex: (spec) => ((spec.lists.VERIFICATION_ROUTES = ['Call', 'Call', 'Call']), spec)
  });
  assert.deepEqual(checkVocabularyTwin(dir), [
    {
      file: TS_MODULE,
      line: lineWith(sources[TS_MODULE], 'CALL_TYPES'),
      message: "call types: 'Intro' twice"
    },
    {
      file: APEX_CLASS,
      line: lineWith(sources[APEX_CLASS], 'VERIFICATION_ROUTES'),
      message: "verification routes: 'Call' twice"
    },
    {
      file: APEX_CLASS,
      line: lineWith(sources[APEX_CLASS], 'VERIFICATION_ROUTES'),
      message: "verification routes: 'Call' twice"
    }
  ]);
});

test('order is drift for picklist lists only, and only once their values agree', (t) => {
  const reordered = twins(t, {
    apex: (spec) => {
      spec.lists.REVIEW_STATUSES = ['Held', 'New', 'Done'];
      spec.lists.PROGRAMS = ['Beta', 'Alpha'];
      spec.lists.NEEDS_ACTION_STATUSES = ['Held', 'New'];
      return spec;
    }
  });
  const s = reordered.sources;
  assert.deepEqual(checkVocabularyTwin(reordered.dir), [
    {
      file: APEX_CLASS,
      line: lineWith(s[APEX_CLASS], 'REVIEW_STATUSES'),
      message: `review statuses: order Held, New, Done differs from ${tsAt(s, 'REVIEW_STATUSES')}: New, Held, Done`
    }
  ]);
  const afterOther = twins(t, {
    apex: (spec) => {
      spec.lists.PROGRAMS = ['Alpha'];
      spec.lists.GITLAB_SYNC_STATUSES = ['Sent'];
      spec.lists.REFERENCE_TYPES = ['Quote', 'Case'];
      return spec;
    }
  });
  assert.deepEqual(
    checkVocabularyTwin(afterOther.dir).map((problem) => problem.message.split(' differs')[0]),
    [
      "programs: lacks 'Beta', which " + tsAt(afterOther.sources, 'PROGRAMS:') + ' has',
      'reference types: order Quote, Case'
    ]
  );
  const alsoLacking = twins(t, {
    apex: (spec) => ((spec.lists.NOMINATION_STATUSES = ['Shut']), spec),
    ts: (spec) => ((spec.lists.NOMINATION_STATUSES = ['Shut', 'Open']), spec)
  });
  assert.deepEqual(
    checkVocabularyTwin(alsoLacking.dir).map((problem) => problem.message),
    [
      `nomination statuses: lacks 'Open', which ${tsAt(alsoLacking.sources, 'NOMINATION_STATUSES:')} has`
    ]
  );
});

test('a declaration missing or of another kind is reported where it is, and not compared', (t) => {
  const missing = twins(t, {
    ts: (spec) => {
      delete spec.lists.VERDICTS;
      delete spec.tables.NOMINATION_TRANSITIONS;
      delete spec.groups.PROGRAM;
      return spec;
    },
    apex: (spec) => (delete spec.lists.CALL_TYPES, spec)
  });
  const notDeclared = (name) => `${name} is not declared; its twin expects it`;
  assert.deepEqual(checkVocabularyTwin(missing.dir), [
    { file: APEX_CLASS, line: 1, message: notDeclared('CALL_TYPES') },
    { file: TS_MODULE, line: 1, message: notDeclared('VERDICTS') },
    { file: TS_MODULE, line: 1, message: notDeclared('NOMINATION_TRANSITIONS') },
    { file: TS_MODULE, line: 1, message: notDeclared('PROGRAM') }
  ]);
  const otherKind = twins(t, {
    ts: (spec) => {
      spec.lists.VERDICTS = "'Yes'";
      return spec;
    },
    tsText: (text) =>
      text
        .replace(
          /export const CALL_TYPE_BY_PROGRAM = \{[^}]*\};/,
          "export const CALL_TYPE_BY_PROGRAM = ['Intro'];"
        )
        .replace(/export const VERDICT = \{[^}]*\} as const;/, "export const VERDICT = 'Yes';"),
    apexText: (text) =>
      text.replace(
        "REFERENCE_TYPES = new List<String>{ 'Case', 'Quote' }",
        "REFERENCE_TYPES = new List<String>{ 'Case', UNKNOWN }"
      )
  });
  const s = otherKind.sources;
  const unreadable = (name, kind) =>
    `${name} cannot be read as a ${kind} of string constants; keep it literal values or constants`;
  assert.deepEqual(checkVocabularyTwin(otherKind.dir), [
    {
      file: TS_MODULE,
      line: lineWith(s[TS_MODULE], 'VERDICTS'),
      message: unreadable('VERDICTS', 'list')
    },
    {
      file: APEX_CLASS,
      line: lineWith(s[APEX_CLASS], 'REFERENCE_TYPES'),
      message: unreadable('REFERENCE_TYPES', 'list')
    },
    {
      file: TS_MODULE,
      line: lineWith(s[TS_MODULE], 'CALL_TYPE_BY_PROGRAM'),
      message: unreadable('CALL_TYPE_BY_PROGRAM', 'map')
    },
    {
      file: TS_MODULE,
      line: lineWith(s[TS_MODULE], 'const VERDICT ='),
      message: unreadable('VERDICT', 'map')
    }
  ]);
});

test('a list item that is not a string is shown as ? and compared as such', (t) => {
  const { dir, sources } = twins(t, {
    tsText: (text) =>
      text.replace(
        "NEEDS_ACTION_STATUSES: readonly string[] = ['New', 'Held']",
        "NEEDS_ACTION_STATUSES: readonly string[] = ['New', ['Held']]"
      )
  });
  const line = {
    ts: lineWith(sources[TS_MODULE], 'NEEDS_ACTION'),
    apex: lineWith(sources[APEX_CLASS], 'NEEDS_ACTION')
  };
  assert.deepEqual(checkVocabularyTwin(dir), [
    {
      file: TS_MODULE,
      line: line.ts,
      message: `needs-action statuses: lacks 'Held', which Apex (${APEX_CLASS}:${line.apex}) has`
    },
    {
      file: APEX_CLASS,
      line: line.apex,
      message: `needs-action statuses: lacks '?', which TypeScript (${TS_MODULE}:${line.ts}) has`
    }
  ]);
});

test('table rows: a row one side lacks, and a row whose values differ, at the row', (t) => {
  const rows = twins(t, {
    apex: (spec) => {
      spec.tables.REVIEW_TRANSITIONS = { New: ['Held'] };
      spec.tables.CALL_TYPE_BY_PROGRAM = { Alpha: 'Intro', Beta: 'Other' };
      return spec;
    }
  });
  const s = rows.sources;
  const tsRow = (needle, from) =>
    `TypeScript (${TS_MODULE}:${lineWith(s[TS_MODULE].slice(s[TS_MODULE].indexOf(from)), needle) + lineWith(s[TS_MODULE], from) - 1})`;
  const apexRow = (needle, from) =>
    lineWith(s[APEX_CLASS].slice(s[APEX_CLASS].indexOf(from)), needle) +
    lineWith(s[APEX_CLASS], from) -
    1;
  assert.deepEqual(checkVocabularyTwin(rows.dir), [
    {
      file: APEX_CLASS,
      line: lineWith(s[APEX_CLASS], 'REVIEW_TRANSITIONS'),
      message: `review transitions rows: lacks 'Held', which ${tsAt(s, 'REVIEW_TRANSITIONS')} has`
    },
    {
      file: APEX_CLASS,
      line: apexRow("'New' =>", 'REVIEW_TRANSITIONS'),
      message: `review transitions from 'New': lacks 'Done', which ${tsRow("'New':", 'REVIEW_TRANSITIONS')} has`
    },
    {
      file: TS_MODULE,
      line:
        lineWith(s[TS_MODULE].slice(s[TS_MODULE].indexOf('CALL_TYPE_BY_PROGRAM')), "'Beta':") +
        lineWith(s[TS_MODULE], 'CALL_TYPE_BY_PROGRAM') -
        1,
      message: `call type per program from 'Beta': lacks 'Other', which Apex (${APEX_CLASS}:${apexRow("'Beta' =>", 'CALL_TYPE_BY_PROGRAM')}) has`
    },
    {
      file: APEX_CLASS,
      line: apexRow("'Beta' =>", 'CALL_TYPE_BY_PROGRAM'),
      message: `call type per program from 'Beta': lacks 'Intro', which ${tsRow("'Beta':", 'CALL_TYPE_BY_PROGRAM')} has`
    }
  ]);
  const tsExtraRow = twins(t, {
    ts: (spec) => ((spec.tables.NOMINATION_TRANSITIONS = { Open: ['Shut'], Shut: ['Open'] }), spec)
  });
  assert.deepEqual(
    checkVocabularyTwin(tsExtraRow.dir).map((problem) => [
      problem.file,
      problem.message.split(',')[0]
    ]),
    [[APEX_CLASS, "nomination transitions rows: lacks 'Shut'"]]
  );
});

test('named constants: each TypeScript entry has its Apex twin with the same value', (t) => {
  const drifted = twins(t, {
    apex: (spec) => {
      delete spec.groups.PROGRAM.B;
      spec.groups.CALL_TYPE.INTRO = 'Intro_Call';
      spec.groups.REFERENCE_TYPE.OTHER = 'Other';
      return spec;
    },
    apexText: (text) =>
      text
        .replace("VERDICT_YES = 'Yes'", 'VERDICT_YES = SOMETHING_ELSE')
        .replace('MEMBERSHIP_ACTIVE', 'membership_Active')
        .replace(
          /\}\n$/,
          "  static final Integer REVIEW_COUNT = 3;\n  static final List<String> GITLAB_ALL = new List<String>{ 'Sent' };\n}\n"
        )
  });
  const s = drifted.sources;
  assert.deepEqual(checkVocabularyTwin(drifted.dir), [
    {
      file: APEX_CLASS,
      line: 1,
      message: `PROGRAM_B is not declared; it is the twin of PROGRAM.B in ${tsAt(s, 'const PROGRAM =')}`
    },
    {
      file: APEX_CLASS,
      line: lineWith(s[APEX_CLASS], 'CALL_INTRO'),
      message: `CALL_INTRO is 'Intro_Call' but CALL_TYPE.INTRO in ${tsAt(s, 'const CALL_TYPE =')} is 'Intro'`
    },
    {
      file: APEX_CLASS,
      line: lineWith(s[APEX_CLASS], 'VERDICT_YES'),
      message: `VERDICT_YES is unreadable but VERDICT.YES in ${tsAt(s, 'const VERDICT =')} is 'Yes'`
    },
    {
      file: TS_MODULE,
      line: lineWith(s[TS_MODULE], 'const REFERENCE_TYPE ='),
      message: `REFERENCE_TYPE lacks OTHER, the twin of ${apexAt(s, 'REFERENCE_TYPE_OTHER')} REFERENCE_TYPE_OTHER`
    }
  ]);
});

test('a TypeScript constant whose entry lines differ is located at its entry', (t) => {
  const { dir, sources } = twins(t, {
    tsText: (text) =>
      text.replace(
        "export const PROGRAM = { A: 'Alpha', B: 'Beta' } as const;",
        "export const PROGRAM = {\n  A: 'Alpha',\n  B: 'Beta'\n} as const;"
      ),
    apex: (spec) => ((spec.groups.PROGRAM.B = 'Bravo'), spec)
  });
  assert.deepEqual(checkVocabularyTwin(dir), [
    {
      file: APEX_CLASS,
      line: lineWith(sources[APEX_CLASS], 'PROGRAM_B'),
      message: `PROGRAM_B is 'Bravo' but PROGRAM.B in ${tsAt(sources, "B: 'Beta'")} is 'Beta'`
    }
  ]);
});

test('the command line prints file:line per difference and sets exit code 1, else agrees', (t) => {
  const { errors, logs } = captureConsole(t);
  const { dir, sources } = twins(t, {
    apex: (spec) => ((spec.groups.VERDICT.YES = 'Yep'), spec)
  });
  main(['node', 'vocabulary-twin.mjs', dir]);
  assert.equal(process.exitCode, 1);
  const line = lineWith(sources[APEX_CLASS], 'VERDICT_YES');
  assert.deepEqual(errors, [
    `${APEX_CLASS}:${line}: VERDICT_YES is 'Yep' but VERDICT.YES in ${tsAt(sources, 'const VERDICT =')} is 'Yes'`,
    `vocabulary twin: 1 difference(s) between ${TS_MODULE} and ${APEX_CLASS}`
  ]);
  assert.deepEqual(logs, []);
  process.exitCode = undefined;
  errors.length = 0;
  main(['node', 'vocabulary-twin.mjs']);
  assert.equal(process.exitCode, undefined);
  assert.deepEqual(errors, []);
  assert.deepEqual(logs, [`vocabulary twin: ${TS_MODULE} and ${APEX_CLASS} agree`]);
});

test('each list and table is named in its findings; picklist lists alone keep an order', (t) => {
  const everyList = (values) => (spec) => {
    for (const name of Object.keys(spec.lists)) spec.lists[name] = values;
    return spec;
  };
  const reordered = twins(t, { ts: everyList(['P', 'Q']), apex: everyList(['Q', 'P']) });
  assert.deepEqual(
    checkVocabularyTwin(reordered.dir).map((problem) => problem.message.split(' differs')[0]),
    [
      'review statuses: order Q, P',
      'nomination statuses: order Q, P',
      'reference types: order Q, P',
      'membership statuses: order Q, P',
      'GitLab sync statuses: order Q, P'
    ]
  );
  const emptied = twins(t, {
    apex: (spec) => {
      everyList(['P'])(spec);
      for (const name of Object.keys(spec.tables)) spec.tables[name] = { Z: 'Z' };
      return spec;
    },
    ts: everyList(['P'])
  });
  assert.deepEqual(
    checkVocabularyTwin(emptied.dir).map((problem) => problem.message.split(':')[0]),
    [
      'review transitions rows',
      'review transitions rows',
      'review transitions rows',
      'nomination transitions rows',
      'nomination transitions rows',
      'call type per program rows',
      'call type per program rows',
      'call type per program rows',
      'verification route per program rows',
      'verification route per program rows'
    ]
  );
  const lacking = twins(t, { ts: everyList(['P']), apex: everyList([]) });
  assert.deepEqual(
    checkVocabularyTwin(lacking.dir).map((problem) => problem.message.split(':')[0]),
    [
      'programs',
      'landing-page programs',
      'community programs',
      'CRM-advised programs',
      'call types',
      'review statuses',
      'needs-action statuses',
      'verdicts',
      'nomination statuses',
      'open nomination statuses',
      'nomination statuses needing a reason',
      'reference types',
      'membership statuses',
      'verification routes',
      'GitLab sync statuses'
    ]
  );
});

test('importing the module runs no command line', async (t) => {
  const { errors, logs } = captureConsole(t);
  await import(`../vocabulary-twin.mjs?fresh=${Date.now()}`);
  assert.deepEqual([errors, logs], [[], []]);
});

test('the Apex reader: one-line block comments, a comment ending the file', () => {
  const read = readApex(
    [
      "/* one line */ static final String A = 'a';",
      "/*x'*/ static final String B = 'b';",
      "static final String C = 'c'; // the end, no newline"
    ].join('\n')
  );
  assert.deepEqual(
    read.all().map((declaration) => [declaration.name, declaration.line, declaration.value?.value]),
    [
      ['A', 1, 'a'],
      ['B', 2, 'b'],
      ['C', 3, 'c']
    ]
  );
});

test('the Apex reader: every access modifier, strings that look like punctuation, a cut-off file', () => {
  const read = readApex(
    [
      "protected static final String A = 'a';",
      "global static final List<String> L = new List<String>{ ';', '}', ',' };",
      'static final String CUT ='
    ].join('\n')
  );
  assert.deepEqual(read.get('A').value, str('a', 1));
  assert.deepEqual(
    read.get('L').value.items.map((item) => item.value),
    [';', '}', ',']
  );
  assert.deepEqual(read.get('CUT'), { name: 'CUT', type: 'string', line: 3, value: undefined });
});

test('the Apex reader: a brace or a parenthesis alone keeps a statement open', () => {
  const read = readApex(
    [
      "static final String X = Foo.bar { y; static final String IN_BRACES = 'i'; };",
      "static final String Y = Foo.bar ( y; static final String IN_PARENS = 'i'; );",
      "static final String AFTER = 'a';"
    ].join('\n')
  );
  assert.deepEqual(
    read.all().map((declaration) => declaration.name),
    ['X', 'Y', 'AFTER']
  );
});

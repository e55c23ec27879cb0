/*
 * Rule vectors → Apex tests. Each config/rule-vectors/<family>.json that names an
 * `apexTestClass` becomes force-app/main/<capability>/tests/<apexTestClass>.cls: one assertion per
 * vector, against the real Apex rule. The same JSON drives the preview backend's node tests
 * (scripts/preview/runtime/backend/__tests__/rule-vectors.test.mjs), so a rule changed on one side
 * only fails a test on the other. The `rule-drift` gate checker regenerates and compares.
 *
 *   node scripts/gate/rule-vectors/generate.mjs     writes the classes
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

export const VECTORS_DIR = 'config/rule-vectors';
export const GENERATED_MARK = 'Generated from config/rule-vectors/';
const ASSERTS_PER_METHOD = 12;
const API_VERSION = '64.0';

/** Apex literals for vector values. */
export const apex = {
  string(value) {
    if (value === null || value === undefined) return 'null';
    return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  },
  date(value) {
    if (value === null || value === undefined) return 'null';
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match) throw new Error(`not a date (YYYY-MM-DD): ${JSON.stringify(value)}`);
    return `Date.newInstance(${Number(match[1])}, ${Number(match[2])}, ${Number(match[3])})`;
  },
  value(value) {
    if (value === null || value === undefined) return 'null';
    if (typeof value === 'boolean') return String(value);
    // Stryker disable next-line ConditionalExpression: Number.isInteger is false for anything but a number
    if (typeof value === 'number' && Number.isInteger(value)) return String(value);
    if (typeof value === 'string') return apex.string(value);
    throw new Error(`no Apex literal for ${JSON.stringify(value)}`);
  },
  /** A moment relative to today (GMT): { daysAgo, time: 'HH:MM' }. */
  moment(value) {
    const match = /^(\d{2}):(\d{2})$/.exec(value?.time ?? '');
    if (!Number.isInteger(value?.daysAgo) || !match) {
      throw new Error(`not a moment ({ daysAgo, time: 'HH:MM' }): ${JSON.stringify(value)}`);
    }
    return `at(${value.daysAgo}, ${Number(match[1])}, ${Number(match[2])})`;
  },
  daysAgo(value) {
    return value === null || value === undefined ? 'null' : `day(${value})`;
  }
};

// Helpers a call may need in the generated class (relative days, GMT, as the review queue counts).
const HELPERS = {
  day: `
  private static Date day(Integer daysAgo) {
    return System.now().dateGmt().addDays(-daysAgo);
  }`,
  at: `
  private static Datetime at(Integer daysAgo, Integer hour, Integer minute) {
    return Datetime.newInstanceGmt(day(daysAgo), Time.newInstance(hour, minute, 0, 0));
  }`
};

/**
 * How each `call` of a vector reads in Apex: the expression whose value is asserted, and the
 * helpers it needs. A new rule family adds its calls here and its adapters to the preview test.
 */
export const APEX_CALLS = {
  standingOf: {
    expression: (a) =>
      `CommunityProgramStanding.standingOf(${apex.string(a.status)}, ${apex.value(a.transitionToPaid)}, ${apex.date(a.subscriptionEnd)}, ${apex.date(a.today)})`
  },
  programYear: {
    expression: (a) =>
      `CommunityProgramStanding.programYear(${apex.date(a.subscriptionStart)}, ${apex.date(a.today)})`
  },
  canMoveReview: {
    expression: (a) =>
      `ReferenceProgram.canMoveReview(${apex.string(a.from)}, ${apex.string(a.to)})`
  },
  isOverdue: {
    helpers: ['day', 'at'],
    expression: (a) =>
      `new ReferenceReviewQueue.Rules(null, ${apex.value(a.cadenceDays)}).isOverdue(${apex.string(a.status)}, ${apex.moment(a.lastMoved)})`
  },
  isNewSinceReview: {
    helpers: ['day', 'at'],
    expression: (a) =>
      `new ReferenceReviewQueue.Rules(${apex.daysAgo(a.lastReviewDaysAgo)}, null).isNewSinceReview(${apex.moment(a.created)})`
  },
  pageSizeOf: {
    expression: (a) => `ReferenceResponseBoardService.pageSizeOf(${apex.value(a.requested)})`
  }
};

/** The vector files: [{ file, family }], family being the parsed JSON. */
export function readVectorFiles(root) {
  const dir = path.join(root, VECTORS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = `${VECTORS_DIR}/${name}`;
      return { file, family: JSON.parse(readFileSync(path.join(root, file), 'utf8')) };
    });
}

function wrap(text, width) {
  const lines = [];
  let line = '';
  // Stryker disable next-line Regex: splitting on single spaces only adds empty words, which the filter drops
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const methodName = (call, part, parts) => (parts > 1 ? `${call}Part${part}` : call);

function classSource(file, family) {
  const byCall = new Map();
  for (const vector of family.vectors ?? []) {
    const binding = APEX_CALLS[vector.call];
    if (!binding) {
      throw new Error(
        `${file}: vector "${vector.name}" calls ${vector.call}, which has no Apex binding in scripts/gate/rule-vectors/generate.mjs`
      );
    }
    if (!byCall.has(vector.call)) byCall.set(vector.call, []);
    byCall.get(vector.call).push(vector);
  }
  const helpers = new Set();
  const methods = [];
  for (const [call, vectors] of byCall) {
    for (const name of APEX_CALLS[call].helpers ?? []) helpers.add(name);
    const parts = Math.ceil(vectors.length / ASSERTS_PER_METHOD);
    for (let part = 1; part <= parts; part++) {
      const slice = vectors.slice((part - 1) * ASSERTS_PER_METHOD, part * ASSERTS_PER_METHOD);
      const asserts = slice.map(
        (vector) =>
          `    System.Assert.areEqual(${apex.value(vector.expected)}, ${APEX_CALLS[call].expression(vector.args ?? {})}, ${apex.string(vector.name)});`
      );
      methods.push(
        `  @IsTest\n  static void ${methodName(call, part, parts)}() {\n${asserts.join('\n')}\n  }`
      );
    }
  }
  const description = String(family.rule ?? '')
    .trim()
    .replace(/\*\//g, '* /')
    .replace(/([^.])$/, '$1.');
  const doc = wrap(
    `@description ${GENERATED_MARK}${path.basename(file)} by scripts/gate/rule-vectors/generate.mjs: do not edit; change the vectors and run it again (the rule-drift checker fails on a stale copy). ${description} The same vectors drive the preview backend's tests.`,
    96
  );
  return [
    '/**',
    ...doc.map((line) => ` * ${line}`),
    ' */',
    '@IsTest(IsParallel=true)',
    `private class ${family.apexTestClass} {`,
    methods.join('\n\n'),
    ...[...helpers].map((name) => HELPERS[name]),
    '}',
    ''
  ].join('\n');
}

const META = `<?xml version="1.0" encoding="UTF-8" ?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
  <apiVersion>${API_VERSION}</apiVersion>
  <status>Active</status>
</ApexClass>
`;

/**
 * The generated files of every vector family that names an Apex test class.
 * @returns {Promise<{ from: string, file: string, text: string }[]>} paths relative to root
 */
export async function generateApexTests(root) {
  const out = [];
  for (const { file, family } of readVectorFiles(root)) {
    if (!family.apexTestClass) continue;
    if (!/^\w+$/.test(family.apexTestClass) || !/^[\w-]+$/.test(family.capability ?? '')) {
      throw new Error(`${file}: apexTestClass and capability must be plain names`);
    }
    const target = `force-app/main/${family.capability}/tests/${family.apexTestClass}.cls`;
    const options = (await prettier.resolveConfig(path.join(root, target))) ?? {};
    const text = await prettier.format(classSource(file, family), {
      ...options,
      filepath: path.join(root, target)
    });
    out.push({ from: file, file: target, text });
    out.push({ from: file, file: `${target}-meta.xml`, text: META });
  }
  return out;
}

/** Writes the generated files into `root`, saying each one to `log`. */
export async function writeApexTests(root, log = console.log) {
  for (const { file, text } of await generateApexTests(root)) {
    writeFileSync(path.join(root, file), text);
    log(`rule vectors: wrote ${file}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeApexTests(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..'));
}

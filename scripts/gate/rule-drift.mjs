/*
 * The rules that live both in the Apex and in the preview's backend (scripts/preview/runtime/
 * backend, which answers the components' Apex calls in the browser) are written once, in
 * config/rule-vectors/. This check fails when either side drifts from them:
 *
 * - behaviour vectors: the Apex test classes generated from them are regenerated and compared
 *   (a vector edited without regenerating, or a generated class edited by hand, is stale; a
 *   generated class whose vector file is gone is an orphan). The preview's node test runs the
 *   same vectors against the backend, and the generated Apex tests run them in an org.
 * - constants (constants.json): each value against the Apex constant (`Class.NAME`) and the
 *   preview's (`file#NAME` or `file#OBJECT.KEY`), read from the source; the schedule against
 *   MonthlyReviewReminder.CRON, and no other cron expression written in scripts/org or
 *   scripts/apex (they must schedule with the class's own CRON).
 * - the board's search fields: the LIKE filters of the Apex selector and the preview's list.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { packageDirectories, walk } from '../lib/project.mjs';
import { GENERATED_MARK, VECTORS_DIR, generateApexTests } from './rule-vectors/generate.mjs';

export const BACKEND_DIR = 'scripts/preview/runtime/backend';
export const CONSTANTS_FILE = `${VECTORS_DIR}/constants.json`;
const ORG_SCRIPT_DIRS = ['scripts/org', 'scripts/apex'];
const CRON_LITERAL =
  /(['"`])(\d{1,2} \d{1,2} [\d*?/,-]+ [\d*?/,LW-]+ [\d*?/,A-Z-]+ [\d*?/,#LA-Z-]+(?: \d{4})?)\1/g;

const rel = (root, file) => path.relative(root, file).split(path.sep).join('/');
const lineAt = (text, index) => text.slice(0, index).split('\n').length;
const show = (value) => JSON.stringify(value);

/** Apex source with comments blanked (newlines kept, so offsets and lines stay true). */
function blankApexComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

function apexClassFile(root, className) {
  const wanted = `${className.toLowerCase()}.cls`;
  for (const dir of packageDirectories(root)) {
    const found = walk(dir).find((file) => path.basename(file).toLowerCase() === wanted);
    if (found) return found;
  }
  return undefined;
}

function parseApexLiteral(text) {
  const value = text.trim();
  if (/^-?\d+L?$/i.test(value)) return { ok: true, value: Number(value.replace(/L$/i, '')) };
  if (/^(true|false)$/i.test(value)) return { ok: true, value: value.toLowerCase() === 'true' };
  const string = /^'((?:[^'\\]|\\.)*)'$/.exec(value);
  if (string) return { ok: true, value: string[1].replace(/\\(.)/g, '$1') };
  return { ok: false };
}

/** `Class.NAME` → { file, line, value } read from the Apex source, or { problem }. */
export function readApexConstant(root, reference) {
  const [className, name] = reference.split('.');
  const file = apexClassFile(root, className);
  if (!file) return { problem: `Apex class ${className} not found (constant ${reference})` };
  const text = blankApexComments(readFileSync(file, 'utf8'));
  const pattern = new RegExp(`\\bstatic\\s+final\\s+[\\w.<>, ]+?\\s+${name}\\s*=\\s*([^;]+);`, 'i');
  const match = pattern.exec(text);
  const where = { file: rel(root, file), line: match ? lineAt(text, match.index) : 1 };
  if (!match)
    return { ...where, problem: `${reference} is not declared as a static final constant` };
  const literal = parseApexLiteral(match[1]);
  if (!literal.ok)
    return { ...where, problem: `${reference} is not a literal: ${match[1].trim()}` };
  return { ...where, value: literal.value };
}

function backendFile(root, stem) {
  for (const ext of ['.ts', '.js']) {
    const file = path.join(root, BACKEND_DIR, `${stem}${ext}`);
    if (existsSync(file)) return file;
  }
  return undefined;
}

function evaluateTs(node) {
  if (
    ts.isAsExpression(node) ||
    ts.isParenthesizedExpression(node) ||
    ts.isSatisfiesExpression(node)
  ) {
    return evaluateTs(node.expression);
  }
  if (ts.isNumericLiteral(node)) return { ok: true, value: Number(node.text) };
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return { ok: true, value: node.text };
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { ok: true, value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { ok: true, value: false };
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const inner = evaluateTs(node.operand);
    return inner.ok && typeof inner.value === 'number'
      ? { ok: true, value: -inner.value }
      : { ok: false };
  }
  if (ts.isArrayLiteralExpression(node)) {
    const items = node.elements.map(evaluateTs);
    return items.every((item) => item.ok)
      ? { ok: true, value: items.map((item) => item.value) }
      : { ok: false };
  }
  if (ts.isObjectLiteralExpression(node)) {
    const value = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) return { ok: false };
      const key = property.name.getText().replace(/^['"]|['"]$/g, '');
      const inner = evaluateTs(property.initializer);
      if (!inner.ok) return { ok: false };
      value[key] = inner.value;
    }
    return { ok: true, value };
  }
  return { ok: false };
}

/** `review-board/board#NAME` or `…#OBJECT.KEY` → { file, line, value } from the backend source. */
export function readPreviewConstant(root, reference) {
  const [stem, access] = reference.split('#');
  const file = backendFile(root, stem);
  if (!file) return { problem: `preview file ${BACKEND_DIR}/${stem}.ts (or .js) not found` };
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const [name, ...keys] = access.split('.');
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name) continue;
      const line = source.getLineAndCharacterOfPosition(declaration.getStart(source)).line + 1;
      const where = { file: rel(root, file), line };
      const evaluated = declaration.initializer
        ? evaluateTs(declaration.initializer)
        : { ok: false };
      if (!evaluated.ok) return { ...where, problem: `${name} is not a literal value` };
      let value = evaluated.value;
      for (const key of keys) {
        // The reader yields no null (null is no literal it reads), so only objects have keys.
        if (typeof value !== 'object' || !(key in value)) {
          return { ...where, problem: `${access}: ${name} has no ${key}` };
        }
        value = value[key];
      }
      return { ...where, value };
    }
  }
  return { file: rel(root, file), line: 1, problem: `${name} is not declared at the top level` };
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function checkConstants(root, problems) {
  const file = path.join(root, CONSTANTS_FILE);
  if (!existsSync(file)) {
    problems.push({
      file: CONSTANTS_FILE,
      line: 1,
      message: 'the constants vector file is missing'
    });
    return;
  }
  const { constants = [], searchFields } = JSON.parse(readFileSync(file, 'utf8'));
  const crons = [];
  for (const constant of constants) {
    const sides = [];
    if (constant.apex) sides.push(['Apex', readApexConstant(root, constant.apex), constant.apex]);
    if (constant.preview) {
      sides.push(['preview', readPreviewConstant(root, constant.preview), constant.preview]);
    }
    for (const [side, read, reference] of sides) {
      if (read.problem) {
        problems.push({
          file: read.file ?? CONSTANTS_FILE,
          line: read.line ?? 1,
          message: `${constant.name}: ${read.problem}`
        });
      } else if (!same(read.value, constant.value)) {
        problems.push({
          file: read.file,
          line: read.line,
          message: `${constant.name}: the ${side} says ${show(read.value)} (${reference}) but ${CONSTANTS_FILE} says ${show(constant.value)}`
        });
      }
    }
    if (constant.org) crons.push(constant);
  }
  checkSchedules(root, crons, problems);
  if (searchFields) checkSearchFields(root, searchFields, problems);
}

/** What scripts/org and scripts/apex schedule: only the class's own CRON, never a literal. */
function checkSchedules(root, crons, problems) {
  const allowed = new Set(crons.map((constant) => constant.value));
  for (const dir of ORG_SCRIPT_DIRS) {
    // walk() lists nothing for a folder that does not exist
    for (const file of walk(path.join(root, dir))) {
      if (!/\.(mjs|js|apex)$/.test(file) || file.split(path.sep).includes('__tests__')) continue;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(CRON_LITERAL)) {
        if (allowed.has(match[2])) continue;
        problems.push({
          file: rel(root, file),
          line: lineAt(text, match.index),
          message: `schedules with its own cron expression '${match[2]}'; the package's schedule is ${crons.map((c) => `${c.apex} ('${c.value}')`).join(', ')}: schedule with the class's CRON`
        });
      }
    }
  }
  const jobs = path.join(root, 'scripts/org/jobs.mjs');
  if (existsSync(jobs) && !/\$\{className\}\.CRON/.test(readFileSync(jobs, 'utf8'))) {
    problems.push({
      file: 'scripts/org/jobs.mjs',
      line: 1,
      message: `scheduleSnippet no longer schedules with \${className}.CRON: the schedule must be the Apex class's own`
    });
  }
}

function checkSearchFields(root, searchFields, problems) {
  const file = apexClassFile(root, searchFields.apex);
  if (!file) {
    problems.push({
      file: CONSTANTS_FILE,
      line: 1,
      message: `Apex class ${searchFields.apex} not found`
    });
  } else {
    const text = blankApexComments(readFileSync(file, 'utf8'));
    const matches = [...text.matchAll(/([\w.]+)\s+LIKE\s+:search\b/gi)];
    const fields = matches.map((match) => match[1]);
    if (!same([...fields].sort(), [...searchFields.value].sort())) {
      problems.push({
        file: rel(root, file),
        line: matches.length ? lineAt(text, matches[0].index) : 1,
        message: `${searchFields.name}: the Apex search matches ${show(fields)} but ${CONSTANTS_FILE} says ${show(searchFields.value)}`
      });
    }
  }
  const preview = readPreviewConstant(root, searchFields.preview);
  if (preview.problem) {
    problems.push({
      file: preview.file ?? CONSTANTS_FILE,
      line: preview.line ?? 1,
      message: `${searchFields.name}: ${preview.problem}`
    });
  } else if (!same([...preview.value].sort(), [...searchFields.value].sort())) {
    problems.push({
      file: preview.file,
      line: preview.line,
      message: `${searchFields.name}: the preview searches ${show(preview.value)} but ${CONSTANTS_FILE} says ${show(searchFields.value)}`
    });
  }
}

async function checkGenerated(root, problems, generate) {
  let generated;
  try {
    generated = await generate(root);
  } catch (error) {
    problems.push({ file: VECTORS_DIR, line: 1, message: error.message });
    return;
  }
  const expected = new Set();
  for (const { from, file, text } of generated) {
    expected.add(file);
    const absolute = path.join(root, file);
    if (!existsSync(absolute)) {
      problems.push({
        file,
        line: 1,
        message: `missing: generate it from ${from} (node scripts/gate/rule-vectors/generate.mjs)`
      });
      continue;
    }
    const actual = readFileSync(absolute, 'utf8');
    if (actual === text) continue;
    const [mine, theirs] = [actual.split('\n'), text.split('\n')];
    let line = 0;
    while (line < mine.length && mine[line] === theirs[line]) line++;
    problems.push({
      file,
      line: line + 1,
      message: `stale: differs from what ${from} generates (expected ${show(theirs[line] ?? '<end of file>')}); run node scripts/gate/rule-vectors/generate.mjs`
    });
  }
  for (const dir of packageDirectories(root)) {
    for (const file of walk(dir).filter((one) => one.endsWith('.cls'))) {
      const relative = rel(root, file);
      if (expected.has(relative)) continue;
      if (readFileSync(file, 'utf8').includes(GENERATED_MARK)) {
        problems.push({
          file: relative,
          line: 1,
          message:
            'generated from a rule-vector file that no longer names it: delete it or restore the vectors'
        });
      }
    }
  }
}

/**
 * Checks the Apex and the preview against the rule vectors.
 * @param {string} root the project root
 * @returns {Promise<{ file: string, line: number, message: string }[]>}
 */
export async function checkRuleDrift(root) {
  return [...(await checkGeneratedTests(root)), ...checkRuleConstants(root)];
}

/**
 * The generated Apex vector tests only: missing, stale or orphaned.
 * @param {string} root the project root
 * @param {(root: string) => Promise<{ from: string, file: string, text: string }[]>} [generate]
 *   what the vectors generate (a seam for the unit tests: formatting Apex takes seconds)
 */
export async function checkGeneratedTests(root, generate = generateApexTests) {
  const problems = [];
  await checkGenerated(root, problems, generate);
  return problems;
}

/** The constants, the schedule and the search fields only. */
export function checkRuleConstants(root) {
  const problems = [];
  checkConstants(root, problems);
  return problems;
}

/** The command line: the project folder is the first argument, else this checkout. */
export async function main(argv = process.argv) {
  const root = argv[2] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const problems = await checkRuleDrift(root);
  for (const problem of problems)
    console.error(`${problem.file}:${problem.line}: ${problem.message}`);
  console.log(`rule drift: ${problems.length} problem(s)`);
  process.exitCode = problems.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}

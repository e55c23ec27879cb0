/*
 * The domain vocabulary lives twice: in the TypeScript module c/referenceProgram for the UI and in
 * the Apex class ReferenceProgram for the server. This check reads both declarations (TypeScript
 * through its own parser, Apex through a small tokenizer that understands the constant layout the
 * class uses) and reports every value, list order, table row or named constant where they differ.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const TS_MODULE = 'force-app/main/program/lwc/referenceProgram/referenceProgram.ts';
export const APEX_CLASS = 'force-app/main/program/classes/ReferenceProgram.cls';

// `ordered`: the list is a picklist order, so a different order is drift too.
const LISTS = [
  { what: 'programs', ts: 'PROGRAMS', apex: 'PROGRAMS' },
  { what: 'landing-page programs', ts: 'LANDING_PAGE_PROGRAMS', apex: 'LANDING_PAGE_PROGRAMS' },
  { what: 'community programs', ts: 'COMMUNITY_PROGRAMS', apex: 'COMMUNITY_PROGRAMS' },
  { what: 'CRM-advised programs', ts: 'CRM_ADVISED_PROGRAMS', apex: 'CRM_ADVISED_PROGRAMS' },
  { what: 'call types', ts: 'CALL_TYPES', apex: 'CALL_TYPES' },
  { what: 'review statuses', ts: 'REVIEW_STATUSES', apex: 'REVIEW_STATUSES', ordered: true },
  { what: 'needs-action statuses', ts: 'NEEDS_ACTION_STATUSES', apex: 'NEEDS_ACTION_STATUSES' },
  { what: 'verdicts', ts: 'VERDICTS', apex: 'VERDICTS' },
  {
    what: 'nomination statuses',
    ts: 'NOMINATION_STATUSES',
    apex: 'NOMINATION_STATUSES',
    ordered: true
  },
  {
    what: 'open nomination statuses',
    ts: 'OPEN_NOMINATION_STATUSES',
    apex: 'OPEN_NOMINATION_STATUSES'
  },
  {
    what: 'nomination statuses needing a reason',
    ts: 'NOMINATION_STATUSES_NEEDING_REASON',
    apex: 'NOMINATION_STATUSES_NEEDING_REASON'
  },
  { what: 'reference types', ts: 'REFERENCE_TYPES', apex: 'REFERENCE_TYPES', ordered: true },
  {
    what: 'membership statuses',
    ts: 'MEMBERSHIP_STATUSES',
    apex: 'MEMBERSHIP_STATUSES',
    ordered: true
  },
  { what: 'verification routes', ts: 'VERIFICATION_ROUTES', apex: 'VERIFICATION_ROUTES' },
  {
    what: 'GitLab sync statuses',
    ts: 'GITLAB_SYNC_STATUSES',
    apex: 'GITLAB_SYNC_STATUSES',
    ordered: true
  }
];

const TABLES = [
  { what: 'review transitions', ts: 'REVIEW_TRANSITIONS', apex: 'REVIEW_TRANSITIONS' },
  { what: 'nomination transitions', ts: 'NOMINATION_TRANSITIONS', apex: 'NOMINATION_TRANSITIONS' },
  { what: 'call type per program', ts: 'CALL_TYPE_BY_PROGRAM', apex: 'CALL_TYPE_BY_PROGRAM' },
  {
    what: 'verification route per program',
    ts: 'VERIFICATION_ROUTE_BY_PROGRAM',
    apex: 'VERIFICATION_ROUTE_BY_PROGRAM'
  }
];

// TypeScript `REVIEW_STATUS.CALL_HELD` is Apex `REVIEW_CALL_HELD`.
const CONSTANT_GROUPS = [
  { ts: 'PROGRAM', apexPrefix: 'PROGRAM_' },
  { ts: 'CALL_TYPE', apexPrefix: 'CALL_' },
  { ts: 'REVIEW_STATUS', apexPrefix: 'REVIEW_' },
  { ts: 'VERDICT', apexPrefix: 'VERDICT_' },
  { ts: 'NOMINATION_STATUS', apexPrefix: 'NOMINATION_' },
  { ts: 'REFERENCE_TYPE', apexPrefix: 'REFERENCE_TYPE_' },
  { ts: 'MEMBERSHIP_STATUS', apexPrefix: 'MEMBERSHIP_' },
  { ts: 'VERIFICATION_ROUTE', apexPrefix: 'VERIFICATION_' },
  { ts: 'GITLAB_SYNC_STATUS', apexPrefix: 'GITLAB_' }
];

/*
 * Both readers produce the same shapes:
 *   { kind: 'string', value, line } | { kind: 'list', items, line }
 *   | { kind: 'map', entries: [{ key, line, value }], line }
 * and `undefined` for an expression they cannot evaluate.
 */

export function readTypeScript(text) {
  const source = ts.createSourceFile('referenceProgram.ts', text, ts.ScriptTarget.Latest, true);
  const lineOf = (node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const declarations = new Map();

  function evaluate(node) {
    const line = lineOf(node);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      return { kind: 'string', value: node.text, line };
    }
    if (
      ts.isAsExpression(node) ||
      ts.isSatisfiesExpression(node) ||
      ts.isParenthesizedExpression(node) ||
      ts.isTypeAssertionExpression(node)
    ) {
      return evaluate(node.expression);
    }
    if (ts.isArrayLiteralExpression(node)) {
      const items = node.elements.map(evaluate);
      return items.every(Boolean) ? { kind: 'list', items, line } : undefined;
    }
    if (ts.isObjectLiteralExpression(node)) {
      const entries = [];
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property)) return undefined;
        const key = propertyKey(property.name);
        const value = evaluate(property.initializer);
        if (key === undefined || !value) return undefined;
        entries.push({ key, line: lineOf(property), value });
      }
      return { kind: 'map', entries, line };
    }
    if (ts.isIdentifier(node)) {
      return declarations.get(node.text)?.value;
    }
    if (ts.isPropertyAccessExpression(node)) {
      const owner = evaluate(node.expression);
      const entry = owner?.kind === 'map' && owner.entries.find((e) => e.key === node.name.text);
      return entry ? entry.value : undefined;
    }
    if (
      ts.isCallExpression(node) &&
      node.expression.getText(source) === 'Object.values' &&
      node.arguments.length === 1
    ) {
      const owner = evaluate(node.arguments[0]);
      return owner?.kind === 'map'
        ? { kind: 'list', items: owner.entries.map((e) => e.value), line }
        : undefined;
    }
    return undefined;
  }

  function propertyKey(name) {
    if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
    if (ts.isComputedPropertyName(name)) {
      const key = evaluate(name.expression);
      return key?.kind === 'string' ? key.value : undefined;
    }
    return undefined;
  }

  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
      const name = declaration.name.text;
      declarations.set(name, {
        name,
        line: lineOf(declaration),
        value: evaluate(declaration.initializer)
      });
    }
  }
  return { get: (name) => declarations.get(name), all: () => [...declarations.values()] };
}

function tokenizeApex(text) {
  // Stryker disable next-line ArrayDeclaration: a leading non-token has no type, so the reader steps over it
  const tokens = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\n') {
      line++;
      i++;
    } else if (/\s/.test(char)) {
      i++;
    } else if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      line += (text.slice(i, stop).match(/\n/g) ?? []).length;
      i = stop;
    } else if (char === "'") {
      let value = '';
      i++;
      while (i < text.length && text[i] !== "'") {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i];
        i++;
      }
      i++;
      tokens.push({ type: 'string', text: value, line });
    } else if (/[A-Za-z_]/.test(char)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))[0];
      tokens.push({ type: 'word', text: word, lower: word.toLowerCase(), line });
      i += word.length;
    } else if (text.startsWith('=>', i)) {
      tokens.push({ type: 'punct', text: '=>', line });
      i += 2;
    } else {
      tokens.push({ type: 'punct', text: char, line });
      i++;
    }
  }
  return tokens;
}

const APEX_MODIFIERS = new Set(['public', 'private', 'protected', 'global', 'static', 'final']);

export function readApex(text) {
  const tokens = tokenizeApex(text);
  // Apex names are case-insensitive: keys are lower case, `name` keeps the declared spelling.
  const declarations = new Map();
  let at = 0;

  const peek = (offset = 0) => tokens[at + offset];
  const isPunct = (value, offset = 0) =>
    peek(offset)?.type === 'punct' && peek(offset).text === value;

  function skipGenerics() {
    if (!isPunct('<')) return;
    let depth = 0;
    do {
      if (isPunct('<')) depth++;
      if (isPunct('>')) depth--;
      at++;
    } while (depth > 0 && at < tokens.length);
  }

  function evaluate() {
    const token = peek();
    if (!token) return undefined;
    if (token.type === 'string') {
      at++;
      return { kind: 'string', value: token.text, line: token.line };
    }
    if (token.type !== 'word') return undefined;
    if (token.lower === 'new') {
      const type = peek(1)?.lower;
      at += 2;
      skipGenerics();
      if (isPunct('(') && isPunct(')', 1)) {
        at += 2;
        return type === 'map'
          ? { kind: 'map', entries: [], line: token.line }
          : { kind: 'list', items: [], line: token.line };
      }
      if (!isPunct('{')) return undefined;
      at++;
      return type === 'map' ? readMapBody(token.line) : readListBody(token.line);
    }
    at++;
    let name = token;
    // A qualified reference (`ReferenceProgram.REVIEW_NEW`) names a constant of this class.
    while (isPunct('.') && peek(1)?.type === 'word') {
      name = peek(1);
      at += 2;
    }
    return declarations.get(name.lower)?.value;
  }

  function readListBody(line) {
    const items = [];
    while (!isPunct('}')) {
      const item = evaluate();
      if (!item) return undefined;
      items.push(item);
      if (isPunct(',')) at++;
      else if (!isPunct('}')) return undefined;
    }
    at++;
    return { kind: 'list', items, line };
  }

  function readMapBody(line) {
    const entries = [];
    while (!isPunct('}')) {
      const keyLine = peek()?.line;
      const key = evaluate();
      if (key?.kind !== 'string' || !isPunct('=>')) return undefined;
      at++;
      const value = evaluate();
      if (!value) return undefined;
      entries.push({ key: key.value, line: keyLine, value });
      if (isPunct(',')) at++;
      else if (!isPunct('}')) return undefined;
    }
    at++;
    return { kind: 'map', entries, line };
  }

  function skipStatement() {
    let depth = 0;
    while (at < tokens.length) {
      if (isPunct('{') || isPunct('(')) depth++;
      if (isPunct('}') || isPunct(')')) depth--;
      if (depth <= 0 && isPunct(';')) break;
      at++;
    }
  }

  while (at < tokens.length) {
    const start = at;
    const modifiers = new Set();
    while (peek()?.type === 'word' && APEX_MODIFIERS.has(peek().lower)) {
      modifiers.add(peek().lower);
      at++;
    }
    if (!(modifiers.has('static') && modifiers.has('final')) || peek()?.type !== 'word') {
      at = Math.max(at, start + 1);
      continue;
    }
    const type = peek().lower;
    at++;
    skipGenerics();
    const nameToken = peek();
    if (nameToken?.type !== 'word' || !isPunct('=', 1)) continue;
    at += 2;
    const value = evaluate();
    const complete = value && isPunct(';');
    if (!complete) skipStatement();
    declarations.set(nameToken.lower, {
      name: nameToken.text,
      type,
      line: nameToken.line,
      value: complete ? value : undefined
    });
  }
  return {
    get: (name) => declarations.get(name.toLowerCase()),
    all: () => [...declarations.values()]
  };
}

const quote = (value) => `'${value}'`;
const stringsOf = (list) => list.items.map((item) => (item.kind === 'string' ? item.value : '?'));

/**
 * Compares the TypeScript vocabulary module with its Apex twin.
 * @param {string} projectDir the SFDX project root
 * @returns {{ file: string, line: number, message: string }[]} one entry per difference
 */
export function checkVocabularyTwin(projectDir) {
  const problems = [];
  const sources = {};
  for (const [side, file] of [
    ['ts', TS_MODULE],
    ['apex', APEX_CLASS]
  ]) {
    const absolute = path.join(projectDir, file);
    if (!existsSync(absolute)) {
      problems.push({ file, line: 1, message: 'file not found: the vocabulary twin is missing' });
    } else {
      sources[side] = readFileSync(absolute, 'utf8');
    }
  }
  if (problems.length > 0) return problems;

  const sides = {
    ts: { label: 'TypeScript', file: TS_MODULE, read: readTypeScript(sources.ts) },
    apex: { label: 'Apex', file: APEX_CLASS, read: readApex(sources.apex) }
  };
  const report = (side, line, message) => problems.push({ file: side.file, line, message });
  const where = (side, line) => `${side.label} (${side.file}:${line})`;

  // Reads a declaration that must hold the given kind, reporting why when it does not.
  function declared(side, name, kind) {
    const declaration = side.read.get(name);
    if (!declaration) {
      report(side, 1, `${name} is not declared; its twin expects it`);
      return undefined;
    }
    if (declaration.value?.kind !== kind) {
      report(
        side,
        declaration.line,
        `${name} cannot be read as a ${kind} of string constants; keep it literal values or constants`
      );
      return undefined;
    }
    return declaration;
  }

  function compareValues(what, owners, values) {
    for (const [side, other] of [
      [sides.ts, sides.apex],
      [sides.apex, sides.ts]
    ]) {
      const mine = values.get(side);
      const theirs = values.get(other);
      for (const value of theirs) {
        if (!mine.includes(value)) {
          report(
            side,
            owners.get(side),
            `${what}: lacks ${quote(value)}, which ${where(other, owners.get(other))} has`
          );
        }
      }
      const seen = new Set();
      for (const value of mine) {
        if (seen.has(value)) report(side, owners.get(side), `${what}: ${quote(value)} twice`);
        seen.add(value);
      }
    }
  }

  for (const list of LISTS) {
    const tsList = declared(sides.ts, list.ts, 'list');
    const apexList = declared(sides.apex, list.apex, 'list');
    if (!tsList || !apexList) continue;
    const values = new Map([
      [sides.ts, stringsOf(tsList.value)],
      [sides.apex, stringsOf(apexList.value)]
    ]);
    const owners = new Map([
      [sides.ts, tsList.line],
      [sides.apex, apexList.line]
    ]);
    const before = problems.length;
    compareValues(list.what, owners, values);
    const [tsOrder, apexOrder] = [values.get(sides.ts), values.get(sides.apex)];
    if (list.ordered && problems.length === before && tsOrder.join() !== apexOrder.join()) {
      report(
        sides.apex,
        apexList.line,
        `${list.what}: order ${apexOrder.join(', ')} differs from ${where(sides.ts, tsList.line)}: ${tsOrder.join(', ')}`
      );
    }
  }

  for (const table of TABLES) {
    const tsTable = declared(sides.ts, table.ts, 'map');
    const apexTable = declared(sides.apex, table.apex, 'map');
    if (!tsTable || !apexTable) continue;
    const rows = { ts: tsTable.value.entries, apex: apexTable.value.entries };
    compareValues(
      `${table.what} rows`,
      new Map([
        [sides.ts, tsTable.line],
        [sides.apex, apexTable.line]
      ]),
      new Map([
        [sides.ts, rows.ts.map((row) => row.key)],
        [sides.apex, rows.apex.map((row) => row.key)]
      ])
    );
    for (const tsRow of rows.ts) {
      const apexRow = rows.apex.find((row) => row.key === tsRow.key);
      if (!apexRow) continue;
      const what = `${table.what} from ${quote(tsRow.key)}`;
      const asList = (value) => (value.kind === 'list' ? stringsOf(value) : [value.value]);
      compareValues(
        what,
        new Map([
          [sides.ts, tsRow.line],
          [sides.apex, apexRow.line]
        ]),
        new Map([
          [sides.ts, asList(tsRow.value)],
          [sides.apex, asList(apexRow.value)]
        ])
      );
    }
  }

  const apexStrings = sides.apex.read.all().filter((d) => d.type === 'string');
  for (const group of CONSTANT_GROUPS) {
    const tsGroup = declared(sides.ts, group.ts, 'map');
    if (!tsGroup) continue;
    const twins = apexStrings.filter((d) => d.name.toUpperCase().startsWith(group.apexPrefix));
    for (const entry of tsGroup.value.entries) {
      const apexName = group.apexPrefix + entry.key;
      const twin = twins.find((d) => d.name.toUpperCase() === apexName);
      if (!twin) {
        report(
          sides.apex,
          1,
          `${apexName} is not declared; it is the twin of ${group.ts}.${entry.key} in ${where(sides.ts, entry.line)}`
        );
      } else if (twin.value?.kind !== 'string' || twin.value.value !== entry.value.value) {
        report(
          sides.apex,
          twin.line,
          `${twin.name} is ${twin.value ? quote(twin.value.value) : 'unreadable'} but ${group.ts}.${entry.key} in ${where(sides.ts, entry.line)} is ${quote(entry.value.value)}`
        );
      }
    }
    for (const twin of twins) {
      const key = twin.name.toUpperCase().slice(group.apexPrefix.length);
      if (!tsGroup.value.entries.some((entry) => entry.key === key)) {
        report(
          sides.ts,
          tsGroup.line,
          `${group.ts} lacks ${key}, the twin of ${where(sides.apex, twin.line)} ${twin.name}`
        );
      }
    }
  }
  return problems;
}

/** The command line: the project folder is the first argument, else this checkout. */
export function main(argv = process.argv) {
  const projectDir = argv[2] ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const problems = checkVocabularyTwin(projectDir);
  for (const problem of problems) {
    console.error(`${problem.file}:${problem.line}: ${problem.message}`);
  }
  if (problems.length > 0) {
    console.error(
      `vocabulary twin: ${problems.length} difference(s) between ${TS_MODULE} and ${APEX_CLASS}`
    );
    process.exitCode = 1;
  } else {
    console.log(`vocabulary twin: ${TS_MODULE} and ${APEX_CLASS} agree`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}

/*
 * Apex ASTs for in-process unit tests of the gate's Apex rules, without the parser: parsing spawns
 * the jorje serializer (a child process), so each test file's ASTs are stored beside it in
 * fixtures/apex-ast/<name>.json, keyed by a hash of the source and compacted (no hidden tokens or
 * comments, a node's location reduced to its start line, a name to its text, the `apex.jorje.data.`
 * prefix dropped:
 * integrity/apex.mjs's kind() reads the rest). After changing a test's Apex, regenerate with
 *   APEX_AST_FIXTURES=write node --test scripts/gate/__tests__/<the test file>
 * which parses what is missing and drops what no test uses any more.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'apex-ast');
const PREFIX = 'apex.jorje.data.';
const OUTPUT = 'apex.jorje.semantic.compiler.parser.ParserOutput';

function compact(value) {
  if (Array.isArray(value)) return value.map(compact);
  if (!value || typeof value !== 'object') return value;
  // a name: the rules read its text only
  if (value['@class'] === `${PREFIX}Identifiers$LocationIdentifier`) return { value: value.value };
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'loc') out.loc = { startLine: child?.startLine ?? child?.line ?? 0 };
    else if (key === '@class' && typeof child === 'string') out[key] = child.replace(PREFIX, '');
    else out[key] = compact(child);
  }
  return out;
}

/** The fixture of one test file: `await fixture.file(rel, lines)` gives readApex's file shape. */
export function apexAstFixture(name) {
  const path = join(FIXTURES, `${name}.json`);
  const stored = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  const writing = process.env.APEX_AST_FIXTURES === 'write';
  const used = {};
  if (writing) {
    process.on('exit', () => {
      const sorted = Object.fromEntries(
        Object.entries(used).sort(([a], [b]) => a.localeCompare(b))
      );
      writeFileSync(path, `${JSON.stringify(sorted)}\n`);
    });
  }
  async function astOf(source) {
    const key = createHash('sha256').update(source).digest('hex').slice(0, 16);
    if (!stored[key]) {
      if (!writing) {
        throw new Error(
          `no stored AST for this Apex in ${path}: run APEX_AST_FIXTURES=write node --test <test file>\n${source}`
        );
      }
      const { parsers } = await import('prettier-plugin-apex');
      const parsed = await parsers.apex.parse(source, {
        apexStandaloneParser: 'native',
        parser: 'apex'
      });
      const output = parsed[OUTPUT];
      if (output.parseErrors?.length) throw new Error(`Apex does not parse:\n${source}`);
      stored[key] = { [OUTPUT]: { unit: compact(output.unit) } };
    }
    used[key] = stored[key];
    return stored[key];
  }
  return {
    /** A file as integrity/apex.mjs's readApex gives it, from the source's lines. */
    async file(rel, lines) {
      const source = `${lines.join('\n')}\n`;
      return { path: `/planted/${rel}`, rel, source, ast: await astOf(source) };
    }
  };
}

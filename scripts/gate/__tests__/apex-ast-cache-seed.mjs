/*
 * Apex projects for the gate's in-process tests, without the parser's child process: each test
 * file keeps the jorje ASTs of its Apex in fixtures/apex-ast/<name>.json, keyed as the AST cache
 * is (integrity/apex.mjs), and seeds the cache from it before it reads the Apex.
 *
 * After changing a test's Apex, record its fixture again (the parser runs once per source):
 *   APEX_AST_CACHE=$(mktemp -d) APEX_AST_RECORD=1 node --test scripts/gate/__tests__/<file>
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after } from 'node:test';
import { astCache } from '../integrity/apex.mjs';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'apex-ast');

/** An AST with each location cut to its first line, the only part the rules read. */
function lean(node) {
  if (Array.isArray(node)) return node.map(lean);
  if (!node || typeof node !== 'object') return node;
  const kept = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') {
      const line = value?.startLine ?? value?.line;
      if (line !== undefined) kept.loc = { startLine: line };
    } else kept[key] = lean(value);
  }
  return kept;
}

/** Seeds the AST cache with fixture `name`; with APEX_AST_RECORD=1, records it after the tests. */
export function useApexAstFixture(name) {
  const file = join(FIXTURES, `${name}.json`);
  if (process.env.APEX_AST_RECORD) {
    after(async () => {
      const recorded = {};
      for (const entry of readdirSync(astCache)
        .filter((f) => f.endsWith('.json'))
        .sort())
        recorded[entry.replace(/\.json$/, '')] = lean(
          JSON.parse(readFileSync(join(astCache, entry), 'utf8'))
        );
      // one line, as apex-ast-fixture.mjs stores its own (prettier skips fixtures/apex-ast/)
      writeFileSync(file, `${JSON.stringify(recorded)}\n`);
    });
    return;
  }
  const asts = JSON.parse(readFileSync(file, 'utf8'));
  mkdirSync(astCache, { recursive: true });
  for (const [key, ast] of Object.entries(asts)) {
    const cached = join(astCache, `${key}.json`);
    if (existsSync(cached)) continue;
    writeFileSync(`${cached}.${process.pid}`, JSON.stringify(ast));
    renameSync(`${cached}.${process.pid}`, cached);
  }
}

/** A project in a temporary folder: sfdx-project.json, the standard objects and `files`. */
export function tempProject(files, standardObjects = {}) {
  const root = mkdtempSync(join(tmpdir(), 'gate-unit-'));
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  const all = {
    'sfdx-project.json': JSON.stringify({ packageDirectories: [{ path: 'force-app' }] }),
    'config/standard-objects.json': JSON.stringify({ objects: standardObjects }),
    ...files
  };
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

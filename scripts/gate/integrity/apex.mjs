/*
 * Apex as the platform's own parser sees it: prettier-plugin-apex ships the jorje parser (the
 * one Salesforce compiles Apex with) and returns its AST. From it: the classes, their methods
 * and DTO members, and every SOQL query with its line.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { rel, sourceFiles, toolRoot } from '../../lib/project.mjs';

const JORJE = 'apex.jorje.data.';
export const kind = (node) => (node?.['@class'] ?? '').replace(JORJE, '');
const identifier = (node) => node?.value;
const optional = (node) => node?.value;

/** Depth-first over an AST; `visit` returns false to skip a node's children. */
export function walkAst(node, visit) {
  if (Array.isArray(node)) {
    for (const child of node) walkAst(child, visit);
    return;
  }
  if (!node || typeof node !== 'object') return;
  if (node['@class'] && visit(node) === false) return;
  for (const [key, child] of Object.entries(node)) {
    if (key !== 'loc' && key !== 'location' && child && typeof child === 'object')
      walkAst(child, visit);
  }
}

export const lineOfNode = (node) => node?.loc?.startLine ?? node?.loc?.line ?? 0;

/** Apex type reference -> text such as `List<Row>` or `Integer[]`. */
export function typeText(typeRef) {
  if (!typeRef) return 'void';
  if (kind(typeRef) === 'ast.TypeRefs$ArrayTypeRef') return `${typeText(typeRef.heldType)}[]`;
  const name = (typeRef.names ?? []).map(identifier).join('.');
  const args = (typeRef.typeArguments ?? []).map(typeText);
  return args.length ? `${name}<${args.join(', ')}>` : name;
}

function annotations(modifiers = []) {
  return modifiers
    .filter((modifier) => kind(modifier) === 'ast.Modifier$Annotation')
    .map((modifier) => identifier(modifier.name).toLowerCase());
}

function isCacheable(modifiers = []) {
  return modifiers.some(
    (modifier) =>
      kind(modifier) === 'ast.Modifier$Annotation' &&
      identifier(modifier.name).toLowerCase() === 'auraenabled' &&
      (modifier.parameters ?? []).some(
        (parameter) =>
          identifier(parameter.key)?.toLowerCase() === 'cacheable' &&
          kind(parameter.value) === 'ast.AnnotationValue$TrueAnnotationValue'
      )
  );
}

const hasModifier = (modifiers = [], name) =>
  modifiers.some((m) => kind(m) === `ast.Modifier$${name}`);

function describeClass(decl, file, outer) {
  const name = outer ? `${outer}.${identifier(decl.name)}` : identifier(decl.name);
  const described = { name, file, line: lineOfNode(decl), methods: [], members: [], inner: [] };
  for (const member of decl.members ?? []) {
    switch (kind(member)) {
      case 'ast.BlockMember$MethodMember': {
        const method = member.methodDecl;
        described.methods.push({
          name: identifier(method.name),
          line: lineOfNode(method),
          isStatic: hasModifier(method.modifiers, 'StaticModifier'),
          annotations: annotations(method.modifiers),
          cacheable: isCacheable(method.modifiers),
          returnType: typeText(optional(method.type)),
          params: (method.parameters ?? []).map((param) => ({
            name: identifier(param.name),
            type: typeText(param.typeRef)
          }))
        });
        break;
      }
      case 'ast.BlockMember$FieldMember':
        for (const variable of member.variableDecls.decls ?? []) {
          described.members.push({
            name: identifier(variable.name),
            type: typeText(member.variableDecls.type),
            annotations: annotations(member.variableDecls.modifiers),
            isStatic: hasModifier(member.variableDecls.modifiers, 'StaticModifier')
          });
        }
        break;
      case 'ast.BlockMember$PropertyMember':
        described.members.push({
          name: identifier(member.propertyDecl.name),
          type: typeText(member.propertyDecl.type),
          annotations: annotations(member.propertyDecl.modifiers),
          isStatic: hasModifier(member.propertyDecl.modifiers, 'StaticModifier')
        });
        break;
      case 'ast.BlockMember$InnerClassMember':
        described.inner.push(describeClass(member.body, file, name));
        break;
      default:
        break;
    }
  }
  return described;
}

/** Where parsed ASTs are kept; APEX_AST_CACHE moves it (recording the tests' AST fixtures). */
export const astCache = process.env.APEX_AST_CACHE || join(toolRoot, '.cache', 'apex-ast');
const pluginVersion = JSON.parse(
  readFileSync(join(toolRoot, 'node_modules', 'prettier-plugin-apex', 'package.json'), 'utf8')
).version;

/**
 * The jorje AST of an Apex source. Parsing spawns the serializer, so ASTs are cached by content:
 * the gate's planted-defect tests check many copies that differ in one file.
 */
async function parseApex(source) {
  const key = createHash('sha256').update(`${pluginVersion}\n${source}`).digest('hex');
  const cached = join(astCache, `${key}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8'));
  // loaded on a cache miss only: the plugin takes about a second to load
  const { parsers } = await import('prettier-plugin-apex');
  const ast = await parsers.apex.parse(source, { apexStandaloneParser: 'native', parser: 'apex' });
  mkdirSync(astCache, { recursive: true });
  const staging = `${cached}.${process.pid}`;
  writeFileSync(staging, JSON.stringify(ast));
  renameSync(staging, cached);
  return ast;
}

/**
 * Parses every .cls and .trigger of the project. Returns { files, classes, problems }: classes by
 * lower-case name (inner classes as Outer.Inner), and files with their AST and source.
 */
export async function readApex(root) {
  const paths = sourceFiles(root).filter((file) => /\.(cls|trigger)$/.test(file));
  const problems = [];
  const files = [];
  const queue = [...paths];
  async function worker() {
    while (queue.length) {
      const path = queue.shift();
      const source = readFileSync(path, 'utf8');
      try {
        files.push({ path, rel: rel(path, root), source, ast: await parseApex(source) });
      } catch (error) {
        problems.push({
          file: rel(path, root),
          line: 0,
          message: `Apex does not parse: ${error.message}`
        });
      }
    }
  }
  await Promise.all([worker(), worker(), worker()]);
  files.sort((a, b) => a.path.localeCompare(b.path));
  const classes = new Map();
  for (const file of files) {
    if (!file.path.endsWith('.cls')) continue;
    const unit = file.ast['apex.jorje.semantic.compiler.parser.ParserOutput']?.unit;
    if (!unit?.body || kind(unit.body) !== 'ast.ClassDecl') continue;
    const add = (described) => {
      classes.set(described.name.toLowerCase(), described);
      described.inner.forEach(add);
    };
    add(describeClass(unit.body, file.rel));
  }
  return {
    files,
    classes,
    problems,
    classNames: new Set(
      paths.map((p) =>
        basename(p)
          .replace(/\.(cls|trigger)$/, '')
          .toLowerCase()
      )
    )
  };
}

/** Every SOQL query node of a file: static queries and string literals that are queries. */
export function queriesOf(file) {
  const queries = [];
  walkAst(file.ast, (node) => {
    const nodeKind = kind(node);
    if (nodeKind === 'soql.Query') {
      queries.push({ query: node, line: lineOfNode(node), dynamic: false });
      return false; // sub-queries are handled with their parent
    }
    if (nodeKind === 'ast.Expr$LiteralExpr' && node.type?.$ === 'STRING') {
      const literal = node.literal?.$ ?? '';
      if (/^\s*SELECT\s/i.test(literal))
        queries.push({ literal, line: lineOfNode(node), dynamic: true });
    }
    return true;
  });
  return queries;
}

/**
 * The literal part of a dynamic query parsed as SOQL: the whole literal when it is a complete
 * query, else the part up to its first clause after FROM (the rest is built at run time).
 */
export async function parseQueryLiteral(literal) {
  const candidates = [literal];
  const cut = /^(\s*SELECT[\s\S]+?\sFROM\s+\w+)/i.exec(literal);
  if (cut) candidates.push(cut[1]);
  for (const candidate of candidates) {
    const wrapper = `public class DynamicSoql { Object q() { return [${candidate.replace(/:\s*\w+(\.\w+)*/g, ':x')}]; } }`;
    try {
      const ast = await parseApex(wrapper);
      let query;
      walkAst(ast, (node) => {
        if (!query && kind(node) === 'soql.Query') query = node;
        return !query;
      });
      if (query) return query;
    } catch {
      // try the shorter candidate
    }
  }
  return undefined;
}

/*
 * Every SOQL query that runs in trigger context (followed from the project's triggers through the
 * classes they call, scripts/gate/selectivity/callgraph.mjs) on an object that grows must filter
 * on an indexed field (selectivity/indexes.mjs, selective.mjs). Salesforce refuses a non-selective
 * query in a trigger once the object is large (200,000 rows in the Apex Developer Guide's
 * "Working with Very Large SOQL Queries"), and the save that fired the trigger fails with it.
 */
import { kind, lineOfNode, parseQueryLiteral, readApex, walkAst } from '../integrity/apex.mjs';
import { callPath, reachableFromTriggers } from '../selectivity/callgraph.mjs';
import { Indexes } from '../selectivity/indexes.mjs';
import { objectOf, selectivity, semiJoins } from '../selectivity/selective.mjs';

const DYNAMIC_QUERY_METHODS = new Set([
  'query',
  'querywithbinds',
  'countquery',
  'countquerywithbinds',
  'getquerylocator',
  'getquerylocatorwithbinds'
]);
const PLACEHOLDER = '\u0000';

/** The text of a string expression: literals kept, anything built at run time a placeholder. */
function assemble(expr, initializers, depth = 0) {
  switch (kind(expr)) {
    case 'ast.Expr$LiteralExpr':
      return expr.type?.$ === 'STRING' ? (expr.literal?.$ ?? '') : PLACEHOLDER;
    case 'ast.Expr$BinaryExpr':
      return expr.op?.$ === 'ADDITION'
        ? assemble(expr.left, initializers, depth) + assemble(expr.right, initializers, depth)
        : PLACEHOLDER;
    case 'ast.Expr$NestedExpr':
      return assemble(expr.expr, initializers, depth);
    case 'ast.Expr$VariableExpr': {
      const names = (expr.names ?? []).map((name) => name.value);
      const initializer = names.length === 1 && initializers.get(names[0].toLowerCase());
      return initializer && depth < 3
        ? assemble(initializer, initializers, depth + 1)
        : PLACEHOLDER;
    }
    default:
      return PLACEHOLDER;
  }
}

/** Static queries and the literal text of dynamic ones in a method body, with their lines. */
function queriesIn(body) {
  const initializers = new Map();
  walkAst(body, (node) => {
    if (kind(node) === 'ast.Stmnt$VariableDeclStmnt')
      for (const decl of node.variableDecls.decls ?? [])
        if (decl.assignment?.value)
          initializers.set(decl.name.value.toLowerCase(), decl.assignment.value);
    return true;
  });
  const found = [];
  walkAst(body, (node) => {
    if (kind(node) === 'ast.Expr$SoqlExpr') {
      found.push({ query: node.query, line: lineOfNode(node.query) || lineOfNode(node) });
      return false;
    }
    if (kind(node) === 'ast.Expr$MethodCallExpr') {
      const names = (node.names ?? []).map((name) => name.value.toLowerCase());
      const [method, owner] = [names.at(-1), names.at(-2)];
      if (owner === 'database' && DYNAMIC_QUERY_METHODS.has(method) && node.inputParameters?.[0])
        found.push({
          text: assemble(node.inputParameters[0], initializers),
          line: lineOfNode(node)
        });
    }
    return true;
  });
  return found;
}

async function readDynamic(text) {
  const from = /\bFROM\s+(\w+)/i.exec(text);
  if (!from) return {};
  const object = from[1];
  const head = text.slice(0, from.index).replaceAll(PLACEHOLDER, 'Id');
  const tail = text.slice(from.index);
  if (tail.includes(PLACEHOLDER)) return { object, unreadable: true };
  const query = await parseQueryLiteral(`${head}${tail}`);
  if (!query || (/\bWHERE\b/i.test(tail) && !query.where?.value))
    return { object, unreadable: true };
  return { object, query };
}

export const triggerSelectivity = {
  name: 'trigger-selectivity',
  description: 'queries in trigger context filter growing objects on an indexed field',
  async run(root) {
    const apex = await readApex(root);
    const indexes = new Indexes(root);
    const { reached } = reachableFromTriggers(apex);
    const problems = [...apex.problems];
    const checked = new Set();
    let count = 0;
    for (const [key, { method }] of reached) {
      const file = method.owner?.file?.rel;
      if (!file || !method.body) continue;
      for (const found of queriesIn(method.body)) {
        const where = `${file}:${found.line}`;
        if (checked.has(where)) continue;
        checked.add(where);
        count++;
        const path = callPath(reached, key).join(' → ');
        const report = (object, why) =>
          problems.push({
            file,
            line: found.line,
            message: `${object} query in trigger context is not selective: ${why}. Salesforce refuses it once ${object} passes 200,000 rows, and the save that fired the trigger fails (${path})`
          });
        let query = found.query;
        if (found.text !== undefined) {
          const dynamic = await readDynamic(found.text);
          if (dynamic.unreadable && indexes.grows(dynamic.object))
            report(
              dynamic.object,
              'its WHERE is built at run time, so no indexed filter can be seen (build the filter from literals and binds)'
            );
          query = dynamic.query;
        }
        const queries = query ? [query] : [];
        for (let index = 0; index < queries.length; index++) {
          queries.push(...semiJoins(queries[index]));
          const { object } = objectOf(queries[index]);
          if (!indexes.grows(object)) continue;
          const verdict = selectivity(queries[index], indexes);
          if (!verdict.selective) report(object, verdict.why);
        }
      }
    }
    const triggers = [...reached.values()].filter(({ method }) => method.trigger).length;
    return {
      problems,
      summary: `${count} queries reached from ${triggers} triggers through ${reached.size - triggers} methods`
    };
  }
};

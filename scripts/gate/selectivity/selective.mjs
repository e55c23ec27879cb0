/*
 * Whether a SOQL query can use an index, read from its jorje AST the way the query optimizer
 * decides at its simplest: the top-level WHERE, taken as AND-ed conditions, must hold one condition
 * on an indexed field with an operator that can use the index (=, IN, <, <=, >, >=, LIKE without a
 * leading %), a value that is not null, and no function around the field. A parenthesised OR counts
 * when each of its branches does. Negations (!=, NOT IN, NOT, EXCLUDES) never use an index.
 */
import { kind } from '../integrity/apex.mjs';

const POSITIVE = new Set([
  'soql.QueryOp$QueryEqual',
  'soql.QueryOp$QueryIn',
  'soql.QueryOp$QueryLessThan',
  'soql.QueryOp$QueryLessThanEqual',
  'soql.QueryOp$QueryGreaterThan',
  'soql.QueryOp$QueryGreaterThanEqual',
  'soql.QueryOp$QueryLike'
]);

export function pathOf(fieldIdentifier) {
  if (!fieldIdentifier) return '';
  const entity = fieldIdentifier.entity?.value;
  const name = fieldIdentifier.field?.value ?? '';
  return entity ? `${pathOf(entity)}.${name}` : name;
}

export function objectOf(query) {
  const from = query.from?.exprs?.[0];
  return { object: pathOf(from?.table), alias: from?.alias?.value?.value };
}

/** One condition: { indexed: true, why } or { indexed: false, why } (why names the field). */
function condition(expr, objectName, alias, indexes) {
  const withoutAlias = (path) =>
    alias && path.toLowerCase().startsWith(`${alias.toLowerCase()}.`)
      ? path.slice(alias.length + 1)
      : path;
  switch (kind(expr)) {
    case 'soql.WhereExpr$WhereOpExpr': {
      const path = withoutAlias(pathOf(expr.field?.field));
      if (expr.field?.function1?.value)
        return {
          indexed: false,
          why: `${expr.field.function1.value.value}(${path}) cannot use an index`
        };
      if (!POSITIVE.has(kind(expr.op)))
        return { indexed: false, why: `a negative filter on ${path}` };
      const literal =
        kind(expr.expr) === 'soql.QueryExpr$LiteralExpr' ? expr.expr.literal : undefined;
      if (kind(literal) === 'soql.QueryLiteral$QueryNull')
        return { indexed: false, why: `${path} = null cannot use an index` };
      if (kind(expr.op) === 'soql.QueryOp$QueryLike' && /^%/.test(literal?.literal ?? ''))
        return { indexed: false, why: `LIKE with a leading % on ${path}` };
      return indexes.index(objectName, path);
    }
    case 'soql.WhereExpr$WhereInnerExpr': {
      const path = withoutAlias(pathOf(expr.field?.field));
      if (!POSITIVE.has(kind(expr.op))) return { indexed: false, why: `an anti-join on ${path}` };
      return indexes.index(objectName, path);
    }
    case 'soql.WhereExpr$WhereCompoundExpr': {
      const branches = expr.expr ?? [];
      if (kind(expr.op) === 'soql.WhereCompoundOp$QueryAnd')
        return anyIndexed(branches, objectName, alias, indexes);
      const results = branches.map((branch) =>
        anyIndexed(conjuncts(branch), objectName, alias, indexes)
      );
      const failing = results.find((result) => !result.indexed);
      return failing
        ? { indexed: false, why: `an OR whose every branch must use an index: ${failing.why}` }
        : { indexed: true, why: results.map((result) => result.why).join('; ') };
    }
    case 'soql.WhereExpr$WhereUnaryExpr':
      return { indexed: false, why: 'a NOT filter' };
    default:
      return { indexed: false, why: 'a filter the checker does not read' };
  }
}

function conjuncts(expr) {
  if (
    kind(expr) === 'soql.WhereExpr$WhereCompoundExpr' &&
    kind(expr.op) === 'soql.WhereCompoundOp$QueryAnd'
  )
    return (expr.expr ?? []).flatMap(conjuncts);
  return [expr];
}

function anyIndexed(exprs, objectName, alias, indexes) {
  const results = exprs
    .flatMap(conjuncts)
    .map((expr) => condition(expr, objectName, alias, indexes));
  return (
    results.find((result) => result.indexed) ?? {
      indexed: false,
      why: results.map((result) => result.why).join('; ')
    }
  );
}

/** { selective: true } or { selective: false, why } for a query on `objectName`. */
export function selectivity(query, indexes) {
  const { object, alias } = objectOf(query);
  const where = query.where?.value?.expr;
  if (!where) return { selective: false, why: 'it has no WHERE clause' };
  const result = anyIndexed([where], object, alias, indexes);
  return result.indexed
    ? { selective: true, why: result.why }
    : { selective: false, why: `its WHERE filters on no indexed field (${result.why})` };
}

/** Semi-join sub-queries of a WHERE, which run on their own objects. */
export function semiJoins(query) {
  const found = [];
  const visit = (expr) => {
    if (kind(expr) === 'soql.WhereExpr$WhereInnerExpr') found.push(expr.inner);
    for (const child of kind(expr) === 'soql.WhereExpr$WhereCompoundExpr' ? (expr.expr ?? []) : [])
      visit(child);
  };
  if (query.where?.value?.expr) visit(query.where.value.expr);
  return found;
}

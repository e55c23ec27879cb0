/* Every object and field a SOQL query names exists: SELECT, WHERE, GROUP BY, ORDER BY, sub-queries. */
import { kind, parseQueryLiteral, queriesOf, walkAst } from './apex.mjs';

function pathOf(fieldIdentifier) {
  if (!fieldIdentifier) return '';
  const entity = fieldIdentifier.entity?.value;
  const name = fieldIdentifier.field?.value ?? '';
  return entity ? `${pathOf(entity)}.${name}` : name;
}

/** Field paths of one query level, skipping its sub-queries and TYPEOF blocks. */
function fieldPathsOf(query) {
  const paths = [];
  const inner = [];
  for (const clause of ['select', 'where', 'groupBy', 'orderBy', 'having']) {
    walkAst(query[clause], (node) => {
      const nodeKind = kind(node);
      if (nodeKind === 'soql.SelectExpr$SelectInnerQuery') {
        inner.push({ query: node.query, relationship: true });
        return false;
      }
      if (nodeKind === 'soql.WhereExpr$WhereInnerExpr') {
        if (node.field?.field) paths.push(pathOf(node.field.field));
        inner.push({ query: node.inner, relationship: false });
        return false;
      }
      if (nodeKind === 'soql.SelectExpr$SelectCaseExpr') return false;
      if (nodeKind === 'soql.QueryExpr$ApexExpr') return false;
      if (nodeKind === 'soql.Field') {
        if (node.field) paths.push(pathOf(node.field));
        return false;
      }
      return true;
    });
  }
  return { paths: paths.filter(Boolean), inner };
}

function checkQuery(schema, query, file, line, parentObject, problems) {
  const from = query.from?.exprs?.[0];
  const table = pathOf(from?.table);
  const alias = from?.alias?.value?.value;
  let objectName = table;
  if (parentObject) {
    const child = schema.object(parentObject)?.child(table);
    if (!child) {
      problems.push({
        file,
        line,
        message: `SOQL: ${parentObject} has no child relationship ${table}`
      });
      return;
    }
    objectName = child.object;
  }
  if (!schema.object(objectName)) {
    problems.push({ file, line, message: `SOQL: ${schema.unknownObject(objectName)}` });
    return;
  }
  const { paths, inner } = fieldPathsOf(query);
  for (const path of new Set(paths)) {
    const withoutAlias =
      alias && path.toLowerCase().startsWith(`${alias.toLowerCase()}.`)
        ? path.slice(alias.length + 1)
        : path;
    const resolved = schema.resolve(objectName, withoutAlias);
    if (resolved.error)
      problems.push({ file, line, message: `SOQL on ${objectName}: ${resolved.error} (${path})` });
  }
  for (const sub of inner) {
    checkQuery(schema, sub.query, file, line, sub.relationship ? objectName : undefined, problems);
  }
}

export async function checkSoql(schema, apex) {
  const problems = [];
  let count = 0;
  for (const file of apex.files) {
    for (const found of queriesOf(file)) {
      const query = found.dynamic ? await parseQueryLiteral(found.literal) : found.query;
      if (!query) continue; // a literal that only starts like a query
      count++;
      checkQuery(schema, query, file.rel, found.line, undefined, problems);
    }
  }
  return { problems, count };
}

/*
 * One formula, parsed by formulon's parser and type-checked with formulon's own function table:
 * every identifier becomes a sample value of its field's type, and every call goes through
 * formulon's dispatch, which checks the number and the types of its arguments. formulon evaluates
 * every argument (no short circuit), so every branch of an IF is checked.
 *
 * Where formulon falls short of Salesforce, narrowly and on purpose (the rest is formulon's verdict):
 *   - functions it does not know: ISCHANGED, ISNEW, ISCLONE, PRIORVALUE, VLOOKUP and a few text and
 *     date functions (EXTRA_FUNCTIONS), and where Salesforce allows them (ONLY_IN);
 *   - ISNUMBER and CURRENCYRATE, which it declares but has not implemented;
 *   - IF branches and CASE results of different types, and >= between different types, which it
 *     accepts; Time = Time, which it refuses;
 *   - results that depend on its sample values (DATEVALUE("a") fails, VALUE("a") is null): the
 *     function's declared return type stands in, so no sample value can fail a formula.
 * A type of field it cannot know (a standard String that may be a picklist) is tried as each
 * candidate type; the formula fails only when no candidate type passes.
 */
import { dispatch, existingFunctions, salesforceParser } from './formulon.mjs';
import { prepareFormula } from './prepare.mjs';

export const UNKNOWN = 'unknown';

const DISPLAY = {
  text: 'Text',
  number: 'Number',
  checkbox: 'Checkbox',
  date: 'Date',
  datetime: 'Datetime',
  time: 'Time',
  picklist: 'Picklist',
  multipicklist: 'Multipicklist',
  geolocation: 'Geolocation',
  null: 'Null'
};
export const display = (dataType) => DISPLAY[dataType] ?? dataType;

export function sample(dataType) {
  const literal = (value, options = {}) => ({ type: 'literal', dataType, value, options });
  switch (dataType) {
    case 'text':
      return literal('a', { length: 1 });
    case 'number':
      return literal(1, { length: 1, scale: 0 });
    case 'checkbox':
      return literal(true);
    case 'date':
      return literal(new Date(Date.UTC(2024, 0, 15)));
    case 'datetime':
      return literal(new Date(Date.UTC(2024, 0, 15, 12)));
    case 'time':
      return literal(new Date(12 * 3600 * 1000));
    case 'picklist':
      return literal('a');
    case 'multipicklist':
      return literal(['a']);
    case 'geolocation':
      return literal([1, 2]);
    default:
      return { type: 'literal', dataType: 'null', value: null, options: {} };
  }
}

class Problem extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
}

const INFIX = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'exponentiate',
  'equal',
  'unequal',
  'lessThan',
  'lessThanOrEqual',
  'greaterThan',
  'greaterThanOrEqual'
]);

/**
 * Which call or operator of the text each AST call came from: the AST is walked in text order
 * (a function before its arguments, an infix operator between its operands) and each call takes
 * the next occurrence of its id.
 */
function placeOperations(ast, operations) {
  const queues = new Map();
  for (const operation of operations) {
    if (!queues.has(operation.id)) queues.set(operation.id, []);
    queues.get(operation.id).push(operation);
  }
  // every AST call has its token in the text, so its queue exists (possibly emptied by take)
  const infixOnly = (id) => queues.get(id).every((operation) => operation.operator);
  const isInfix = (node) =>
    INFIX.has(node.id) ||
    (['and', 'or'].includes(node.id) && node.arguments.length === 2 && infixOnly(node.id));
  const placed = new Map();
  const take = (node) => {
    placed.set(node, queues.get(node.id)?.shift());
  };
  const visit = (node) => {
    if (node?.type !== 'callExpression') return;
    if (isInfix(node)) {
      visit(node.arguments[0]);
      take(node);
      node.arguments.slice(1).forEach(visit);
    } else {
      take(node);
      node.arguments.forEach(visit);
    }
  };
  visit(ast);
  return placed;
}

const types = (value) => [...new Set(value.map((literal) => literal.dataType))];
const accepts = (value, allowed) =>
  value.some((literal) => literal.dataType === 'null' || allowed.includes(literal.dataType));

/** Signature of a function formulon does not have: parameter types (null: any), return type. */
function signature(params, returns, { min = params.length, max = params.length } = {}) {
  return (args, fail, name) => {
    if (args.length < min || args.length > max)
      fail(
        `Incorrect number of parameters for function '${name}()'. Expected ${min === max ? min : `${min} to ${max}`}, received ${args.length}`
      );
    args.forEach((arg, index) => {
      const allowed = params[index];
      if (allowed && !accepts(arg, allowed))
        fail(
          `Incorrect parameter type for function '${name}()'. Expected ${allowed.map(display).join(', ')}, received ${display(arg[0].dataType)}`
        );
    });
    return typeof returns === 'function' ? returns(args) : [sample(returns)];
  };
}

const TEXT = ['text'];
const EXTRA_FUNCTIONS = {
  ischanged: signature([null], 'checkbox'),
  isnew: signature([], 'checkbox'),
  isclone: signature([], 'checkbox'),
  priorvalue: signature([null], (args) => args[0]),
  vlookup: signature([null, null, null], () => UNKNOWN),
  isnumber: signature([TEXT], 'checkbox'),
  currencyrate: signature([TEXT], 'number'),
  initcap: signature([TEXT], 'text'),
  reverse: signature([TEXT], 'text'),
  htmlencode: signature([TEXT], 'text'),
  jsencode: signature([TEXT], 'text'),
  jsinhtmlencode: signature([TEXT], 'text'),
  urlencode: signature([TEXT], 'text'),
  isoweek: signature([['date']], 'number'),
  isoyear: signature([['date']], 'number'),
  unixtimestamp: signature([['date', 'datetime']], 'number'),
  fromunixtime: signature([['number']], 'datetime'),
  picklistcount: signature([['picklist', 'multipicklist']], 'number'),
  // Stryker disable next-line ArrayDeclaration: [null, null] and [] both check no parameter type
  formatduration: signature([null, null], 'text', { min: 1, max: 2 })
};

/** Functions Salesforce allows only in some formulas (Formula Operators and Functions by Context). */
const ONLY_IN = {
  ischanged: { allows: (context) => context.kind === 'validation rule' || context.recordTriggered },
  isnew: { allows: (context) => context.kind === 'validation rule' || context.recordTriggered },
  isclone: { allows: (context) => context.kind === 'validation rule' },
  priorvalue: { allows: (context) => context.kind === 'validation rule' },
  vlookup: { allows: (context) => context.kind === 'validation rule' },
  image: { allows: (context) => context.kind !== 'flow formula' }
};
const FIELD_ARGUMENT = new Set(['ischanged', 'priorvalue']);

/** formulon's declared return types where they are wrong or a list (used when a sample gives null). */
const RETURN_TYPES = { log: 'number', mid: 'text', regex: 'checkbox' };
const RESULT_POSITIONS = {
  if: () => [1, 2],
  case: (args) => [...args.keys()].filter((i) => i >= 2 && (i % 2 === 0 || i === args.length - 1))
};

function typeFromSignature(id, combo) {
  // called after formulon's dispatch ran the call: its table has the function
  const declared = RETURN_TYPES[id] ?? existingFunctions[id].returnType;
  if (typeof declared === 'string') return sample(declared);
  // Stryker disable next-line ArrayDeclaration: positions that are no argument find nothing, as none do
  const positions = RESULT_POSITIONS[id]?.(combo) ?? [];
  const typed = positions.map((i) => combo[i]).find((arg) => arg && arg.dataType !== 'null');
  return typed ?? sample('null');
}

/** What formulon accepts and Salesforce refuses, for one combination of argument types. */
function extraValidation(id, combo, name) {
  const sameTypes = (positions) => {
    // IF and CASE with too few arguments: formulon's dispatch reports the count
    const typed = positions.map((i) => combo[i]).filter((arg) => arg && arg.dataType !== 'null');
    const different = typed.find((arg) => arg.dataType !== typed[0].dataType);
    return different
      ? `Incorrect parameter type for ${name}. Expected ${display(typed[0].dataType)}, received ${display(different.dataType)}`
      : undefined;
  };
  if (id === 'if' || id === 'case') return sameTypes(RESULT_POSITIONS[id](combo));
  if (id === 'greaterThanOrEqual') return sameTypes([0, 1]);
  return undefined;
}

function combinations(args) {
  let combos = [[]];
  for (const arg of args) {
    combos = combos.flatMap((combo) => arg.map((literal) => [...combo, literal])).slice(0, 64);
  }
  return combos;
}

function evaluateCall(node, env) {
  const operation = env.placed.get(node);
  // Stryker disable OptionalChaining: every call and operator in the AST has its token in the text (prepare.mjs), so each is placed
  const offset = operation?.offset ?? env.lead;
  const upper = node.id.toUpperCase();
  const name = operation?.operator ? `operator '${operation.text}'` : `function '${upper}()'`;
  // Stryker restore OptionalChaining
  const fail = (message) => {
    throw new Problem(message, offset);
  };
  if (ONLY_IN[node.id] && !ONLY_IN[node.id].allows(env.context))
    fail(`${upper}() is not available in a ${env.context.kind}`);
  if (
    FIELD_ARGUMENT.has(node.id) &&
    (node.arguments.length !== 1 || node.arguments[0].type !== 'identifier')
  )
    fail(`${upper}() takes one field`);
  const args = node.arguments.map((argument) => evaluate(argument, env));
  if (args.includes(UNKNOWN)) return UNKNOWN;
  // Stryker disable next-line OptionalChaining: each call is placed (see above)
  if (operation?.concat) {
    for (const arg of args)
      if (!accepts(arg, ['text']))
        fail(
          `Incorrect parameter type for operator '&'. Expected Text, received ${display(arg[0].dataType)}`
        );
    return [sample('text')];
  }
  if (EXTRA_FUNCTIONS[node.id]) return EXTRA_FUNCTIONS[node.id](args, fail, upper);
  const results = [];
  let firstError;
  for (const combo of combinations(args)) {
    const refused = extraValidation(node.id, combo, name);
    if (refused) {
      firstError ??= refused;
      continue;
    }
    const typed = combo.filter((arg) => arg.dataType !== 'null');
    if (
      ['equal', 'unequal'].includes(node.id) &&
      typed.length &&
      typed.every((arg) => arg.dataType === 'time')
    ) {
      results.push(sample('checkbox'));
      continue;
    }
    let result;
    try {
      result = dispatch(node.id, combo);
    } catch {
      return UNKNOWN; // formulon itself failed on a sample value: no verdict
    }
    if (result.type === 'error') {
      // Stryker disable next-line Regex: no other formulon message holds "Invalid Value"
      if (result.errorType === 'ArgumentError' && /^Invalid Value/.test(result.message)) {
        results.push(typeFromSignature(node.id, combo));
        continue;
      }
      firstError ??= operation?.operator
        ? result.message.replace(/function '[A-Z]+\(\)'/, name)
        : result.message;
      continue;
    }
    results.push(result.dataType === 'null' ? typeFromSignature(node.id, combo) : result);
  }
  if (results.length === 0)
    fail(
      /received Picklist$/.test(firstError)
        ? `${firstError}: a picklist is read only through ISPICKVAL, TEXT, CASE and a few others`
        : firstError
    );
  const seen = new Set();
  return results.filter((literal) => !seen.has(literal.dataType) && seen.add(literal.dataType));
}

function evaluate(node, env) {
  // Stryker disable next-line OptionalChaining: formulon's AST has no missing argument
  switch (node?.type) {
    case 'literal':
      return [node];
    case 'identifier': {
      const resolved = env.resolve(node.name);
      if (resolved.error) throw new Problem(resolved.error, env.offsetOfName(node.name));
      if (!resolved.types?.length) return UNKNOWN;
      return resolved.types.map(sample);
    }
    case 'callExpression':
      return evaluateCall(node, env);
    default:
      return UNKNOWN;
  }
}

function syntaxMessage(found, original, offset) {
  const lineStart = original.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = original.indexOf('\n', offset);
  const line = original.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).trim();
  return `syntax error: unexpected ${found ? `"${found}"` : 'end of the formula'} in "${line}"`;
}

/**
 * Checks one formula. `resolve(name)` gives { types: [dataType…] } (candidates), { error } or {}
 * (unknown: no verdict); `context` { kind, recordTriggered }; `expected` the data types the result
 * may have. Returns { problem: { offset, message } } with the offset in `source`, or { types }.
 */
export function checkFormula(source, { resolve, context, expected, mergeFields = false }) {
  const prepared = prepareFormula(source, { mergeFields });
  if (!prepared.text) return { problem: { offset: 0, message: 'the formula is empty' } };
  const found = [...prepared.problems];
  let ast;
  try {
    ast = salesforceParser.parse(prepared.text);
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: Peggy's parse throws only its SyntaxError
    if (!(error instanceof salesforceParser.SyntaxError)) throw error;
    // Peggy stops at the blank before the offending character: name the character
    let offset = error.location.start.offset;
    while (/\s/.test(prepared.text[offset] ?? '')) offset++;
    found.push({
      offset: offset + prepared.lead,
      // read in the trimmed text: past its end is the end of the formula, not a trailing blank
      message: syntaxMessage(
        prepared.text[offset],
        source,
        prepared.toOriginal(offset + prepared.lead)
      )
    });
  }
  if (found.length) {
    const first = found.sort((a, b) => a.offset - b.offset)[0];
    return { problem: { offset: prepared.toOriginal(first.offset), message: first.message } };
  }
  const env = {
    resolve,
    context,
    lead: prepared.lead,
    placed: placeOperations(ast, prepared.operations),
    offsetOfName(name) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // not inside a string: its text may spell the name
      const code = prepared.fullText.replace(/"[^"]*"?|'[^']*'?/g, (text) =>
        ' '.repeat(text.length)
      );
      const match = new RegExp(`(?<![\\w$.])${escaped}(?![\\w$.])`).exec(code);
      return match ? match.index : prepared.lead;
    }
  };
  try {
    const result = evaluate(ast, env);
    if (result !== UNKNOWN && expected && !accepts(result, expected)) {
      return {
        problem: {
          offset: prepared.toOriginal(prepared.lead),
          message: `formula result is data type (${types(result).map(display).join(' or ')}), incompatible with expected data type (${expected.map(display).join(' or ')})`
        }
      };
    }
    return { types: result === UNKNOWN ? [] : types(result) };
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    return { problem: { offset: prepared.toOriginal(error.offset), message: error.message } };
  }
}

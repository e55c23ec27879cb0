/*
 * What formulon's grammar does not read the way Salesforce does, closed narrowly before the text
 * reaches formulon's parser (every change keeps the formula's types, and every character keeps
 * its place in the original, so line and column stay right):
 *
 *   /* comments *\/                   blanked (formulon: syntax error; Salesforce allows them)
 *   "a \" b" backslash escapes        the escape becomes two plain characters (formulon: syntax error)
 *   {!merge} fields (flows only)      the braces become blanks
 *   Owner:User.Name                   the colon becomes a dot (the path resolves as polymorphic)
 *   a & b (text concatenation)        written as +, which formulon also concatenates: formulon gives
 *                                     & the precedence of && and ||, so `a & b = c` would read as
 *                                     a & (b = c); the checker still demands Text on both sides
 *   -Field, -(x) (unary minus)        0-Field (formulon only reads a minus sign before a number)
 *
 * and two syntax errors formulon's grammar accepts (its argument list takes the comma as optional):
 * a missing comma or operator between two operands (`AND(a b)`), and a trailing comma (`AND(a,)`).
 */

const OPERATOR_IDS = new Map([
  ['<=', 'lessThanOrEqual'],
  ['>=', 'greaterThanOrEqual'],
  ['<>', 'unequal'],
  ['!=', 'unequal'],
  ['==', 'equal'],
  ['&&', 'and'],
  ['||', 'or'],
  ['=', 'equal'],
  ['<', 'lessThan'],
  ['>', 'greaterThan'],
  ['+', 'add'],
  ['-', 'subtract'],
  ['*', 'multiply'],
  ['/', 'divide'],
  ['^', 'exponentiate'],
  ['!', 'not']
]);

const TOKEN =
  /(?<space>\s+)|(?<string>"[^"]*"?|'[^']*'?)|(?<number>\d+(?:\.\d*)?|\.\d+)|(?<name>[A-Za-z_$][\w$.]*)|(?<op><=|>=|<>|!=|==|&&|\|\||[=<>+\-*/^!&])|(?<punct>[(),])|(?<other>[^])/gy;

/** Rewrites `original` for formulon's parser; `origin[i]` is where processed character i came from. */
function rewrite(original, { mergeFields }) {
  const out = [];
  const origin = [];
  const concat = new Set();
  const problems = [];
  const push = (character, at) => {
    out.push(character);
    origin.push(at);
  };
  const lastSignificant = () => {
    for (let k = out.length - 1; k >= 0; k--) if (!/\s/.test(out[k])) return out[k];
    return null;
  };
  let i = 0;
  // Stryker disable next-line EqualityOperator: one more turn pushes undefined, which join() drops, at origin original.length (toOriginal's fallback)
  while (i < original.length) {
    const character = original[i];
    const next = original[i + 1];
    if (character === '"' || character === "'") {
      push(character, i);
      let j = i + 1;
      while (j < original.length && original[j] !== character) {
        if (original[j] === '\\' && j + 1 < original.length) {
          push('_', j);
          push('_', j + 1);
          j += 2;
        } else {
          push(original[j], j);
          j++;
        }
      }
      if (j < original.length) push(character, j); // an unclosed string is the parser's to report
      i = j + 1;
      continue;
    }
    if (character === '/' && next === '*') {
      const end = original.indexOf('*/', i + 2);
      const stop = end === -1 ? original.length : end + 2;
      if (end === -1)
        problems.push({
          offset: out.length,
          message: 'syntax error: a /* comment is never closed with */'
        });
      for (let j = i; j < stop; j++) push(original[j] === '\n' ? '\n' : ' ', j);
      i = stop;
      continue;
    }
    if (mergeFields && character === '{' && next === '!') {
      push(' ', i);
      push(' ', i + 1);
      i += 2;
      continue;
    }
    if (mergeFields && character === '}') {
      push(' ', i);
      i++;
      continue;
    }
    if (character === ':' && /\w/.test(original[i - 1] ?? '') && /[A-Za-z_]/.test(next ?? '')) {
      push('.', i);
      i++;
      continue;
    }
    if (character === '&') {
      if (next === '&') {
        push('&', i);
        push('&', i + 1);
        i += 2;
        continue;
      }
      concat.add(out.length);
      push('+', i);
      i++;
      continue;
    }
    if (character === '-') {
      const before = lastSignificant();
      const unary = before === null || /[(,=<>+\-*/^&|!]/.test(before);
      const after = /^\s*(.?)/.exec(original.slice(i + 1))[1];
      if (unary && !/[\d.]/.test(after)) push('0', i);
    }
    push(character, i);
    i++;
  }
  return { text: out.join(''), origin, concat, problems };
}

function tokenize(text) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const kind = Object.keys(match.groups).find((group) => match.groups[group] !== undefined);
    if (kind !== 'space') tokens.push({ kind, text: match[0], offset: match.index });
  }
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'name' && tokens[index + 1]?.text === '(') token.kind = 'call';
  }
  return tokens;
}

const endsOperand = (token) =>
  ['name', 'number', 'string'].includes(token.kind) || token.text === ')';
const startsOperand = (token) =>
  ['name', 'call', 'number', 'string'].includes(token.kind) || token.text === '(';

function lexicalProblems(tokens) {
  const problems = [];
  for (let index = 1; index < tokens.length; index++) {
    const [before, token] = [tokens[index - 1], tokens[index]];
    if (before.text === ',' && token.text === ')') {
      problems.push({
        offset: token.offset,
        message: `syntax error: an argument is missing before ")"`
      });
    } else if (endsOperand(before) && startsOperand(token)) {
      problems.push({
        offset: token.offset,
        message: `syntax error: missing "," or an operator between "${before.text}" and "${token.text}"`
      });
    }
  }
  return problems;
}

/**
 * The formula as formulon's parser should read it: { text (trimmed), fullText, lead (the blanks
 * trimmed off its start), toOriginal(offset), problems,
 * operations } where `operations` are the calls and operators in the order they appear, each with
 * the id formulon's AST gives it, used to place a type error on its line.
 */
export function prepareFormula(original, { mergeFields = false } = {}) {
  const { text, origin, concat, problems } = rewrite(original, { mergeFields });
  const tokens = tokenize(text);
  const operations = [];
  for (const token of tokens) {
    if (token.kind === 'call') {
      operations.push({ id: token.text.toLowerCase(), offset: token.offset, text: token.text });
    } else if (token.kind === 'op' && OPERATOR_IDS.has(token.text)) {
      const isConcat = concat.has(token.offset);
      operations.push({
        id: OPERATOR_IDS.get(token.text),
        offset: token.offset,
        text: isConcat ? '&' : token.text,
        operator: true,
        concat: isConcat
      });
    }
  }
  const lead = text.length - text.trimStart().length;
  return {
    text: text.trim(),
    fullText: text,
    lead,
    toOriginal: (offset) => origin[offset] ?? original.length,
    problems: [...problems, ...lexicalProblems(tokens)].sort((a, b) => a.offset - b.offset),
    operations
  };
}

/*
 * prepareFormula, in process: what formulon's parser is given instead of the formula as written
 * (comments blanked, escapes flattened, merge braces blanked, `:` and `&` and unary minus rewritten),
 * where each character came from, the operations in text order and the two syntax errors formulon's
 * grammar accepts. Every expectation is written out by hand.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { prepareFormula } from '../formulas/prepare.mjs';

const op = (id, offset, text, concat = false) => ({ id, offset, text, operator: true, concat });
const call = (id, offset, text) => ({ id, offset, text });
const missing = (offset, before, after) => ({
  offset,
  message: `syntax error: missing "," or an operator between "${before}" and "${after}"`
});
const argumentMissing = (offset) => ({
  offset,
  message: 'syntax error: an argument is missing before ")"'
});

/** prepareFormula without its function, and where each processed character (and one past) came from. */
function prepared(source, options) {
  const { toOriginal, ...rest } = prepareFormula(source, options);
  const origin = [...Array(rest.fullText.length + 2).keys()].map(toOriginal);
  return { ...rest, origin };
}

describe('prepareFormula: rewriting', () => {
  test('plain text passes unchanged, with each character at its own place', () => {
    assert.deepEqual(prepared('Flag__c'), {
      text: 'Flag__c',
      fullText: 'Flag__c',
      lead: 0,
      problems: [],
      operations: [],
      origin: [0, 1, 2, 3, 4, 5, 6, 7, 7]
    });
  });

  test('blanks before and after are trimmed from text, kept in fullText, and counted in lead', () => {
    const result = prepared(' \n Flag__c \n');
    assert.equal(result.text, 'Flag__c');
    assert.equal(result.fullText, ' \n Flag__c \n');
    assert.equal(result.lead, 3);
  });

  test('a backslash escape in a string becomes two plain characters in place', () => {
    const result = prepared('"x\\"y" = \'it\\\'s\'');
    assert.equal(result.text, '"x__y" = \'it__s\'');
    assert.deepEqual(result.operations, [op('equal', 7, '=')]);
    assert.deepEqual(result.origin.slice(0, 17), [...Array(17).keys()]);
  });

  test('a string keeps its operators and comment marks as text', () => {
    const result = prepared('"a & b /* c */ -d, e)" & x');
    assert.equal(result.text, '"a & b /* c */ -d, e)" + x');
    assert.deepEqual(result.operations, [op('add', 23, '&', true)]);
    assert.deepEqual(result.problems, []);
  });

  test('a backslash at the very end of an unclosed string is kept for the parser', () => {
    assert.equal(prepared('"a\\').text, '"a\\');
    assert.equal(prepared('"abc').text, '"abc');
    assert.deepEqual(prepared('"abc').origin, [0, 1, 2, 3, 4, 4]);
  });

  test('a closed comment is blanked, line breaks kept, and the next operand follows it', () => {
    const result = prepared('a /* x\n y */ + b');
    assert.equal(result.fullText, 'a     \n      + b');
    assert.equal(result.text, 'a     \n      + b');
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.operations, [op('add', 13, '+')]);
  });

  test('a comment ends at the first */ after its /*, not at the * of its own /*', () => {
    assert.equal(prepared('/*/ a */ b').text, 'b');
    assert.deepEqual(prepared('/*/ a */ b').problems, []);
  });

  test('a comment between two operands leaves them without an operator', () => {
    assert.deepEqual(prepared('a /* x */ b').problems, [missing(10, 'a', 'b')]);
  });

  test('a comment that is never closed is blanked to the end and reported where it starts', () => {
    const result = prepared('x /* open\nstill');
    assert.equal(result.fullText, 'x        \n     ');
    assert.equal(result.text, 'x');
    assert.deepEqual(result.problems, [
      { offset: 2, message: 'syntax error: a /* comment is never closed with */' }
    ]);
  });

  test('a lone slash or star is an operator, not a comment', () => {
    assert.deepEqual(prepared('a / b * c').operations, [
      op('divide', 2, '/'),
      op('multiply', 6, '*')
    ]);
    assert.equal(prepared('a */ b').text, 'a */ b');
  });

  test('merge field braces become blanks in flows only', () => {
    const flow = prepared('{!a} & {!b}', { mergeFields: true });
    assert.equal(flow.fullText, '  a  +   b ');
    assert.equal(flow.text, 'a  +   b');
    assert.equal(flow.lead, 2);
    assert.deepEqual(flow.operations, [op('add', 5, '&', true)]);
    assert.deepEqual(flow.origin, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11]);
    const object = prepared('{!a}');
    assert.equal(object.text, '{!a}');
    assert.deepEqual(object.operations, [op('not', 1, '!')]);
    assert.equal(prepared('a}', { mergeFields: true }).text, 'a');
    assert.equal(prepared('a}').text, 'a}');
    assert.equal(prepared('{a', { mergeFields: true }).text, '{a');
  });

  test('a colon between a name and a letter becomes a dot (polymorphic path)', () => {
    assert.equal(prepared('Owner:User.Name').text, 'Owner.User.Name');
    assert.equal(prepared('What_1:Account').text, 'What_1.Account');
    assert.equal(prepared('Owner:_x').text, 'Owner._x');
    for (const kept of [':b', '1:2', 'a:1', 'a :b', 'a: b', 'a:'])
      assert.equal(prepared(kept).text, kept, kept);
  });

  test('&& stays, & becomes + marked as concatenation', () => {
    const result = prepared('a && b & c');
    assert.equal(result.text, 'a && b + c');
    assert.deepEqual(result.operations, [op('and', 2, '&&'), op('add', 7, '&', true)]);
    assert.deepEqual(prepared('a\t&\nb').operations, [op('add', 2, '&', true)]);
    assert.equal(prepared('a&&b').text, 'a&&b');
  });
});

describe('prepareFormula: unary minus', () => {
  const UNARY = [
    ['-Seats', '0-Seats'],
    ['-(a)', '0-(a)'],
    ['(  -x)', '(  0-x)'],
    ['a,  - b', 'a,  0- b'],
    ['x=-y', 'x=0-y'],
    ['x<-y', 'x<0-y'],
    ['x>-y', 'x>0-y'],
    ['x+-y', 'x+0-y'],
    ['x--y', 'x-0-y'],
    ['x*-y', 'x*0-y'],
    ['x/-y', 'x/0-y'],
    ['x^-y', 'x^0-y'],
    ['x&-y', 'x+0-y'],
    ['x|-y', 'x|0-y'],
    ['!-y', '!0-y'],
    ['x /* c */ * -y', 'x         * 0-y'],
    ['- ', '0-']
  ];
  for (const [source, text] of UNARY)
    test(`${source} reads as ${text}`, () => assert.equal(prepared(source).text, text));

  const KEPT = ['-1', '- 1', '-.5', '- .5', 'a - b', 'a-b', '(a) - b', '"x" - b', '1 - b'];
  for (const source of KEPT)
    test(`${source} is left as written`, () => assert.equal(prepared(source).text, source));

  test('the 0 comes from the minus sign, so places after it are unchanged', () => {
    assert.deepEqual(prepared('x*-y').origin, [0, 1, 2, 2, 3, 4, 4]);
    assert.deepEqual(prepared('x*-y').operations, [op('multiply', 1, '*'), op('subtract', 3, '-')]);
  });
});

describe('prepareFormula: operations and syntax errors', () => {
  test('every operator gets formulon id, in text order', () => {
    const result = prepared(
      "'s' <= 1 >= 2 <> 3 != 4 == 5 && 6 || 7 ^ 8 * 9 / 10 ! 11 < 12 > 13 = 14 + 15 - 16"
    );
    assert.deepEqual(result.operations, [
      op('lessThanOrEqual', 4, '<='),
      op('greaterThanOrEqual', 9, '>='),
      op('unequal', 14, '<>'),
      op('unequal', 19, '!='),
      op('equal', 24, '=='),
      op('and', 29, '&&'),
      op('or', 34, '||'),
      op('exponentiate', 39, '^'),
      op('multiply', 43, '*'),
      op('divide', 47, '/'),
      op('not', 52, '!'),
      op('lessThan', 57, '<'),
      op('greaterThan', 62, '>'),
      op('equal', 67, '='),
      op('add', 72, '+'),
      op('subtract', 77, '-')
    ]);
    assert.deepEqual(result.problems, []);
  });

  test('a name followed by "(" is a call, with its id in lower case and its text as written', () => {
    assert.deepEqual(prepared('IsBlank(x) + F (y)').operations, [
      call('isblank', 0, 'IsBlank'),
      op('add', 11, '+'),
      call('f', 13, 'F')
    ]);
  });

  test('a single | or another stray character is no operation', () => {
    assert.deepEqual(prepared('a | b ~ c').operations, []);
  });

  test('a trailing comma is an argument missing before ")"', () => {
    assert.deepEqual(prepared('AND(a,)').problems, [argumentMissing(6)]);
    assert.deepEqual(prepared('AND(a, )').problems, [argumentMissing(7)]);
    assert.deepEqual(prepared('AND(a, b)').problems, []);
    assert.deepEqual(prepared('(a, , b)').problems, []);
    assert.deepEqual(prepared(',)').problems, [argumentMissing(1)]);
  });

  test('two operands side by side are refused, whatever their kind', () => {
    const CASES = [
      ['AND(a b)', [missing(6, 'a', 'b')]],
      ['1 2', [missing(2, '1', '2')]],
      ['1.5 .5 2.', [missing(4, '1.5', '.5'), missing(7, '.5', '2.')]],
      ['"a" (b)', [missing(4, '"a"', '(')]],
      ["'a' 'b'", [missing(4, "'a'", "'b'")]],
      ["'ab' x", [missing(5, "'ab'", 'x')]],
      ['x "abc', [missing(2, 'x', '"abc')]],
      ["x 'abc", [missing(2, 'x', "'abc")]],
      ['f(x) g(y)', [missing(5, ')', 'g')]],
      ['(a)(b)', [missing(3, ')', '(')]],
      ['a.b c', [missing(4, 'a.b', 'c')]],
      ['$User.Id x', [missing(9, '$User.Id', 'x')]],
      ['a_1 $b', [missing(4, 'a_1', '$b')]],
      ['x 1', [missing(2, 'x', '1')]]
    ];
    for (const [source, problems] of CASES)
      assert.deepEqual(prepared(source).problems, problems, source);
  });

  test('operands with an operator or comma between them, or a call after an operator, pass', () => {
    for (const source of ['a + b', 'f(a, b)', '(a) * (b)', 'NOT(a)', '1 < f(2)', '"a" & b', 'a'])
      assert.deepEqual(prepared(source).problems, [], source);
  });

  test('the first token is never compared with one before it', () => {
    assert.deepEqual(prepared(')').problems, []);
    assert.deepEqual(prepared('a').problems, []);
  });

  test('problems come in the order of the text', () => {
    assert.deepEqual(prepared('/* x */ AND(a b,)').problems, [
      missing(14, 'a', 'b'),
      argumentMissing(16)
    ]);
    assert.deepEqual(prepared('AND(a b) /* x').problems, [
      missing(6, 'a', 'b'),
      { offset: 9, message: 'syntax error: a /* comment is never closed with */' }
    ]);
  });

  test('offsets past the end map to the end of the original', () => {
    const result = prepareFormula('{!a}', { mergeFields: true });
    assert.equal(result.toOriginal(3), 3);
    assert.equal(result.toOriginal(4), 4);
    assert.equal(result.toOriginal(99), 4);
  });

  test('an empty formula gives empty text', () => {
    assert.deepEqual(prepared('   '), {
      text: '',
      fullText: '   ',
      lead: 3,
      problems: [],
      operations: [],
      origin: [0, 1, 2, 3, 3]
    });
  });
});

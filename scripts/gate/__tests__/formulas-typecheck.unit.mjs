/*
 * checkFormula, in process: one formula against field types given by a resolver, with the exact
 * message and the offset a person is pointed to. Messages in formulon's words are those Salesforce
 * gives for the same mistake; the checker's own cover what formulon misses (see typecheck.mjs).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  assertFormulonVersion,
  dispatch,
  existingFunctions,
  FORMULON_VERSION,
  salesforceParser
} from '../formulas/formulon.mjs';
import { checkFormula, display, sample, UNKNOWN } from '../formulas/typecheck.mjs';

const TYPES = {
  N: ['number'],
  D: ['date'],
  DT: ['datetime'],
  T: ['text'],
  P: ['picklist'],
  M: ['multipicklist'],
  B: ['checkbox'],
  TM: ['time'],
  G: ['geolocation'],
  S: ['text', 'picklist'], // a standard String: text or picklist
  E: [] // a field the checker cannot type
};
function resolve(name) {
  if (name === 'Bad') return { error: 'Thing__c has no field Bad' };
  return TYPES[name] ? { types: TYPES[name] } : {};
}

/** { problem: { offset, message } } or { types }; no expected type unless given. */
const check = (
  formula,
  { kind = 'validation rule', recordTriggered, expected, mergeFields } = {}
) =>
  checkFormula(formula, {
    resolve,
    context: { kind, recordTriggered },
    expected,
    mergeFields
  });
const typesOf = (formula, options) => {
  const result = check(formula, options);
  assert.equal(result.problem, undefined, `${formula}: ${result.problem?.message}`);
  return result.types;
};
const problem = (offset, message) => ({ problem: { offset, message } });
const wrongType = (name, expected, received) =>
  `Incorrect parameter type for ${name}. Expected ${expected}, received ${received}`;
const wrongCount = (fn, expected, received) =>
  `Incorrect number of parameters for function '${fn}()'. Expected ${expected}, received ${received}`;

describe('formulon internals', () => {
  test('the installed formulon is the version the checker was written against', () => {
    const main = createRequire(import.meta.url).resolve('formulon');
    const installed = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8'));
    assert.equal(FORMULON_VERSION, installed.version);
    assert.doesNotThrow(() => assertFormulonVersion(installed.version));
  });

  test('another formulon version stops the checker, saying what to do', () => {
    assert.throws(() => assertFormulonVersion('6.26.0'), {
      message: `formulon 6.26.0 is installed, the formulas checker was written against ${FORMULON_VERSION}: check scripts/gate/formulas/formulon.mjs against the new version, then change FORMULON_VERSION`
    });
  });

  test('its parser, dispatch and function table are reached', () => {
    assert.deepEqual(salesforceParser.parse('a'), { type: 'identifier', name: 'a' });
    assert.equal(typeof salesforceParser.SyntaxError, 'function');
    assert.equal(existingFunctions.abs.returnType, 'number');
    assert.equal(dispatch('abs', [sample('number')]).value, 1);
  });
});

describe('display and sample', () => {
  test('display names every data type as Salesforce writes it, and passes others through', () => {
    assert.deepEqual(
      [
        'text',
        'number',
        'checkbox',
        'date',
        'datetime',
        'time',
        'picklist',
        'multipicklist',
        'geolocation',
        'null',
        'other'
      ].map(display),
      [
        'Text',
        'Number',
        'Checkbox',
        'Date',
        'Datetime',
        'Time',
        'Picklist',
        'Multipicklist',
        'Geolocation',
        'Null',
        'other'
      ]
    );
  });

  test('sample gives a formulon literal of each type, and null for an unknown type', () => {
    const literal = (dataType, value, options = {}) => ({
      type: 'literal',
      dataType,
      value,
      options
    });
    assert.deepEqual(sample('text'), literal('text', 'a', { length: 1 }));
    assert.deepEqual(sample('number'), literal('number', 1, { length: 1, scale: 0 }));
    assert.deepEqual(sample('checkbox'), literal('checkbox', true));
    assert.deepEqual(sample('date'), literal('date', new Date('2024-01-15T00:00:00Z')));
    assert.deepEqual(sample('datetime'), literal('datetime', new Date('2024-01-15T12:00:00Z')));
    assert.deepEqual(sample('time'), literal('time', new Date('1970-01-01T12:00:00Z')));
    assert.deepEqual(sample('picklist'), literal('picklist', 'a'));
    assert.deepEqual(sample('multipicklist'), literal('multipicklist', ['a']));
    assert.deepEqual(sample('geolocation'), literal('geolocation', [1, 2]));
    assert.deepEqual(sample('blob'), literal('null', null));
    assert.deepEqual(sample('null'), literal('null', null));
  });

  test('UNKNOWN is a marker of its own', () => assert.equal(UNKNOWN, 'unknown'));
});

describe('checkFormula: results and the expected type', () => {
  test('each field type gives its own type', () => {
    for (const [name, types] of Object.entries(TYPES).filter(([n]) => n !== 'E'))
      assert.deepEqual(typesOf(name), types, name);
  });

  test('a name without types, or that the resolver does not know, gives no verdict', () => {
    assert.deepEqual(check('E'), { types: [] });
    assert.deepEqual(check('E + 1'), { types: [] });
    assert.deepEqual(check('Unknown__c > 1', { expected: ['checkbox'] }), { types: [] });
    assert.deepEqual(check('Unknown__c', { expected: ['checkbox'] }), { types: [] });
  });

  test('a result of another type than expected is refused, naming both', () => {
    assert.deepEqual(
      check('N', { expected: ['checkbox'] }),
      problem(
        0,
        'formula result is data type (Number), incompatible with expected data type (Checkbox)'
      )
    );
    assert.deepEqual(
      check('  S', { expected: ['date', 'number'] }),
      problem(
        2,
        'formula result is data type (Text or Picklist), incompatible with expected data type (Date or Number)'
      )
    );
  });

  test('a result among the expected types, or null, passes', () => {
    assert.deepEqual(check('S', { expected: ['picklist'] }), { types: ['text', 'picklist'] });
    assert.deepEqual(check('N + 1', { expected: ['text', 'number'] }), { types: ['number'] });
    assert.deepEqual(check('null', { expected: ['date'] }), { types: ['null'] });
    assert.deepEqual(check('IF(B, null, D)', { expected: ['date'] }), { types: ['date'] });
  });

  test('a literal keeps its type', () => {
    assert.deepEqual(check('"a"'), { types: ['text'] });
    assert.deepEqual(check('1.5'), { types: ['number'] });
    assert.deepEqual(check('true'), { types: ['checkbox'] });
  });

  test('a name that does not resolve is refused where it is written', () => {
    assert.deepEqual(check('Bad'), problem(0, 'Thing__c has no field Bad'));
    assert.deepEqual(check('  N + Bad'), problem(6, 'Thing__c has no field Bad'));
    assert.deepEqual(check('NBad + Bad'), problem(7, 'Thing__c has no field Bad'));
    assert.deepEqual(check('"Bad" & Bad'), problem(8, 'Thing__c has no field Bad'));
    assert.deepEqual(check("'a Bad' & Bad"), problem(10, 'Thing__c has no field Bad'));
    assert.deepEqual(check('"x Bad" & Bad'), problem(10, 'Thing__c has no field Bad'));
  });

  test('a resolver error on a name with dots or $ is placed on the whole name', () => {
    const resolveDotted = (name) => (name === '$User.Bad' ? { error: 'no $User.Bad' } : {});
    const { problem: found } = checkFormula('x + $User.Bad + 1', {
      resolve: resolveDotted,
      context: { kind: 'validation rule' }
    });
    assert.deepEqual(found, { offset: 4, message: 'no $User.Bad' });
  });
});

describe('checkFormula: syntax', () => {
  test('an empty formula, or one of blanks only, is refused', () => {
    assert.deepEqual(check(''), problem(0, 'the formula is empty'));
    assert.deepEqual(check(' \n '), problem(0, 'the formula is empty'));
    assert.deepEqual(check('/* only a comment */'), problem(0, 'the formula is empty'));
  });

  test('a formula that stops early points at its end and quotes its last line', () => {
    assert.deepEqual(
      check('N +'),
      problem(3, 'syntax error: unexpected end of the formula in "N +"')
    );
    assert.deepEqual(
      check('(B'),
      problem(2, 'syntax error: unexpected end of the formula in "(B"')
    );
  });

  test('blanks after an unfinished formula are not what is unexpected', () => {
    assert.deepEqual(
      check('  N + '),
      problem(5, 'syntax error: unexpected end of the formula in "N +"')
    );
    assert.deepEqual(
      check('\n N\n + \n\n'),
      problem(6, 'syntax error: unexpected end of the formula in "+"')
    );
  });

  test('an unexpected character is named, with the line it is on', () => {
    assert.deepEqual(check('N + 1 )'), problem(6, 'syntax error: unexpected ")" in "N + 1 )"'));
    assert.deepEqual(
      check('AND(\n  B,\n  N < = 1\n)'),
      problem(16, 'syntax error: unexpected "=" in "N < = 1"')
    );
    assert.deepEqual(check('N +\n  * 2'), problem(6, 'syntax error: unexpected "*" in "* 2"'));
    assert.deepEqual(
      check('/* x */ N + )'),
      problem(12, 'syntax error: unexpected ")" in "/* x */ N + )"')
    );
  });

  test('the first of several syntax errors is reported', () => {
    assert.deepEqual(
      check('AND(B B) + ('),
      problem(6, 'syntax error: missing "," or an operator between "B" and "B"')
    );
    assert.deepEqual(
      check('N + ) /* x'),
      problem(4, 'syntax error: unexpected ")" in "N + ) /* x"')
    );
    assert.deepEqual(
      check('AND(B,) +'),
      problem(6, 'syntax error: an argument is missing before ")"')
    );
  });

  test('merge fields are read only when asked (flows)', () => {
    assert.deepEqual(check('{!N} + 1', { mergeFields: true }), { types: ['number'] });
    assert.equal(check('{!N} + 1').problem.offset, 0);
  });
});

describe('checkFormula: functions formulon lacks', () => {
  test('each one takes its parameter types and returns its type', () => {
    const CASES = [
      ['ISNUMBER(T)', ['checkbox']],
      ['CURRENCYRATE(T)', ['number']],
      ['INITCAP(T)', ['text']],
      ['REVERSE(T)', ['text']],
      ['HTMLENCODE(T)', ['text']],
      ['JSENCODE(T)', ['text']],
      ['JSINHTMLENCODE(T)', ['text']],
      ['URLENCODE(T)', ['text']],
      ['ISOWEEK(D)', ['number']],
      ['ISOYEAR(D)', ['number']],
      ['UNIXTIMESTAMP(D)', ['number']],
      ['UNIXTIMESTAMP(DT)', ['number']],
      ['FROMUNIXTIME(N)', ['datetime']],
      ['PICKLISTCOUNT(P)', ['number']],
      ['PICKLISTCOUNT(M)', ['number']],
      ['FORMATDURATION(N)', ['text']],
      ['FORMATDURATION(N, B)', ['text']],
      ['ISNEW()', ['checkbox']],
      ['ISCLONE()', ['checkbox']],
      ['ISCHANGED(G)', ['checkbox']],
      ['PRIORVALUE(D)', ['date']],
      ['PRIORVALUE(S)', ['text', 'picklist']],
      ['VLOOKUP(N, T, D)', []],
      ['VLOOKUP(N, T, D) + 1', []],
      ['ISNUMBER(null)', ['checkbox']],
      ['ISNUMBER(S)', ['checkbox']]
    ];
    for (const [formula, types] of CASES) assert.deepEqual(typesOf(formula), types, formula);
  });

  test('a wrong parameter type names the function and the types it takes', () => {
    const CASES = [
      ['ISNUMBER(N)', 'ISNUMBER', 'Text', 'Number'],
      ['CURRENCYRATE(D)', 'CURRENCYRATE', 'Text', 'Date'],
      ['INITCAP(B)', 'INITCAP', 'Text', 'Checkbox'],
      ['REVERSE(N)', 'REVERSE', 'Text', 'Number'],
      ['HTMLENCODE(N)', 'HTMLENCODE', 'Text', 'Number'],
      ['JSENCODE(N)', 'JSENCODE', 'Text', 'Number'],
      ['JSINHTMLENCODE(N)', 'JSINHTMLENCODE', 'Text', 'Number'],
      ['URLENCODE(N)', 'URLENCODE', 'Text', 'Number'],
      ['ISOWEEK(DT)', 'ISOWEEK', 'Date', 'Datetime'],
      ['ISOYEAR(T)', 'ISOYEAR', 'Date', 'Text'],
      ['UNIXTIMESTAMP(T)', 'UNIXTIMESTAMP', 'Date, Datetime', 'Text'],
      ['FROMUNIXTIME(T)', 'FROMUNIXTIME', 'Number', 'Text'],
      ['PICKLISTCOUNT(T)', 'PICKLISTCOUNT', 'Picklist, Multipicklist', 'Text'],
      ['ISNUMBER(TM)', 'ISNUMBER', 'Text', 'Time'],
      ['ISNUMBER(G)', 'ISNUMBER', 'Text', 'Geolocation']
    ];
    for (const [formula, fn, expected, received] of CASES)
      assert.deepEqual(
        check(formula),
        problem(0, wrongType(`function '${fn}()'`, expected, received)),
        formula
      );
  });

  test('a wrong number of parameters gives the count, or the range', () => {
    assert.deepEqual(check('ISNUMBER()'), problem(0, wrongCount('ISNUMBER', 1, 0)));
    assert.deepEqual(check('ISNUMBER(T, T)'), problem(0, wrongCount('ISNUMBER', 1, 2)));
    assert.deepEqual(check('ISNEW(N)'), problem(0, wrongCount('ISNEW', 0, 1)));
    assert.deepEqual(check('VLOOKUP(N, N)'), problem(0, wrongCount('VLOOKUP', 3, 2)));
    assert.deepEqual(
      check('FORMATDURATION()'),
      problem(0, wrongCount('FORMATDURATION', '1 to 2', 0))
    );
    assert.deepEqual(
      check('FORMATDURATION(N, N, N)'),
      problem(0, wrongCount('FORMATDURATION', '1 to 2', 3))
    );
  });

  test('ISCHANGED and PRIORVALUE take one field, not an expression', () => {
    for (const formula of ['ISCHANGED(N + 1)', 'ISCHANGED(N, N)', 'ISCHANGED()'])
      assert.deepEqual(check(formula), problem(0, 'ISCHANGED() takes one field'), formula);
    for (const formula of ['PRIORVALUE(1)', 'PRIORVALUE(ABS(N))'])
      assert.deepEqual(check(formula), problem(0, 'PRIORVALUE() takes one field'), formula);
    assert.deepEqual(check('B && ISCHANGED("x")'), problem(5, 'ISCHANGED() takes one field'));
  });
});

describe('checkFormula: functions by context', () => {
  const verdicts = (formula) =>
    [
      { kind: 'validation rule' },
      { kind: 'formula field' },
      { kind: 'default value' },
      { kind: 'flow formula', recordTriggered: false },
      { kind: 'flow formula', recordTriggered: true }
    ].map((options) => check(formula, options).problem?.message ?? 'ok');
  const not = (fn, kind) => `${fn}() is not available in a ${kind}`;

  test('ISCHANGED and ISNEW: validation rules and record-triggered flows', () => {
    for (const [formula, fn] of [
      ['ISCHANGED(N)', 'ISCHANGED'],
      ['ISNEW()', 'ISNEW']
    ])
      assert.deepEqual(verdicts(formula), [
        'ok',
        not(fn, 'formula field'),
        not(fn, 'default value'),
        not(fn, 'flow formula'),
        'ok'
      ]);
  });

  test('ISCLONE, PRIORVALUE and VLOOKUP: validation rules only', () => {
    for (const [formula, fn] of [
      ['ISCLONE()', 'ISCLONE'],
      ['PRIORVALUE(N)', 'PRIORVALUE'],
      ['VLOOKUP(N, N, N)', 'VLOOKUP']
    ])
      assert.deepEqual(verdicts(formula), [
        'ok',
        not(fn, 'formula field'),
        not(fn, 'default value'),
        not(fn, 'flow formula'),
        not(fn, 'flow formula')
      ]);
  });

  test('IMAGE: everywhere but flows', () => {
    assert.deepEqual(verdicts('IMAGE("a", "b")'), [
      'ok',
      'ok',
      'ok',
      not('IMAGE', 'flow formula'),
      not('IMAGE', 'flow formula')
    ]);
  });

  test('the context is checked before the arguments', () => {
    assert.deepEqual(
      check('PRIORVALUE(1)', { kind: 'formula field' }),
      problem(0, not('PRIORVALUE', 'formula field'))
    );
    assert.deepEqual(
      check('N > 1 && ISNEW()', { kind: 'formula field' }),
      problem(9, not('ISNEW', 'formula field'))
    );
  });

  test('other functions are available everywhere', () => {
    assert.deepEqual(verdicts('ISBLANK(N)'), ['ok', 'ok', 'ok', 'ok', 'ok']);
  });
});

describe('checkFormula: what formulon accepts and Salesforce refuses', () => {
  test('IF branches of different types', () => {
    assert.deepEqual(
      check('IF(B, D, DT)'),
      problem(0, wrongType("function 'IF()'", 'Date', 'Datetime'))
    );
    assert.deepEqual(
      check('IF(B, 1, 2) + IF(B, T, 3)'),
      problem(14, wrongType("function 'IF()'", 'Text', 'Number'))
    );
    assert.deepEqual(typesOf('IF(B, null, D)'), ['date']);
    assert.deepEqual(typesOf('IF(B, D, null)'), ['date']);
    assert.deepEqual(typesOf('IF(B, null, null)'), ['null']);
    assert.deepEqual(typesOf('IF(N > 1, T, "x")'), ['text']);
  });

  test('IF with one branch of two candidate types passes when one candidate matches', () => {
    assert.deepEqual(typesOf('IF(B, S, T)'), ['text']);
    assert.deepEqual(typesOf('IF(B, S, S)'), ['text']);
    assert.deepEqual(
      check('IF(B, S, N)'),
      problem(0, wrongType("function 'IF()'", 'Text', 'Number'))
    );
  });

  test('IF and CASE with too few arguments are refused with their count, not a crash', () => {
    assert.deepEqual(check('IF(B, N)'), problem(0, wrongCount('IF', 3, 2)));
    assert.deepEqual(check('IF(B)'), problem(0, wrongCount('IF', 3, 1)));
    assert.deepEqual(check('CASE(N, 1, 2)'), problem(0, wrongCount('CASE', 4, 3)));
  });

  test('CASE results of different types, the else value included', () => {
    assert.deepEqual(
      check('CASE(N, 1, "a", 2, 3, "c")'),
      problem(0, wrongType("function 'CASE()'", 'Text', 'Number'))
    );
    assert.deepEqual(
      check('CASE(N, 1, "a", 2)'),
      problem(0, wrongType("function 'CASE()'", 'Text', 'Number'))
    );
    assert.deepEqual(typesOf('CASE(N, 1, "a", "b")'), ['text']);
    assert.deepEqual(typesOf('CASE(N, 1, "a", 2, "b", "c")'), ['text']);
    assert.deepEqual(typesOf('CASE(T, "x", 1, "y", 2, 3)'), ['number']);
    assert.deepEqual(typesOf('CASE(S, "a", 1, 2)'), ['number']);
  });

  test('>= between different types; the other comparisons are formulon’s', () => {
    assert.deepEqual(
      check('N >= 1 && D >= DT'),
      problem(12, wrongType("operator '>='", 'Date', 'Datetime'))
    );
    assert.deepEqual(check('N >= D'), problem(2, wrongType("operator '>='", 'Number', 'Date')));
    assert.deepEqual(typesOf('D >= D'), ['checkbox']);
    assert.deepEqual(typesOf('D >= null'), ['checkbox']);
    assert.deepEqual(check('D <= DT'), problem(2, wrongType("operator '<='", 'Date', 'Datetime')));
  });

  test('Time = Time and Time <> Time are Checkbox (formulon refuses them)', () => {
    assert.deepEqual(typesOf('TM = TM'), ['checkbox']);
    assert.deepEqual(typesOf('TM <> TM'), ['checkbox']);
    assert.deepEqual(typesOf('TM = null'), ['checkbox']);
    assert.deepEqual(typesOf('null = null'), ['checkbox']);
    assert.deepEqual(
      check('TM = N'),
      problem(3, wrongType("operator '='", 'Text, Number, Date, Datetime, Checkbox', 'Time'))
    );
    assert.deepEqual(
      check('TM + TM > TM'),
      problem(3, wrongType("operator '+'", 'Number', 'Time'))
    );
  });

  test('& demands Text on both sides', () => {
    assert.deepEqual(check('T & N'), problem(2, wrongType("operator '&'", 'Text', 'Number')));
    assert.deepEqual(check('P & T'), problem(2, wrongType("operator '&'", 'Text', 'Picklist')));
    assert.deepEqual(
      check('T & "a" & B'),
      problem(8, wrongType("operator '&'", 'Text', 'Checkbox'))
    );
    assert.deepEqual(typesOf('null & T'), ['text']);
    assert.deepEqual(typesOf('S & T'), ['text']);
    assert.deepEqual(typesOf('T & E'), []);
  });

  test('a picklist outside the functions that read it says how to read it', () => {
    assert.deepEqual(
      check('P = "a" && B'),
      problem(
        2,
        `${wrongType("operator '='", 'Text, Number, Date, Datetime, Checkbox', 'Picklist')}: a picklist is read only through ISPICKVAL, TEXT, CASE and a few others`
      )
    );
    assert.deepEqual(typesOf('ISPICKVAL(P, "a") && B'), ['checkbox']);
    assert.deepEqual(typesOf('TEXT(S)'), ['text']);
  });
});

describe('checkFormula: formulon verdicts, placed on their call or operator', () => {
  test('a function type error keeps formulon’s message, on the function', () => {
    assert.deepEqual(
      check('NOT(T)'),
      problem(0, wrongType("function 'NOT()'", 'Checkbox', 'Text'))
    );
    assert.deepEqual(
      check('B && NOT(N)'),
      problem(5, wrongType("function 'NOT()'", 'Checkbox', 'Number'))
    );
  });

  test('an operator type error names the operator as written, on the operator', () => {
    assert.deepEqual(check('T = N'), problem(2, wrongType("operator '='", 'Text', 'Number')));
    assert.deepEqual(check('B && N'), problem(2, wrongType("operator '&&'", 'Checkbox', 'Number')));
    assert.deepEqual(check('B || N'), problem(2, wrongType("operator '||'", 'Checkbox', 'Number')));
    assert.deepEqual(check('T <> N'), problem(2, wrongType("operator '<>'", 'Text', 'Number')));
  });

  test('the same operator or function twice: the error is on the one that failed', () => {
    assert.deepEqual(
      check('B && B && N'),
      problem(7, wrongType("operator '&&'", 'Checkbox', 'Number'))
    );
    assert.deepEqual(
      check('B && N && B'),
      problem(2, wrongType("operator '&&'", 'Checkbox', 'Number'))
    );
    assert.deepEqual(check('N + N + T'), problem(6, wrongType("operator '+'", 'Number', 'Text')));
    assert.deepEqual(check('N + T + N'), problem(2, wrongType("operator '+'", 'Number', 'Text')));
    assert.deepEqual(
      check('AND(B, AND(B, N))'),
      problem(7, wrongType("function 'AND()'", 'Checkbox', 'Number'))
    );
    assert.deepEqual(
      check('AND(AND(B, N), B)'),
      problem(4, wrongType("function 'AND()'", 'Checkbox', 'Number'))
    );
  });

  test('an infix operator whose left operand holds the same operator is placed on its own', () => {
    const nested = 'Number, Date, Datetime, Time';
    const CASES = [
      ['N - N - T', 6, "'-'", nested, 'Text'],
      ['N * N * T', 6, "'*'", 'Number', 'Text'],
      ['N / N / T', 6, "'/'", 'Number', 'Text'],
      ['(N ^ N) ^ T', 8, "'^'", 'Number', 'Text'],
      ['(N = N) = 1', 8, "'='", 'Checkbox', 'Number'],
      ['(N <> N) <> 1', 9, "'<>'", 'Checkbox', 'Number'],
      ['(N < N) < 1', 8, "'<'", nested, 'Checkbox'],
      ['(N <= N) <= 1', 9, "'<='", nested, 'Checkbox'],
      ['(N > N) > 1', 8, "'>'", nested, 'Checkbox'],
      ['(N >= N) >= 1', 9, "'>='", 'Checkbox', 'Number'],
      ['B || B || N', 7, "'||'", 'Checkbox', 'Number']
    ];
    for (const [formula, offset, operator, expected, received] of CASES)
      assert.deepEqual(
        check(formula),
        problem(offset, wrongType(`operator ${operator}`, expected, received)),
        formula
      );
  });

  test('an operator inside a call, and a call inside an operator, each keep their place', () => {
    assert.deepEqual(
      check('NOT(B) && ABS(T) > 1'),
      problem(10, wrongType("function 'ABS()'", 'Number', 'Text'))
    );
    assert.deepEqual(
      check('AND(B, N = T)'),
      problem(9, wrongType("operator '='", 'Number', 'Text'))
    );
    assert.deepEqual(
      check('(N + 1) * (T - 2) > 0'),
      problem(13, wrongType("operator '-'", 'Number, Date, Datetime, Time', 'Text'))
    );
  });

  test('a call formulon has no entry for is refused with its message', () => {
    assert.deepEqual(check('NOPE(N)'), problem(0, 'Unknown function NOPE. Check spelling.'));
  });

  test('a function whose sample value fails stands in with its declared type', () => {
    assert.deepEqual(typesOf('DATEVALUE(T)'), ['date']);
    assert.deepEqual(typesOf('DATEVALUE(T) + N'), ['date']);
    assert.deepEqual(typesOf('VALUE(T) + 1'), ['number']);
    assert.deepEqual(typesOf('LOG(N)'), ['number']);
    assert.deepEqual(typesOf('MID(T, 1, 1)'), ['text']);
    assert.deepEqual(typesOf('REGEX(T, "a")'), ['checkbox']);
  });

  test('a null sample result takes the type of its typed result argument', () => {
    assert.deepEqual(typesOf('IF(B, VALUE(T), N)'), ['number']);
    assert.deepEqual(typesOf('BLANKVALUE(VALUE(T), N)'), ['number']);
    assert.deepEqual(typesOf('NULLVALUE(VALUE(T), 1)'), ['number']);
    assert.deepEqual(typesOf('CASE(N, 1, VALUE(T), 2, N, 3)'), ['number']);
  });

  test('a null result of a function declared with several types stays null', () => {
    assert.deepEqual(typesOf('BLANKVALUE(null, null)'), ['null']);
    assert.deepEqual(typesOf('REGEX(null, "a")'), ['checkbox']);
  });

  test('at most 64 combinations of candidate types are tried, the first candidates first', () => {
    assert.deepEqual(typesOf('CASE(N, 1, P, P)'), ['picklist']);
    assert.deepEqual(typesOf('CASE(N, 1, S, 2, S, 3, S, 4, S, 5, S, 6, S, S)'), ['text']);
  });

  test('formulon failing on a sample value gives no verdict', () => {
    assert.deepEqual(check('CASESAFEID(T)', { expected: ['number'] }), { types: [] });
  });

  test('a String field read as text and as a picklist gives each type once', () => {
    assert.deepEqual(typesOf('BLANKVALUE(S, S)'), ['text']);
    assert.deepEqual(typesOf('S = "a"'), ['checkbox']);
  });
});

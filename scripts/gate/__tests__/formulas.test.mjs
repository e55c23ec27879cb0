/*
 * The formulas checker: a validation rule, formula field, default value or flow formula that does
 * not parse or has a type error fails npm run check with the file, the line and the rule; formulas
 * Salesforce accepts pass, including where formulon alone would refuse or miss them.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { checkFormula } from '../formulas/typecheck.mjs';
import { assertCaught, copyProject, fixture, gateWithPlanted } from './project-copy.mjs';

const OBJECT = 'force-app/main/account-panel/objects/Community_Program_Membership__c';
const FLOWS = 'force-app/main/nomination/flows';
const XML = '<?xml version="1.0" encoding="UTF-8" ?>';
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

const escapeXml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function rule(name, formula) {
  return {
    [`${OBJECT}/validationRules/${name}.validationRule-meta.xml`]: `${XML}
<ValidationRule ${NS}>
  <fullName>${name}</fullName>
  <active>true</active>
  <errorConditionFormula>${escapeXml(formula)}</errorConditionFormula>
  <errorMessage>Planted.</errorMessage>
</ValidationRule>
`
  };
}

function field(name, type, element, formula, extra = '') {
  return {
    [`${OBJECT}/fields/${name}.field-meta.xml`]: `${XML}
<CustomField ${NS}>
  <fullName>${name}</fullName>
  <${element}>${escapeXml(formula)}</${element}>
  <label>${name.replace(/__c$/, '').replaceAll('_', ' ')}</label>${extra}
  <type>${type}</type>
</CustomField>
`
  };
}

const flowWithFormulas = (name, formulas) => ({
  [`${FLOWS}/${name}.flow-meta.xml`]: fixture('Planted_Base.flow-meta.xml').replace(
    '  <interviewLabel>',
    `${formulas
      .map(
        ([formulaName, dataType, expression]) => `  <formulas>
    <name>${formulaName}</name>
    <dataType>${dataType}</dataType>
    <expression>${escapeXml(expression)}</expression>
  </formulas>
`
      )
      .join('')}  <interviewLabel>`
  )
});

/** file:line of the first line of `files` that contains `needle`. */
function at(files, needle) {
  const [[path, content]] = Object.entries(files);
  const index = content.indexOf(needle);
  assert.ok(index >= 0, `${needle} is not in ${path}`);
  return `${path}:${content.slice(0, index).split('\n').length}`;
}

function row(defect, files, needle, message) {
  return { defect, checker: 'formulas', files, names: [at(files, needle), message] };
}

const PLANTED = [
  row(
    "a validation rule with '< =' (a space inside the operator)",
    rule(
      'Planted_Spaced_Operator',
      'AND(\n  NOT(ISBLANK(Subscription_End__c)),\n  Subscription_End__c < = Subscription_Start__c\n)'
    ),
    '&lt; =',
    'validation rule Community_Program_Membership__c.Planted_Spaced_Operator: syntax error: unexpected "="'
  ),
  row(
    'a validation rule comparing a Date to Text',
    rule('Planted_Date_To_Text', 'Subscription_End__c < Proof_Of_Use_URL__c'),
    '<errorConditionFormula>',
    "Incorrect parameter type for operator '<'. Expected Number, Date, Datetime, Time, received Text"
  ),
  row(
    'a validation rule that returns a number, not true or false',
    rule('Planted_Not_Boolean', 'Seats__c + 1'),
    '<errorConditionFormula>',
    'formula result is data type (Number), incompatible with expected data type (Checkbox)'
  ),
  row(
    'a validation rule comparing a picklist with =',
    rule(
      'Planted_Picklist_Equals',
      'AND(\n  Transition_To_Paid__c,\n  Program__c = "Education"\n)'
    ),
    'Program__c = ',
    "Incorrect parameter type for operator '='"
  ),
  row(
    'a validation rule with a missing comma (formulon alone accepts it)',
    rule('Planted_Missing_Comma', 'AND(Transition_To_Paid__c ISBLANK(Seats__c))'),
    '<errorConditionFormula>',
    'syntax error: missing "," or an operator between "Transition_To_Paid__c" and "ISBLANK"'
  ),
  row(
    'IF branches of different types (formulon alone accepts it)',
    rule('Planted_If_Branches', 'IF(Transition_To_Paid__c, Seats__c, "none") = 1'),
    '<errorConditionFormula>',
    "Incorrect parameter type for function 'IF()'. Expected Number, received Text"
  ),
  row(
    'a formula field returning Text where its type is Number',
    field(
      'Planted_Term_Days__c',
      'Number',
      'formula',
      'TEXT(Subscription_End__c - Subscription_Start__c)',
      '\n  <precision>18</precision>\n  <scale>0</scale>'
    ),
    '<formula>',
    'formula field Community_Program_Membership__c.Planted_Term_Days__c: formula result is data type (Text), incompatible with expected data type (Number)'
  ),
  row(
    'ISCHANGED in a formula field (validation rules only)',
    field('Planted_Changed__c', 'Checkbox', 'formula', 'ISCHANGED(Seats__c)'),
    '<formula>',
    'ISCHANGED() is not available in a formula field'
  ),
  row(
    'a text default value written without quotes',
    field('Planted_Note__c', 'Text', 'defaultValue', 'Pending', '\n  <length>80</length>'),
    '<defaultValue>',
    'default value Community_Program_Membership__c.Planted_Note__c: Pending is no field or global: text in a default value goes in quotes ("Pending")'
  ),
  row(
    'a number default value of the wrong type',
    field(
      'Planted_Quota__c',
      'Number',
      'defaultValue',
      '"10"',
      '\n  <precision>5</precision>\n  <scale>0</scale>'
    ),
    '<defaultValue>',
    'formula result is data type (Text), incompatible with expected data type (Number)'
  ),
  row(
    'a flow formula that does not parse',
    flowWithFormulas('Planted_Formula_Syntax', [
      ['daysLeft', 'Number', '(DATEVALUE({!$Flow.CurrentDateTime}) - TODAY()) * / 2']
    ]),
    '<expression>',
    'flow formula daysLeft: syntax error: unexpected "/"'
  ),
  row(
    'a Boolean flow formula comparing a Date to a Datetime',
    flowWithFormulas('Planted_Formula_Type', [
      ['isLate', 'Boolean', '{!$Flow.CurrentDate} > {!$Flow.CurrentDateTime}']
    ]),
    '<expression>',
    "flow formula isLate: Incorrect parameter type for operator '>'. Expected Date, received Datetime"
  )
];

describe('formulas: each planted defect fails the gate with its file, line and rule', () => {
  let run;
  before(() => {
    run = gateWithPlanted('formulas', PLANTED);
  });
  for (const planted of PLANTED) {
    test(`formulas catches ${planted.defect}`, () => assertCaught(run, planted));
  }
});

describe('formulas: what Salesforce accepts passes', () => {
  test('tricky but valid formulas of every kind pass the gate', () => {
    const copy = copyProject();
    try {
      const files = {
        ...rule(
          'Planted_Allowed_Rule',
          [
            '/* prior values, the new record, cross-object paths, $User, comments */',
            'AND(',
            '  NOT(ISNEW()),',
            '  ISCHANGED(Seats__c),',
            '  PRIORVALUE(Seats__c) > -Seats__c,',
            '  ISPICKVAL(PRIORVALUE(Program__c), "Education"),',
            '  TEXT(Program__c) & "-" & Account__r.Name = "Education-Acme",',
            '  ISPICKVAL(Account__r.Type, "Customer"),',
            '  $User.Id <> Account__r.OwnerId,',
            '  CASE(Program__c, "Education", 1, "Open_Source", 2, 0) > 0,',
            '  BEGINS(Proof_Of_Use_URL__c, "https://\\"quoted\\""),',
            '  Subscription_End__c - Subscription_Start__c >= 30,',
            '  DATEVALUE(CreatedDate) <= TODAY()',
            ')'
          ].join('\n')
        ),
        ...field(
          'Planted_Term_Days__c',
          'Number',
          'formula',
          'IF(ISBLANK(Subscription_End__c), NULL, Subscription_End__c - Subscription_Start__c)',
          '\n  <precision>18</precision>\n  <scale>0</scale>'
        ),
        ...field('Planted_Review_On__c', 'Date', 'defaultValue', 'TODAY() + 30'),
        ...field(
          'Planted_Owner_Email__c',
          'Text',
          'defaultValue',
          '$User.Email',
          '\n  <length>80</length>'
        ),
        ...flowWithFormulas('Planted_Allowed_Formulas', [
          [
            'accountLabel',
            'String',
            '{!Get_Account.Name} & " (" & TEXT({!$Flow.CurrentDate}) & ")"'
          ],
          ['isLate', 'Boolean', 'DATEVALUE({!$Flow.CurrentDateTime}) > {!$Flow.CurrentDate}']
        ])
      };
      for (const [path, content] of Object.entries(files)) copy.write(path, content);
      const { status, output } = copy.gate('formulas');
      assert.equal(status, 0, output);
      assert.match(output, /✓ formulas .*validation rules/);
    } finally {
      copy.dispose();
    }
  });
});

describe('formulas: where formulon alone falls short, the checker decides as Salesforce does', () => {
  const TYPES = {
    Seats__c: ['number'],
    Start__c: ['date'],
    Stamp__c: ['datetime'],
    Note__c: ['text'],
    Program__c: ['picklist'],
    Flag__c: ['checkbox'],
    Name: ['text', 'picklist'] // a standard String: text or picklist
  };
  const resolve = (name) => (TYPES[name] ? { types: TYPES[name] } : {});
  const verdict = (formula, kind = 'validation rule') =>
    checkFormula(formula, { resolve, context: { kind }, expected: ['checkbox'] }).problem?.message;

  const ACCEPTED = [
    ['a /* comment */', '/* why */ Flag__c'],
    ['a backslash escape in a string', 'Note__c = "say \\"hi\\""'],
    ['a unary minus before a field', '-Seats__c < 0'],
    ['& binding tighter than = (formulon binds it like &&)', 'Note__c & "x" = "ax"'],
    [
      'ISCHANGED, PRIORVALUE and ISNEW in a validation rule',
      'ISCHANGED(Seats__c) && PRIORVALUE(Seats__c) > 1 && NOT(ISNEW())'
    ],
    ['ISNUMBER (declared but not implemented in formulon)', 'ISNUMBER(Note__c)'],
    ['a function whose sample value fails (DATEVALUE of text)', 'DATEVALUE(Note__c) > TODAY()'],
    ['a null result of a sample value (VALUE of text)', 'VALUE(Note__c) + 1 > 2'],
    ['a standard String read as a picklist', 'ISPICKVAL(Name, "x")'],
    ['a standard String read as text', 'Name = "x"'],
    ['a name the checker cannot type (left to integrity)', 'Unknown__c > 1']
  ];
  for (const [what, formula] of ACCEPTED) {
    test(`accepts ${what}`, () => assert.equal(verdict(formula), undefined, formula));
  }

  const REFUSED = [
    ['a trailing comma', 'AND(Flag__c,)', 'syntax error: an argument is missing before ")"'],
    ['a missing comma', 'AND(Flag__c Flag__c)', 'syntax error: missing ","'],
    ['an unclosed comment', 'Flag__c /* why', 'a /* comment is never closed'],
    [
      'IF branches Date and Datetime',
      'IF(Flag__c, Start__c, Stamp__c) = TODAY()',
      "function 'IF()'. Expected Date, received Datetime"
    ],
    [
      'CASE results of two types',
      'CASE(Seats__c, 1, "a", 2, 3, "c") = "a"',
      "function 'CASE()'. Expected Text, received Number"
    ],
    [
      '>= between Date and Datetime',
      'Start__c >= Stamp__c',
      "operator '>='. Expected Date, received Datetime"
    ],
    ['& on a number', 'Note__c & Seats__c = "a"', "operator '&'. Expected Text, received Number"],
    ['ISCHANGED on an expression', 'ISCHANGED(Seats__c + 1)', 'ISCHANGED() takes one field'],
    ['a picklist compared with =', 'Program__c = "x"', 'a picklist is read only through ISPICKVAL']
  ];
  for (const [what, formula, message] of REFUSED) {
    test(`refuses ${what}`, () =>
      assert.match(
        verdict(formula) ?? 'accepted',
        new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        formula
      ));
  }

  test('PRIORVALUE is refused in a flow formula, ISCHANGED outside record-triggered flows', () => {
    assert.match(
      verdict('PRIORVALUE(Seats__c) > 1', 'flow formula'),
      /PRIORVALUE\(\) is not available/
    );
    assert.match(verdict('ISCHANGED(Seats__c)', 'flow formula'), /ISCHANGED\(\) is not available/);
    const recordTriggered = checkFormula('ISCHANGED(Seats__c)', {
      resolve,
      context: { kind: 'flow formula', recordTriggered: true },
      expected: ['checkbox']
    });
    assert.equal(recordTriggered.problem, undefined);
  });

  test('a syntax error is placed on its own line of the formula', () => {
    const source = 'AND(\n  Flag__c,\n  Seats__c < = 1\n)';
    const { problem } = checkFormula(source, {
      resolve,
      context: { kind: 'validation rule' },
      expected: ['checkbox']
    });
    assert.equal(source.slice(0, problem.offset).split('\n').length, 3);
  });

  test('a type error is placed on the line of its operator', () => {
    const source = 'AND(\n  Flag__c,\n  Seats__c > 1,\n  Start__c > Note__c\n)';
    const { problem } = checkFormula(source, {
      resolve,
      context: { kind: 'validation rule' },
      expected: ['checkbox']
    });
    assert.equal(source.slice(0, problem.offset).split('\n').length, 4, problem.message);
  });
});

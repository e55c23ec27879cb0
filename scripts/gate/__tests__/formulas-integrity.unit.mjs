/*
 * The integrity checker's part for formulas (integrity/formulas.mjs), in process: which names a
 * formula reads as fields, and that each resolves on its object ($Label and $Permission against the
 * project's labels and custom permissions), on a small project written to a temporary folder.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkFormula, checkObjectFormulas, formulaReferences } from '../integrity/formulas.mjs';
import { Schema } from '../integrity/schema.mjs';

describe('formulaReferences', () => {
  const CASES = [
    ['Account__r.Name', ['Account__r.Name']],
    ['a.b.c', ['a.b.c']],
    ['ISBLANK(Seats__c) && Flag__c', ['Seats__c', 'Flag__c']],
    ['TEXT (x)', ['x']],
    ['TEXT\n(x)', ['x']],
    ['"Name" & Note__c', ['Note__c']],
    ['"say \\"Name\\"" & Note__c', ['Note__c']],
    ["'it\\'s Name' & y", ['y']],
    ['\'Name\' & "Other"', []],
    ['/* Name\n Other */ w', ['w']],
    ['a /* b', ['a', 'b']],
    ['a/* x */b', ['a', 'b']],
    ['NOT(null) || TRUE && false and Or not', []],
    ['1a + b2', ['b2']],
    ['12.5 + _u', ['_u']],
    ['1.5e3', []],
    ['Owner:User.Name', ['Owner.Name']],
    ['What:Account.Owner:User.Email', ['What.Owner.Email']],
    ['$Label.Hello', ['$Label.Hello']],
    ['$Setup.X__c.Y__c', ['$Setup.X__c.Y__c']],
    ['x + x', ['x', 'x']],
    ['foo(', []],
    ['x.y(', []],
    ['a.$b', ['a']],
    ['', []]
  ];
  for (const [formula, references] of CASES)
    test(`${JSON.stringify(formula)} reads ${JSON.stringify(references)}`, () =>
      assert.deepEqual(formulaReferences(formula), references));
});

const OBJECTS = 'force-app/main/cap/objects';
const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';
const FILES = {
  'sfdx-project.json': JSON.stringify({ packageDirectories: [{ path: 'force-app' }] }),
  'config/standard-objects.json': JSON.stringify({
    objects: { Account: { fields: { Name: 'String', Owner: '->User' } }, User: { fields: {} } }
  }),
  [`${OBJECTS}/Thing__c/fields/Seats__c.field-meta.xml`]: `${XML}
<CustomField ${NS}>
  <fullName>Seats__c</fullName>
  <type>Number</type>
</CustomField>
`,
  [`${OBJECTS}/Thing__c/fields/Account__c.field-meta.xml`]: `${XML}
<CustomField ${NS}>
  <fullName>Account__c</fullName>
  <referenceTo>Account</referenceTo>
  <type>Lookup</type>
</CustomField>
`,
  [`${OBJECTS}/Thing__c/fields/Total__c.field-meta.xml`]: `${XML}
<CustomField ${NS}>
  <fullName>Total__c</fullName>
  <formula>Seats__c * Price__c</formula>
  <type>Number</type>
</CustomField>
`,
  [`${OBJECTS}/Thing__c/validationRules/Check.validationRule-meta.xml`]: `${XML}
<ValidationRule ${NS}>
  <fullName>Check</fullName>
  <description>x</description>
  <errorConditionFormula>Account__r.Nmae = $Label.Missing</errorConditionFormula>
</ValidationRule>
`,
  [`${OBJECTS}/Thing__c/validationRules/Inactive.validationRule-meta.xml`]: `${XML}
<ValidationRule ${NS}>
  <fullName>Inactive</fullName>
</ValidationRule>
`,
  [`${OBJECTS}/Thing__c/validationRules/notes.txt`]: 'not metadata',
  [`${OBJECTS}/Other__c/Other__c.object-meta.xml`]: `${XML}\n<CustomObject ${NS}/>\n`
};

let root;
let schema;
const index = { labels: new Set(['hello']), customPermissions: new Set(['can_edit']) };
before(() => {
  root = mkdtempSync(join(tmpdir(), 'formulas-integrity-'));
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  schema = new Schema(root);
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('checkFormula (integrity)', () => {
  const where = { file: 'f.xml', line: 7 };
  const check = (formula, objectName = 'Thing__c') =>
    checkFormula(schema, index, objectName, formula, where);

  test('fields that resolve, and $Label / $Permission the project defines, pass', () => {
    assert.deepEqual(check('Seats__c + 1 > 0 && Account__r.Name = $Label.Hello'), []);
    assert.deepEqual(check('$Permission.Can_Edit && $label.HELLO = "x"'), []);
    assert.deepEqual(check('$User.Anything && $Setup.X__c.Y__c && $Label && $Permission'), []);
  });

  test('a field that does not resolve is reported once, with the reason and the name', () => {
    assert.deepEqual(check('Nope__c + Nope__c + Account__r.Nmae'), [
      { ...where, message: 'formula on Thing__c: Thing__c has no field Nope__c (Nope__c)' },
      {
        ...where,
        message: 'formula on Thing__c: Account has no field Nmae (Account__r.Nmae)'
      }
    ]);
    assert.deepEqual(check('Seats__c.Name'), [
      {
        ...where,
        message: 'formula on Thing__c: Thing__c.Seats__c is not a relationship (Seats__c.Name)'
      }
    ]);
  });

  test('a custom label or custom permission the project lacks is reported', () => {
    assert.deepEqual(check('$Label.Missing & $Permission.Cannot'), [
      { ...where, message: 'formula: no custom label Missing' },
      { ...where, message: 'formula: no custom permission Cannot' }
    ]);
    assert.deepEqual(check('$Label.Can_Edit'), [
      { ...where, message: 'formula: no custom label Can_Edit' }
    ]);
    assert.deepEqual(check('$Permission.Hello'), [
      { ...where, message: 'formula: no custom permission Hello' }
    ]);
  });
});

describe('checkObjectFormulas', () => {
  test('validation rules and formula fields are checked on their object, with their line', () => {
    assert.deepEqual(checkObjectFormulas(schema, index, root), {
      count: 2,
      problems: [
        {
          file: `${OBJECTS}/Thing__c/validationRules/Check.validationRule-meta.xml`,
          line: 5,
          message: 'formula on Thing__c: Account has no field Nmae (Account__r.Nmae)'
        },
        {
          file: `${OBJECTS}/Thing__c/validationRules/Check.validationRule-meta.xml`,
          line: 5,
          message: 'formula: no custom label Missing'
        },
        {
          file: `${OBJECTS}/Thing__c/fields/Total__c.field-meta.xml`,
          line: 4,
          message: 'formula on Thing__c: Thing__c has no field Price__c (Price__c)'
        }
      ]
    });
  });
});

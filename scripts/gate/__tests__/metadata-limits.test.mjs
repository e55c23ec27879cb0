/*
 * The metadata-limits checker: a value longer than the Metadata API takes (counting the newlines
 * and indentation of multi-line XML text), too many picklist values, an API name too long or of the
 * wrong shape, and a limit without its source fail npm run check with the file, the line and the
 * rule; the project as it is passes, and a value exactly at its limit passes.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { assertCaught, copyProject, gateWithPlanted } from './project-copy.mjs';

const OBJECT = 'force-app/main/nomination/objects/Reference_Nomination__c';
const XML = '<?xml version="1.0" encoding="UTF-8" ?>';
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';
const lines = (...rows) => [...rows, ''].join('\n');

/** A description of `length` characters that is mostly indentation, as a formatter writes it. */
function indentedText(words, length, indent = '  ') {
  const padding = length - words.length - 1 - (1 + indent.length);
  return `\n${' '.repeat(padding)}${words}\n${indent}`;
}

const INDENTED_256 = indentedText('Grants the planted access.', 256);
const AT_LIMIT_255 = indentedText('Grants the planted access.', 255);

const PLANTED = [
  {
    defect: 'a permission set description of 256 characters made of indentation',
    checker: 'metadata-limits',
    files: {
      'force-app/main/nomination/permissionsets/Planted_Access.permissionset-meta.xml': lines(
        XML,
        `<PermissionSet ${NS}>`,
        `  <description>${INDENTED_256}</description>`,
        '  <label>Planted Access</label>',
        '</PermissionSet>'
      )
    },
    names: [
      'force-app/main/nomination/permissionsets/Planted_Access.permissionset-meta.xml:3: max-length:',
      '<description> of PermissionSet is 256 characters (3 lines: newlines and indentation count); the limit is 255'
    ]
  },
  {
    defect: 'a custom field label of 41 characters',
    checker: 'metadata-limits',
    files: {
      [`${OBJECT}/fields/Planted_Label__c.field-meta.xml`]: lines(
        XML,
        `<CustomField ${NS}>`,
        '  <fullName>Planted_Label__c</fullName>',
        '  <defaultValue>false</defaultValue>',
        `  <label>${'Sourced from the external landing page!!!'}</label>`,
        '  <type>Checkbox</type>',
        '</CustomField>'
      )
    },
    names: [
      `${OBJECT}/fields/Planted_Label__c.field-meta.xml:5: max-length:`,
      '<label> of CustomField is 41 characters; the limit is 40'
    ]
  },
  {
    defect: 'a custom label short description of 81 characters once its line break counts',
    checker: 'metadata-limits',
    files: {
      'force-app/main/nomination/labels/Planted.labels-meta.xml': lines(
        XML,
        `<CustomLabels ${NS}>`,
        '  <labels>',
        '    <fullName>Planted_Label</fullName>',
        '    <language>en_US</language>',
        '    <protected>false</protected>',
        `    <shortDescription>\n      ${'x'.repeat(69)}\n    </shortDescription>`,
        '    <value>Planted</value>',
        '  </labels>',
        '</CustomLabels>'
      )
    },
    names: [
      'force-app/main/nomination/labels/Planted.labels-meta.xml:7: max-length:',
      '<shortDescription> of CustomLabels is 81 characters (3 lines: newlines and indentation count); the limit is 80'
    ]
  },
  {
    defect: 'a validation error message over 255 characters',
    checker: 'metadata-limits',
    files: {
      [`${OBJECT}/validationRules/Planted_Long_Message.validationRule-meta.xml`]: lines(
        XML,
        `<ValidationRule ${NS}>`,
        '  <fullName>Planted_Long_Message</fullName>',
        '  <active>true</active>',
        '  <errorConditionFormula>false</errorConditionFormula>',
        `  <errorMessage>${'Tick the box. '.repeat(18)}Tick it now.</errorMessage>`,
        '</ValidationRule>'
      )
    },
    names: [
      `${OBJECT}/validationRules/Planted_Long_Message.validationRule-meta.xml:6: max-length:`,
      '<errorMessage> of ValidationRule is 264 characters; the limit is 255'
    ]
  },
  {
    defect: 'a global value set of 1,001 values',
    checker: 'metadata-limits',
    files: {
      'force-app/main/program/globalValueSets/Planted_Values.globalValueSet-meta.xml': lines(
        XML,
        `<GlobalValueSet ${NS}>`,
        ...Array.from(
          { length: 1001 },
          (_, index) =>
            `  <customValue><fullName>V${index}</fullName><default>false</default><label>V${index}</label></customValue>`
        ),
        '  <masterLabel>Planted Values</masterLabel>',
        '  <sorted>false</sorted>',
        '</GlobalValueSet>'
      )
    },
    names: [
      'force-app/main/program/globalValueSets/Planted_Values.globalValueSet-meta.xml:2: max-count:',
      '1001 <customValue> in <GlobalValueSet>; the limit is 1000'
    ]
  },
  {
    defect: 'a custom field name of 41 characters',
    checker: 'metadata-limits',
    files: {
      [`${OBJECT}/fields/Sourced_From_The_External_Landing_Page_XY__c.field-meta.xml`]: lines(
        XML,
        `<CustomField ${NS}>`,
        '  <defaultValue>false</defaultValue>',
        '  <label>Planted</label>',
        '  <type>Checkbox</type>',
        '</CustomField>'
      )
    },
    names: [
      `${OBJECT}/fields/Sourced_From_The_External_Landing_Page_XY__c.field-meta.xml:1: name-length:`,
      'is 41 characters without __c; the limit is 40'
    ]
  },
  {
    defect: 'a validation rule name ending in an underscore',
    checker: 'metadata-limits',
    files: {
      [`${OBJECT}/validationRules/Planted_Rule_.validationRule-meta.xml`]: lines(
        XML,
        `<ValidationRule ${NS}>`,
        '  <active>true</active>',
        '  <errorConditionFormula>false</errorConditionFormula>',
        '  <errorMessage>Planted.</errorMessage>',
        '</ValidationRule>'
      )
    },
    names: [
      `${OBJECT}/validationRules/Planted_Rule_.validationRule-meta.xml:1: name-pattern:`,
      'ValidationRule name Planted_Rule_: letters, digits and underscores; starts with a letter; no trailing underscore'
    ]
  },
  {
    defect: 'a limit in the table without its source',
    checker: 'metadata-limits',
    plant: (copy) =>
      copy.edit('config/metadata-limits.json', (text) => {
        const table = JSON.parse(text);
        delete table.lengths[0].quote;
        delete table.lengths[0].basis;
        return JSON.stringify(table, null, 2);
      }),
    names: [
      'config/metadata-limits.json:1: limits-table:',
      'PermissionSet/description: every limit quotes its source'
    ]
  }
];

describe('metadata-limits: each planted defect fails the gate with file, line and rule', () => {
  let run;
  before(() => {
    // one copy and one run for all rows: each row plants in its own file
    run = gateWithPlanted('metadata-limits', PLANTED);
  });
  for (const row of PLANTED) {
    test(`metadata-limits catches ${row.defect}`, () => assertCaught(run, row));
  }
});

describe('metadata-limits: what fits passes', () => {
  test('the project as it is passes', () => {
    const copy = copyProject();
    try {
      const { status, output } = copy.gate('metadata-limits');
      assert.equal(status, 0, output);
    } finally {
      copy.dispose();
    }
  });

  test('a description of exactly 255 characters with its indentation, and entities counted once', () => {
    const copy = copyProject();
    try {
      copy.write(
        'force-app/main/nomination/permissionsets/Planted_Access.permissionset-meta.xml',
        lines(
          XML,
          `<PermissionSet ${NS}>`,
          `  <description>${AT_LIMIT_255}</description>`,
          `  <label>${'R&amp;D '.repeat(10)}</label>`,
          '</PermissionSet>'
        )
      );
      const { status, output } = copy.gate('metadata-limits');
      assert.equal(status, 0, output);
    } finally {
      copy.dispose();
    }
  });
});

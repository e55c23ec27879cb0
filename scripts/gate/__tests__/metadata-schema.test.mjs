/*
 * The metadata-schema checker: metadata XML that does not bind to its Metadata API type (a
 * misspelled element, an element in the wrong parent, an enum value that does not exist, "yes" for
 * a boolean, a word for a number, a repeated single element, a bad CustomMetadata value, a broken
 * .js-meta.xml targetConfig) fails npm run check with the file, the line and the rule; the project
 * as it is passes, and what the platform accepts (xsi:nil, typed CustomMetadata values, targetConfig
 * attributes) passes too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import { API_VERSION_OF_TYPES } from '../checkers/metadata-schema.mjs';
import { typesPackageVersion } from '../metadata-schema/types.mjs';
import { apexMeta, assertCaught, copyProject, gateWithPlanted } from './project-copy.mjs';

const OBJECT = 'force-app/main/nomination/objects/Reference_Nomination__c';
const XML = '<?xml version="1.0" encoding="UTF-8" ?>';
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';

const field = (name, lines) =>
  [
    XML,
    `<CustomField ${NS}>`,
    `  <fullName>${name}</fullName>`,
    ...lines,
    '</CustomField>',
    ''
  ].join('\n');

/** A row edits a project file: `needle` is the planted text, whose line the output must name. */
function editRow({ defect, path, from, to, needle = to, rule, says }) {
  let line;
  return {
    defect,
    checker: 'metadata-schema',
    plant: (copy) => {
      copy.edit(path, (text) => {
        assert.ok(text.includes(from), `${path} no longer contains ${from}`);
        const edited = text.replace(from, to);
        line = edited.slice(0, edited.indexOf(needle)).split('\n').length;
        return edited;
      });
    },
    get names() {
      return [`${path}:${line}: ${rule}:`, says];
    }
  };
}

const PLANTED = [
  {
    defect: 'a misspelled element',
    checker: 'metadata-schema',
    files: {
      [`${OBJECT}/fields/Planted_Misspelled__c.field-meta.xml`]: field('Planted_Misspelled__c', [
        '  <lable>Planted</lable>',
        '  <type>Checkbox</type>',
        '  <defaultValue>false</defaultValue>'
      ])
    },
    names: [
      `${OBJECT}/fields/Planted_Misspelled__c.field-meta.xml:4: unknown-element:`,
      '<lable> is not an element of CustomField; did you mean <label>?'
    ]
  },
  {
    defect: 'an enum value that does not exist',
    checker: 'metadata-schema',
    files: {
      [`${OBJECT}/fields/Planted_Enum__c.field-meta.xml`]: field('Planted_Enum__c', [
        '  <label>Planted</label>',
        '  <defaultValue>false</defaultValue>',
        '  <type>Checkbx</type>'
      ])
    },
    names: [
      `${OBJECT}/fields/Planted_Enum__c.field-meta.xml:6: bad-enum:`,
      'not a value of FieldType; did you mean Checkbox?'
    ]
  },
  {
    defect: '"yes" for a boolean',
    checker: 'metadata-schema',
    files: {
      [`${OBJECT}/fields/Planted_Boolean__c.field-meta.xml`]: field('Planted_Boolean__c', [
        '  <label>Planted</label>',
        '  <length>80</length>',
        '  <required>yes</required>',
        '  <type>Text</type>'
      ])
    },
    names: [
      `${OBJECT}/fields/Planted_Boolean__c.field-meta.xml:6: bad-boolean:`,
      '<required>yes</required> in CustomField: a boolean is true or false'
    ]
  },
  {
    defect: 'an element in the wrong parent',
    checker: 'metadata-schema',
    files: {
      'force-app/main/nomination/permissionsets/Planted_Access.permissionset-meta.xml': [
        XML,
        `<PermissionSet ${NS}>`,
        '  <classAccesses>',
        '    <apexClass>NominationService</apexClass>',
        '    <enabled>true</enabled>',
        '    <readable>true</readable>',
        '  </classAccesses>',
        '  <label>Planted Access</label>',
        '</PermissionSet>',
        ''
      ].join('\n')
    },
    names: [
      'force-app/main/nomination/permissionsets/Planted_Access.permissionset-meta.xml:6: unknown-element:',
      '<readable> is not an element of PermissionSetApexClassAccess; it is an element of PermissionSetFieldPermissions'
    ]
  },
  {
    defect: 'a word where the API takes a number',
    checker: 'metadata-schema',
    files: {
      'force-app/main/nomination/classes/PlantedVersion.cls':
        'public with sharing class PlantedVersion {\n}\n',
      'force-app/main/nomination/classes/PlantedVersion.cls-meta.xml': apexMeta(
        'ApexClass'
      ).replace('64.0', '64.O')
    },
    names: [
      'force-app/main/nomination/classes/PlantedVersion.cls-meta.xml:3: bad-number:',
      '<apiVersion>64.O</apiVersion> in ApexClass is not a number'
    ]
  },
  {
    defect: 'a single element given twice',
    checker: 'metadata-schema',
    files: {
      [`${OBJECT}/validationRules/Planted_Twice.validationRule-meta.xml`]: [
        XML,
        `<ValidationRule ${NS}>`,
        '  <fullName>Planted_Twice</fullName>',
        '  <active>true</active>',
        '  <active>false</active>',
        '  <errorConditionFormula>false</errorConditionFormula>',
        '  <errorMessage>Planted.</errorMessage>',
        '</ValidationRule>',
        ''
      ].join('\n')
    },
    names: [
      `${OBJECT}/validationRules/Planted_Twice.validationRule-meta.xml:5: duplicate-element:`,
      '<active> appears twice in ValidationRule (first on line 4); it is not a list'
    ]
  },
  editRow({
    defect: 'a CustomMetadata value that is not of its xsi:type',
    path: 'unpackaged/main/program/customMetadata/Reference_Program.Customer.md-meta.xml',
    from: '<value xsi:type="xsd:boolean">true</value>',
    to: '<value xsi:type="xsd:boolean">yes</value>',
    rule: 'bad-boolean',
    says: 'is not an xsd:boolean'
  }),
  editRow({
    defect: 'a misspelled element deep in a Flow',
    path: 'force-app/main/nomination/flows/Reference_Nomination_Wizard.flow-meta.xml',
    from: '<targetReference>Can_Start</targetReference>',
    to: '<targetRefrence>Can_Start</targetRefrence>',
    needle: '<targetRefrence>',
    rule: 'unknown-element',
    says: '<targetRefrence> is not an element of FlowConnector; did you mean <targetReference>?'
  }),
  editRow({
    defect: 'a .js-meta.xml targetConfig for a target the bundle does not list',
    path: 'force-app/main/review-board/lwc/referenceResponseBoard/referenceResponseBoard.js-meta.xml',
    from: '<targetConfig targets="lightning__RecordPage">',
    to: '<targetConfig targets="lightning__AppPage">',
    rule: 'bad-attribute-value',
    says: 'expected targets listed under <targets> (lightning__AppPage is not)'
  }),
  editRow({
    defect: 'a misspelled attribute of a flow screen property',
    path: 'force-app/main/nomination/lwc/referenceTypePage/referenceTypePage.js-meta.xml',
    from: 'name="selectedTypes"',
    to: 'nme="selectedTypes"',
    rule: 'unknown-attribute',
    says: '<property> has no attribute nme; did you mean name?'
  })
];

describe('metadata-schema: each planted defect fails the gate with file, line and rule', () => {
  let run;
  before(() => {
    // one copy and one run for all rows: each row plants in its own file
    run = gateWithPlanted('metadata-schema', PLANTED);
  });
  for (const row of PLANTED) {
    test(`metadata-schema catches ${row.defect}`, () => assertCaught(run, row));
  }
});

describe('metadata-schema: what the platform accepts passes', () => {
  test('the project as it is passes', () => {
    const copy = copyProject();
    try {
      const { status, output } = copy.gate('metadata-schema');
      assert.equal(status, 0, output);
      assert.match(output, /✓ metadata-schema .*Metadata API v66\.0 types/);
    } finally {
      copy.dispose();
    }
  });

  test('xsi:nil, typed CustomMetadata values, targetConfig elements and attributes, tool attributes', () => {
    const copy = copyProject();
    try {
      copy.write(
        'force-app/main/program/customMetadata/Reference_Program.Planted.md-meta.xml',
        [
          XML,
          `<CustomMetadata ${NS} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">`,
          '  <label>Planted</label>',
          '  <protected>false</protected>',
          '  <values><field>Active__c</field><value xsi:type="xsd:boolean">false</value></values>',
          '  <values><field>GitLab_Max_Attempts__c</field><value xsi:type="xsd:double">5.0</value></values>',
          '  <values><field>GitLab_Project_Id__c</field><value xsi:nil="true" /></values>',
          '  <values><field>Program__c</field><value xsi:type="xsd:string"> Planted &amp; spaced </value></values>',
          '</CustomMetadata>',
          ''
        ].join('\n')
      );
      copy.write(
        'force-app/main/account-panel/lwc/plantedCard/plantedCard.js-meta.xml',
        [
          XML,
          `<LightningComponentBundle ${NS}>`,
          '  <apiVersion>64.0</apiVersion>',
          '  <isExposed>true</isExposed>',
          '  <masterLabel>Planted Card</masterLabel>',
          '  <targets>',
          '    <target>lightning__RecordPage</target>',
          '    <target>lightning__AppPage</target>',
          '  </targets>',
          '  <targetConfigs>',
          '    <targetConfig targets="lightning__RecordPage, lightning__AppPage">',
          '      <property name="rows" type="Integer" default="5" min="1" max="50" label="Rows" required="true" />',
          '      <property name="mode" type="String" datasource="Compact,Full" placeholder="Compact" />',
          '      <objects>',
          '        <object>Account</object>',
          '      </objects>',
          '      <supportedFormFactors>',
          '        <supportedFormFactor type="Large" />',
          '        <supportedFormFactor type="Small" />',
          '      </supportedFormFactors>',
          '    </targetConfig>',
          '  </targetConfigs>',
          '</LightningComponentBundle>',
          ''
        ].join('\n')
      );
      // the Salesforce VS Code tools write fqn="…" on roots, and a new target brings new elements
      copy.write(
        'force-app/main/account-panel/classes/PlantedTooled.cls',
        'public with sharing class PlantedTooled {\n}\n'
      );
      copy.write(
        'force-app/main/account-panel/classes/PlantedTooled.cls-meta.xml',
        apexMeta('ApexClass').replace(`${NS}>`, `${NS} fqn="PlantedTooled">`)
      );
      copy.write(
        'force-app/main/account-panel/lwc/plantedAnswer/plantedAnswer.js-meta.xml',
        [
          XML,
          `<LightningComponentBundle ${NS}>`,
          '  <apiVersion>64.0</apiVersion>',
          '  <isExposed>true</isExposed>',
          '  <targets><target>lightning__AgentforceOutput</target></targets>',
          '  <targetConfigs>',
          '    <targetConfig targets="lightning__AgentforceOutput">',
          '      <sourceType name="c__plantedResponse" />',
          '    </targetConfig>',
          '  </targetConfigs>',
          '</LightningComponentBundle>',
          ''
        ].join('\n')
      );
      const { status, output } = copy.gate('metadata-schema');
      assert.equal(status, 0, output);
    } finally {
      copy.dispose();
    }
  });
});

describe('metadata-schema: the types it checks against', () => {
  test('@salesforce/types is an exact direct devDependency, installed at that version, with a known API version', () => {
    const pkg = JSON.parse(readFileSync(join(toolRoot, 'package.json'), 'utf8'));
    const pinned = pkg.devDependencies['@salesforce/types'];
    assert.match(
      pinned ?? '',
      /^\d+\.\d+\.\d+$/,
      'pin @salesforce/types exactly in devDependencies'
    );
    assert.equal(typesPackageVersion(), pinned, 'node_modules has another @salesforce/types');
    const api = API_VERSION_OF_TYPES[pinned];
    assert.ok(
      api,
      `add the Metadata API version of @salesforce/types ${pinned} to API_VERSION_OF_TYPES`
    );
    const readme = readFileSync(join(toolRoot, 'README.md'), 'utf8');
    assert.ok(
      readme.includes(`@salesforce/types\` ${pinned}`) && readme.includes(`Metadata API ${api}`),
      `README's gate section must say @salesforce/types ${pinned} describes Metadata API ${api}`
    );
  });
});

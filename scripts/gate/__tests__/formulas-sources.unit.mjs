/*
 * Where formulas come from (sources.mjs) and the formulas checker over them, in process, on a small
 * project written to a temporary folder: every formula of a validation rule, formula field, default
 * value and flow, with its file, line, kind, name, expected type and the types its names resolve to.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { formulas as checker } from '../checkers/formulas.mjs';
import { dataTypesOfField, formulasOf } from '../formulas/sources.mjs';
import { Schema } from '../integrity/schema.mjs';

const OBJECTS = 'force-app/main/cap/objects';
const FLOWS = 'force-app/main/cap/flows';
const THING = `${OBJECTS}/Thing__c`;
const XML = '<?xml version="1.0" encoding="UTF-8"?>';

const STANDARD = {
  objects: {
    Account: {
      fields: { Name: 'String', Owner: '->User', Parent: '->Account', What: '->*', Icon: 'Blob' }
    },
    User: { fields: { Email: 'String', IsActive: 'Boolean', Manager: '->User' } },
    Profile: { fields: { Name: 'String' } },
    UserRole: { fields: { Name: 'String' } },
    Organization: { fields: { Name: 'String' } },
    RecordType: { fields: { DeveloperName: 'String' } }
  }
};

const field = (name, type, body = '') =>
  `${XML}\n<CustomField>\n  <fullName>${name}</fullName>\n${body}  <type>${type}</type>\n</CustomField>\n`;

/** path -> content; lines of formulas counted from these texts by hand in the tests. */
const FILES = {
  'sfdx-project.json': JSON.stringify({ packageDirectories: [{ path: 'force-app' }] }),
  'config/standard-objects.json': JSON.stringify(STANDARD),
  [`${THING}/validationRules/Seats_Positive.validationRule-meta.xml`]: `${XML}
<ValidationRule>
  <fullName>Seats_Positive</fullName>
  <errorConditionFormula>Seats__c &lt;
  0</errorConditionFormula>
</ValidationRule>
`,
  [`${THING}/validationRules/Dates.validationRule-meta.xml`]: `${XML}
<ValidationRule>
  <errorConditionFormula>AND(
  Seats__c &gt; 0,
  Start__c &gt; "x"
)</errorConditionFormula>
</ValidationRule>
`,
  [`${THING}/validationRules/notes.txt`]: '<errorConditionFormula>Ignored</errorConditionFormula>',
  [`${THING}/fields/Seats__c.field-meta.xml`]: field('Seats__c', 'Number'),
  [`${THING}/fields/Start__c.field-meta.xml`]: field('Start__c', 'Date'),
  [`${THING}/fields/Note__c.field-meta.xml`]: field('Note__c', 'LongTextArea'),
  [`${THING}/fields/Account__c.field-meta.xml`]: field(
    'Account__c',
    'Lookup',
    '  <referenceTo>Account</referenceTo>\n'
  ),
  [`${THING}/fields/Total__c.field-meta.xml`]: field(
    'Total__c',
    ' Currency ',
    '  <formula >Seats__c * 2</formula >\n'
  ),
  [`${THING}/fields/Active__c.field-meta.xml`]: field(
    'Active__c',
    'Checkbox',
    '  <defaultValue>true</defaultValue>\n'
  ),
  [`${THING}/fields/Odd__c.field-meta.xml`]: field(
    'Odd__c',
    'Lookup',
    '  <formula>&quot;a&quot; &amp; &#65;&#x4f; &bogus; &lt;&gt;&apos;</formula>\n'
  ),
  [`${THING}/fields/Raw__c.field-meta.xml`]: field(
    'Raw__c',
    'Text',
    '  <formula>\n    <![CDATA[Note__c & "<b>"]]>\n  </formula>\n'
  ),
  [`${THING}/fields/New__c.field-meta.xml`]: field(
    'New__c',
    'Checkbox',
    '  <formula>ISNEW()</formula>\n'
  ),
  [`${THING}/fields/readme.md`]: '<formula>Ignored</formula>',
  [`${OBJECTS}/Plain__c/Plain__c.object-meta.xml`]: `${XML}\n<CustomObject/>\n`,
  [`${FLOWS}/Screen.flow-meta.xml`]: `${XML}
<Flow>
  <variables>
    <name>count</name>
    <dataType>Number</dataType>
    <isCollection>false</isCollection>
  </variables>
  <variables>
    <name>ids</name>
    <dataType>String</dataType>
    <isCollection>true</isCollection>
  </variables>
  <variables>
    <name>acct</name>
    <dataType>SObject</dataType>
    <objectType>Account</objectType>
  </variables>
  <variables>
    <name>blob</name>
    <dataType>Apex</dataType>
  </variables>
  <variables>
    <dataType>Number</dataType>
  </variables>
  <constants>
    <name>Limit</name>
    <dataType>Currency</dataType>
  </constants>
  <textTemplates>
    <name>Body</name>
  </textTemplates>
  <recordLookups>
    <name>Get_One</name>
    <getFirstRecordOnly>true</getFirstRecordOnly>
    <object>Account</object>
    <storeOutputAutomatically>true</storeOutputAutomatically>
  </recordLookups>
  <recordLookups>
    <name>Get_All</name>
    <getFirstRecordOnly>false</getFirstRecordOnly>
    <object>Account</object>
    <storeOutputAutomatically>true</storeOutputAutomatically>
  </recordLookups>
  <recordLookups>
    <name>Get_Into</name>
    <getFirstRecordOnly>true</getFirstRecordOnly>
    <object>Account</object>
  </recordLookups>
  <formulas>
    <name>Twice</name>
    <dataType>Number</dataType>
    <expression>{!count} * 2</expression>
  </formulas>
  <formulas>
    <name>Untyped</name>
    <expression>1</expression>
  </formulas>
  <screens>
    <fields>
      <validationRule>
        <errorMessage>No.</errorMessage>
        <formulaExpression>{!count} &gt; 0</formulaExpression>
      </validationRule>
    </fields>
  </screens>
  <expression>NotInAFormula</expression>
  <formulaExpression>NotInAValidationRule</formulaExpression>
  <filterFormula>NotInTheStart</filterFormula>
</Flow>
`,
  [`${FLOWS}/Triggered.flow-meta.xml`]: `${XML}
<Flow>
  <start>
    <object>Thing__c</object>
    <triggerType>RecordAfterSave</triggerType>
    <filterFormula>ISCHANGED({!$Record.Seats__c})</filterFormula>
  </start>
</Flow>
`,
  [`${FLOWS}/Broken.flow-meta.xml`]: `${XML}
<Flow>
  <formulas>
    <name>Later</name>
    <dataType>Date</dataType>
    <expression>
      $Flow.CurrentDate + "a"</expression>
  </formulas>
  <formulas>
    <dataType>Number</dataType>
    <expression>3</expression>
  </formulas>
</Flow>
`,
  [`${FLOWS}/Scheduled.flow-meta.xml`]: `${XML}
<Flow>
  <start>
    <triggerType>Scheduled</triggerType>
  </start>
</Flow>
`,
  'force-app/main/cap/classes/NotAFlow.cls': '<expression>x</expression>'
};

let root;
let found;
const byName = (kind, name) => {
  const source = found.find((f) => f.kind === kind && f.name === name);
  assert.ok(source, `${kind} ${name} not found`);
  return source;
};
/** The sources as data (without their resolver). */
const plain = (source) =>
  Object.fromEntries(Object.entries(source).filter(([key]) => key !== 'resolve'));

before(() => {
  root = mkdtempSync(join(tmpdir(), 'formulas-sources-'));
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  found = formulasOf(new Schema(root), root);
});
after(() => rmSync(root, { recursive: true, force: true }));

describe('formulasOf: object formulas', () => {
  test('validation rules, formula fields and default values, each where it is written', () => {
    const objects = found.filter((source) => source.kind !== 'flow formula').map(plain);
    assert.deepEqual(objects, [
      {
        file: `${THING}/validationRules/Dates.validationRule-meta.xml`,
        kind: 'validation rule',
        name: 'Thing__c.Dates',
        expected: ['checkbox'],
        formula: 'AND(\n  Seats__c > 0,\n  Start__c > "x"\n)',
        line: 3
      },
      {
        file: `${THING}/validationRules/Seats_Positive.validationRule-meta.xml`,
        kind: 'validation rule',
        name: 'Thing__c.Seats_Positive',
        expected: ['checkbox'],
        formula: 'Seats__c <\n  0',
        line: 4
      },
      {
        file: `${THING}/fields/Active__c.field-meta.xml`,
        kind: 'default value',
        name: 'Thing__c.Active__c',
        expected: ['checkbox'],
        formula: 'true',
        line: 4
      },
      {
        file: `${THING}/fields/New__c.field-meta.xml`,
        kind: 'formula field',
        name: 'Thing__c.New__c',
        expected: ['checkbox'],
        formula: 'ISNEW()',
        line: 4
      },
      {
        file: `${THING}/fields/Odd__c.field-meta.xml`,
        kind: 'formula field',
        name: 'Thing__c.Odd__c',
        expected: undefined,
        formula: `"a" & AO &bogus; <>'`,
        line: 4
      },
      {
        file: `${THING}/fields/Raw__c.field-meta.xml`,
        kind: 'formula field',
        name: 'Thing__c.Raw__c',
        expected: ['text'],
        formula: 'Note__c & "<b>"',
        line: 4
      },
      {
        file: `${THING}/fields/Total__c.field-meta.xml`,
        kind: 'formula field',
        name: 'Thing__c.Total__c',
        expected: ['number'],
        formula: 'Seats__c * 2',
        line: 4
      }
    ]);
  });

  test('an object resolver types fields, relationships and globals', () => {
    const { resolve } = byName('validation rule', 'Thing__c.Seats_Positive');
    assert.deepEqual(resolve('Seats__c'), { types: ['number'] });
    assert.deepEqual(resolve('seats__c'), { types: ['number'] });
    assert.deepEqual(resolve('Note__c'), { types: ['text'] });
    assert.deepEqual(resolve('Account__c'), { types: ['text'] });
    assert.deepEqual(resolve('Account__r.Name'), { types: ['text', 'picklist'] });
    assert.deepEqual(resolve('Account__r.Owner.IsActive'), { types: ['checkbox'] });
    assert.deepEqual(resolve('Account__r.What.Anything'), {});
    assert.deepEqual(resolve('Missing__c'), {});
    assert.deepEqual(resolve('Account__r.Icon'), {});
    assert.deepEqual(resolve('Account__r'), {
      error:
        'Account__r is a relationship: name one of its fields (Account__r.Name) or the lookup field itself'
    });
    assert.deepEqual(resolve('Account__r.Parent'), {
      error:
        'Parent is a relationship: name one of its fields (Parent.Name) or the lookup field itself'
    });
    assert.deepEqual(resolve('$User.Email'), { types: ['text', 'picklist'] });
    assert.deepEqual(resolve('$User.Manager.IsActive'), { types: ['checkbox'] });
    assert.deepEqual(resolve('$Profile.Name'), { types: ['text', 'picklist'] });
    assert.deepEqual(resolve('$UserRole.Name'), { types: ['text', 'picklist'] });
    assert.deepEqual(resolve('$Organization.Name'), { types: ['text', 'picklist'] });
    assert.deepEqual(resolve('$RecordType.DeveloperName'), { types: ['text', 'picklist'] });
    assert.deepEqual(resolve('$user.email'), { types: ['text', 'picklist'] });
    assert.deepEqual(resolve('$User'), {});
    assert.deepEqual(resolve('$User.Nope'), {});
    assert.deepEqual(resolve('$Permission.Can_Edit'), { types: ['checkbox'] });
    assert.deepEqual(resolve('$permission.x'), { types: ['checkbox'] });
    assert.deepEqual(resolve('$Label.Greeting'), { types: ['text'] });
    assert.deepEqual(resolve('$LABEL.Greeting'), { types: ['text'] });
    assert.deepEqual(resolve('$Setup.Anything__c.Field__c'), {});
    assert.deepEqual(resolve('$System.OriginDateTime'), { types: ['datetime'] });
  });

  test('a default value may read globals and the record type, nothing of its own record', () => {
    const { resolve } = byName('default value', 'Thing__c.Active__c');
    assert.deepEqual(resolve('$User.IsActive'), { types: ['checkbox'] });
    assert.deepEqual(resolve('Seats__c'), {
      error:
        "a default value cannot read Seats__c: the record's own fields are not set yet when the default is computed"
    });
    assert.deepEqual(resolve('Account__r.Name'), {
      error:
        "a default value cannot read Account__r.Name: the record's own fields are not set yet when the default is computed"
    });
    assert.deepEqual(resolve('Draft'), {
      error: 'Draft is no field or global: text in a default value goes in quotes ("Draft")'
    });
    assert.deepEqual(resolve('RecordTypeId'), {});
    assert.deepEqual(resolve('recordtype.DeveloperName'), {});
    assert.deepEqual(resolve('RecordType'), {});
    assert.deepEqual(resolve('RecordTypes'), {
      error:
        'RecordTypes is no field or global: text in a default value goes in quotes ("RecordTypes")'
    });
    assert.deepEqual(resolve('MyRecordType'), {
      error:
        'MyRecordType is no field or global: text in a default value goes in quotes ("MyRecordType")'
    });
  });
});

describe('formulasOf: flow formulas', () => {
  test('formulas, a start condition and screen validations, each where it is written', () => {
    const flows = found.filter((source) => source.kind === 'flow formula').map(plain);
    const common = { kind: 'flow formula', mergeFields: true };
    assert.deepEqual(flows, [
      {
        ...common,
        file: `${FLOWS}/Broken.flow-meta.xml`,
        recordTriggered: false,
        name: 'Later',
        expected: ['date'],
        formula: '\n      $Flow.CurrentDate + "a"',
        line: 6
      },
      {
        ...common,
        file: `${FLOWS}/Broken.flow-meta.xml`,
        recordTriggered: false,
        name: '',
        expected: ['number'],
        formula: '3',
        line: 11
      },
      {
        ...common,
        file: `${FLOWS}/Screen.flow-meta.xml`,
        recordTriggered: false,
        name: 'Twice',
        expected: ['number'],
        formula: '{!count} * 2',
        line: 52
      },
      {
        ...common,
        file: `${FLOWS}/Screen.flow-meta.xml`,
        recordTriggered: false,
        name: 'Untyped',
        expected: undefined,
        formula: '1',
        line: 56
      },
      {
        ...common,
        file: `${FLOWS}/Screen.flow-meta.xml`,
        recordTriggered: false,
        name: 'screen input validation',
        expected: ['checkbox'],
        formula: '{!count} > 0',
        line: 62
      },
      {
        ...common,
        file: `${FLOWS}/Triggered.flow-meta.xml`,
        recordTriggered: true,
        name: 'start condition',
        expected: ['checkbox'],
        formula: 'ISCHANGED({!$Record.Seats__c})',
        line: 6
      }
    ]);
  });

  test('a flow resolver types variables, constants, templates, lookups and globals', () => {
    const { resolve } = byName('flow formula', 'Twice');
    assert.deepEqual(resolve('count'), { types: ['number'] });
    assert.deepEqual(resolve('COUNT'), { types: ['number'] });
    assert.deepEqual(resolve('count.x'), {});
    assert.deepEqual(resolve('ids'), { types: undefined });
    assert.deepEqual(resolve('blob'), { types: undefined });
    assert.deepEqual(resolve('Limit'), { types: ['number'] });
    assert.deepEqual(resolve('Twice'), { types: ['number'] });
    assert.deepEqual(resolve('Untyped'), { types: undefined });
    assert.deepEqual(resolve('Body'), { types: ['text'] });
    assert.deepEqual(resolve('acct'), {});
    assert.deepEqual(resolve('acct.Name'), { types: ['text', 'picklist'] });
    assert.deepEqual(resolve('acct.Owner.Email'), { types: ['text', 'picklist'] });
    assert.deepEqual(resolve('Get_One.Name'), { types: ['text', 'picklist'] });
    assert.deepEqual(resolve('Get_All.Name'), {});
    assert.deepEqual(resolve('Get_Into.Name'), {});
    assert.deepEqual(resolve('nothing'), {});
    assert.deepEqual(resolve('$Record.Name'), {});
    assert.deepEqual(resolve('$Flow.CurrentDate'), { types: ['date'] });
    assert.deepEqual(resolve('$flow.currentdatetime'), { types: ['datetime'] });
    assert.deepEqual(resolve('$Flow.InterviewStartTime'), { types: ['datetime'] });
    assert.deepEqual(resolve('$Flow.CurrentRecord'), { types: ['text'] });
    assert.deepEqual(resolve('$Flow.FaultMessage'), { types: ['text'] });
    assert.deepEqual(resolve('$Flow.InterviewGuid'), { types: ['text'] });
    assert.deepEqual(resolve('$GlobalConstant.True'), { types: ['checkbox'] });
    assert.deepEqual(resolve('$GlobalConstant.False'), { types: ['checkbox'] });
    assert.deepEqual(resolve('$GlobalConstant.EmptyString'), { types: ['text'] });
    assert.deepEqual(resolve('$System.OriginDateTime'), { types: ['datetime'] });
    assert.deepEqual(resolve('$User.Email'), { types: ['text', 'picklist'] });
    assert.deepEqual(resolve('$Label.X'), { types: ['text'] });
  });

  test('a record-triggered flow types $Record and $Record__Prior from its object', () => {
    const { resolve } = byName('flow formula', 'start condition');
    assert.deepEqual(resolve('$Record.Seats__c'), { types: ['number'] });
    assert.deepEqual(resolve('$Record__Prior.Start__c'), { types: ['date'] });
    assert.deepEqual(resolve('$record.Account__r.Name'), { types: ['text', 'picklist'] });
    assert.deepEqual(resolve('$Record'), {});
  });
});

describe('formulasOf: the type each formula must return', () => {
  const FORMULA_FIELDS = {
    Checkbox: ['checkbox'],
    Currency: ['number'],
    Number: ['number'],
    Percent: ['number'],
    Date: ['date'],
    DateTime: ['datetime'],
    Time: ['time'],
    Text: ['text']
  };
  const DEFAULT_VALUES = {
    ...FORMULA_FIELDS,
    TextArea: ['text'],
    LongTextArea: ['text'],
    Html: ['text'],
    Email: ['text'],
    Phone: ['text'],
    Url: ['text'],
    Picklist: ['text'],
    MultiselectPicklist: ['text'],
    Lookup: undefined
  };
  const FLOW_TYPES = {
    Boolean: ['checkbox'],
    Currency: ['number'],
    Number: ['number'],
    Date: ['date'],
    DateTime: ['datetime'],
    String: ['text'],
    Time: ['time'],
    Picklist: ['picklist'],
    Multipicklist: ['multipicklist'],
    Apex: undefined
  };

  test('a formula field, a default value and a flow formula, by their type', () => {
    const dir = mkdtempSync(join(tmpdir(), 'formulas-types-'));
    try {
      for (const path of ['sfdx-project.json', 'config/standard-objects.json'])
        writeProject(dir, path, FILES[path]);
      for (const type of Object.keys(FORMULA_FIELDS))
        writeProject(
          dir,
          `${THING}/fields/F${type}__c.field-meta.xml`,
          field(`F${type}__c`, type, '  <formula>1</formula>\n')
        );
      for (const type of Object.keys(DEFAULT_VALUES))
        writeProject(
          dir,
          `${THING}/fields/D${type}__c.field-meta.xml`,
          field(`D${type}__c`, type, '  <defaultValue>1</defaultValue>\n')
        );
      const flowFormulas = Object.keys(FLOW_TYPES)
        .map(
          (type) =>
            `  <formulas>\n    <name>${type}</name>\n    <dataType>${type}</dataType>\n    <expression>1</expression>\n  </formulas>\n`
        )
        .join('');
      writeProject(dir, `${FLOWS}/Types.flow-meta.xml`, `${XML}\n<Flow>\n${flowFormulas}</Flow>\n`);
      writeProject(
        dir,
        `${THING}/fields/FNone__c.field-meta.xml`,
        `${XML}\n<CustomField>\n  <formula>1</formula>\n</CustomField>\n`
      );
      const sources = formulasOf(new Schema(dir), dir);
      const noType = sources.find((source) => source.name === 'Thing__c.FNone__c');
      assert.equal(noType.expected, undefined);
      const expectedOf = (kind) =>
        Object.fromEntries(
          sources
            .filter((source) => source.kind === kind)
            .map((source) => [source.name.replace(/^Thing__c\.[DF]|__c$/g, ''), source.expected])
        );
      assert.deepEqual(expectedOf('formula field'), { ...FORMULA_FIELDS, None: undefined });
      assert.deepEqual(expectedOf('default value'), DEFAULT_VALUES);
      assert.deepEqual(expectedOf('flow formula'), FLOW_TYPES);
      for (const source of sources.filter((s) => s.kind === 'flow formula'))
        assert.deepEqual(source.resolve(source.name), { types: FLOW_TYPES[source.name] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dataTypesOfField', () => {
  test('each Salesforce field type and Apex type maps to the formula types it reads as', () => {
    const CASES = {
      Checkbox: ['checkbox'],
      Boolean: ['checkbox'],
      Number: ['number'],
      Currency: ['number'],
      Percent: ['number'],
      Decimal: ['number'],
      Double: ['number'],
      Integer: ['number'],
      Long: ['number'],
      Text: ['text'],
      TextArea: ['text'],
      LongTextArea: ['text'],
      Html: ['text'],
      Email: ['text'],
      Phone: ['text'],
      Url: ['text'],
      EncryptedText: ['text'],
      AutoNumber: ['text'],
      Lookup: ['text'],
      MasterDetail: ['text'],
      Hierarchy: ['text'],
      ExternalLookup: ['text'],
      MetadataRelationship: ['text'],
      Id: ['text'],
      String: ['text', 'picklist'],
      Picklist: ['picklist'],
      MultiselectPicklist: ['multipicklist'],
      Date: ['date'],
      DateTime: ['datetime'],
      Time: ['time'],
      Location: ['geolocation'],
      Blob: undefined,
      undefined: undefined
    };
    for (const [type, types] of Object.entries(CASES))
      assert.deepEqual(dataTypesOfField(type), types, type);
    assert.equal(dataTypesOfField(undefined), undefined);
  });
});

describe('the formulas checker', () => {
  test('a clean project passes, with the count of each kind', () => {
    const clean = mkdtempSync(join(tmpdir(), 'formulas-clean-'));
    try {
      for (const path of ['sfdx-project.json', 'config/standard-objects.json'])
        writeProject(clean, path, FILES[path]);
      writeProject(clean, `${THING}/fields/Seats__c.field-meta.xml`, field('Seats__c', 'Number'));
      writeProject(
        clean,
        `${THING}/fields/Double__c.field-meta.xml`,
        field('Double__c', 'Number', '  <formula>Seats__c * 2</formula>\n')
      );
      assert.deepEqual(checker.run(clean), { problems: [], summary: '1 formula field' });
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });

  test('each problem is reported on the file and line of the mistake, naming the formula', () => {
    assert.equal(checker.name, 'formulas');
    assert.match(checker.description, /validation rules, formula fields, default values and flow/);
    const { problems, summary } = checker.run(root);
    assert.equal(summary, '2 validation rules, 1 default value, 4 formula fields, 6 flow formulas');
    assert.deepEqual(problems, [
      {
        file: `${THING}/validationRules/Dates.validationRule-meta.xml`,
        line: 5,
        message:
          "validation rule Thing__c.Dates: Incorrect parameter type for operator '>'. Expected Number, Date, Datetime, Time, received Text"
      },
      {
        file: `${THING}/fields/New__c.field-meta.xml`,
        line: 4,
        message: 'formula field Thing__c.New__c: ISNEW() is not available in a formula field'
      },
      {
        file: `${THING}/fields/Odd__c.field-meta.xml`,
        line: 4,
        message: `formula field Thing__c.Odd__c: syntax error: unexpected ";" in ""a" & AO &bogus; <>'"`
      },
      {
        file: `${FLOWS}/Broken.flow-meta.xml`,
        line: 7,
        message:
          "flow formula Later: Incorrect parameter type for operator '+'. Expected Number, received Text"
      }
    ]);
  });
});

function writeProject(dir, path, content) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}

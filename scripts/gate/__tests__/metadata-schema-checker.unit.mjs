/*
 * The metadata-schema checker in-process, on a small project written to a temporary folder and
 * the Metadata API types of the installed @salesforce/types: each rule's finding as a person reads
 * it (file, line, rule, message), and the near misses that deploy (xsi:nil, typed CustomMetadata
 * values, empty values, unknown attributes, opaque types) pass.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { API_VERSION_OF_TYPES, metadataSchema } from '../checkers/metadata-schema.mjs';
import { typesPackageVersion } from '../metadata-schema/types.mjs';

const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const XSD = 'xmlns:xsd="http://www.w3.org/2001/XMLSchema"';
const DIR = 'force-app/main/x';

/** file name -> XML lines (line 1 is the root's start tag). */
const FILES = {
  'Good.field-meta.xml': [
    `<CustomField ${NS} ${XSI} fqn="Good__c">`,
    '  <fullName>Good__c</fullName>',
    '  <label>Good &amp; fine</label>',
    '  <type>Checkbox</type>',
    '  <defaultValue>false</defaultValue>',
    '  <externalId> 1 </externalId>',
    '  <unique>0</unique>',
    '  <precision>-1.5e+3</precision>',
    '  <scale></scale>',
    '  <description xsi:nil="true"/>',
    '  <deleteConstraint xsi:nil="1"></deleteConstraint>',
    '  <inlineHelpText xsi:nil="false">help</inlineHelpText>',
    '  <valueSet><restricted>true</restricted><valueSetDefinition><value><fullName>A</fullName><default>false</default><label>A</label></value><value><fullName>B</fullName><default>true</default><label>B</label></value></valueSetDefinition></valueSet>',
    '</CustomField>'
  ],
  'Misspelled.field-meta.xml': [
    `<CustomField ${NS}>`,
    '  <lable>x</lable>',
    '  <FULLNAME>y</FULLNAME>',
    '</CustomField>'
  ],
  'Elsewhere.permissionset-meta.xml': [
    `<PermissionSet ${NS}>`,
    '  <readable>true</readable>',
    '  <enabled>true</enabled>',
    '  <nothingLikeIt>x</nothingLikeIt>',
    '</PermissionSet>'
  ],
  'Twice.field-meta.xml': [
    `<CustomField ${NS}>`,
    '  <label>a</label>',
    '  <label>b</label>',
    '  <valueSet><valueSetDefinition><value><fullName>A</fullName><label>A</label></value><value><fullName>B</fullName><label>B</label></value></valueSetDefinition></valueSet>',
    '  <label>c</label>',
    '</CustomField>'
  ],
  'Scalars.field-meta.xml': [
    `<CustomField ${NS}>`,
    '  <externalId>yes</externalId>',
    '  <unique>TRUE</unique>',
    '  <precision>ten</precision>',
    '  <scale>1.2.3</scale>',
    '  <type>Checkbx</type>',
    '  <deleteConstraint>Cascad</deleteConstraint>',
    '  <deleteConstraint>Nothing</deleteConstraint>',
    '  <type>Zzzzzz</type>',
    '  <label><b>x</b><c/></label>',
    '  <visibleLines>  </visibleLines>',
    '</CustomField>'
  ],
  'Numbers.field-meta.xml': [
    `<CustomField ${NS}>`,
    ...[
      '1',
      '+1',
      '-1',
      '1.',
      '.5',
      '.55',
      '1.5',
      '1e5',
      '1E-5',
      '2.5e+10',
      'INF',
      '-INF',
      'NaN'
    ].map((value) => `  <precision>${value}</precision>`),
    ...['1e', 'e5', '.', '+INF', 'nan', '1 2', '--1', '1.5.', 'x1', '1x', 'INFx'].map(
      (value) => `  <scale>${value}</scale>`
    ),
    '</CustomField>'
  ],
  'Booleans.remoteSite-meta.xml': [
    `<RemoteSiteSetting ${NS}>`,
    '  <isActive>1</isActive>',
    '  <isActive>0</isActive>',
    '  <isActive>true</isActive>',
    '  <disableProtocolSecurity>xtrue</disableProtocolSecurity>',
    '  <disableProtocolSecurity>truex</disableProtocolSecurity>',
    '  <disableProtocolSecurity>10</disableProtocolSecurity>',
    '</RemoteSiteSetting>'
  ],
  'Dates.accountingModelConfig-meta.xml': [
    `<AccountingModelConfig ${NS}>`,
    ...[
      '2024-01-31',
      '2024-01-31Z',
      '2024-01-31+05:30',
      '-0001-01-01',
      '12024-01-31',
      '2024-01-31T10:20:30',
      '2024-01-31T10:20:30.123Z',
      '2024-01-31T10:20:30-08:00',
      '10:20:30',
      '10:20:30.5+01:00',
      '10:20:30.55',
      '10:20:30Z'
    ].map((value) => `  <earliestCreatedDate>${value}</earliestCreatedDate>`),
    ...[
      '2024-1-31',
      '24-01-31',
      '2024-01-31T10:20',
      '2024-01-31 10:20:30',
      'x2024-01-31',
      '2024-01-31x',
      '10:20',
      '10:20:30x',
      '2024-01-31T10:20:30.Z',
      '2024-01-31T10:20:30+0800',
      'x2024-01-31T10:20:30'
    ].map((value) => `  <runOrder>1</runOrder><earliestCreatedDate>${value}</earliestCreatedDate>`),
    '</AccountingModelConfig>'
  ],
  'Nil.field-meta.xml': [
    `<CustomField ${NS} ${XSI}>`,
    '  <label xsi:nil="true">text</label>',
    '  <description xsi:nil="yes"/>',
    '  <type xsi:nil="true"> </type>',
    '  <unique other:nil="true">x</unique>',
    '</CustomField>'
  ],
  'Values.md-meta.xml': [
    `<CustomMetadata ${NS} ${XSI} ${XSD}>`,
    '  <label>L</label>',
    '  <values><field>A__c</field><value xsi:type="xsd:string"> any text </value></values>',
    '  <values><field>B__c</field><value xsi:type="xsd:boolean"> true </value></values>',
    '  <values><field>C__c</field><value xsi:type="xsd:boolean">yes</value></values>',
    '  <values><field>D__c</field><value xsi:type="xsd:int">-12</value></values>',
    '  <values><field>E__c</field><value xsi:type="xsd:int">1.5</value></values>',
    '  <values><field>F__c</field><value xsi:type="xsd:double">1.5e3</value></values>',
    '  <values><field>G__c</field><value xsi:type="xsd:double">one</value></values>',
    '  <values><field>H__c</field><value xsi:type="xsd:decimal">+1.25</value></values>',
    '  <values><field>I__c</field><value xsi:type="xsd:decimal">1e3</value></values>',
    '  <values><field>J__c</field><value xsi:type="xsd:long">99999999999</value></values>',
    '  <values><field>K__c</field><value xsi:type="xsd:long">9.0</value></values>',
    '  <values><field>L__c</field><value xsi:type="xsd:date">2024-02-29</value></values>',
    '  <values><field>M__c</field><value xsi:type="xsd:date">2024-02-29T00:00:00</value></values>',
    '  <values><field>N__c</field><value xsi:type="xsd:dateTime">2024-02-29T00:00:00Z</value></values>',
    '  <values><field>O__c</field><value xsi:type="xsd:dateTime">2024-02-29</value></values>',
    '  <values><field>P__c</field><value xsi:type="xsd:time">10:20:30</value></values>',
    '  <values><field>Q__c</field><value xsi:type="xsd:time">10:20</value></values>',
    '  <values><field>R__c</field><value xsi:nil="true"/></values>',
    '  <values><field>S__c</field><value xsi:nil="true">x</value></values>',
    '  <values><field>T__c</field><value>untyped</value></values>',
    '  <values><field>U__c</field><value xsi:type="xsd:text">x</value></values>',
    '  <values><field>V__c</field><value xsi:type="string">x</value></values>',
    '  <values><field>W__c</field><value xsi:type="q:string">x</value></values>',
    '  <values><field>X__c</field><value xsi:type="xsd:string"><b/></value></values>',
    '  <values><field>Y__c</field><value xsi:type="xsd:int" bad:attr="1">1</value></values>',
    '  <values><field>Z__c</field><value xsi:nil="maybe"/></values>',
    '  <values><field>AA__c</field><value xsi:nil="true"> </value></values>',
    '  <values><field>AB__c</field><value xsi:type="xsd:decimal">12</value></values>',
    '  <values><field>AC__c</field><value xsi:type="xsd:decimal">.55</value></values>',
    '  <values><field>AD__c</field><value xsi:type="xsd:decimal">3.</value></values>',
    '  <values><field>AE__c</field><value xsi:type="xsd:int">+5</value></values>',
    '</CustomMetadata>'
  ],
  'Prefixes.field-meta.xml': [
    `<CustomField ${NS} xmlns:p="urn:p">`,
    '  <label p:x="1" q:y="2">a</label>',
    '  <type xml:lang="en">Text</type>',
    '</CustomField>'
  ],
  'Scoped.md-meta.xml': [
    `<CustomMetadata ${NS}>`,
    '  <values xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns:s="http://www.w3.org/2001/XMLSchema">',
    '    <field>A__c</field>',
    '    <value i:type="s:int">x</value>',
    '  </values>',
    '  <values><field>B__c</field><value i:type="s:int">1</value></values>',
    '</CustomMetadata>'
  ],
  'Unknown.thing-meta.xml': [`<NoSuchType ${NS}>`, '  <x/>', '</NoSuchType>'],
  'Opaque.workflow-meta.xml': [
    `<WorkflowAction ${NS}>`,
    '  <anything>at all</anything>',
    '</WorkflowAction>'
  ],
  'OpaqueBase.alert-meta.xml': [
    `<WorkflowAlert ${NS}>`,
    '  <anything>at all</anything>',
    '  <protected>maybe</protected>',
    '</WorkflowAlert>'
  ],
  'OpaqueField.sharingRules-meta.xml': [
    `<SharingRules ${NS}>`,
    '  <sharingTerritoryRules><anything>yes</anything></sharingTerritoryRules>',
    '  <nope/>',
    '</SharingRules>'
  ],
  'Folder.emailFolder-meta.xml': [
    `<EmailFolder ${NS}>`,
    '  <name>N</name>',
    '  <nme>N</nme>',
    '</EmailFolder>'
  ],
  'Root.labels-meta.xml': [
    `<CustomLabels ${NS}>`,
    '  <fullName>x</fullName>',
    '  <value>v</value>',
    '  <labels><fullName>A</fullName><value>a</value><protected>false</protected><labels/></labels>',
    '</CustomLabels>'
  ],
  'Nested.md-meta.xml': [
    `<CustomMetadata ${NS}>`,
    '  <values><fullName>x</fullName><field>A__c</field></values>',
    '</CustomMetadata>'
  ],
  'RootValue.value-meta.xml': [
    `<CustomMetadataValue ${NS}>`,
    '  <fullName>x</fullName>',
    '  <module>m</module>',
    '  <field>A__c</field>',
    '</CustomMetadataValue>'
  ],
  'Many.promptVersion-meta.xml': [
    `<PromptVersion ${NS}>`,
    '  <targetPageKey5>x</targetPageKey5>',
    '</PromptVersion>'
  ],
  'Currency.report-meta.xml': [`<Report ${NS}>`, '  <currency>XMD</currency>', '</Report>'],
  'Enums.field-meta.xml': [
    `<CustomField ${NS}>`,
    '  <deleteConstraint>cascade</deleteConstraint>',
    '  <encryptionScheme>NoneXY</encryptionScheme>',
    '  <formulaTreatBlanksAs>BlankAsZeroXYZ</formulaTreatBlanksAs>',
    '  <type></type>',
    '</CustomField>'
  ],
  'Twelve.canvas-meta.xml': [
    `<ExtlClntAppCanvasSettings ${NS}>`,
    '  <canvasLocationOptions>Zzzzzzzz</canvasLocationOptions>',
    '</ExtlClntAppCanvasSettings>'
  ],
  'Thirteen.stream-meta.xml': [
    `<DataStreamTemplate ${NS}>`,
    '  <refreshFrequency>Zzzzzzzz</refreshFrequency>',
    '</DataStreamTemplate>'
  ],
  'NilValues.field-meta.xml': [
    `<CustomField ${NS} ${XSI}>`,
    '  <externalId xsi:nil="truex">yes</externalId>',
    '  <unique xsi:nil="0">maybe</unique>',
    '  <caseSensitive xsi:nil="xtrue">maybe</caseSensitive>',
    '  <required xsi:nil="1">true</required>',
    '</CustomField>'
  ],
  'Redeclared.field-meta.xml': [
    `<CustomField ${NS} xmlns:n="urn:other">`,
    '  <externalId n:nil="true">yes</externalId>',
    '  <unique xmlns:n="http://www.w3.org/2001/XMLSchema-instance" n:nil="true"/>',
    '</CustomField>'
  ],
  'Cycle.flow-meta.xml': [`<Flow ${NS}>`, '  <nothingLikeIt/>', '</Flow>'],
  'Bundle.js-meta.xml': [
    `<LightningComponentBundle ${NS}>`,
    '  <apiVersion>66.0</apiVersion>',
    '  <isExposed>true</isExposed>',
    '  <targets>',
    '    <target> lightning__RecordPage </target>',
    '  </targets>',
    '  <targets><target>lightning__AppPage</target></targets>',
    '  <capabilities><capability>lightning__HomePage</capability></capabilities>',
    '  <targetConfigs>',
    '    <targetConfig targets="lightning__RecordPage,lightning__AppPage,lightning__HomePage">',
    '      <proprety name="a" type="String"/>',
    '    </targetConfig>',
    '  </targetConfigs>',
    '</LightningComponentBundle>'
  ],
  'Broken.field-meta.xml': [`<CustomField ${NS}>`, '  <label>x</lab>', '</CustomField>'],
  'NotMeta.xml': ['<nothing>ignored</nothing>'],
  'other.txt': ['<not xml']
};

let root;
let result;
const problemsOf = (name) =>
  result.problems
    .filter((problem) => problem.file === `${DIR}/${name}`)
    .map((problem) => `${problem.line} ${problem.message}`);

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'metadata-schema-'));
  writeFileSync(
    join(root, 'sfdx-project.json'),
    JSON.stringify({ packageDirectories: [{ path: 'force-app', default: true }] })
  );
  for (const [name, lines] of Object.entries(FILES)) {
    const path = join(root, DIR, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, ['<?xml version="1.0" encoding="UTF-8"?>', ...lines, ''].join('\n'));
  }
  result = await metadataSchema.run(root);
});

after(() => rmSync(root, { recursive: true, force: true }));

// line numbers below count the XML declaration as line 1

describe('metadata-schema checker', () => {
  test('the checker’s name and description, as the gate lists them', () => {
    assert.equal(metadataSchema.name, 'metadata-schema');
    assert.equal(
      metadataSchema.description,
      'metadata XML against the Metadata API WSDL types (@salesforce/types)'
    );
  });

  test('every problem names a file of the project, a line and a message', () => {
    const files = Object.keys(FILES).map((name) => `${DIR}/${name}`);
    for (const problem of result.problems) {
      assert.deepEqual(Object.keys(problem).sort(), ['file', 'line', 'message']);
      assert.ok(files.includes(problem.file), problem.file);
      assert.ok(Number.isInteger(problem.line) && problem.line > 0);
    }
  });

  test('the summary counts the -meta.xml files and names the API version of the types', () => {
    const version = typesPackageVersion();
    const count = Object.keys(FILES).filter((name) => name.endsWith('-meta.xml')).length;
    assert.equal(
      result.summary,
      `${count} files against the Metadata API v${API_VERSION_OF_TYPES[version]} types (@salesforce/types ${version})`
    );
    assert.match(result.summary, /^30 files against the Metadata API v\d+\.0 types/);
  });

  test('only -meta.xml files are read', () => {
    assert.deepEqual(problemsOf('NotMeta.xml'), []);
    assert.deepEqual(problemsOf('other.txt'), []);
  });

  test('a file that binds to its type passes: values of each kind, xsi:nil, empty values, unknown attributes', () => {
    assert.deepEqual(problemsOf('Good.field-meta.xml'), []);
  });

  test('a misspelled element is named with the close names; case counts', () => {
    assert.deepEqual(problemsOf('Misspelled.field-meta.xml'), [
      '3 unknown-element: <lable> is not an element of CustomField; did you mean <label>?',
      '4 unknown-element: <FULLNAME> is not an element of CustomField; did you mean <fullName>?'
    ]);
  });

  test('enum values: case counts, two edits are close, three are not; an empty value is no value', () => {
    assert.deepEqual(problemsOf('Enums.field-meta.xml'), [
      '3 bad-enum: <deleteConstraint>cascade</deleteConstraint> in CustomField: not a value of DeleteConstraint; did you mean Cascade?',
      '4 bad-enum: <encryptionScheme>NoneXY</encryptionScheme> in CustomField: not a value of EncryptionScheme; did you mean None?',
      '5 bad-enum: <formulaTreatBlanksAs>BlankAsZeroXYZ</formulaTreatBlanksAs> in CustomField: not a value of TreatBlanksAs: BlankAsBlank, BlankAsZero'
    ]);
  });

  test('an enum of up to twelve values is listed; a longer one is counted', () => {
    assert.deepEqual(problemsOf('Twelve.canvas-meta.xml'), [
      '3 bad-enum: <canvasLocationOptions>Zzzzzzzz</canvasLocationOptions> in ExtlClntAppCanvasSettings: not a value of CanvasLocationOptions: None, Chatter, UserProfile, Visualforce, Aura, Publisher, ChatterFeed, ServiceDesk, OpenCTI, AppLauncher, MobileNav, PageLayout'
    ]);
    assert.deepEqual(problemsOf('Thirteen.stream-meta.xml'), [
      '3 bad-enum: <refreshFrequency>Zzzzzzzz</refreshFrequency> in DataStreamTemplate: not a value of DataImportRefreshFrequency (13 values)'
    ]);
  });

  test('only xsi:nil="true" or "1" makes an element nil', () => {
    assert.deepEqual(problemsOf('NilValues.field-meta.xml'), [
      '3 bad-boolean: xsi:nil="truex" on <externalId> is not a boolean',
      '3 bad-boolean: <externalId>yes</externalId> in CustomField: a boolean is true or false',
      '4 bad-boolean: <unique>maybe</unique> in CustomField: a boolean is true or false',
      '5 bad-boolean: xsi:nil="xtrue" on <caseSensitive> is not a boolean',
      '5 bad-boolean: <caseSensitive>maybe</caseSensitive> in CustomField: a boolean is true or false',
      '6 bad-nil: <required> is xsi:nil but has content'
    ]);
  });

  test('the nearest declaration of a prefix is the one in force', () => {
    assert.deepEqual(problemsOf('Redeclared.field-meta.xml'), [
      '3 bad-boolean: <externalId>yes</externalId> in CustomField: a boolean is true or false'
    ]);
  });

  test('a version of @salesforce/types whose API version is not known is named without one', async () => {
    const version = typesPackageVersion();
    const api = API_VERSION_OF_TYPES[version];
    delete API_VERSION_OF_TYPES[version];
    try {
      const { summary } = await metadataSchema.run(root);
      assert.equal(
        summary,
        `30 files against the Metadata API types (@salesforce/types ${version})`
      );
    } finally {
      API_VERSION_OF_TYPES[version] = api;
    }
  });

  test('at most three close names are suggested', () => {
    assert.deepEqual(problemsOf('Many.promptVersion-meta.xml'), [
      '3 unknown-element: <targetPageKey5> is not an element of PromptVersion; did you mean <targetPageKey1>, <targetPageKey2>, <targetPageKey3>?'
    ]);
    const [currency, ...rest] = problemsOf('Currency.report-meta.xml');
    const close =
      /^3 bad-enum: <currency>XMD<\/currency> in Report: not a value of CurrencyIsoCode; did you mean (.*)\?$/
        .exec(currency)[1]
        .split(', ');
    // three ISO codes two edits or fewer from XMD (ARS, for one, is three)
    assert.equal(close.length, 3);
    for (const code of close) assert.match(code, /^(X..|.M.|..D)$/);
    assert.deepEqual(rest, []);
  });

  test('an element of another type is named with up to three types that have it', () => {
    const [readable, enabled, nothing, ...rest] = problemsOf('Elsewhere.permissionset-meta.xml');
    assert.equal(
      readable,
      '3 unknown-element: <readable> is not an element of PermissionSet; it is an element of PermissionSetFieldPermissions'
    );
    const owners =
      /^4 unknown-element: <enabled> is not an element of PermissionSet; it is an element of (.*)$/.exec(
        enabled
      )[1];
    // five PermissionSet* types have <enabled>: three are named
    const named = owners.split(', ');
    assert.equal(named.length, 3);
    for (const name of named)
      assert.match(
        name,
        /^PermissionSet(UserPermission|ServicePresenceStatusAccess|ApexPageAccess|GenComputingSummaryDefAccess|FlowAccess)$/
      );
    assert.equal(nothing, '5 unknown-element: <nothingLikeIt> is not an element of PermissionSet');
    assert.deepEqual(rest, []);
  });

  test('an element that is no list, given twice or more, names the first line; lists repeat freely', () => {
    assert.deepEqual(problemsOf('Twice.field-meta.xml'), [
      '4 duplicate-element: <label> appears twice in CustomField (first on line 3); it is not a list',
      '6 duplicate-element: <label> appears twice in CustomField (first on line 3); it is not a list'
    ]);
  });

  test('scalar values of the wrong kind', () => {
    assert.deepEqual(problemsOf('Scalars.field-meta.xml'), [
      '3 bad-boolean: <externalId>yes</externalId> in CustomField: a boolean is true or false',
      '4 bad-boolean: <unique>TRUE</unique> in CustomField: a boolean is true or false',
      '5 bad-number: <precision>ten</precision> in CustomField is not a number',
      '6 bad-number: <scale>1.2.3</scale> in CustomField is not a number',
      '7 bad-enum: <type>Checkbx</type> in CustomField: not a value of FieldType; did you mean Checkbox?',
      '8 bad-enum: <deleteConstraint>Cascad</deleteConstraint> in CustomField: not a value of DeleteConstraint; did you mean Cascade?',
      '9 duplicate-element: <deleteConstraint> appears twice in CustomField (first on line 8); it is not a list',
      '9 bad-enum: <deleteConstraint>Nothing</deleteConstraint> in CustomField: not a value of DeleteConstraint: Cascade, Restrict, SetNull',
      '10 duplicate-element: <type> appears twice in CustomField (first on line 7); it is not a list',
      '10 bad-enum: <type>Zzzzzz</type> in CustomField: not a value of FieldType (32 values)',
      '11 element-in-scalar: <label> in CustomField is a string value; it cannot hold <b>'
    ]);
  });

  test('numbers: xsd:double lexical forms pass, others fail', () => {
    const bad = ['1e', 'e5', '.', '+INF', 'nan', '1 2', '--1', '1.5.', 'x1', '1x', 'INFx'];
    assert.deepEqual(
      problemsOf('Numbers.field-meta.xml').filter(
        (problem) => !problem.includes('duplicate-element')
      ),
      bad.map(
        (value, i) => `${16 + i} bad-number: <scale>${value}</scale> in CustomField is not a number`
      )
    );
  });

  test('booleans: true, false, 1 and 0 only', () => {
    assert.deepEqual(
      problemsOf('Booleans.remoteSite-meta.xml').filter(
        (problem) => !problem.includes('duplicate-element')
      ),
      ['xtrue', 'truex', '10'].map(
        (value, i) =>
          `${6 + i} bad-boolean: <disableProtocolSecurity>${value}</disableProtocolSecurity> in RemoteSiteSetting: a boolean is true or false`
      )
    );
  });

  test('dates: xsd:dateTime, xsd:date and xsd:time pass, others fail', () => {
    const bad = [
      '2024-1-31',
      '24-01-31',
      '2024-01-31T10:20',
      '2024-01-31 10:20:30',
      'x2024-01-31',
      '2024-01-31x',
      '10:20',
      '10:20:30x',
      '2024-01-31T10:20:30.Z',
      '2024-01-31T10:20:30+0800',
      'x2024-01-31T10:20:30'
    ];
    assert.deepEqual(
      problemsOf('Dates.accountingModelConfig-meta.xml').filter(
        (problem) => !problem.includes('duplicate-element')
      ),
      bad.map(
        (value, i) =>
          `${15 + i} bad-datetime: <earliestCreatedDate>${value}</earliestCreatedDate> in AccountingModelConfig is not an xsd:dateTime, xsd:date or xsd:time`
      )
    );
  });

  test('xsi:nil: no content, a boolean value, and only with the XML Schema instance namespace', () => {
    assert.deepEqual(problemsOf('Nil.field-meta.xml'), [
      '3 bad-nil: <label> is xsi:nil but has content',
      '4 bad-boolean: xsi:nil="yes" on <description> is not a boolean',
      '6 undeclared-prefix: attribute other:nil of <unique> uses an undeclared namespace prefix',
      '6 bad-boolean: <unique>x</unique> in CustomField: a boolean is true or false'
    ]);
  });

  test('CustomMetadata values: xsi:type with content of that type, xsi:nil, untyped', () => {
    const xsdList =
      'xsd:string, xsd:boolean, xsd:double, xsd:decimal, xsd:int, xsd:long, xsd:date, xsd:dateTime, xsd:time';
    assert.deepEqual(problemsOf('Values.md-meta.xml'), [
      '6 bad-boolean: <value xsi:type="xsd:boolean">yes</value> in CustomMetadataValue is not an xsd:boolean',
      '8 bad-xsi-type: <value xsi:type="xsd:int">1.5</value> in CustomMetadataValue is not an xsd:int',
      '10 bad-xsi-type: <value xsi:type="xsd:double">one</value> in CustomMetadataValue is not an xsd:double',
      '12 bad-xsi-type: <value xsi:type="xsd:decimal">1e3</value> in CustomMetadataValue is not an xsd:decimal',
      '14 bad-xsi-type: <value xsi:type="xsd:long">9.0</value> in CustomMetadataValue is not an xsd:long',
      '16 bad-xsi-type: <value xsi:type="xsd:date">2024-02-29T00:00:00</value> in CustomMetadataValue is not an xsd:date',
      '18 bad-xsi-type: <value xsi:type="xsd:dateTime">2024-02-29</value> in CustomMetadataValue is not an xsd:dateTime',
      '20 bad-xsi-type: <value xsi:type="xsd:time">10:20</value> in CustomMetadataValue is not an xsd:time',
      '22 bad-nil: <value> is xsi:nil but has content',
      `24 bad-xsi-type: xsi:type="xsd:text" on <value> is not one of ${xsdList} (with xmlns:xsd="http://www.w3.org/2001/XMLSchema")`,
      `25 bad-xsi-type: xsi:type="string" on <value> is not one of ${xsdList} (with xmlns:?="http://www.w3.org/2001/XMLSchema")`,
      `26 bad-xsi-type: xsi:type="q:string" on <value> is not one of ${xsdList} (with xmlns:q="http://www.w3.org/2001/XMLSchema")`,
      '27 element-in-scalar: <value> in CustomMetadataValue holds <b>',
      '28 undeclared-prefix: attribute bad:attr of <value> uses an undeclared namespace prefix',
      '29 bad-boolean: xsi:nil="maybe" on <value> is not a boolean'
    ]);
  });

  test('namespace prefixes are those declared on the element or above it, whatever their name', () => {
    assert.deepEqual(problemsOf('Prefixes.field-meta.xml'), [
      '3 undeclared-prefix: attribute q:y of <label> uses an undeclared namespace prefix'
    ]);
    assert.deepEqual(problemsOf('Scoped.md-meta.xml'), [
      '5 bad-xsi-type: <value i:type="s:int">x</value> in CustomMetadataValue is not an xsd:int',
      '7 undeclared-prefix: attribute i:type of <value> uses an undeclared namespace prefix'
    ]);
  });

  test('the types a root reaches are searched once each, also where they refer to themselves', () => {
    assert.deepEqual(problemsOf('Cycle.flow-meta.xml'), [
      '3 unknown-element: <nothingLikeIt> is not an element of Flow'
    ]);
  });

  test('a root that is no Metadata API type', () => {
    assert.deepEqual(problemsOf('Unknown.thing-meta.xml'), [
      '2 unknown-type: <NoSuchType> is not a Metadata API type'
    ]);
  });

  test('opaque types: their content is not checked, but the fields they are known to have are', () => {
    assert.deepEqual(problemsOf('Opaque.workflow-meta.xml'), []);
    assert.deepEqual(problemsOf('OpaqueBase.alert-meta.xml'), [
      '4 bad-boolean: <protected>maybe</protected> in WorkflowAlert: a boolean is true or false'
    ]);
    assert.deepEqual(problemsOf('OpaqueField.sharingRules-meta.xml'), [
      '4 unknown-element: <nope> is not an element of SharingRules'
    ]);
  });

  test('a *Folder type is a Folder', () => {
    assert.deepEqual(problemsOf('Folder.emailFolder-meta.xml'), [
      '4 unknown-element: <nme> is not an element of EmailFolder; did you mean <name>?'
    ]);
  });

  test('a root has the Metadata fields; a nested type only its own', () => {
    assert.deepEqual(problemsOf('Root.labels-meta.xml'), [
      '4 unknown-element: <value> is not an element of CustomLabels; it is an element of CustomLabel',
      '5 unknown-element: <labels> is not an element of CustomLabel; it is an element of CustomLabels'
    ]);
    assert.deepEqual(problemsOf('Nested.md-meta.xml'), [
      '3 unknown-element: <fullName> is not an element of CustomMetadataValue; it is an element of CustomMetadata'
    ]);
    assert.deepEqual(problemsOf('RootValue.value-meta.xml'), []);
  });

  test('a .js-meta.xml targetConfig is checked against all the bundle’s <targets>', () => {
    assert.deepEqual(problemsOf('Bundle.js-meta.xml'), [
      '8 duplicate-element: <targets> appears twice in LightningComponentBundle (first on line 5); it is not a list',
      '11 bad-attribute-value: <targetConfig targets="lightning__RecordPage,lightning__AppPage,lightning__HomePage">: expected targets listed under <targets> (lightning__HomePage is not)',
      '12 unknown-element: <proprety> is not an element of <targetConfig> in a .js-meta.xml; did you mean <property>?'
    ]);
  });

  test('malformed XML is reported with its line and nothing else of the file', () => {
    assert.deepEqual(problemsOf('Broken.field-meta.xml'), [
      '3 malformed-xml: </lab> does not close <label>'
    ]);
  });
});

/*
 * The integrity checker's access rules (scripts/gate/integrity/access.mjs), in process on a mini
 * project: permission sets (fields, objects, Apex classes, custom permissions), field-level
 * security for every field that can carry it, FlexiPages (components, visibility rules, record
 * fields), layouts and email templates. Each defect is reported on its line; near misses pass.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkAccess } from '../integrity/access.mjs';
import { Schema } from '../integrity/schema.mjs';
import { fieldXml, lineIn, miniProject, xml } from './integrity-mini-project.mjs';

const CAP = 'force-app/main/alpha';
const OBJECTS = `${CAP}/objects`;
const SETS = `${CAP}/permissionsets`;
const PAGES = `${CAP}/flexipages`;

const apex = { classNames: new Set(['doer']) };
const component = (name, exposed, targets) => [
  name.toLowerCase(),
  { name, exposed, targets: new Set(targets), properties: new Map() }
];
const index = {
  customPermissions: new Set(['can_do']),
  components: new Map([
    component('recordCard', true, ['lightning__RecordPage']),
    component('appCard', true, ['lightning__AppPage']),
    component('homeCard', true, ['lightning__HomePage']),
    component('hiddenCard', false, ['lightning__RecordPage']),
    component('flowOnly', true, ['lightning__FlowScreen']),
    component('suffixed', true, ['lightning__AppPageX', 'xlightning__HomePage'])
  ])
};

const fieldPermission = (field, readable) =>
  `<fieldPermissions><editable>false</editable><field>${field}</field><readable>${readable}</readable></fieldPermissions>`;
const permissionSet = (lines) => xml('PermissionSet', lines.join('\n'));

const SET_A = permissionSet([
  '<label>A</label>',
  fieldPermission('Thing__c.Count__c', true),
  fieldPermission('thing__c.UPPER__C', true),
  fieldPermission('Thing__c.Hidden__c', false),
  fieldPermission('Thing__c.Both__c', false),
  fieldPermission('Thing__c.Account__r.Name', true),
  fieldPermission('Thing__c.Bogus__c', true),
  fieldPermission('Ghost__c.Field__c', false),
  '<objectPermissions><object>Thing__c</object><allowRead>true</allowRead></objectPermissions>',
  '<objectPermissions><object>Nope__c</object><allowRead>true</allowRead></objectPermissions>',
  '<classAccesses><apexClass>DOER</apexClass><enabled>true</enabled></classAccesses>',
  '<classAccesses><apexClass>Missing</apexClass><enabled>true</enabled></classAccesses>',
  '<customPermissions><enabled>true</enabled><name>Can_Do</name></customPermissions>',
  '<customPermissions><enabled>true</enabled><name>Cannot_Do</name></customPermissions>'
]);
const SET_B = permissionSet(['<label>B</label>', fieldPermission('Thing__c.Both__c', true)]);

const PAGE = xml(
  'FlexiPage',
  [
    '<sobjectType>Thing__c</sobjectType>',
    '<componentName>flexipage:column</componentName>',
    '<componentName>force:highlightsPanel</componentName>',
    '<componentName>c:recordCard</componentName>',
    '<componentName>c__AppCard</componentName>',
    '<componentName>c:homeCard</componentName>',
    '<componentName>c:ghostCard</componentName>',
    '<componentName>c__hiddenCard</componentName>',
    '<componentName>c:flowOnly</componentName>',
    '<componentName>c:suffixed</componentName>',
    '<componentName>cx:recordCard</componentName>',
    '<componentName>abc:ghostCard</componentName>',
    '<componentName>c:record-card</componentName>',
    '<visibilityRule><criteria><leftValue>{!$Permission.CustomPermission.can_do}</leftValue></criteria></visibilityRule>',
    '<visibilityRule><criteria><leftValue>{!$Permission.CustomPermission.Gone_Perm}</leftValue></criteria></visibilityRule>',
    '<visibilityRule><criteria><leftValue>{!$Permission.StandardPermission.X}</leftValue></criteria></visibilityRule>',
    '<fieldItem>Record.Count__c</fieldItem>',
    '<fieldItem>Record.Account__r.Name</fieldItem>',
    '<fieldItem>Record.Missing__c</fieldItem>',
    '<fieldItem>Other.Missing2__c</fieldItem>'
  ].join('\n')
);
// an App page: no object, so its record fields are not read
const APP_PAGE = xml(
  'FlexiPage',
  '<fieldItem>Record.Anything__c</fieldItem>\n<componentName>c:appCard</componentName>'
);
const LAYOUT = xml(
  'Layout',
  '<layoutSections><layoutColumns>\n<layoutItems><field>Count__c</field></layoutItems>\n<layoutItems><field>Name</field></layoutItems>\n<layoutItems><field>Gone__c</field></layoutItems>\n</layoutColumns></layoutSections>'
);
const EMAIL = [
  'Dear {!Thing__c.Account__r.Name},',
  '{!$User.FirstName} {!Recipient.Name} {! Thing__c.Count__c }',
  'your {!Thing__c.Lost__c} and { ! Thing__c.Spaced__c}',
  '{!Account.Bad_Field__c}'
].join('\n');

const sorted = (pairs) => [...pairs].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));

describe('integrity: access', () => {
  let project;
  let problems;
  before(() => {
    const field = (name, type = 'Text', extra = '') => ({
      [`${OBJECTS}/Thing__c/fields/${name}.field-meta.xml`]: fieldXml(name, type, extra)
    });
    project = miniProject({
      [`${OBJECTS}/Thing__c/Thing__c.object-meta.xml`]: xml(
        'CustomObject',
        '<sharingModel>ReadWrite</sharingModel>'
      ),
      ...field('Count__c', 'Number'),
      ...field('Upper__c'),
      ...field('Hidden__c'),
      ...field('Both__c'),
      ...field('Required__c', 'Text', '<required>true</required>'),
      ...field('NotRequired__c', 'Text', '<required>false</required>'),
      ...field('Parent__c', 'MasterDetail', '<referenceTo>Account</referenceTo>'),
      ...field('Account__c', 'Lookup', '<referenceTo>Account</referenceTo>'),
      [`${OBJECTS}/Thing__c/fields/notes.txt`]: 'not a field',
      [`${OBJECTS}/Setting__mdt/fields/Value__c.field-meta.xml`]: fieldXml('Value__c', 'Text'),
      [`${OBJECTS}/Bare__c/Bare__c.object-meta.xml`]: xml('CustomObject', ''),
      [`${SETS}/A.permissionset-meta.xml`]: SET_A,
      [`${SETS}/B.permissionset-meta.xml`]: SET_B,
      [`${SETS}/C.permissionset-meta.xml`]: permissionSet(['<label>C</label>']),
      [`${PAGES}/Thing_Record.flexipage-meta.xml`]: PAGE,
      [`${PAGES}/App.flexipage-meta.xml`]: APP_PAGE,
      [`${CAP}/layouts/Thing__c-Thing Layout.layout-meta.xml`]: LAYOUT,
      [`${CAP}/email/Letters/Note.email`]: EMAIL,
      [`${CAP}/email/Letters/Note.email-meta.xml`]: '<field>Gone__c</field> {!Thing__c.Lost__c}'
    });
    problems = checkAccess(new Schema(project.dir), apex, index, project.dir).problems;
  });
  after(() => project?.dispose());

  const problemsOf = (file) =>
    sorted(problems.filter((p) => p.file === file).map(({ line, message }) => [line, message]));

  test('permission sets: each unknown field, object, class and custom permission on its line', () => {
    const line = (snippet) => lineIn(SET_A, snippet);
    assert.deepEqual(
      problemsOf(`${SETS}/A.permissionset-meta.xml`),
      sorted([
        [line('<field>Thing__c.Bogus__c</field>'), 'Thing__c has no field Bogus__c'],
        [line('<field>Ghost__c.Field__c</field>'), 'object Ghost__c does not exist in the project'],
        [line('<object>Nope__c</object>'), 'object Nope__c does not exist in the project'],
        [line('<apexClass>Missing</apexClass>'), 'no Apex class Missing'],
        [line('<name>Cannot_Do</name>'), 'no custom permission Cannot_Do']
      ])
    );
    assert.deepEqual(problemsOf(`${SETS}/B.permissionset-meta.xml`), []);
    assert.deepEqual(problemsOf(`${SETS}/C.permissionset-meta.xml`), []);
  });

  test('a field readable in no permission set is reported on its file (line 1)', () => {
    const unread = problems
      .filter((p) => p.message.includes('readable in no permission set'))
      .map(({ file, line, message }) => [file, line, message]);
    assert.deepEqual(unread, [
      [
        `${OBJECTS}/Thing__c/fields/Account__c.field-meta.xml`,
        1,
        'Thing__c.Account__c is readable in no permission set: nobody could see it'
      ],
      [
        `${OBJECTS}/Thing__c/fields/Hidden__c.field-meta.xml`,
        1,
        'Thing__c.Hidden__c is readable in no permission set: nobody could see it'
      ],
      [
        `${OBJECTS}/Thing__c/fields/NotRequired__c.field-meta.xml`,
        1,
        'Thing__c.NotRequired__c is readable in no permission set: nobody could see it'
      ]
    ]);
  });

  test('FlexiPages: unknown, hidden and misplaced components, visibility rules, record fields', () => {
    const line = (snippet) => lineIn(PAGE, snippet);
    assert.deepEqual(
      problemsOf(`${PAGES}/Thing_Record.flexipage-meta.xml`),
      sorted([
        [line('c:ghostCard'), 'no LWC ghostCard'],
        [line('c__hiddenCard'), 'LWC hiddenCard is not exposed (isExposed)'],
        [line('c:flowOnly'), 'LWC flowOnly has no Lightning page target'],
        [line('c:suffixed'), 'LWC suffixed has no Lightning page target'],
        [line('Gone_Perm'), 'no custom permission Gone_Perm (visibility rule)'],
        [line('Record.Missing__c'), 'Thing__c has no field Missing__c']
      ])
    );
    assert.deepEqual(problemsOf(`${PAGES}/App.flexipage-meta.xml`), []);
  });

  test('layouts: fields of the object the file name starts with', () => {
    assert.deepEqual(problemsOf(`${CAP}/layouts/Thing__c-Thing Layout.layout-meta.xml`), [
      [lineIn(LAYOUT, '<field>Gone__c</field>'), 'Thing__c has no field Gone__c']
    ]);
  });

  test('email templates: merge fields of objects; other merge sources are left alone', () => {
    assert.deepEqual(
      problemsOf(`${CAP}/email/Letters/Note.email`),
      sorted([
        [lineIn(EMAIL, 'Lost__c'), 'Thing__c has no field Lost__c'],
        [lineIn(EMAIL, 'Bad_Field__c'), 'Account has no field Bad_Field__c']
      ])
    );
    assert.deepEqual(problemsOf(`${CAP}/email/Letters/Note.email-meta.xml`), []);
  });

  test('nothing else is reported', () => {
    assert.equal(problems.length, 5 + 3 + 6 + 1 + 2);
  });
});

test('without permission sets, field-level security is not checked', () => {
  const project = miniProject({
    [`${OBJECTS}/Thing__c/fields/Loose__c.field-meta.xml`]: fieldXml('Loose__c', 'Text')
  });
  try {
    assert.deepEqual(checkAccess(new Schema(project.dir), apex, index, project.dir), {
      problems: []
    });
  } finally {
    project.dispose();
  }
});

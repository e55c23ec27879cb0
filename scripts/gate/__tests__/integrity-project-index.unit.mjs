/*
 * The integrity checker's readers, in process: metadata XML (integrity/metadata-xml.mjs), the
 * names the project defines (integrity/project-index.mjs), and the standard object file with its
 * javap reader (integrity/standard-objects.mjs, with a stand-in for javap: no Java).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { lineOf, readMetadata, text } from '../integrity/metadata-xml.mjs';
import { indexProject } from '../integrity/project-index.mjs';
import {
  describe as describeClass,
  loadStandardObjects,
  readFromLibrary,
  STANDARD_OBJECTS_FILE,
  updateStandardObjects
} from '../integrity/standard-objects.mjs';
import { miniProject, STANDARD, xml } from './integrity-mini-project.mjs';

describe('metadata-xml', () => {
  let project;
  before(() => {
    project = miniProject({
      'a.xml': xml(
        'CustomObject',
        '<label> Thing </label>\n<fields><name>A</name><help>1</help></fields>\n<fields><name>B</name></fields>\n<empty></empty>\n<nested><inner>x</inner></nested>'
      ),
      'bare.xml': '<Root/>',
      'attributes.xml':
        '<?xml version="1.0"?>\n<Root xmlns="urn:x"><item name="a" kind="b">v</item></Root>',
      'empty.xml': '',
      'noDecl.xml': '<Root><only>1</only></Root>'
    });
  });
  after(() => project?.dispose());

  test('readMetadata: the root element, every child an array, values as trimmed strings', () => {
    const doc = readMetadata(join(project.dir, 'a.xml'));
    assert.deepEqual(doc.label, ['Thing']);
    assert.deepEqual(doc.fields, [{ name: ['A'], help: ['1'] }, { name: ['B'] }]);
    assert.deepEqual(doc.nested, [{ inner: ['x'] }]);
    assert.equal(text(doc, 'label'), 'Thing');
    assert.equal(text(doc.fields[0], 'help'), '1');
    assert.equal(text(doc, 'empty'), '');
    assert.equal(text(doc, 'nested'), undefined);
    assert.equal(text(doc, 'missing'), undefined);
    assert.equal(text(undefined, 'label'), undefined);
    assert.deepEqual(readMetadata(join(project.dir, 'noDecl.xml')), { only: ['1'] });
    assert.equal(readMetadata(join(project.dir, 'bare.xml')), '');
    assert.deepEqual(readMetadata(join(project.dir, 'attributes.xml')), { item: ['v'] });
    assert.deepEqual(readMetadata(join(project.dir, 'empty.xml')), {});
  });

  test('lineOf: 1-based line of the first occurrence from an offset, 0 when absent', () => {
    const source = 'one\ntwo\nthree two\n';
    assert.equal(lineOf(source, 'one'), 1);
    assert.equal(lineOf(source, 'two'), 2);
    assert.equal(lineOf(source, 'two', 5), 3);
    assert.equal(lineOf(source, 'four'), 0);
  });
});

const CAP = 'force-app/main/alpha';
const OTHER = 'force-app/main/beta';
const bundleMeta = (body) => xml('LightningComponentBundle', body);

describe('project-index', () => {
  let project;
  let index;
  before(() => {
    project = miniProject({
      [`${CAP}/labels/Alpha.labels-meta.xml`]: xml(
        'CustomLabels',
        '<labels><fullName>First_Label</fullName><value>1</value></labels>\n<labels><fullName>second</fullName><value>2</value></labels>'
      ),
      [`${OTHER}/labels/Beta.labels-meta.xml`]: xml(
        'CustomLabels',
        '<labels><fullName>Third</fullName></labels>'
      ),
      [`${OTHER}/labels/Empty.labels-meta.xml`]: xml('CustomLabels', ''),
      [`${OTHER}/labels/notes.txt`]: '<labels><fullName>NotALabel</fullName></labels>',
      [`${CAP}/customPermissions/Can_Do.customPermission-meta.xml`]: xml('CustomPermission', ''),
      [`${CAP}/customPermissions/Readme.md`]: 'x',
      [`${OTHER}/customPermissions/Also.customPermission-meta.xml`]: xml('CustomPermission', ''),
      [`${CAP}/namedCredentials/GitLab.namedCredential-meta.xml`]: xml('NamedCredential', ''),
      [`${CAP}/notificationtypes/Ping.notiftype-meta.xml`]: xml('CustomNotificationType', ''),
      [`${CAP}/lwc/flowStep/flowStep.js-meta.xml`]: bundleMeta(
        `<isExposed>true</isExposed>
<targets><target>lightning__FlowScreen</target><target>lightning__RecordPage</target></targets>
<targetConfigs>
  <targetConfig targets="lightning__FlowScreen, lightning__AppPage" category="x">
    <property name="recordId" type="String"/>
    <property  label="L" name="mode" type="String"/>
    <propertyType name="T" extends="x"/>
  </targetConfig>
  <targetConfig targets="lightning__RecordPage">
    <property name="size" type="Integer"/>
  </targetConfig>
</targetConfigs>`
      ),
      [`${CAP}/lwc/flowStep/flowStep.ts`]: '',
      [`${CAP}/lwc/hidden/hidden.js-meta.xml`]: bundleMeta(
        '<isExposed>false</isExposed>\n<targets><target>lightning__AppPage</target></targets>'
      ),
      [`${CAP}/lwc/plain/plain.js-meta.xml`]: bundleMeta('<apiVersion>64.0</apiVersion>'),
      [`${CAP}/lwc/noMeta/noMeta.ts`]: ''
    });
    index = indexProject(project.dir);
  });
  after(() => project?.dispose());

  test('labels of every labels file, lower case', () => {
    assert.deepEqual([...index.labels].sort(), ['first_label', 'second', 'third']);
  });

  test('custom permissions, named credentials and notification types by file name, lower case', () => {
    assert.deepEqual([...index.customPermissions].sort(), ['also', 'can_do']);
    assert.deepEqual([...index.namedCredentials], ['gitlab']);
    assert.deepEqual([...index.notificationTypes], ['ping']);
  });

  test('components: exposure, targets and the properties of each target config', () => {
    assert.deepEqual([...index.components.keys()].sort(), ['flowstep', 'hidden', 'plain']);
    const step = index.components.get('flowstep');
    assert.equal(step.name, 'flowStep');
    assert.equal(step.exposed, true);
    assert.deepEqual([...step.targets], ['lightning__FlowScreen', 'lightning__RecordPage']);
    assert.deepEqual(
      [...step.properties].map(([target, names]) => [target, [...names]]),
      [
        ['lightning__FlowScreen', ['recordId', 'mode']],
        ['lightning__AppPage', ['recordId', 'mode']],
        ['lightning__RecordPage', ['size']]
      ]
    );
    const hidden = index.components.get('hidden');
    assert.equal(hidden.exposed, false);
    assert.deepEqual([...hidden.targets], ['lightning__AppPage']);
    assert.equal(hidden.properties.size, 0);
    const plain = index.components.get('plain');
    assert.equal(plain.exposed, false);
    assert.equal(plain.targets.size, 0);
  });
});

describe('standard-objects', () => {
  const SO = 'com.nawforce.runforce.SObjects.';
  const listing = (name, lines) =>
    `Compiled from "${name}.java"\npublic class ${SO}${name} extends ${SO}SObject {\n${lines.join('\n')}\n}\n`;
  const contact = listing('Contact', [
    `  public ${SO}Account Account;`,
    '  public com.nawforce.runforce.System.Id AccountId;',
    '  public com.nawforce.runforce.System.String LastName;',
    `  public ${SO}Name Owner;`,
    '  public com.nawforce.runforce.System.SObject Parent;',
    `  public ${SO}Case[] Cases;`,
    `  public static ${SO}SObjectType$ SObjectType;`,
    '  public static com.nawforce.runforce.System.String Label;',
    '  public com.nawforce.runforce.System.Boolean Bad Name;',
    '  public void clone();',
    '  public com.nawforce.runforce.System.String Trailing; ',
    '  // public com.nawforce.runforce.System.String Commented;',
    'public com.nawforce.runforce.System.Integer NoIndent;'
  ]);

  test('describe: scalars by their last name, parents, polymorphic parents, children; statics skipped', () => {
    assert.deepEqual(describeClass(contact), {
      fields: {
        Account: '->Account',
        AccountId: 'Id',
        LastName: 'String',
        Owner: '->*',
        Parent: '->*',
        NoIndent: 'Integer'
      },
      children: { Cases: 'Case' }
    });
  });

  test('readFromLibrary: runs javap on the library jar and reads each class it printed', () => {
    const calls = [];
    const output =
      listing('Contact', ['  public com.nawforce.runforce.System.Id Id;']) +
      listing('Lead', [
        '  // Compiled from elsewhere, mid-line: no new class',
        '  public com.nawforce.runforce.System.String Company;'
      ]) +
      'Compiled from "Odd.java"\npublic interface Odd {\n}\n';
    const described = readFromLibrary(['Contact', 'Lead'], (tool, args) => {
      calls.push([tool, args]);
      return { status: 0, output };
    });
    assert.deepEqual(described, {
      Contact: { fields: { Id: 'Id' }, children: {} },
      Lead: { fields: { Company: 'String' }, children: {} }
    });
    assert.equal(calls.length, 1);
    const [tool, args] = calls[0];
    assert.equal(tool, 'javap');
    assert.equal(args[0], '-cp');
    assert.match(args[1], /[/\\]sobject-types-65\.0\.0\.jar$/);
    assert.deepEqual(args.slice(2), ['-public', `${SO}Contact`, `${SO}Lead`]);
    assert.throws(
      () => readFromLibrary(['Nope', 'Gone'], () => ({ status: 1, output: 'class not found' })),
      { message: 'javap could not read Nope, Gone:\nclass not found' }
    );
  });

  describe('updateStandardObjects', () => {
    let project;
    before(() => {
      project = miniProject();
    });
    after(() => project?.dispose());
    const read = (names) =>
      Object.fromEntries(
        names.filter((n) => n !== 'Bogus').map((n) => [n, { fields: { Id: 'Id', From: n } }])
      );

    test('adds objects, keeps hand-written ones, sorts by name, keeps the other keys', () => {
      project.write(
        STANDARD_OBJECTS_FILE,
        JSON.stringify({
          $comment: 'kept',
          objects: {
            User: { fields: {} },
            Account: { fields: {} },
            Manual: { source: 'docs', fields: { X: 'String' } }
          }
        })
      );
      const asked = [];
      const result = updateStandardObjects(project.dir, ['Contact', 'Account'], (names) => {
        asked.push(names);
        return read(names);
      });
      assert.deepEqual(result, {
        ok: true,
        message: 'config/standard-objects.json: 3 standard objects'
      });
      assert.deepEqual(asked, [['Account', 'Contact', 'User']]);
      const written = readFileSync(join(project.dir, STANDARD_OBJECTS_FILE), 'utf8');
      assert.ok(written.endsWith('}\n'));
      assert.ok(written.startsWith('{\n  "$comment": "kept",\n  "objects": {\n    "Account": {'));
      const parsed = JSON.parse(written);
      assert.deepEqual(Object.keys(parsed.objects), ['Account', 'Contact', 'Manual', 'User']);
      assert.deepEqual(parsed.objects.Manual, { source: 'docs', fields: { X: 'String' } });
      assert.deepEqual(parsed.objects.User, { fields: { Id: 'Id', From: 'User' } });
      assert.deepEqual(loadStandardObjects(project.dir), parsed.objects);
    });

    test('a name the library lacks: nothing written, the names said', () => {
      const before = JSON.stringify({ objects: { Account: { fields: {} } } });
      project.write(STANDARD_OBJECTS_FILE, before);
      assert.deepEqual(
        updateStandardObjects(project.dir, ['Bogus', 'Zeta', 'Bogus'], (names) =>
          read(names.filter((n) => n !== 'Zeta'))
        ),
        {
          ok: false,
          message: 'not standard objects in the library: Bogus, Zeta'
        }
      );
      assert.equal(readFileSync(join(project.dir, STANDARD_OBJECTS_FILE), 'utf8'), before);
    });
  });

  test('loadStandardObjects reads the objects of config/standard-objects.json', () => {
    const project = miniProject();
    try {
      assert.deepEqual(loadStandardObjects(project.dir), STANDARD);
      assert.equal(STANDARD_OBJECTS_FILE, join('config', 'standard-objects.json'));
    } finally {
      project.dispose();
    }
  });
});

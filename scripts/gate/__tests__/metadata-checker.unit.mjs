/*
 * The metadata checker in-process, on small projects written to a temporary folder: malformed
 * XML with its line, a -meta.xml whose suffix is unknown, the wrong root element or a root without
 * the metadata namespace, and Apex without its -meta.xml (or a -meta.xml without its Apex).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { metadata } from '../checkers/metadata.mjs';

const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"';
const XML = '<?xml version="1.0" encoding="UTF-8"?>';

const roots = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** Runs the checker on a project of `files` (path under force-app -> text). */
function run(files) {
  const root = mkdtempSync(join(tmpdir(), 'metadata-'));
  roots.push(root);
  const write = (path, text) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('sfdx-project.json', JSON.stringify({ packageDirectories: [{ path: 'force-app' }] }));
  for (const [path, text] of Object.entries(files)) write(`force-app/${path}`, text);
  const result = metadata.run(root);
  return {
    summary: result.summary,
    problems: result.problems.map(({ file, line, message }) => `${file}:${line} ${message}`)
  };
}

const meta = (rootName, attributes = NS, body = '') =>
  `${XML}\n<${rootName} ${attributes}>${body}</${rootName}>\n`;
const CLASS_META = meta('ApexClass', NS, '<apiVersion>66.0</apiVersion>');

describe('metadata checker', () => {
  test('its name and description, as the gate lists them', () => {
    assert.equal(metadata.name, 'metadata');
    assert.equal(
      metadata.description,
      'metadata XML well-formed, right root element, Apex with -meta.xml'
    );
  });

  test('a well-formed project passes, and the summary counts every file', () => {
    assert.deepEqual(
      run({
        'main/classes/A.cls': 'public class A {}',
        'main/classes/A.cls-meta.xml': CLASS_META,
        'main/triggers/T.trigger': 'trigger T on Account (before insert) {}',
        'main/triggers/T.trigger-meta.xml': meta('ApexTrigger'),
        'main/objects/O__c/fields/F__c.field-meta.xml': meta('CustomField'),
        'main/objects/O__c/O__c.object-meta.xml': `<!-- a comment <Nope> -->\n<CustomObject\n  ${NS}\n  fqn="O__c">\n</CustomObject>\n`,
        'main/lwc/c/c.js-meta.xml': meta('LightningComponentBundle', `fqn="c" ${NS}`),
        'main/labels/L.labels-meta.xml': meta('CustomLabels', `${NS}`),
        'main/staticresources/data.xml': '<anything/>',
        'main/readme.txt': 'not <xml'
      }),
      { summary: '10 files', problems: [] }
    );
  });

  test('each known suffix takes its own root element', () => {
    const roots = {
      'x.app-meta.xml': 'CustomApplication',
      'x.compactLayout-meta.xml': 'CompactLayout',
      'x.customPermission-meta.xml': 'CustomPermission',
      'x.dashboard-meta.xml': 'Dashboard',
      'x.dashboardFolder-meta.xml': 'DashboardFolder',
      'x.email-meta.xml': 'EmailTemplate',
      'x.externalCredential-meta.xml': 'ExternalCredential',
      'x.fieldSet-meta.xml': 'FieldSet',
      'x.flexipage-meta.xml': 'FlexiPage',
      'x.flow-meta.xml': 'Flow',
      'x.globalValueSet-meta.xml': 'GlobalValueSet',
      'x.group-meta.xml': 'Group',
      'x.layout-meta.xml': 'Layout',
      'x.listView-meta.xml': 'ListView',
      'x.md-meta.xml': 'CustomMetadata',
      'x.namedCredential-meta.xml': 'NamedCredential',
      'x.notiftype-meta.xml': 'CustomNotificationType',
      'x.permissionset-meta.xml': 'PermissionSet',
      'x.permissionsetgroup-meta.xml': 'PermissionSetGroup',
      'x.queue-meta.xml': 'Queue',
      'x.quickAction-meta.xml': 'QuickAction',
      'x.recordType-meta.xml': 'RecordType',
      'x.remoteSite-meta.xml': 'RemoteSiteSetting',
      'x.report-meta.xml': 'Report',
      'x.reportFolder-meta.xml': 'ReportFolder',
      'x.reportType-meta.xml': 'ReportType',
      'x.resource-meta.xml': 'StaticResource',
      'x.sharingReason-meta.xml': 'SharingReason',
      'x.standardValueSet-meta.xml': 'StandardValueSet',
      'x.tab-meta.xml': 'CustomTab',
      'x.validationRule-meta.xml': 'ValidationRule',
      'x.webLink-meta.xml': 'WebLink'
    };
    const right = Object.fromEntries(
      Object.entries(roots).map(([file, name]) => [`main/ok/${file}`, meta(name)])
    );
    assert.deepEqual(run(right).problems, []);
    // every suffix refuses the root of another
    const wrong = Object.fromEntries(
      Object.keys(roots).map((file) => [`main/bad/${file}`, meta('Wrong')])
    );
    assert.deepEqual(
      run(wrong).problems,
      Object.entries(roots)
        .map(
          ([file, name]) =>
            `force-app/main/bad/${file}:1 root element is <Wrong>, expected <${name}>`
        )
        .sort()
    );
  });

  test('the wrong root element is named with the one expected', () => {
    assert.deepEqual(
      run({
        'main/objects/O__c/fields/F__c.field-meta.xml': `${XML}\n<!-- <CustomField> -->\n<CustomObject ${NS}/>\n`,
        'main/objects/O__c/fields/G__c.field-meta.xml': meta('CustomFieldX')
      }).problems,
      [
        'force-app/main/objects/O__c/fields/F__c.field-meta.xml:1 root element is <CustomObject>, expected <CustomField>',
        'force-app/main/objects/O__c/fields/G__c.field-meta.xml:1 root element is <CustomFieldX>, expected <CustomField>'
      ]
    );
  });

  test('a root without the metadata namespace, or with another', () => {
    assert.deepEqual(
      run({
        'main/a/A.tab-meta.xml': meta('CustomTab', 'fqn="A"'),
        'main/a/B.tab-meta.xml': meta(
          'CustomTab',
          'xmlns="http://soap.sforce.com/2006/04/metadataX"'
        ),
        'main/a/C.tab-meta.xml': meta(
          'CustomTab',
          'xmlns:x="http://soap.sforce.com/2006/04/metadata"'
        ),
        'main/a/D.tab-meta.xml': `${XML}\n<CustomTab>\n<x ${NS}/></CustomTab>\n`
      }).problems,
      [
        'force-app/main/a/A.tab-meta.xml:1 <CustomTab> lacks xmlns="http://soap.sforce.com/2006/04/metadata"',
        'force-app/main/a/B.tab-meta.xml:1 <CustomTab> lacks xmlns="http://soap.sforce.com/2006/04/metadata"',
        'force-app/main/a/C.tab-meta.xml:1 <CustomTab> lacks xmlns="http://soap.sforce.com/2006/04/metadata"',
        'force-app/main/a/D.tab-meta.xml:1 <CustomTab> lacks xmlns="http://soap.sforce.com/2006/04/metadata"'
      ]
    );
  });

  test('a -meta.xml with a suffix no type has', () => {
    assert.deepEqual(
      run({
        'main/x/thing.unknown-meta.xml': meta('Thing'),
        'main/x/plain-meta.xml': meta('Thing')
      }).problems,
      [
        'force-app/main/x/plain-meta.xml:1 unknown metadata file suffix',
        'force-app/main/x/thing.unknown-meta.xml:1 unknown metadata file suffix'
      ]
    );
  });

  test('malformed XML, in any .xml file, with its line; the rest of that file is not checked', () => {
    assert.deepEqual(
      run({
        'main/objects/O__c/fields/F__c.field-meta.xml': `${XML}\n<CustomField ${NS}>\n  <label>x</lable>\n</CustomField>\n`,
        'main/staticresources/data.xml': '<a>\n\n<b></a>',
        'main/x/thing.unknown-meta.xml': '<a>'
      }).problems.map((problem) => problem.replace(/ malformed XML: .*/, ' malformed XML')),
      [
        'force-app/main/objects/O__c/fields/F__c.field-meta.xml:3 malformed XML',
        'force-app/main/staticresources/data.xml:3 malformed XML',
        'force-app/main/x/thing.unknown-meta.xml:1 malformed XML'
      ]
    );
    const [problem] = run({ 'main/a.xml': '<a>\n</b>' }).problems;
    assert.match(problem, /^force-app\/main\/a\.xml:2 malformed XML: .*'a'.*'b'/);
  });

  test('Apex without its -meta.xml, and a -meta.xml without its Apex', () => {
    assert.deepEqual(
      run({
        'main/classes/A.cls': 'class A {}',
        'main/triggers/T.trigger': 'trigger T on Account (before insert) {}',
        'main/classes/Gone.cls-meta.xml': CLASS_META,
        'main/triggers/Gone.trigger-meta.xml': meta('ApexTrigger'),
        'main/classes/A.clsx': 'not Apex'
      }).problems,
      [
        'force-app/main/classes/A.cls:1 missing A.cls-meta.xml',
        'force-app/main/classes/Gone.cls-meta.xml:1 no Gone.cls beside it',
        'force-app/main/triggers/Gone.trigger-meta.xml:1 no Gone.trigger beside it',
        'force-app/main/triggers/T.trigger:1 missing T.trigger-meta.xml'
      ]
    );
  });
});

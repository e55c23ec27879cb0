import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import { appIndex, appProblems, objectsWithLayouts } from '../app-metadata.mjs';
import { fieldFile, tempProject } from './helpers.mjs';

const APP = 'force-app/main/program/applications/Reference_Program.app-meta.xml';

test('the app, tabs, record pages, layouts and list views of this project resolve', () => {
  assert.deepEqual(appProblems(toolRoot), []);
});

test('program managers have somewhere to work on memberships and reference types (issue 20)', () => {
  const index = appIndex(toolRoot);
  const app = readFileSync(join(toolRoot, APP), 'utf8');
  for (const object of [
    'Reference_Nomination__c',
    'Community_Program_Membership__c',
    'Nomination_Reference_Type__c'
  ]) {
    assert.ok(index.tabs.has(object), `${object} has a tab`);
    assert.match(app, new RegExp(`<tabs>${object}</tabs>`), `the app shows ${object}`);
  }
  const layouts = objectsWithLayouts(toolRoot);
  for (const object of ['Community_Program_Membership__c', 'Nomination_Reference_Type__c']) {
    assert.ok(layouts.has(object), `${object} has a layout`);
    assert.ok(index.objects.get(object).compact.size > 0, `${object} has a compact layout`);
    assert.ok(index.objects.get(object).listViews.has('All'), `${object} has an All list view`);
    const xml = readFileSync(index.objects.get(object).file, 'utf8');
    assert.doesNotMatch(
      xml,
      /<compactLayoutAssignment>SYSTEM</,
      `${object} uses its compact layout`
    );
  }
  // the app makes the package's record pages the Campaign and Account pages inside it, so a
  // scratch org (and an installed org) shows the review board without activating anything
  assert.match(app, /<content>Reference_Campaign_Record_Page<\/content>/);
  assert.match(app, /<content>Reference_Account_Record_Page<\/content>/);
  for (const set of ['Reference_Program_Manager', 'Reference_CRM', 'Reference_Program_Admin']) {
    const xml = readFileSync(
      join(toolRoot, `force-app/main/program/permissionsets/${set}.permissionset-meta.xml`),
      'utf8'
    );
    assert.match(xml, /<application>Reference_Program<\/application>\s*<visible>true</, set);
    assert.match(xml, /<tab>Community_Program_Membership__c<\/tab>\s*<visibility>Visible</, set);
  }
});

test('planted defects: each dangling reference is reported', () => {
  const objects = 'force-app/main/program/objects';
  const { root, cleanup } = tempProject({
    [`${objects}/Thing__c/Thing__c.object-meta.xml`]:
      '<CustomObject><compactLayoutAssignment>Missing_Compact</compactLayoutAssignment></CustomObject>',
    [`${objects}/Thing__c/fields/Size__c.field-meta.xml`]: fieldFile('Size__c'),
    [`${objects}/Thing__c/compactLayouts/Card.compactLayout-meta.xml`]:
      '<CompactLayout><fields>Name</fields><fields>Colour__c</fields></CompactLayout>',
    [`${objects}/Thing__c/listViews/All.listView-meta.xml`]:
      '<ListView><columns>NAME</columns><columns>Size__c</columns><columns>Weight__c</columns>' +
      '<filters><field>Shape__c</field></filters></ListView>',
    'force-app/main/program/layouts/Thing__c-Thing Layout.layout-meta.xml':
      '<Layout><field>Size__c</field><field>Owner__c</field></Layout>',
    'force-app/main/program/tabs/Thing__c.tab-meta.xml': '<CustomTab/>',
    'force-app/main/program/flexipages/Thing_Page.flexipage-meta.xml':
      '<FlexiPage><sobjectType>Thing__c</sobjectType></FlexiPage>',
    'force-app/main/program/applications/Things.app-meta.xml':
      '<CustomApplication><actionOverrides><content>Thing_Page</content>' +
      '<pageOrSobjectType>Account</pageOrSobjectType></actionOverrides><actionOverrides>' +
      '<content>Gone_Page</content><pageOrSobjectType>Thing__c</pageOrSobjectType>' +
      '</actionOverrides><tabs>standard-Account</tabs><tabs>Thing__c</tabs>' +
      '<tabs>Gadget__c</tabs></CustomApplication>',
    'force-app/main/program/permissionsets/P.permissionset-meta.xml':
      '<PermissionSet><applicationVisibilities><application>Other_App</application>' +
      '</applicationVisibilities><tabSettings><tab>Widget__c</tab></tabSettings></PermissionSet>'
  });
  try {
    const problems = appProblems(root).map((p) => `${p.file}: ${p.message}`);
    const expected = [
      /Things\.app-meta\.xml: tab Gadget__c has no tab file/,
      /Things\.app-meta\.xml: record page Thing_Page is not a page of Account/,
      /Things\.app-meta\.xml: record page Gone_Page is not in the project/,
      /Thing__c\.object-meta\.xml: compact layout Missing_Compact is not/,
      /Card\.compactLayout-meta\.xml: Thing__c\.Colour__c is not a field/,
      /All\.listView-meta\.xml: Thing__c\.Weight__c is not a field/,
      /All\.listView-meta\.xml: Thing__c\.Shape__c is not a field/,
      /Thing Layout\.layout-meta\.xml: Thing__c\.Owner__c is not a field/,
      /P\.permissionset-meta\.xml: tab Widget__c has no tab file/,
      /P\.permissionset-meta\.xml: app Other_App is not in the project/
    ];
    for (const pattern of expected) {
      assert.equal(
        problems.filter((p) => pattern.test(p)).length,
        1,
        `${pattern}\n${problems.join('\n')}`
      );
    }
    assert.equal(problems.length, expected.length, problems.join('\n'));
  } finally {
    cleanup();
  }
});

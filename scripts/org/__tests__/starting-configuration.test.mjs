/*
 * The starting configuration an org gets on its first install (unpackaged/, outside the package so
 * upgrades never overwrite it) agrees with the vocabulary of ReferenceProgram.cls. The Apex test
 * ProgramConfigurationSelectorTest checks only what every valid org configuration keeps; the
 * starting values themselves are checked here, in the files.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';

const DIR = 'unpackaged/main/program/customMetadata';
const apex = readFileSync(
  join(toolRoot, 'force-app/main/program/classes/ReferenceProgram.cls'),
  'utf8'
);

const constants = Object.fromEntries(
  [...apex.matchAll(/static final String (\w+) = '([^']+)';/g)].map((m) => [m[1], m[2]])
);
const block = (name) => new RegExp(`${name} = new [^{]+\\{([^}]*)\\}`).exec(apex)[1];
const setOf = (name) =>
  block(name)
    .match(/\w+/g)
    .map((c) => constants[c]);
const mapOf = (name) =>
  Object.fromEntries(
    [...block(name).matchAll(/(\w+)\s*=>\s*(\w+)/g)].map((m) => [constants[m[1]], constants[m[2]]])
  );

/** { field: value } of a custom metadata record file (nil values as null). */
function record(file) {
  const xml = readFileSync(join(toolRoot, DIR, file), 'utf8');
  return Object.fromEntries(
    [
      ...xml.matchAll(
        /<values>\s*<field>(\w+)<\/field>\s*<value([^>]*?)(?:\/>|>([\s\S]*?)<\/value>)/g
      )
    ].map(([, field, attributes, value]) => [
      field,
      /xsi:nil="true"/.test(attributes) ? null : value
    ])
  );
}

test('one starting record per program, agreeing with the vocabulary', () => {
  const programs = setOf('PROGRAMS');
  const callTypes = mapOf('CALL_TYPE_BY_PROGRAM');
  const advised = new Set(setOf('CRM_ADVISED_PROGRAMS'));
  const files = readdirSync(join(toolRoot, DIR)).filter((name) =>
    name.startsWith('Reference_Program.')
  );
  const records = files.map(record);
  assert.deepEqual(records.map((r) => r.Program__c).sort(), [...programs].sort());
  for (const r of records) {
    assert.equal(r.Active__c, 'true', `${r.Program__c} starts active`);
    assert.equal(r.Call_Type__c, callTypes[r.Program__c], `${r.Program__c}: call type`);
    assert.equal(
      r.Advises_CRM_On_Agreement__c,
      String(advised.has(r.Program__c)),
      `${r.Program__c}: CRM advised`
    );
    assert.equal(r.Review_Cadence_Days__c, '30', `${r.Program__c}: monthly review`);
    assert.match(
      r.Reviewer_Group__c ?? '',
      /^Reference_\w+_Reviewers$/,
      `${r.Program__c}: reviewer group`
    );
    assert.equal(
      r.Default_CRM_Username__c,
      null,
      `${r.Program__c}: no username ships (orgs differ)`
    );
  }
});

test('the starting Default setting: the CSM role, the two groups, gitlab.com', () => {
  const setting = record('Reference_Program_Setting.Default.md-meta.xml');
  assert.equal(setting.CSM_Team_Role__c, 'Customer Success Manager');
  assert.equal(setting.Community_Programs_Group__c, 'Reference_Community_Programs');
  assert.equal(setting.Sales_Support_Group__c, 'Reference_Sales_Support');
  assert.equal(setting.GitLab_Host__c, 'gitlab.com');
  assert.equal(setting.Bypassed_Trigger_Handlers__c, null);
});

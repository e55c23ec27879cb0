import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import {
  importDataFile,
  planFiles,
  readState,
  resolveDates,
  resolveRefs,
  resolvedFilePath
} from '../data-import.mjs';
import { planSetup, runSetup } from '../setup.mjs';
import { tempProject } from './helpers.mjs';

const ACCOUNTS = {
  records: [
    { attributes: { type: 'Account', referenceId: 'AccountRef1' }, Name: 'Acme' },
    { attributes: { type: 'Account', referenceId: 'AccountRef2' }, Name: 'Globex' }
  ]
};
const CONTACTS = {
  records: [
    {
      attributes: { type: 'Contact', referenceId: 'ContactRef1' },
      LastName: 'Lee',
      AccountId: '@AccountRef2'
    }
  ]
};
const FILES = [
  { sobject: 'Account', file: 'scripts/data/Account.json' },
  { sobject: 'Contact', file: 'scripts/data/Contact.json' }
];

/**
 * A fake org behind a fake sf: records created by tree imports are kept, `COUNT() ... WHERE Id IN`
 * counts the ones still there, and an import can be made to fail once (saving nothing, as the
 * sObject Tree API does).
 */
function fakeOrg({ failImportOf = null } = {}) {
  const records = new Map();
  const calls = [];
  let next = 1;
  let failing = failImportOf;
  return {
    calls,
    records,
    sf: {
      json(args, { cwd }) {
        const line = args.join(' ');
        calls.push(line);
        if (line.startsWith('data import tree --files')) {
          const file = args[args.indexOf('--files') + 1];
          if (failing && file.endsWith(failing)) {
            failing = null;
            return { status: 1, json: { status: 1, name: 'FailedToImport' } };
          }
          const data = JSON.parse(readFileSync(join(cwd, file), 'utf8'));
          const result = data.records.map((record) => {
            const id = `${record.attributes.type.slice(0, 3)}${String(next++).padStart(12, '0')}`;
            records.set(id, record);
            return { refId: record.attributes.referenceId, type: record.attributes.type, id };
          });
          return { status: 0, json: { status: 0, result } };
        }
        const ids = /WHERE Id IN \(([^)]*)\)/.exec(line);
        if (ids) {
          const found = ids[1].split(', ').filter((id) => records.has(id.slice(1, -1)));
          return { status: 0, json: { status: 0, result: { totalSize: found.length } } };
        }
        if (line.startsWith('org display')) {
          const result = { connectedStatus: 'Connected', devHubId: 'hub', status: 'Active' };
          return { status: 0, json: { status: 0, result } };
        }
        return { status: 0, json: { status: 0, result: { totalSize: 0 } } };
      },
      stream: () => 0
    }
  };
}

const project = () =>
  tempProject({ 'scripts/data/Account.json': ACCOUNTS, 'scripts/data/Contact.json': CONTACTS });

test('a failure midway, then a re-run: every record exists once and references point at it', () => {
  const { root, cleanup } = project();
  const org = fakeOrg({ failImportOf: 'Contact.json' });
  const context = { root, alias: 'crp', sf: org.sf };
  try {
    assert.equal(importDataFile(FILES[0], context).ok, true);
    const failed = importDataFile(FILES[1], context);
    assert.equal(failed.ok, false);
    assert.match(failed.message, /none of this file's records was saved/);

    // the re-run: the accounts are found and skipped, the contacts load against them
    const again = FILES.map((file) => importDataFile(file, context));
    assert.deepEqual(
      again.map((outcome) => outcome.message),
      ['already loaded (2 record(s))', '1 record(s) created']
    );
    const byType = (type) => [...org.records.values()].filter((r) => r.attributes.type === type);
    assert.equal(byType('Account').length, 2, 'no duplicate accounts');
    assert.equal(byType('Contact').length, 1, 'one contact');
    const acme2 = readState(root, 'crp').refs.AccountRef2;
    assert.equal(byType('Contact')[0].AccountId, acme2, 'the contact points at the loaded account');

    // a third run changes nothing
    const calls = org.calls.length;
    assert.ok(
      FILES.every((file) => importDataFile(file, context).message.startsWith('already loaded'))
    );
    assert.ok(org.calls.slice(calls).every((call) => call.startsWith('data query')));
  } finally {
    cleanup();
  }
});

test('a new scratch org under the same alias loads everything again', () => {
  const { root, cleanup } = project();
  try {
    const first = fakeOrg();
    for (const file of FILES) importDataFile(file, { root, alias: 'crp', sf: first.sf });
    const fresh = fakeOrg();
    const outcomes = FILES.map((file) =>
      importDataFile(file, { root, alias: 'crp', sf: fresh.sf })
    );
    assert.ok(outcomes.every((outcome) => outcome.ok && /created/.test(outcome.message)));
    const contact = [...fresh.records.values()].find((r) => r.attributes.type === 'Contact');
    assert.ok(fresh.records.has(contact.AccountId), "references point at the new org's account");
  } finally {
    cleanup();
  }
});

test('records of a loaded file deleted by hand: the run stops and says what to do', () => {
  const { root, cleanup } = project();
  const org = fakeOrg();
  try {
    importDataFile(FILES[0], { root, alias: 'crp', sf: org.sf });
    org.records.delete([...org.records.keys()][0]);
    const outcome = importDataFile(FILES[0], { root, alias: 'crp', sf: org.sf });
    assert.equal(outcome.ok, false);
    assert.match(
      outcome.message,
      /1 of the 2 Account records this file loaded are gone\. Delete the other 1/
    );
  } finally {
    cleanup();
  }
});

test('references: resolved from earlier files, an unknown one refused before any import', () => {
  const missing = new Set();
  assert.deepEqual(
    resolveRefs(
      { records: [{ AccountId: '@AccountRef1', Note: 'mail @ noon' }] },
      { AccountRef1: '001A' },
      missing
    ),
    { records: [{ AccountId: '001A', Note: 'mail @ noon' }] }
  );
  assert.equal(missing.size, 0);
  const { root, cleanup } = project();
  const org = fakeOrg();
  try {
    const outcome = importDataFile(FILES[1], { root, alias: 'crp', sf: org.sf });
    assert.match(outcome.message, /refers to @AccountRef2, which no loaded file created/);
    assert.equal(org.calls.length, 0);
  } finally {
    cleanup();
  }
});

test('org:setup re-run after a failed file: no file is imported twice', async () => {
  const { root, cleanup } = project();
  const org = fakeOrg({ failImportOf: 'Contact.json' });
  const facts = {
    sourceDirs: ['force-app'],
    permissionSets: [],
    plan: 'scripts/data/plan.json',
    planObject: 'Account',
    planFiles: FILES,
    apexScripts: [],
    schedulableClasses: [],
    scheduledJobs: []
  };
  const options = { hub: 'hub', alias: 'crp', durationDays: 7, open: false, dryRun: false };
  const run = (lines) =>
    runSetup(planSetup(options, facts), options, {
      root,
      sf: { json: org.sf.json, stream: () => 0 },
      build: async () => [],
      log: (line) => lines.push(line)
    });
  try {
    const lines = [];
    assert.equal(await run(lines), 1, lines.join('\n'));
    assert.match(lines.join('\n'), /Contact\.json[\s\S]*none of this file's records was saved/);
    assert.equal(await run(lines), 0, lines.join('\n'));
    const imports = org.calls.filter((call) => call.startsWith('data import tree'));
    assert.deepEqual(
      imports.map((call) => call.match(/data\/(\w+)\.json/)[1]),
      ['Account', 'Contact', 'Contact']
    );
    assert.equal(
      resolvedFilePath('scripts/data/Contact.json'),
      '.cache/org-setup/data/Contact.json'
    );
  } finally {
    cleanup();
  }
});

test("this project: the plan's files in load order", () => {
  const files = planFiles('scripts/data/plan.json', toolRoot);
  assert.equal(files[0].sobject, 'Account');
  assert.ok(files.every(({ file }) => file.startsWith('scripts/data/')));
});

// ---- attribution (issue 18): the landing-page history, dated relative to the day of the setup ----

const TODAY = new Date(Date.UTC(2027, 0, 20, 12));

test('$MONTHS_AGO dates resolve against the day of the load, across a year boundary', () => {
  assert.deepEqual(
    resolveDates(
      {
        day: '$MONTHS_AGO:1:03',
        time: '$MONTHS_AGO:13:28T09:30',
        fixed: '2026-11-16',
        ref: '@AccountRef1',
        nested: [{ at: '$MONTHS_AGO:0:05' }]
      },
      TODAY
    ),
    {
      day: '2026-12-03',
      time: '2025-12-28T09:30:00.000Z',
      fixed: '2026-11-16',
      ref: '@AccountRef1',
      nested: [{ at: '2027-01-05' }]
    }
  );
});

test('the shipped history spreads each program over 12+ past months, every step in order', () => {
  const root = toolRoot;
  const read = (name) =>
    resolveDates(JSON.parse(readFileSync(join(root, 'scripts/data', name), 'utf8')), TODAY).records;
  const plan = planFiles('scripts/data/plan.json', root).map((entry) => entry.file);
  for (const name of ['Account', 'Contact', 'CampaignMember', 'Reference_Nomination__c']) {
    assert.ok(
      plan.includes(`scripts/data/History_${name}.json`),
      `org:setup loads ${name} history`
    );
  }
  const responses = read('History_CampaignMember.json');
  const nominations = read('History_Reference_Nomination__c.json');
  const month = (value) => value.slice(0, 7);
  const today = TODAY.toISOString().slice(0, 10);

  for (const campaign of ['@CampaignRef1', '@CampaignRef2', '@CampaignRef3']) {
    const months = new Set(
      responses
        .filter((r) => r.CampaignId === campaign)
        .map((r) => month(r.Account_Team_Asked_On__c ?? r.Call_Date__c ?? '????-??'))
        .filter((m) => m !== '????-??')
    );
    assert.ok(months.size >= 10, `${campaign}: asked in ${months.size} distinct months`);
  }
  const nominatedMonths = new Set(nominations.map((n) => month(n.Nominated_On__c)));
  assert.ok(nominatedMonths.size >= 12, `nominations in ${nominatedMonths.size} distinct months`);

  const responseByRef = new Map(responses.map((r) => [`@${r.attributes.referenceId}`, r]));
  for (const nomination of nominations) {
    const response = responseByRef.get(nomination.Source_Response_Id__c);
    assert.ok(response, `${nomination.attributes.referenceId} comes from a history response`);
    assert.equal(nomination.Sourced_From_Landing_Page__c, true, 'landing-page checkbox ticked');
    // each step on or after the one before, and none in the future
    const steps = [
      response.Account_Team_Asked_On__c,
      response.Account_Team_Replied_On__c,
      response.Verdict_Given_On__c,
      response.Call_Date__c,
      nomination.Nominated_On__c,
      nomination.Accepted_On__c,
      nomination.Became_Active_On__c
    ]
      .filter(Boolean)
      .map((value) => value.slice(0, 10));
    assert.deepEqual(steps, [...steps].sort(), `${nomination.attributes.referenceId} in order`);
    assert.ok(
      steps.every((day) => day < today),
      'no step after the day of the load'
    );
    assert.equal(
      Boolean(nomination.Became_Active_On__c),
      nomination.Status__c === 'Active_Reference',
      'an active reference, and only one, has the day it became active'
    );
  }
});

test('an imported history file reaches the org with dates, never the $MONTHS_AGO text', () => {
  const history = {
    records: [
      {
        attributes: { type: 'Account', referenceId: 'HistoryAccountRef1' },
        Name: 'Harbor Customer 1',
        Description: '$MONTHS_AGO:2:10'
      }
    ]
  };
  const { root, cleanup } = tempProject({ 'scripts/data/History_Account.json': history });
  const org = fakeOrg();
  try {
    const outcome = importDataFile(
      { sobject: 'Account', file: 'scripts/data/History_Account.json' },
      { root, alias: 'crp', sf: org.sf, today: TODAY }
    );
    assert.equal(outcome.ok, true);
    assert.equal([...org.records.values()][0].Description, '2026-11-10');
    assert.doesNotMatch(
      readFileSync(join(root, resolvedFilePath('History_Account.json')), 'utf8'),
      /MONTHS_AGO/
    );
  } finally {
    cleanup();
  }
});

/*
 * selectivity/selective.mjs and indexes.mjs in process: which WHERE can use an index (each
 * operator, null, leading %, functions, negations, AND, OR, NOT, semi- and anti-joins, aliases)
 * and which fields carry one (standard, described lookups, the project's custom fields).
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parseQueryLiteral } from '../integrity/apex.mjs';
import {
  GROWING_STANDARD_OBJECTS,
  Indexes,
  STANDARD_INDEXED_FIELDS
} from '../selectivity/indexes.mjs';
import { objectOf, pathOf, selectivity, semiJoins } from '../selectivity/selective.mjs';
import { tempProject, useApexAstFixture } from './apex-ast-cache-seed.mjs';

useApexAstFixture('selectivity-selective');

/** An index table that names what it was asked: `Object.path`. */
const stub = (...indexed) => ({
  index: (object, path) => ({ indexed: indexed.includes(path), why: `${object}.${path}` })
});

async function verdict(soql, indexes = stub('Email')) {
  const query = await parseQueryLiteral(soql);
  assert.ok(query, `${soql} parses`);
  return selectivity(query, indexes);
}

describe('selectivity of one WHERE', () => {
  test('no WHERE', async () => {
    assert.deepEqual(await verdict('SELECT Id FROM Contact'), {
      selective: false,
      why: 'it has no WHERE clause'
    });
  });

  test('each operator that can use an index, on the indexed field', async () => {
    for (const filter of [
      "Email = 'a'",
      'Email IN :x',
      "Email < 'a'",
      "Email <= 'a'",
      "Email > 'a'",
      "Email >= 'a'",
      "Email LIKE 'a%'"
    ])
      assert.deepEqual(await verdict(`SELECT Id FROM Contact WHERE ${filter}`), {
        selective: true,
        why: 'Contact.Email'
      });
  });

  test('the same operators on a field without an index', async () => {
    assert.deepEqual(await verdict("SELECT Id FROM Contact WHERE Title = 'a'"), {
      selective: false,
      why: 'its WHERE filters on no indexed field (Contact.Title)'
    });
  });

  test('negations never use an index', async () => {
    for (const filter of ["Email != 'a'", 'Email NOT IN :x', "Email <> 'a'"])
      assert.deepEqual(await verdict(`SELECT Id FROM Contact WHERE ${filter}`), {
        selective: false,
        why: 'its WHERE filters on no indexed field (a negative filter on Email)'
      });
    assert.deepEqual(await verdict("SELECT Id FROM Contact WHERE NOT Email = 'a'"), {
      selective: false,
      why: 'its WHERE filters on no indexed field (a NOT filter)'
    });
  });

  test('a filter the checker does not read', async () => {
    assert.deepEqual(
      await verdict("SELECT Id FROM Contact WHERE DISTANCE(Email, GEOLOCATION(1, 2), 'mi') < 20"),
      {
        selective: false,
        why: 'its WHERE filters on no indexed field (a filter the checker does not read)'
      }
    );
  });

  test('null, a leading % and a function around the field', async () => {
    assert.equal(
      (await verdict('SELECT Id FROM Contact WHERE Email = null')).why,
      'its WHERE filters on no indexed field (Email = null cannot use an index)'
    );
    assert.equal(
      (await verdict("SELECT Id FROM Contact WHERE Email LIKE '%a'")).why,
      'its WHERE filters on no indexed field (LIKE with a leading % on Email)'
    );
    assert.equal(
      (await verdict("SELECT Id FROM Contact WHERE Email = 'a%'")).selective,
      true,
      'a % that is not after LIKE'
    );
    assert.equal(
      (await verdict("SELECT Id FROM Contact WHERE Email LIKE 'a%b'")).selective,
      true,
      'a % that does not lead'
    );
    assert.equal(
      (await verdict('SELECT Id FROM Contact WHERE CALENDAR_YEAR(Email) = 2020')).why,
      'its WHERE filters on no indexed field (CALENDAR_YEAR(Email) cannot use an index)'
    );
  });

  test('AND: one indexed condition is enough; none lists every reason', async () => {
    assert.deepEqual(
      await verdict("SELECT Id FROM Contact WHERE Title = 'a' AND Email = 'b' AND Phone = 'c'"),
      { selective: true, why: 'Contact.Email' }
    );
    assert.deepEqual(
      await verdict("SELECT Id FROM Contact WHERE Title = 'a' AND (Phone = 'c' AND Email != 'b')"),
      {
        selective: false,
        why: 'its WHERE filters on no indexed field (Contact.Title; Contact.Phone; a negative filter on Email)'
      }
    );
  });

  test('OR: every branch must use an index', async () => {
    assert.deepEqual(
      await verdict(
        "SELECT Id FROM Contact WHERE Email = 'a' OR (Title = 'b' AND Name = 'c') OR Name = 'd'",
        stub('Email', 'Name')
      ),
      { selective: true, why: 'Contact.Email; Contact.Name; Contact.Name' }
    );
    assert.deepEqual(
      await verdict("SELECT Id FROM Contact WHERE Email = 'a' OR Title = 'b' OR Phone = 'c'"),
      {
        selective: false,
        why: 'its WHERE filters on no indexed field (an OR whose every branch must use an index: Contact.Title)'
      }
    );
    assert.deepEqual(
      await verdict("SELECT Id FROM Contact WHERE Title = 'a' AND (Email = 'a' OR Email = 'b')"),
      { selective: true, why: 'Contact.Email; Contact.Email' }
    );
  });

  test('semi-join and anti-join', async () => {
    assert.deepEqual(
      await verdict('SELECT Id FROM Contact WHERE Email IN (SELECT Email FROM Lead)'),
      { selective: true, why: 'Contact.Email' }
    );
    assert.deepEqual(
      await verdict('SELECT Id FROM Contact WHERE Title IN (SELECT Title FROM Lead)'),
      { selective: false, why: 'its WHERE filters on no indexed field (Contact.Title)' }
    );
    assert.deepEqual(
      await verdict('SELECT Id FROM Contact WHERE Email NOT IN (SELECT Email FROM Lead)'),
      { selective: false, why: 'its WHERE filters on no indexed field (an anti-join on Email)' }
    );
  });

  test('an alias is taken off the field, other paths are kept', async () => {
    assert.deepEqual(await verdict("SELECT c.Id FROM Contact c WHERE c.Email = 'a'"), {
      selective: true,
      why: 'Contact.Email'
    });
    assert.deepEqual(await verdict("SELECT c.Id FROM Contact c WHERE C.Email = 'a'"), {
      selective: true,
      why: 'Contact.Email'
    });
    assert.deepEqual(
      await verdict("SELECT c.Id FROM Contact c WHERE cx.Email = 'a'", stub('cx.Email')),
      { selective: true, why: 'Contact.cx.Email' }
    );
    assert.deepEqual(
      await verdict("SELECT Id FROM Contact WHERE Account.Name = 'a'", stub('Account.Name')),
      { selective: true, why: 'Contact.Account.Name' }
    );
    assert.deepEqual(
      await verdict(
        'SELECT c.Id FROM Contact c WHERE c.Email IN (SELECT Email FROM Lead)',
        stub('Email')
      ),
      { selective: true, why: 'Contact.Email' }
    );
    assert.deepEqual(
      await verdict('SELECT c.Id FROM Contact c WHERE c.Title NOT IN (SELECT Title FROM Lead)'),
      { selective: false, why: 'its WHERE filters on no indexed field (an anti-join on Title)' }
    );
  });
});

describe('query parts', () => {
  test('objectOf and pathOf', async () => {
    assert.deepEqual(objectOf(await parseQueryLiteral('SELECT Id FROM Contact c')), {
      object: 'Contact',
      alias: 'c'
    });
    assert.deepEqual(objectOf(await parseQueryLiteral('SELECT Id FROM Contact')), {
      object: 'Contact',
      alias: undefined
    });
    const query = await parseQueryLiteral("SELECT Id FROM Contact WHERE Account.Owner.Name = 'a'");
    assert.equal(pathOf(query.where.value.expr.field.field), 'Account.Owner.Name');
    assert.equal(pathOf(undefined), '');
    assert.equal(pathOf({}), '');
  });

  test('semiJoins: the sub-queries of the WHERE, through AND and OR', async () => {
    const query = await parseQueryLiteral(
      "SELECT Id FROM Contact WHERE Id IN (SELECT ContactId FROM CampaignMember) AND (AccountId IN (SELECT Id FROM Account) OR Name = 'x')"
    );
    assert.deepEqual(
      semiJoins(query).map((inner) => objectOf(inner).object),
      ['CampaignMember', 'Account']
    );
    assert.deepEqual(semiJoins(await parseQueryLiteral('SELECT Id FROM Contact')), []);
    assert.deepEqual(
      semiJoins(await parseQueryLiteral("SELECT Id FROM Contact WHERE Name = 'x'")),
      []
    );
  });
});

const OBJECTS = 'force-app/main/program/objects';
const META = 'force-app/main/other/objects';
const field = (object, name, tags) => ({
  [`${OBJECTS}/${object}/fields/${name}.field-meta.xml`]: `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n    <fullName>${name}</fullName>\n${tags}\n</CustomField>\n`
});

describe('Indexes', () => {
  let indexes;
  before(() => {
    const root = tempProject(
      {
        [`${OBJECTS}/Reference__c/Reference__c.object-meta.xml`]:
          '<CustomObject><label>Reference</label></CustomObject>',
        ...field('Reference__c', 'Account__c', '    <type>Lookup</type>'),
        ...field('Reference__c', 'Parent__c', '    <type>MasterDetail</type>'),
        ...field('Reference__c', 'Manager__c', '<type> Hierarchy </type>'),
        ...field('Reference__c', 'Key__c', '<type>Text</type><externalId>true</externalId>'),
        ...field('Reference__c', 'Code__c', '<type>Text</type><unique>true</unique>'),
        ...field(
          'Reference__c',
          'Plain__c',
          '<type>Text</type><externalId>false</externalId><unique>false</unique>'
        ),
        [`${OBJECTS}/Reference__c/fields/Untyped__c.field-meta.xml`]: '<CustomField></CustomField>',
        [`${OBJECTS}/Reference__c/fields/Stray__c.md`]:
          '<fullName>Stray__c</fullName><type>Lookup</type>',
        [`${OBJECTS}/Reference__c/listViews/All.listView-meta.xml`]: '<ListView/>',
        [`${OBJECTS}/Settings__c/Settings__c.object-meta.xml`]:
          '<CustomObject><customSettingsType>Hierarchy</customSettingsType></CustomObject>',
        [`${OBJECTS}/Empty__c/Empty__c.object-meta.xml`]: '<CustomObject></CustomObject>',
        [`${OBJECTS}/Contact/fields/Badge__c.field-meta.xml`]:
          '<CustomField><fullName>Badge__c</fullName><type>Text</type><unique>true</unique></CustomField>',
        [`${OBJECTS}/Opportunity/fields/Note__c.field-meta.xml`]:
          '<CustomField><fullName>Note__c</fullName><type>Text</type></CustomField>',
        [`${OBJECTS}/Loose__c`]: 'a file, not an object folder',
        [`${OBJECTS}/Mixed__C/Mixed__C.object-meta.xml`]: '<CustomObject></CustomObject>',
        [`${META}/Reference__c/fields/Extra__c.field-meta.xml`]:
          '<CustomField><fullName>Extra__c</fullName><type>Lookup</type></CustomField>',
        [`${META}/Story__c/fields/Ref__c.field-meta.xml`]:
          '<CustomField><fullName>Ref__c</fullName><type>Lookup</type></CustomField>'
      },
      {
        Contact: { fields: { AccountId: 'Id', Title: 'String', Email: 'String' }, children: {} },
        Lead: { fields: { Email: 'String' }, children: {} },
        Task: { fields: { WhoId: 'Id', Subject: 'String' }, children: {} }
      }
    );
    indexes = new Indexes(root);
  });

  test('grows: the growing standard objects, any case, and the custom objects that are not settings', () => {
    assert.deepEqual(GROWING_STANDARD_OBJECTS, [
      'Account',
      'Contact',
      'Lead',
      'CampaignMember',
      'FeedItem',
      'FeedComment',
      'Task',
      'Event'
    ]);
    for (const name of GROWING_STANDARD_OBJECTS) assert.equal(indexes.grows(name), true, name);
    assert.equal(indexes.grows('CONTACT'), true);
    assert.equal(indexes.grows('reference__C'), true);
    assert.equal(indexes.grows('Empty__c'), true);
    assert.equal(indexes.grows('Story__c'), true, 'fields only, its object file elsewhere');
    assert.equal(indexes.grows('Settings__c'), false, 'a custom setting');
    assert.equal(indexes.grows('Opportunity'), false, 'a standard object outside the list');
    assert.equal(indexes.grows('Unknown__c'), false, 'not in the project');
    assert.equal(indexes.grows('Loose__c'), false, 'a file beside the object folders');
    assert.equal(indexes.grows('Mixed__C'), true, 'a custom object in any case');
  });

  test('custom fields: lookups, External IDs and unique fields have an index', () => {
    const on = (path) => indexes.index('Reference__c', path);
    assert.deepEqual(on('Account__c'), { indexed: true, why: 'Account__c is a Lookup' });
    assert.deepEqual(on('PARENT__C'), { indexed: true, why: 'Parent__c is a MasterDetail' });
    assert.deepEqual(on('Manager__c'), { indexed: true, why: 'Manager__c is a Hierarchy' });
    assert.deepEqual(on('Key__c'), { indexed: true, why: 'Key__c is an External ID' });
    assert.deepEqual(on('Code__c'), { indexed: true, why: 'Code__c is unique' });
    assert.deepEqual(on('Plain__c'), {
      indexed: false,
      why: 'Plain__c has no index (not a lookup, External ID or unique field)'
    });
    assert.deepEqual(on('Untyped__c'), {
      indexed: false,
      why: 'Untyped__c has no index (not a lookup, External ID or unique field)'
    });
    assert.deepEqual(on('Stray__c'), { indexed: false, why: 'Stray__c has no standard index' });
    assert.deepEqual(
      on('Extra__c'),
      { indexed: true, why: 'Extra__c is a Lookup' },
      'one object, two folders'
    );
    assert.deepEqual(indexes.index('Story__c', 'Ref__c'), {
      indexed: true,
      why: 'Ref__c is a Lookup'
    });
    assert.deepEqual(indexes.index('Contact', 'Badge__c'), {
      indexed: true,
      why: 'Badge__c is unique'
    });
    assert.deepEqual(indexes.index('Opportunity', 'Note__c'), {
      indexed: false,
      why: 'Note__c has no index (not a lookup, External ID or unique field)'
    });
  });

  test('standard fields: the documented table, Email only on Contact and Lead', () => {
    for (const name of ['Id', 'Name', 'OwnerId', 'CreatedDate', 'SystemModstamp', 'RecordTypeId'])
      assert.equal(indexes.index('Reference__c', name).indexed, true, name);
    assert.deepEqual(indexes.index('Reference__c', 'id'), {
      indexed: true,
      why: 'id: primary key'
    });
    assert.deepEqual(indexes.index('Account', 'Division'), {
      indexed: true,
      why: 'Division: division'
    });
    assert.deepEqual(indexes.index('Task', 'CreatedDate'), {
      indexed: true,
      why: 'CreatedDate: audit date'
    });
    assert.deepEqual(indexes.index('Contact', 'Email'), { indexed: true, why: 'Email: email' });
    assert.deepEqual(indexes.index('lead', 'Email'), { indexed: true, why: 'Email: email' });
    assert.deepEqual(indexes.index('Account', 'Email'), {
      indexed: false,
      why: 'Email has no standard index'
    });
    assert.deepEqual(indexes.index('Contact', 'Title'), {
      indexed: false,
      why: 'Title has no standard index'
    });
    assert.equal(STANDARD_INDEXED_FIELDS.length, 9);
  });

  test('described lookups of standard objects', () => {
    assert.deepEqual(indexes.index('Contact', 'accountid'), {
      indexed: true,
      why: 'AccountId is a standard lookup'
    });
    assert.deepEqual(indexes.index('TASK', 'WhoId'), {
      indexed: true,
      why: 'WhoId is a standard lookup'
    });
    assert.deepEqual(indexes.index('Lead', 'WhoId'), {
      indexed: false,
      why: 'WhoId has no standard index'
    });
    assert.deepEqual(indexes.index('Unknown', 'WhoId'), {
      indexed: false,
      why: 'WhoId has no standard index'
    });
  });

  test('a path through a relationship counts only as Relationship.Id', () => {
    assert.deepEqual(indexes.index('Contact', 'Account.Id'), {
      indexed: true,
      why: 'Account.Id is the lookup AccountId'
    });
    assert.deepEqual(indexes.index('Reference__c', 'Account__r.ID'), {
      indexed: true,
      why: 'Account__r.ID is the lookup Account__c'
    });
    assert.deepEqual(indexes.index('Reference__c', 'Plain__R.Id'), {
      indexed: false,
      why: 'Plain__c has no index (not a lookup, External ID or unique field)'
    });
    assert.deepEqual(indexes.index('Contact', 'Owner.Id'), {
      indexed: true,
      why: 'Owner.Id is the lookup OwnerId'
    });
    assert.deepEqual(indexes.index('Contact', 'Account.Name'), {
      indexed: false,
      why: 'Account.Name is a field of another object'
    });
    assert.deepEqual(indexes.index('Contact', 'Account.Owner.Id'), {
      indexed: false,
      why: 'Account.Owner.Id is a field of another object'
    });
    assert.deepEqual(indexes.index('Contact', 'Title.Id'), {
      indexed: false,
      why: 'TitleId has no standard index'
    });
  });
});

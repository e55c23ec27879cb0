/*
 * selectivity/callgraph.mjs and checkers/trigger-selectivity.mjs in process, on the Apex of
 * fixtures/selectivity-apex: every way a call is followed from a trigger (constructors, super and
 * this calls, field and static initializers, overrides and implementations, casts, factories,
 * locals, loop and catch variables, inner classes, static fields) and every query that is reported,
 * with its line and call path, or passes (selective, an object that does not grow, code no trigger
 * reaches, a test class).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, test } from 'node:test';
import { triggerSelectivity } from '../checkers/trigger-selectivity.mjs';
import { readApex } from '../integrity/apex.mjs';
import { callPath, reachableFromTriggers } from '../selectivity/callgraph.mjs';
import { tempProject, useApexAstFixture } from './apex-ast-cache-seed.mjs';

useApexAstFixture('selectivity-callgraph');

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'selectivity-apex');
const DIR = 'force-app/main/board';
const sources = Object.fromEntries(
  readdirSync(FIXTURE).map((name) => [
    `${DIR}/${name.endsWith('.trigger') ? 'triggers' : 'classes'}/${name}`,
    readFileSync(join(FIXTURE, name), 'utf8')
  ])
);
const standardObjects = {
  Contact: { fields: { Title: 'String', Email: 'String', AccountId: 'Id' }, children: {} },
  Lead: { fields: { Title: 'String' }, children: {} },
  Task: { fields: { Subject: 'String' }, children: {} },
  CampaignMember: { fields: { Status: 'String', ContactId: 'Id' }, children: {} },
  Opportunity: { fields: { Description: 'String' }, children: {} },
  Event: { fields: { Location: 'String' }, children: {} }
};

let root;
let result;
let graph;
before(async () => {
  root = tempProject(sources, standardObjects);
  result = await triggerSelectivity.run(root);
  graph = reachableFromTriggers(await readApex(root));
});

describe('call paths from the trigger', () => {
  test('every method reached, each with the path that reached it first', () => {
    const paths = [...graph.reached.keys()].map((key) => callPath(graph.reached, key).join(' > '));
    // not reached: SelUnreached, the @IsTest class and its inner class, SelSelectorB.find (it
    // inherits SelSelectorA.find, reached once for itself), the calls on an Object
    assert.deepEqual(
      paths.sort(),
      [
        'SelTrigger',
        'SelTrigger > SelBase.<init>',
        'SelTrigger > SelHandler.<init>',
        'SelTrigger > SelHandler.<init> > SelService.<init>',
        'SelTrigger > SelHandler.SelHandler',
        'SelTrigger > SelHandler.SelHandler',
        'SelTrigger > SelHandler.SelHandler > SelBase.SelBase',
        'SelTrigger > SelHandler.run',
        'SelTrigger > SelHandler.run > SelBase.inherited',
        'SelTrigger > SelHandler.run > SelError.<init>',
        'SelTrigger > SelHandler.run > SelError.report',
        'SelTrigger > SelHandler.run > SelFactory.<init>',
        'SelTrigger > SelHandler.run > SelFactory.make',
        'SelTrigger > SelHandler.run > SelHandler.Hook.<init>',
        'SelTrigger > SelHandler.run > SelHandler.Hook.fire',
        'SelTrigger > SelHandler.run > SelHandler.Inner.<init>',
        'SelTrigger > SelHandler.run > SelHandler.Inner.go',
        'SelTrigger > SelHandler.run > SelHandler.Inner.go > SelHandler.Sibling.<init>',
        'SelTrigger > SelHandler.run > SelHandler.Inner.go > SelHandler.Sibling.sib',
        'SelTrigger > SelHandler.run > SelHandler.helper',
        'SelTrigger > SelHandler.run > SelHandler.helper > SelBase.helper',
        'SelTrigger > SelHandler.run > SelHandler.run2',
        'SelTrigger > SelHandler.run > SelHandler.run2 > SelLoop.other',
        'SelTrigger > SelHandler.run > SelHook.<init>',
        'SelTrigger > SelHandler.run > SelHook.fire',
        'SelTrigger > SelHandler.run > SelLocal.<init>',
        'SelTrigger > SelHandler.run > SelLocal.SelLocal',
        'SelTrigger > SelHandler.run > SelLocal.go',
        'SelTrigger > SelHandler.run > SelLoop.<init>',
        'SelTrigger > SelHandler.run > SelLoop.visit',
        'SelTrigger > SelHandler.run > SelSelector.<init>',
        'SelTrigger > SelHandler.run > SelSelector.find',
        'SelTrigger > SelHandler.run > SelSelectorA.<init>',
        'SelTrigger > SelHandler.run > SelSelectorA.find',
        'SelTrigger > SelHandler.run > SelSelectorB.<init>',
        'SelTrigger > SelHandler.run > SelSelectorC.<init>',
        'SelTrigger > SelHandler.run > SelSelectorC.find',
        'SelTrigger > SelHandler.run > SelService.cast',
        'SelTrigger > SelHandler.run > SelService.made',
        'SelTrigger > SelHandler.run > SelService.nested',
        'SelTrigger > SelHandler.run > SelService.stamp',
        'SelTrigger > SelHandler.run > SelService.stamp > SelService.dynamic',
        'SelTrigger > SelStatics.<init>',
        'SelTrigger > SelStatics.go',
        'SelTrigger > SelStatics.go > SelBase.SelBase',
        'SelTrigger > SelStatics.go > SelBase.inherited',
        'SelTrigger > SelStatics.go > SelHandler.Inner.helperStatic',
        'SelTrigger > SelStatics.go > SelLoop.spin',
        'SelTrigger > SelStatics.go > SelService.viaField',
        'SelTrigger > SelStatics.go > SelStatics.apply',
        'SelTrigger > SelStatics.go > SelStatics.apply > SelLocal.viaParam'
      ].sort()
    );
  });

  test('callPath of a key that was not reached is empty', () => {
    assert.deepEqual(callPath(graph.reached, 'nothing'), []);
  });
});

describe('the checker', () => {
  test('one full message as a person reads it', () => {
    const problem = result.problems.find(
      (p) => p.file === `${DIR}/classes/SelLoop.cls` && p.line === 9
    );
    assert.equal(
      problem?.message,
      'Contact query in trigger context is not selective: its WHERE filters on no indexed field (Title has no standard index). Salesforce refuses it once Contact passes 200,000 rows, and the save that fired the trigger fails (SelTrigger → SelHandler.run → SelLoop.visit)'
    );
  });

  test('every non-selective query on a growing object that a trigger reaches, once', () => {
    const noIndex = (field) =>
      `its WHERE filters on no indexed field (${field} has no standard index)`;
    const RUN_TIME =
      'its WHERE is built at run time, so no indexed filter can be seen (build the filter from literals and binds)';
    // file, line, object, why, call path
    const expected = [
      ['SelTrigger.trigger', 4, 'Contact', noIndex('Title'), ['SelTrigger']], // List<Contact> direct = [SELECT Id FROM Contact WHERE Title =
      ['SelBase.cls', 2, 'Contact', noIndex('Title'), ['SelTrigger', 'SelBase.<init>']], // private static List<Contact> seeded = [SELECT Id FROM Contac
      ['SelBase.cls', 4, 'Lead', noIndex('Title'), ['SelTrigger', 'SelBase.<init>']], // List<Lead> leads = [SELECT Id FROM Lead WHERE Title = 'stati
      [
        'SelHandler.cls',
        13,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelHandler.helper']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelBase.cls',
        14,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelBase.inherited']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelService.cls',
        3,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelService.stamp']
      ], // List<Contact> a = [SELECT Id FROM Contact WHERE Title = 'sta
      [
        'SelService.cls',
        7,
        'CampaignMember',
        noIndex('Status'),
        ['SelTrigger', 'SelHandler.run', 'SelService.stamp']
      ], // SELECT Id
      [
        'SelSelectorA.cls',
        3,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelSelectorA.find']
      ], // return [SELECT Id FROM Contact WHERE Title = 'implementation
      [
        'SelSelectorC.cls',
        3,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelSelectorC.find']
      ], // return [SELECT Id FROM Contact WHERE Title = 'grandchild'];
      [
        'SelHook.cls',
        3,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelHook.fire']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelService.cls',
        14,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelService.cast']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelService.cls',
        17,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelService.made']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelLocal.cls',
        3,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelLocal.<init>']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelLocal.cls',
        6,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelLocal.SelLocal']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelLocal.cls',
        12,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelLocal.go']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelLoop.cls',
        9,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelLoop.visit']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelError.cls',
        3,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelError.report']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelHandler.cls',
        50,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelHandler.Inner.go']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelService.cls',
        20,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelService.nested']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelBase.cls',
        8,
        'Task',
        noIndex('Subject'),
        ['SelTrigger', 'SelHandler.SelHandler', 'SelBase.SelBase']
      ], // List<Task> tasks = [SELECT Id FROM Task WHERE Subject = 'bas
      [
        'SelService.cls',
        23,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelStatics.go', 'SelService.viaField']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelLoop.cls',
        3,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelStatics.go', 'SelLoop.spin']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelHandler.cls',
        46,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelStatics.go', 'SelHandler.Inner.helperStatic']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelBase.cls',
        11,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelHandler.helper', 'SelBase.helper']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelService.cls',
        28,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelService.stamp', 'SelService.dynamic']
      ], // Database.query(soql);
      [
        'SelService.cls',
        30,
        'Contact',
        RUN_TIME,
        ['SelTrigger', 'SelHandler.run', 'SelService.stamp', 'SelService.dynamic']
      ], // Database.query('SELECT Id FROM Contact WHERE ' + field + ' =
      [
        'SelService.cls',
        32,
        'Lead',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelService.stamp', 'SelService.dynamic']
      ], // Database.countQuery('SELECT COUNT() FROM Lead WHERE Title =
      [
        'SelService.cls',
        33,
        'Task',
        'it has no WHERE clause',
        ['SelTrigger', 'SelHandler.run', 'SelService.stamp', 'SelService.dynamic']
      ], // Database.getQueryLocator('SELECT Id FROM Task');
      [
        'SelService.cls',
        35,
        'Contact',
        RUN_TIME,
        ['SelTrigger', 'SelHandler.run', 'SelService.stamp', 'SelService.dynamic']
      ], // Database.query('SELECT Id FROM Contact LIMIT ' + 5);
      [
        'SelService.cls',
        36,
        'Lead',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelService.stamp', 'SelService.dynamic']
      ], // Database.query(('SELECT Id FROM Lead WHERE Title = :value'))
      [
        'SelService.cls',
        41,
        'Task',
        noIndex('Subject'),
        ['SelTrigger', 'SelHandler.run', 'SelService.stamp', 'SelService.dynamic']
      ], // Database.query(q3);
      [
        'SelService.cls',
        43,
        'Event',
        noIndex('Location'),
        ['SelTrigger', 'SelHandler.run', 'SelService.stamp', 'SelService.dynamic']
      ], // Database.queryWithBinds(
      [
        'SelService.cls',
        48,
        'FeedItem',
        noIndex('Body'),
        ['SelTrigger', 'SelHandler.run', 'SelService.stamp', 'SelService.dynamic']
      ], // Database.countQueryWithBinds(
      [
        'SelService.cls',
        53,
        'FeedComment',
        noIndex('CommentBody'),
        ['SelTrigger', 'SelHandler.run', 'SelService.stamp', 'SelService.dynamic']
      ], // Database.getQueryLocatorWithBinds(
      [
        'SelService.cls',
        58,
        'Account',
        noIndex('Site'),
        ['SelTrigger', 'SelHandler.run', 'SelService.stamp', 'SelService.dynamic']
      ], // Database.query('SELECT ' + field + ' FROM Account WHERE Site
      [
        'SelLoop.cls',
        6,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelHandler.run2', 'SelLoop.other']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelHandler.cls',
        55,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelHandler.run', 'SelHandler.Inner.go', 'SelHandler.Sibling.sib']
      ], // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
      [
        'SelLocal.cls',
        9,
        'Contact',
        noIndex('Title'),
        ['SelTrigger', 'SelStatics.go', 'SelStatics.apply', 'SelLocal.viaParam']
      ] // List<Contact> rows = [SELECT Id FROM Contact WHERE Title = '
    ];
    const parsed = result.problems.map(({ file, line, message }) => {
      const match =
        /^(\w+) query in trigger context is not selective: (.*)\. Salesforce refuses it once \1 passes 200,000 rows, and the save that fired the trigger fails \((.*)\)$/.exec(
          message
        );
      assert.ok(match, message);
      return [file.split('/').pop(), line, match[1], match[2], match[3].split(' → ')];
    });
    assert.deepEqual(
      parsed.map(([name, line]) => `${name}:${line}`),
      [...new Set(parsed.map(([name, line]) => `${name}:${line}`))],
      'each query once'
    );
    const key = ([name, line, object]) => `${name}:${String(line).padStart(3, '0')} ${object}`;
    assert.deepEqual(
      parsed.sort((a, b) => key(a).localeCompare(key(b))),
      expected.sort((a, b) => key(a).localeCompare(key(b)))
    );
    assert.ok(
      result.problems.every(
        ({ file }) =>
          file.startsWith(`${DIR}/classes/`) || file === `${DIR}/triggers/SelTrigger.trigger`
      )
    );
  });

  test('the summary counts queries, triggers and methods', () => {
    assert.equal(result.summary, '45 queries reached from 1 triggers through 50 methods');
  });
});

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
import { tempProject, useApexAstFixture } from './apex-ast-fixture.mjs';

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
  Opportunity: { fields: { Description: 'String' }, children: {} }
};

/** `file:line` of the line of fixture `name` that holds `needle`, or `below` lines under it. */
function at(name, needle, below = 0) {
  const lines = readFileSync(join(FIXTURE, name), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `${needle} is not in ${name}`);
  return `${DIR}/classes/${name}:${index + 1 + below}`;
}

let root;
let result;
let graph;
before(async () => {
  root = tempProject(sources, standardObjects);
  result = await triggerSelectivity.run(root);
  graph = reachableFromTriggers(await readApex(root));
});

const TRIGGER = 'SelTrigger';
const HANDLER = [TRIGGER, 'SelHandler.run'];

describe('call paths from the trigger', () => {
  /** Every reached method as its call path. */
  const paths = () =>
    [...graph.reached.keys()].map((key) => callPath(graph.reached, key).join(' > ')).sort();

  test('what is reached, and through what', () => {
    assert.deepEqual(
      paths(),
      [
        'SelTrigger',
        'SelTrigger > SelHandler.<init>',
        'SelTrigger > SelHandler.SelHandler',
        'SelTrigger > SelHandler.SelHandler',
        'SelTrigger > SelHandler.SelHandler > SelBase.SelBase',
        'SelTrigger > SelHandler.run',
        'SelTrigger > SelHandler.run > SelError.<init>',
        'SelTrigger > SelHandler.run > SelError.report',
        'SelTrigger > SelHandler.run > SelFactory.<init>',
        'SelTrigger > SelHandler.run > SelFactory.make',
        'SelTrigger > SelHandler.run > SelHandler.Inner.<init>',
        'SelTrigger > SelHandler.run > SelHandler.Inner.go',
        'SelTrigger > SelHandler.run > SelHandler.helper',
        'SelTrigger > SelHandler.run > SelHandler.run2',
        'SelTrigger > SelHandler.run > SelLocal.<init>',
        'SelTrigger > SelHandler.run > SelLocal.SelLocal',
        'SelTrigger > SelHandler.run > SelLocal.go',
        'SelTrigger > SelHandler.run > SelLoop.<init>',
        'SelTrigger > SelHandler.run > SelLoop.visit',
        'SelTrigger > SelHandler.run > SelSelector.<init>',
        'SelTrigger > SelHandler.run > SelSelector.find',
        'SelTrigger > SelHandler.run > SelSelectorA.<init>',
        'SelTrigger > SelHandler.run > SelSelectorA.find',
        'SelTrigger > SelHandler.run > SelService.cast',
        'SelTrigger > SelHandler.run > SelService.made',
        'SelTrigger > SelHandler.run > SelService.nested',
        'SelTrigger > SelHandler.run > SelService.stamp',
        'SelTrigger > SelHandler.run > SelService.stamp > SelService.dynamic',
        'SelTrigger > SelHandler.run > SelBase.inherited',
        'SelTrigger > SelHandler.<init> > SelService.<init>',
        'SelTrigger > SelBase.<init>',
        'SelTrigger > SelStatics.<init>',
        'SelTrigger > SelStatics.go',
        'SelTrigger > SelStatics.go > SelService.viaField'
      ].sort()
    );
  });
});

describe('the checker', () => {
  const reported = () =>
    result.problems.map(({ file, line, message }) => {
      const [, object, why, path] =
        /^(\w+) query in trigger context is not selective: (.*)\. Salesforce refuses it once \1 passes 200,000 rows, and the save that fired the trigger fails \((.*)\)$/.exec(
          message
        ) ?? [];
      return { at: `${file}:${line}`, object, why, path };
    });

  test('one full message as a person reads it', () => {
    const problem = result.problems.find(
      (p) => `${p.file}:${p.line}` === at('SelLoop.cls', "'loop'")
    );
    assert.equal(
      problem?.message,
      'Contact query in trigger context is not selective: its WHERE filters on no indexed field (Title has no standard index). Salesforce refuses it once Contact passes 200,000 rows, and the save that fired the trigger fails (SelTrigger → SelHandler.run → SelLoop.visit)'
    );
  });

  test('every non-selective query on a growing object that a trigger reaches, once', () => {
    const noIndex = (field) =>
      `its WHERE filters on no indexed field (${field} has no standard index)`;
    const viaRun = (...rest) => [...HANDLER, ...rest].join(' → ');
    const expected = [
      {
        at: at('SelBase.cls', "'field initializer'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: [TRIGGER, 'SelBase.<init>'].join(' → ')
      },
      {
        at: at('SelBase.cls', "'static block'"),
        object: 'Lead',
        why: noIndex('Title'),
        path: [TRIGGER, 'SelBase.<init>'].join(' → ')
      },
      {
        at: at('SelBase.cls', "'base constructor'"),
        object: 'Task',
        why: noIndex('Subject'),
        path: [TRIGGER, 'SelHandler.SelHandler', 'SelBase.SelBase'].join(' → ')
      },
      {
        at: at('SelBase.cls', "'inherited'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: viaRun('SelBase.inherited')
      },
      {
        at: at('SelHandler.cls', "'override'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: viaRun('SelHandler.helper')
      },
      {
        at: at('SelHandler.cls', "'inner'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: viaRun('SelHandler.Inner.go')
      },
      {
        at: at('SelService.cls', "'stamp'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: viaRun('SelService.stamp')
      },
      {
        at: at('SelService.cls', 'List<Contact> d', 1),
        object: 'CampaignMember',
        why: noIndex('Status'),
        path: viaRun('SelService.stamp')
      },
      {
        at: at('SelService.cls', "'cast'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: viaRun('SelService.cast')
      },
      {
        at: at('SelService.cls', "'made'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: viaRun('SelService.made')
      },
      {
        at: at('SelService.cls', "'nested'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: viaRun('SelService.nested')
      },
      {
        at: at('SelService.cls', "'via field'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: [TRIGGER, 'SelStatics.go', 'SelService.viaField'].join(' → ')
      },
      {
        at: at('SelService.cls', 'Database.query(soql)'),
        object: 'Contact',
        why: noIndex('Title'),
        path: viaRun('SelService.stamp', 'SelService.dynamic')
      },
      {
        at: at('SelService.cls', "'SELECT Id FROM Contact WHERE ' + field"),
        object: 'Contact',
        why: 'its WHERE is built at run time, so no indexed filter can be seen (build the filter from literals and binds)',
        path: viaRun('SelService.stamp', 'SelService.dynamic')
      },
      {
        at: at('SelService.cls', 'FROM Lead WHERE Title'),
        object: 'Lead',
        why: noIndex('Title'),
        path: viaRun('SelService.stamp', 'SelService.dynamic')
      },
      {
        at: at('SelService.cls', 'FROM Task'),
        object: 'Task',
        why: 'it has no WHERE clause',
        path: viaRun('SelService.stamp', 'SelService.dynamic')
      },
      {
        at: at('SelSelectorA.cls', "'implementation'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: viaRun('SelSelectorA.find')
      },
      {
        at: at('SelLocal.cls', "'local constructor'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: viaRun('SelLocal.SelLocal')
      },
      {
        at: at('SelLocal.cls', "'local'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: viaRun('SelLocal.go')
      },
      {
        at: at('SelLoop.cls', "'loop'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: viaRun('SelLoop.visit')
      },
      {
        at: at('SelError.cls', "'catch'"),
        object: 'Contact',
        why: noIndex('Title'),
        path: viaRun('SelError.report')
      }
    ];
    const key = (row) => `${row.at} ${row.object}`;
    assert.deepEqual(
      reported().sort((a, b) => key(a).localeCompare(key(b))),
      expected.sort((a, b) => key(a).localeCompare(key(b)))
    );
  });

  test('the summary counts queries, triggers and methods', () => {
    assert.equal(result.summary, '27 queries reached from 1 triggers through 33 methods');
  });
});

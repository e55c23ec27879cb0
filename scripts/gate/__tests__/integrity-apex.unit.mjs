/*
 * integrity/apex.mjs, soql.mjs and apex-types.mjs in process, on the Apex of
 * fixtures/integrity-apex: what the parser's AST gives the rules (classes, inner classes, methods,
 * members, types, annotations, queries and their lines), every unknown object, field and child
 * relationship a query names (SELECT, WHERE, GROUP BY, HAVING, ORDER BY, sub-queries, semi-joins,
 * aliases, dynamic literals), what is not read (TYPEOF, Apex binds), and the TypeScript
 * declarations generated for the @AuraEnabled methods.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, test } from 'node:test';
import {
  kind,
  lineOfNode,
  parseQueryLiteral,
  queriesOf,
  readApex,
  typeText,
  walkAst
} from '../integrity/apex.mjs';
import {
  APEX_TYPES_FILE,
  readCommittedApexTypes,
  renderApexTypes
} from '../integrity/apex-types.mjs';
import { checkSoql } from '../integrity/soql.mjs';
import { tempProject, useApexAstFixture } from './apex-ast-cache-seed.mjs';

useApexAstFixture('integrity-apex');

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'integrity-apex');
const DIR = 'force-app/main/board';
const pathOf = (name) => `${DIR}/${name.endsWith('.trigger') ? 'triggers' : 'classes'}/${name}`;
const sources = Object.fromEntries(
  readdirSync(FIXTURE).map((name) => [pathOf(name), readFileSync(join(FIXTURE, name), 'utf8')])
);

/** The line of fixture `name` that holds `needle`, or `below` lines under it. */
function lineOf(name, needle, below = 0) {
  const index = readFileSync(join(FIXTURE, name), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `${needle} is not in ${name}`);
  return index + 1 + below;
}

let root;
let apex;
before(async () => {
  root = tempProject({
    ...sources,
    [`${DIR}/classes/IntQueries.cls-meta.xml`]: '<ApexClass/>',
    'force-app/main/board/lwc/x/x.js': 'export default 1;'
  });
  apex = await readApex(root);
});

describe('readApex', () => {
  test('the files, sorted, with their source; no problems', () => {
    assert.deepEqual(
      apex.files.map((file) => file.rel),
      [
        pathOf('AnIntService.cls'),
        pathOf('IntController.cls'),
        pathOf('IntQueries.cls'),
        pathOf('IntShape.cls'),
        pathOf('IntTrigger.trigger')
      ]
    );
    assert.equal(apex.files[0].path, join(root, pathOf('AnIntService.cls')));
    assert.equal(apex.files[0].source, sources[pathOf('AnIntService.cls')]);
    assert.deepEqual(apex.problems, []);
    assert.deepEqual([...apex.classNames].sort(), [
      'anintservice',
      'intcontroller',
      'intqueries',
      'intshape',
      'inttrigger'
    ]);
  });

  test('classes by lower-case name, inner classes as Outer.Inner; no interface, no trigger', () => {
    assert.deepEqual([...apex.classes.keys()].sort(), [
      'anintservice',
      'anintservice.row',
      'intcontroller',
      'intcontroller.child',
      'intcontroller.deep',
      'intcontroller.deep.leaf',
      'intcontroller.plain',
      'intcontroller.row',
      'intqueries'
    ]);
    const leaf = apex.classes.get('intcontroller.deep.leaf');
    assert.equal(leaf.name, 'IntController.Deep.Leaf');
    assert.equal(leaf.file, pathOf('IntController.cls'));
    assert.equal(leaf.line, lineOf('IntController.cls', 'public class Leaf'));
    assert.deepEqual(
      apex.classes.get('intcontroller.deep').inner.map((inner) => inner.name),
      ['IntController.Deep.Leaf']
    );
  });

  test('methods: name, line, static, annotations, cacheable, return type, parameters', () => {
    const methods = Object.fromEntries(
      apex.classes.get('intcontroller').methods.map((method) => [method.name, method])
    );
    assert.deepEqual(Object.keys(methods), [
      'rows',
      'save',
      'contact',
      'nested',
      'plain',
      'iterable',
      'later',
      'notStatic',
      'notAura',
      'pairs'
    ]);
    assert.deepEqual(methods.rows, {
      name: 'rows',
      line: lineOf('IntController.cls', '@AuraEnabled(cacheable=true)'),
      isStatic: true,
      annotations: ['auraenabled'],
      cacheable: true,
      returnType: 'List<Row>',
      params: [
        { name: 'recordId', type: 'Id' },
        { name: 'size', type: 'Integer' },
        { name: 'names', type: 'List<String>' },
        { name: 'byName', type: 'Map<String, Row>' },
        { name: 'labels', type: 'String[]' },
        { name: 'ids', type: 'Set<Id>' }
      ]
    });
    assert.equal(methods.save.returnType, 'void');
    assert.equal(methods.save.cacheable, false);
    assert.equal(methods.contact.cacheable, false, 'cacheable=false');
    assert.equal(methods.nested.cacheable, true, 'Cacheable=true, any case');
    assert.equal(methods.later.cacheable, false, 'another parameter set to true');
    assert.equal(methods.notStatic.isStatic, false);
    assert.deepEqual(methods.notAura.annotations, []);
    assert.deepEqual(methods.pairs.annotations, ['testvisible', 'auraenabled']);
    assert.equal(methods.pairs.returnType, 'Map<String, Map<Id, Integer>>');
  });

  test('members: fields (each variable of a declaration) and properties', () => {
    assert.deepEqual(apex.classes.get('intcontroller.row').members, [
      { name: 'name', type: 'String', annotations: ['auraenabled'], isStatic: false },
      { name: 'shared', type: 'String', annotations: ['auraenabled'], isStatic: true },
      { name: 'hidden', type: 'String', annotations: [], isStatic: false },
      { name: 'child', type: 'Child', annotations: ['auraenabled'], isStatic: false },
      { name: 'children', type: 'List<Child>', annotations: ['auraenabled'], isStatic: false },
      { name: 'leaf', type: 'Deep.Leaf', annotations: ['auraenabled'], isStatic: false }
    ]);
    assert.deepEqual(apex.classes.get('anintservice').members, [
      { name: 'LIMIT_SIZE', type: 'Integer', annotations: [], isStatic: true },
      { name: 'count', type: 'Integer', annotations: [], isStatic: false },
      { name: 'total', type: 'Integer', annotations: [], isStatic: false }
    ]);
    assert.deepEqual(apex.classes.get('anintservice').methods[0].params, [
      { name: 'sizes', type: 'Integer[]' }
    ]);
    assert.equal(apex.classes.get('anintservice').methods[0].returnType, 'IntController.Row');
  });
});

describe('AST helpers', () => {
  test('kind, lineOfNode, typeText, walkAst', () => {
    assert.equal(kind({ '@class': 'apex.jorje.data.ast.ClassDecl' }), 'ast.ClassDecl');
    assert.equal(kind({ '@class': 'other.ClassDecl' }), 'other.ClassDecl');
    assert.equal(kind(undefined), '');
    assert.equal(lineOfNode({ loc: { startLine: 3, line: 4 } }), 3);
    assert.equal(lineOfNode({ loc: { line: 4 } }), 4);
    assert.equal(lineOfNode({}), 0);
    assert.equal(lineOfNode(undefined), 0);
    assert.equal(typeText(undefined), 'void');
    assert.equal(typeText({ names: [{ value: 'A' }, { value: 'B' }] }), 'A.B');
    assert.equal(typeText({}), '');
    const visited = [];
    walkAst(
      [
        { '@class': 'a', loc: { '@class': 'hidden' }, location: { '@class': 'hidden' } },
        { '@class': 'b', skip: { '@class': 'c' } },
        { plain: { '@class': 'd', value: 'x', list: [{ '@class': 'e' }, null, 3] } }
      ],
      (node) => {
        visited.push(node['@class']);
        return node['@class'] !== 'b';
      }
    );
    assert.deepEqual(visited, ['a', 'b', 'd', 'e']);
    walkAst(null, () => assert.fail('no node'));
    walkAst('text', () => assert.fail('no node'));
  });

  test('queriesOf: static queries (not their sub-queries) and string literals that are queries', () => {
    const file = apex.files.find((f) => f.rel === pathOf('IntQueries.cls'));
    const name = 'IntQueries.cls';
    assert.deepEqual(
      queriesOf(file).map(({ line, dynamic, literal }) => ({ line, dynamic, literal })),
      [
        { line: lineOf(name, 'List<Contact> a', 1), dynamic: false, literal: undefined },
        { line: lineOf(name, 'List<Contact> b', 1), dynamic: false, literal: undefined },
        { line: lineOf(name, 'Nowhere__c'), dynamic: false, literal: undefined },
        { line: lineOf(name, 'List<AggregateResult> d', 1), dynamic: false, literal: undefined },
        { line: lineOf(name, 'List<Task> f', 1), dynamic: false, literal: undefined },
        { line: lineOf(name, 'List<Contact> g', 1), dynamic: false, literal: undefined },
        { line: lineOf(name, 'List<Contact> h', 1), dynamic: false, literal: undefined },
        { line: lineOf(name, 'List<Contact> i', 1), dynamic: false, literal: undefined },
        {
          line: lineOf(name, 'dynamicQuery'),
          dynamic: true,
          literal: 'SELECT Id, Bad__c FROM Contact'
        },
        {
          line: lineOf(name, 'String lower'),
          dynamic: true,
          literal: '  select Id from Account where Ghost__c = :e.value'
        }
      ]
    );
    assert.equal(queriesOf(file)[0].query.from.exprs[0].table.field.value, 'Contact');
  });

  test('parseQueryLiteral: a complete query, binds and all', async () => {
    const query = await parseQueryLiteral('  select Id from Account where Ghost__c = :e.value');
    assert.equal(kind(query), 'soql.Query');
    assert.equal(query.from.exprs[0].table.field.value, 'Account');
    assert.equal(kind(query.where.value.expr.expr), 'soql.QueryExpr$ApexExpr');
  });
});

describe('checkSoql', () => {
  /** Fields by object (exact case, so a changed path shows), and child relationships. */
  const FIELDS = {
    contact: ['Id', 'Name', 'Account.Name', 'Email', 'Title', 'AccountId'],
    case: ['Subject'],
    campaignmember: ['ContactId', 'Status'],
    account: ['Id', 'Name'],
    task: ['Id'],
    lead: ['Title']
  };
  const CHILDREN = { contact: { cases: 'Case' } };
  const schema = {
    object: (name) =>
      FIELDS[name.toLowerCase()] && {
        child: (relationship) => {
          const object = CHILDREN[name.toLowerCase()]?.[relationship.toLowerCase()];
          return object && { object };
        }
      },
    unknownObject: (name) => `there is no object ${name}`,
    resolve: (object, path) =>
      FIELDS[object.toLowerCase()].includes(path) ? {} : { error: `no field ${path}` }
  };

  test('every unknown object, field and relationship, at the query line, once', async () => {
    const { problems, count } = await checkSoql(schema, apex);
    const name = 'IntQueries.cls';
    const q = (line, message) => ({ file: pathOf(name), line, message });
    const a = lineOf(name, 'List<Contact> a', 1);
    const h = lineOf(name, 'List<Contact> h', 1);
    const d = lineOf(name, 'List<AggregateResult> d', 1);
    assert.deepEqual(problems, [
      q(a, 'SOQL on Contact: no field Nope__c (Nope__c)'),
      q(a, 'SOQL on Case: no field Missing__c (Missing__c)'),
      q(a, 'SOQL: Contact has no child relationship Ghosts'),
      q(a, 'SOQL on CampaignMember: no field Gone__c (Gone__c)'),
      q(lineOf(name, 'List<Contact> b', 1), 'SOQL on Contact: no field Cx.Name (Cx.Name)'),
      q(lineOf(name, 'Nowhere__c'), 'SOQL: there is no object Nowhere__c'),
      q(d, 'SOQL on Contact: no field Region__c (Region__c)'),
      q(d, 'SOQL on Contact: no field Zone__c (Zone__c)'),
      q(h, 'SOQL on Contact: no field Nope__c (Nope__c)'),
      q(h, 'SOQL on Contact: no field Rank__c (Rank__c)'),
      q(lineOf(name, 'List<Contact> i', 1), 'SOQL on Lead: no field Bad__c (Bad__c)'),
      q(lineOf(name, 'dynamicQuery'), 'SOQL on Contact: no field Bad__c (Bad__c)'),
      q(lineOf(name, 'String lower'), 'SOQL on Account: no field Ghost__c (Ghost__c)'),
      {
        file: pathOf('IntTrigger.trigger'),
        line: 2,
        message: 'SOQL on Contact: no field Phantom__c (Phantom__c)'
      }
    ]);
    assert.equal(count, 11);
  });
});

const EXPECTED_TYPES = `// Generated from the @AuraEnabled Apex by npm run types:apex. Do not edit.
// The integrity checker of npm run check fails when this file is stale.

declare namespace Apex.AnIntService {
  interface Row {
    size: number | null;
  }
}

declare namespace Apex.IntController {
  interface Child {
    n: number | null;
  }
}

declare namespace Apex.IntController {
  interface Row {
    name: string | null;
    child: Apex.IntController.Child | null;
    children: Apex.IntController.Child[] | null;
    leaf: Apex.IntController.Deep.Leaf | null;
  }
}

declare namespace Apex.IntController.Deep {
  interface Leaf {
    done: boolean | null;
  }
}

declare module '@salesforce/apex/AnIntService.first' {
  const first: Apex.Call<{ sizes?: number[] | null }, Apex.IntController.Row>;
  export default first;
}

declare module '@salesforce/apex/AnIntService.local' {
  const local: Apex.Call<{  }, Apex.AnIntService.Row>;
  export default local;
}

declare module '@salesforce/apex/IntController.rows' {
  const rows: Apex.Wireable<{ recordId?: string | null; size?: number | null; names?: string[] | null; byName?: Record<string, Apex.IntController.Row> | null; labels?: string[] | null; ids?: string[] | null }, Apex.IntController.Row[]>;
  export default rows;
}

declare module '@salesforce/apex/IntController.save' {
  const save: Apex.Call<{ row?: Apex.IntController.Row | null; raw?: unknown | null; day?: string | null; stamp?: string | null; hour?: string | null; data?: string | null; big?: number | null; amount?: number | null; ratio?: number | null; flag?: boolean | null }, void>;
  export default save;
}

declare module '@salesforce/apex/IntController.contact' {
  const contact: Apex.Call<{  }, Record<string, unknown>>;
  export default contact;
}

declare module '@salesforce/apex/IntController.nested' {
  const nested: Apex.Wireable<{  }, Record<string, Apex.IntController.Row[]>>;
  export default nested;
}

declare module '@salesforce/apex/IntController.plain' {
  const plain: Apex.Call<{  }, Record<string, unknown>>;
  export default plain;
}

declare module '@salesforce/apex/IntController.iterable' {
  const iterable: Apex.Call<{  }, unknown>;
  export default iterable;
}

declare module '@salesforce/apex/IntController.later' {
  const later: Apex.Call<{  }, unknown>;
  export default later;
}

declare module '@salesforce/apex/IntController.pairs' {
  const pairs: Apex.Call<{  }, Record<string, Record<string, number>>>;
  export default pairs;
}

declare namespace Apex {
  /** Every @AuraEnabled method by 'Class.method': its @salesforce/apex module's default. */
  interface Methods {
    'AnIntService.first': typeof import('@salesforce/apex/AnIntService.first').default;
    'AnIntService.local': typeof import('@salesforce/apex/AnIntService.local').default;
    'IntController.rows': typeof import('@salesforce/apex/IntController.rows').default;
    'IntController.save': typeof import('@salesforce/apex/IntController.save').default;
    'IntController.contact': typeof import('@salesforce/apex/IntController.contact').default;
    'IntController.nested': typeof import('@salesforce/apex/IntController.nested').default;
    'IntController.plain': typeof import('@salesforce/apex/IntController.plain').default;
    'IntController.iterable': typeof import('@salesforce/apex/IntController.iterable').default;
    'IntController.later': typeof import('@salesforce/apex/IntController.later').default;
    'IntController.pairs': typeof import('@salesforce/apex/IntController.pairs').default;
  }
}
`;

describe('apex-types', () => {
  test('the declarations of every static @AuraEnabled method and the DTOs they reach', () => {
    assert.equal(renderApexTypes(apex.classes), EXPECTED_TYPES);
  });

  test('readCommittedApexTypes: the file, or undefined when there is none', () => {
    assert.equal(APEX_TYPES_FILE, join('types', 'apex.d.ts'));
    assert.equal(readCommittedApexTypes(root), undefined);
    const withFile = tempProject({ [APEX_TYPES_FILE]: 'declare namespace Apex {}\n' });
    assert.equal(readCommittedApexTypes(withFile), 'declare namespace Apex {}\n');
  });
});

/*
 * The apex-test-context checker's own work, in process on stored ASTs (apex-ast-fixture.mjs): the
 * message a person reads for each kind of violation, one report per place, the runAs rule for
 * production classes, the test count, the order, and the standard objects read from the project.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { RULES, apexTestContext, checkTestContext } from '../checkers/apex-test-context.mjs';
import { apexAstFixture } from './apex-ast-fixture.mjs';

const fixture = apexAstFixture('apex-test-context-checker');
const CLASSES = 'force-app/main/x/classes';
const TESTS = 'force-app/main/x/tests';
const GUIDE = 'https://developer.salesforce.com/docs/atlas.en-us.apexcode.meta/apexcode';

const SERVICE = [
  'public with sharing class Service {',
  '  public static void save() {',
  "    insert new Account(Name = 'a');",
  '  }',
  '  public static void call() {',
  '    new Http().send(new HttpRequest());',
  '  }',
  '  public static void elevate() {',
  '    System.runAs(new User(Id = UserInfo.getUserId())) {',
  "      insert new Account(Name = 'b');",
  '    }',
  '  }',
  '  @IsTest',
  '  static void notInATestClass() {',
  '    new Http().send(new HttpRequest());',
  '  }',
  '}'
];
const B_TEST = [
  '@IsTest',
  'private class BTest {',
  '  @IsTest',
  '  static void pathAndCause() {',
  '    Test.setMock(HttpCalloutMock.class, null);',
  '    Service.save();',
  '    Service.call();',
  '  }',
  '  @IsTest',
  '  static void twiceFromOneLine() {',
  '    if (Math.random() > 0.5) {',
  '      Test.setMock(HttpCalloutMock.class, null);',
  '    }',
  "    insert new Account(Name = 'x');",
  '    Service.call();',
  '  }',
  '  static void helper() {',
  '    Service.call();',
  '  }',
  '  @IsTest',
  '  static void mixed() {',
  "    insert new Account(Name = 'x');",
  '    insert new GroupMember();',
  '  }',
  '}'
];
const A_TEST = [
  '@IsTest',
  'private class ATest {',
  '  @IsTest',
  '  static void stopped() {',
  '    Test.startTest();',
  '    Test.stopTest();',
  '    Integer used = Limits.getQueries();',
  '    try {',
  '      Service.save();',
  '    } catch (Exception e) {',
  '      used = 0;',
  '    }',
  "    System.schedule(Service.JOB, '0 0 8 * * ?', null);",
  '  }',
  '  @IsTest',
  '  static void connect() {',
  '    ConnectApi.ChatterFeeds.postFeedElement(null, null, null, null);',
  '    Test.startTest();',
  '    Test.startTest();',
  '  }',
  '}'
];

let root;
let result;
before(async () => {
  root = mkdtempSync(join(tmpdir(), 'atc-checker-'));
  mkdirSync(join(root, 'config'));
  writeFileSync(
    join(root, 'config', 'standard-objects.json'),
    JSON.stringify({ objects: { Account: {}, Contact: {} } })
  );
  const files = [
    await fixture.file(`${CLASSES}/Service.cls`, SERVICE),
    await fixture.file(`${TESTS}/BTest.cls`, B_TEST),
    await fixture.file(`${TESTS}/ATest.cls`, A_TEST)
  ];
  result = checkTestContext(files, root);
});
after(() => rmSync(root, { recursive: true, force: true }));

const says = (rule) => `${RULES[rule].says}. ${RULES[rule].doc}`;

test('every problem, in file then line order, with the message a person reads', () => {
  const B = `${TESTS}/BTest.cls`;
  const A = `${TESTS}/ATest.cls`;
  const S = `${CLASSES}/Service.cls`;
  assert.deepEqual(
    result.problems.map((p) => `${p.file}:${p.line}`),
    [
      `${CLASSES}/Service.cls:9`,
      `${A}:7`,
      `${A}:10`,
      `${A}:13`,
      `${A}:17`,
      `${A}:19`,
      `${B}:7`,
      `${B}:15`,
      `${B}:15`,
      `${B}:23`
    ]
  );
  const messages = result.problems.map((p) => p.message);
  assert.deepEqual(messages, [
    `[runas-outside-test] Service.elevate: System.runAs in a class that is not a test class: ${says('runas-outside-test')}`,
    `[limits-after-stoptest] ATest.stopped: Limits.getQueries() read after Test.stopTest() in ATest.stopped (${A}:7): ${says('limits-after-stoptest')}`,
    messages[2],
    messages[3],
    `[connectapi-seealldata] ATest.connect: ConnectApi.ChatterFeeds.postFeedElement() in ATest.connect (${A}:17): ${says('connectapi-seealldata')}`,
    `[start-stop-once] ATest.connect: Test.startTest() is called a second time in ATest.connect (${A}:19): ${says('start-stop-once')}`,
    `[callout-after-dml] BTest.pathAndCause: callout Http.send in Service.call (${S}:6) via Service.call after insert of Account in Service.save (${S}:3): ${says('callout-after-dml')}`,
    `[callout-after-dml] BTest.twiceFromOneLine: callout Http.send in Service.call (${S}:6) via Service.call after insert of Account in BTest.twiceFromOneLine (${B}:14): ${says('callout-after-dml')}`,
    `[callout-without-mock] BTest.twiceFromOneLine: callout Http.send in Service.call (${S}:6) via Service.call: ${says('callout-without-mock')}`,
    `[mixed-dml] BTest.mixed: insert of GroupMember in BTest.mixed (${B}:23) after insert of Account in BTest.mixed (${B}:22): ${says('mixed-dml')}`
  ]);
  assert.match(messages[2], /^\[catch-any-exception\] catch \(Exception e\) never reads e/);
  assert.match(messages[3], /^\[scheduled-job-name\] System\.schedule under Service\.JOB/);
});

test('test methods counted: those of test classes with a body', () => {
  assert.equal(result.tests, 5);
});

test('each rule cites the Apex Developer Guide', () => {
  assert.deepEqual(Object.keys(RULES).sort(), [
    'callout-after-dml',
    'callout-without-mock',
    'connectapi-seealldata',
    'limits-after-stoptest',
    'mixed-dml',
    'runas-outside-test',
    'start-stop-once'
  ]);
  for (const [name, rule] of Object.entries(RULES)) {
    assert.ok(rule.doc.startsWith('Apex Developer Guide, "'), name);
    assert.ok(rule.doc.includes(`${GUIDE}/apex`) || rule.doc.includes(`${GUIDE}/connectAPI`), name);
  }
});

test('each rule says its own platform fact, from its own guide page (the messages above embed them)', () => {
  // written here, not read from RULES: two rules' texts swapped, or one blanked, fail this
  const facts = {
    'callout-after-dml': [
      'You have uncommitted work pending',
      'apex_classes_restful_http_testing_dml.htm'
    ],
    'callout-without-mock': [
      'Test.setMock must be called before Http.send',
      'apex_classes_restful_http_testing.htm'
    ],
    'limits-after-stoptest': [
      'Limits report the original context',
      'apex_testing_tools_start_stop_test.htm'
    ],
    'start-stop-once': ['Test.stopTest() only once', 'apex_testing_tools_start_stop_test.htm'],
    'mixed-dml': [
      'MIXED_DML_OPERATION unless one of them runs inside System.runAs',
      'apex_dml_non_mix_sobjects_test_methods.htm'
    ],
    'runas-outside-test': [
      'System.runAs can be used only in test methods',
      'apex_testing_tools_runas.htm'
    ],
    'connectapi-seealldata': ['without @IsTest(SeeAllData=true)', 'connectAPI_TestingApex.htm']
  };
  for (const [name, [fact, page]] of Object.entries(facts)) {
    assert.ok(RULES[name].says.includes(fact), `${name} says: ${RULES[name].says}`);
    assert.ok(RULES[name].doc.includes(`${GUIDE}/${page}`), `${name} cites: ${RULES[name].doc}`);
  }
});

test('without the standard objects file no standard object is data, so no mixed DML is seen', async () => {
  const files = [await fixture.file(`${TESTS}/BTest.cls`, B_TEST)];
  const bare = checkTestContext(files, join(root, 'nowhere'));
  assert.ok(!bare.problems.some((p) => p.message.startsWith('[mixed-dml]')));
  const empty = mkdtempSync(join(tmpdir(), 'atc-checker-'));
  try {
    mkdirSync(join(empty, 'config'));
    writeFileSync(join(empty, 'config', 'standard-objects.json'), '{}');
    assert.ok(
      !checkTestContext(files, empty).problems.some((p) => p.message.startsWith('[mixed-dml]'))
    );
    writeFileSync(
      join(empty, 'config', 'standard-objects.json'),
      JSON.stringify({ objects: { ACCOUNT: {} } })
    );
    assert.ok(
      checkTestContext(files, empty).problems.some((p) => p.message.startsWith('[mixed-dml]')),
      'names compared in lower case'
    );
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('the checker on a project without Apex: nothing to report, no test followed', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'atc-checker-'));
  try {
    writeFileSync(
      join(empty, 'sfdx-project.json'),
      JSON.stringify({ packageDirectories: [{ path: 'force-app' }] })
    );
    assert.equal(apexTestContext.name, 'apex-test-context');
    assert.match(apexTestContext.description, /^Apex tests that compile but fail in an org/);
    assert.deepEqual(await apexTestContext.run(empty), {
      problems: [],
      summary: "0 test methods followed through the project's classes"
    });
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

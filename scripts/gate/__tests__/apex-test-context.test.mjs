/*
 * The apex-test-context checker: each rule planted in a test class fails npm run check with the
 * checker, the test file, the line in the test method and the rule; the near misses (a callout
 * between Test.startTest() and Test.stopTest() after DML made before them, a faked seam, setup DML
 * inside System.runAs …) pass; and the project as it is passes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import { apexMeta, copyProject } from './project-copy.mjs';

const CLASSES = 'force-app/main/nomination/classes';
const TESTS = 'force-app/main/nomination/tests';

function apexFiles(folder, name, lines) {
  return {
    [`${folder}/${name}.cls`]: `${lines.join('\n')}\n`,
    [`${folder}/${name}.cls-meta.xml`]: apexMeta('ApexClass')
  };
}

/** The 1-based line of the line holding `marker` in a class's source. */
function lineOf(lines, marker) {
  const index = lines.findIndex((line) => line.includes(marker));
  assert.ok(index >= 0, `marker ${marker} not found`);
  return index + 1;
}

/** A production class with an HTTP seam, a ConnectApi call, and a queueable. */
const CALLOUT_CLIENT = [
  'public with sharing class PlantedCalloutClient {',
  '  public interface Sender {',
  '    HttpResponse send(HttpRequest request);',
  '  }',
  '  public class HttpSender implements Sender {',
  '    public HttpResponse send(HttpRequest request) {',
  '      return new Http().send(request);',
  '    }',
  '  }',
  '  @TestVisible',
  '  private static Sender sender = new HttpSender();',
  '  public static Integer ping() {',
  '    HttpRequest request = new HttpRequest();',
  "    request.setEndpoint('callout:GitLab/api/v4/version');",
  "    request.setMethod('GET');",
  '    return sender.send(request).getStatusCode();',
  '  }',
  '  public static Integer pingTwice() {',
  '    ping();',
  '    return ping();',
  '  }',
  '  public static Integer pingWith(Sender given) {',
  '    HttpRequest request = new HttpRequest();',
  "    request.setEndpoint('callout:GitLab/api/v4/version');",
  '    return given.send(request).getStatusCode();',
  '  }',
  '  public static void post(Id subjectId) {',
  "    ConnectApi.ChatterFeeds.postFeedElement(null, subjectId, ConnectApi.FeedElementType.FeedItem, 'hello');",
  '  }',
  '  public class Job implements System.Queueable {',
  '    public void execute(System.QueueableContext context) {',
  '      System.debug(LoggingLevel.FINE, context);',
  '    }',
  '  }',
  '}'
];

const RUN_AS_IN_PRODUCTION = [
  'public with sharing class PlantedRunAsService {',
  '  public static void elevate() {',
  '    System.runAs(new User(Id = System.UserInfo.getUserId())) { // <- runas-outside-test',
  "      insert new Account(Name = 'elevated');",
  '    }',
  '  }',
  '}'
];

const MOCK = [
  '  private class Mock implements HttpCalloutMock {',
  '    public HttpResponse respond(HttpRequest request) {',
  '      HttpResponse response = new HttpResponse();',
  '      response.setStatusCode(200);',
  '      return response;',
  '    }',
  '  }',
  '  private class FakeSender implements PlantedCalloutClient.Sender {',
  '    public HttpResponse send(HttpRequest request) {',
  '      HttpResponse response = new HttpResponse();',
  '      response.setStatusCode(200);',
  '      return response;',
  '    }',
  '  }'
];

const DEFECTS = [
  '@IsTest',
  'private class PlantedContextTest {',
  ...MOCK,
  '  @IsTest',
  '  static void calloutAfterDmlInAHelper() {',
  '    TestDataFactory.createAccounts(1, null);',
  '    Test.setMock(HttpCalloutMock.class, new Mock());',
  "    System.Assert.areEqual(200, PlantedCalloutClient.pingTwice(), 'pinged'); // <- callout-after-dml",
  '  }',
  '  @IsTest',
  '  static void calloutAfterDmlInsideTheBlock() {',
  '    Test.setMock(HttpCalloutMock.class, new Mock());',
  '    Test.startTest();',
  "    insert new Account(Name = 'inside the block');",
  '    Integer status = PlantedCalloutClient.ping(); // <- callout-after-dml inside',
  '    Test.stopTest();',
  "    System.Assert.areEqual(200, status, 'pinged');",
  '  }',
  '  @IsTest',
  '  static void calloutAfterAnEnqueuedJob() {',
  '    Test.setMock(HttpCalloutMock.class, new Mock());',
  '    System.enqueueJob(new PlantedCalloutClient.Job());',
  "    System.Assert.areEqual(200, PlantedCalloutClient.ping(), 'pinged'); // <- callout-after-dml async",
  '  }',
  '  @IsTest',
  '  static void calloutWithoutMock() {',
  "    System.Assert.areEqual(200, PlantedCalloutClient.ping(), 'pinged'); // <- callout-without-mock",
  '  }',
  '  @IsTest',
  '  static void limitsAfterStopTest() {',
  '    Test.startTest();',
  "    insert new Account(Name = 'counted');",
  '    Test.stopTest();',
  "    System.Assert.areEqual(1, Limits.getDmlStatements(), 'one DML'); // <- limits-after-stoptest",
  '  }',
  '  @IsTest',
  '  static void startTestTwice() {',
  '    Test.startTest();',
  '    Test.stopTest();',
  '    Test.startTest(); // <- start-stop-once',
  '    Test.stopTest();',
  "    System.Assert.isTrue(true, 'ran');",
  '  }',
  '  @IsTest',
  '  static void mixedDmlWithoutRunAs() {',
  '    Account account = TestDataFactory.createAccounts(1, null)[0];',
  "    Group reviewers = [SELECT Id FROM Group WHERE DeveloperName = 'Reference_Education_Reviewers'];",
  '    insert new GroupMember(GroupId = reviewers.Id, UserOrGroupId = System.UserInfo.getUserId()); // <- mixed-dml',
  "    System.Assert.isNotNull(account.Id, 'inserted');",
  '  }',
  '  @IsTest',
  '  static void connectApiWithoutSeeAllData() {',
  '    Account account = TestDataFactory.createAccounts(1, null)[0];',
  '    PlantedCalloutClient.post(account.Id); // <- connectapi-seealldata',
  "    System.Assert.isNotNull(account.Id, 'posted');",
  '  }',
  '  @IsTest',
  '  static void seamParameterGivenTheRealSender() {',
  '    TestDataFactory.createAccounts(1, null);',
  '    Test.setMock(HttpCalloutMock.class, new Mock());',
  '    Integer status = PlantedCalloutClient.pingWith(new PlantedCalloutClient.HttpSender()); // <- callout-after-dml parameter',
  "    System.Assert.areEqual(200, status, 'pinged');",
  '  }',
  '}'
];

const NEAR_MISSES = [
  '@IsTest',
  'private class PlantedNearMissTest {',
  ...MOCK,
  '  private static void fakeTheSender() {',
  '    PlantedCalloutClient.sender = new FakeSender();',
  '  }',
  '  @IsTest',
  '  static void calloutInsideTheBlockAfterDmlBeforeIt() {',
  '    TestDataFactory.createAccounts(1, null);',
  '    Test.startTest();',
  '    Test.setMock(HttpCalloutMock.class, new Mock());',
  '    Integer status = PlantedCalloutClient.pingTwice();',
  '    Integer callouts = Limits.getCallouts();',
  '    Test.stopTest();',
  "    System.Assert.areEqual(200, status, 'pinged');",
  "    System.Assert.areEqual(2, callouts, 'counted in the block');",
  '  }',
  '  @IsTest',
  '  static void calloutBeforeDml() {',
  '    Test.setMock(HttpCalloutMock.class, new Mock());',
  '    Integer status = PlantedCalloutClient.ping();',
  '    TestDataFactory.createAccounts(1, null);',
  "    System.Assert.areEqual(200, status, 'pinged');",
  '  }',
  '  @IsTest',
  '  static void seamFakedInTheTest() {',
  '    TestDataFactory.createAccounts(1, null);',
  '    PlantedCalloutClient.sender = new FakeSender();',
  "    System.Assert.areEqual(200, PlantedCalloutClient.pingTwice(), 'faked');",
  '  }',
  '  @IsTest',
  '  static void seamFakedByAHelper() {',
  '    TestDataFactory.createAccounts(1, null);',
  '    fakeTheSender();',
  "    System.Assert.areEqual(200, PlantedCalloutClient.ping(), 'faked');",
  '  }',
  '  @IsTest',
  '  static void seamParameterGivenAFake() {',
  '    TestDataFactory.createAccounts(1, null);',
  "    System.Assert.areEqual(200, PlantedCalloutClient.pingWith(new FakeSender()), 'faked');",
  '  }',
  '  @IsTest',
  '  static void jobEnqueuedInsideTheBlockThenCallout() {',
  '    Test.setMock(HttpCalloutMock.class, new Mock());',
  '    Test.startTest();',
  '    System.enqueueJob(new PlantedCalloutClient.Job());',
  '    Test.stopTest();',
  "    System.Assert.areEqual(200, PlantedCalloutClient.ping(), 'pinged');",
  '  }',
  '  @IsTest',
  '  static void setupDmlInsideRunAs() {',
  '    Account account = TestDataFactory.createAccounts(1, null)[0];',
  "    Group reviewers = [SELECT Id FROM Group WHERE DeveloperName = 'Reference_Education_Reviewers'];",
  '    System.runAs(new User(Id = System.UserInfo.getUserId())) {',
  '      insert new GroupMember(GroupId = reviewers.Id, UserOrGroupId = System.UserInfo.getUserId());',
  '    }',
  "    insert new Group(Name = 'Planted', DeveloperName = 'Planted_Group');",
  "    System.Assert.isNotNull(account.Id, 'inserted');",
  '  }',
  '  @IsTest(SeeAllData=true)',
  '  static void connectApiWithSeeAllData() {',
  '    Account account = TestDataFactory.createAccounts(1, null)[0];',
  '    PlantedCalloutClient.post(account.Id);',
  "    System.Assert.isNotNull(account.Id, 'posted');",
  '  }',
  '}'
];

function gate(dir) {
  const result = spawnSync(
    process.execPath,
    [join(toolRoot, 'scripts', 'gate', 'check.mjs'), '--only', 'apex-test-context'],
    { cwd: dir, env: { ...process.env, PROJECT_DIR: dir }, encoding: 'utf8' }
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const PLANTED_TEST = `${TESTS}/PlantedContextTest.cls`;

/** Each rule: where it must be reported and what the message must name. */
const EXPECTED = [
  {
    rule: 'callout-after-dml',
    marker: '// <- callout-after-dml',
    names: ['TestDataFactory.createAccounts', 'Http.send', 'PlantedCalloutClient.pingTwice']
  },
  {
    rule: 'callout-after-dml',
    marker: '// <- callout-after-dml inside',
    names: ['insert of Account']
  },
  {
    rule: 'callout-after-dml',
    marker: '// <- callout-after-dml async',
    names: ['System.enqueueJob']
  },
  {
    rule: 'callout-after-dml',
    marker: '// <- callout-after-dml parameter',
    names: ['PlantedCalloutClient.HttpSender.send']
  },
  { rule: 'callout-without-mock', marker: '// <- callout-without-mock', names: ['Test.setMock'] },
  {
    rule: 'limits-after-stoptest',
    marker: '// <- limits-after-stoptest',
    names: ['Limits.getDmlStatements()']
  },
  { rule: 'start-stop-once', marker: '// <- start-stop-once', names: ['second time'] },
  { rule: 'mixed-dml', marker: '// <- mixed-dml', names: ['insert of GroupMember', 'runAs'] },
  {
    rule: 'connectapi-seealldata',
    marker: '// <- connectapi-seealldata',
    names: ['ConnectApi.ChatterFeeds.postFeedElement', 'SeeAllData=true']
  }
];

describe('apex-test-context: each planted rule fails the gate', () => {
  let copy;
  let run;
  before(() => {
    copy = copyProject();
    const files = {
      ...apexFiles(CLASSES, 'PlantedCalloutClient', CALLOUT_CLIENT),
      ...apexFiles(CLASSES, 'PlantedRunAsService', RUN_AS_IN_PRODUCTION),
      ...apexFiles(TESTS, 'PlantedContextTest', DEFECTS)
    };
    for (const [path, content] of Object.entries(files)) copy.write(path, content);
    run = gate(copy.dir);
  });
  after(() => copy?.dispose());

  test('the checker fails', () => {
    assert.notEqual(run.status, 0, run.output);
    assert.match(run.output, /✗ apex-test-context failed/, run.output);
  });

  for (const { rule, marker, names } of EXPECTED) {
    test(`${rule} is reported at the test line (${marker.slice(6)})`, () => {
      const at = `${PLANTED_TEST}:${lineOf(DEFECTS, marker)}: [${rule}]`;
      const reported = run.output.split('\n').find((line) => line.includes(at));
      assert.ok(reported, `expected ${at} in:\n${run.output}`);
      for (const name of names) assert.ok(reported.includes(name), `${name} not in: ${reported}`);
      assert.match(
        reported,
        /developer\.salesforce\.com\/docs/,
        'the rule cites its documentation'
      );
    });
  }

  test('runas-outside-test is reported in the production class', () => {
    const at = `${CLASSES}/PlantedRunAsService.cls:${lineOf(RUN_AS_IN_PRODUCTION, '// <- runas')}: [runas-outside-test]`;
    assert.ok(run.output.includes(at), `expected ${at} in:\n${run.output}`);
  });

  test('nothing else of the planted test class is reported', () => {
    const reported = run.output.split('\n').filter((line) => line.includes(`${PLANTED_TEST}:`));
    assert.equal(reported.length, EXPECTED.length, reported.join('\n'));
  });
});

describe('apex-test-context: near misses and the project pass', () => {
  test('callouts in the start/stop block, faked seams, runAs and SeeAllData pass', () => {
    const copy = copyProject();
    try {
      const files = {
        ...apexFiles(CLASSES, 'PlantedCalloutClient', CALLOUT_CLIENT),
        ...apexFiles(TESTS, 'PlantedNearMissTest', NEAR_MISSES)
      };
      for (const [path, content] of Object.entries(files)) copy.write(path, content);
      const { status, output } = gate(copy.dir);
      assert.equal(status, 0, output);
    } finally {
      copy.dispose();
    }
  });

  test('a production assignment through a call on a static field does not crash the checker', () => {
    const copy = copyProject();
    try {
      const files = apexFiles(CLASSES, 'PlantedRowHolder', [
        'public with sharing class PlantedRowHolder {',
        '  public class Row {',
        '    public Integer value;',
        '  }',
        '  private static Map<String, Row> rows = new Map<String, Row>();',
        '  public static void mark(String key) {',
        '    rows.get(key).value = 1;',
        '  }',
        '}',
        ''
      ]);
      for (const [path, content] of Object.entries(files)) copy.write(path, content);
      const { status, output } = gate(copy.dir);
      assert.equal(status, 0, output);
      assert.doesNotMatch(output, /checker crashed/, output);
    } finally {
      copy.dispose();
    }
  });

  test('the project as it is passes', () => {
    const { status, output } = gate(toolRoot);
    assert.equal(status, 0, output);
    assert.match(output, /✓ apex-test-context .*test methods/, output);
  });
});

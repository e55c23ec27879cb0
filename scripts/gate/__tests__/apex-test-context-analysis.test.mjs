/*
 * The apex-test-context analysis, in process: small Apex programs (their ASTs stored by
 * apex-ast-fixture.mjs, so no parser runs) are run abstractly test method by test method, and each
 * violation is asserted as rule, line, detail, cause and call path; the near misses give none.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TestContextAnalysis, runAsOutsideTests } from '../apex-test-context/analysis.mjs';
import { ApexModel } from '../apex-test-context/model.mjs';
import { apexAstFixture } from './apex-ast-fixture.mjs';

const fixture = apexAstFixture('apex-test-context-analysis');
const CLASSES = 'force-app/main/x/classes';
const TEST_REL = 'force-app/main/x/tests/PlantedTest.cls';

/** The 1-based line holding `marker`. */
function lineOf(lines, marker) {
  const index = lines.findIndex((line) => line.includes(marker));
  assert.ok(index >= 0, `marker ${marker} not found`);
  return index + 1;
}

const CLIENT = [
  'public with sharing class Client {',
  '  public interface Sender {',
  '    HttpResponse send(HttpRequest request);',
  '  }',
  '  public virtual class HttpSender implements Sender {',
  '    public virtual HttpResponse send(HttpRequest request) {',
  '      return new Http().send(request); // @http',
  '    }',
  '  }',
  '  public class QuietSender implements Sender {',
  '    public HttpResponse send(HttpRequest request) {',
  '      return null;',
  '    }',
  '  }',
  '  @TestVisible',
  '  private static Sender sender = new HttpSender();',
  '  public static Sender shared = new QuietSender();',
  '  public static Integer ping() {',
  '    return sender.send(new HttpRequest()).getStatusCode(); // @ping',
  '  }',
  '  public static Integer pingShared() {',
  '    return shared.send(new HttpRequest()).getStatusCode(); // @shared',
  '  }',
  '  public static Integer pingWith(Sender given) {',
  '    return given.send(new HttpRequest()).getStatusCode(); // @pingWith',
  '  }',
  '  public static Integer pingReplaced(Sender given) {',
  '    given = new HttpSender();',
  '    return given.send(new HttpRequest()).getStatusCode(); // @replaced',
  '  }',
  '  public static void save() {',
  "    insert new Account(Name = 'a'); // @save",
  '  }',
  '  @future',
  '  public static void later() {',
  "    System.debug('later');",
  '  }',
  '  public static void post(Id subjectId) {',
  "    ConnectApi.ChatterFeeds.postFeedElement(null, subjectId, ConnectApi.FeedElementType.FeedItem, 'hi'); // @post",
  '  }',
  '  public static void reset() {',
  '    shared = new HttpSender();',
  '  }',
  '  public static Sender make() {',
  '    return new HttpSender();',
  '  }',
  '}'
];

const show = (v) =>
  [
    `${v.rule}@${v.site.line} ${v.detail}`,
    v.cause ? ` <- ${v.cause.what}@${v.cause.line} in ${v.cause.in}` : '',
    v.path.length ? ` via ${v.path.map((f) => `${f.label}@${f.line}`).join(' > ')}` : ''
  ].join('');

/** Analyses the test class (and the client and `extra` classes); runs a test method by name. */
async function analyse(testLines, extra = {}, standardObjects = ['account', 'contact']) {
  const files = [await fixture.file(`${CLASSES}/Client.cls`, CLIENT)];
  for (const [name, lines] of Object.entries(extra)) {
    files.push(await fixture.file(`${CLASSES}/${name}.cls`, lines));
  }
  files.push(await fixture.file(TEST_REL, testLines));
  const model = new ApexModel(files);
  const analysis = new TestContextAnalysis(model, { standardObjects: new Set(standardObjects) });
  const cls = model.classes.get('plantedtest');
  const run = (name) => {
    const method = cls.methods.find((m) => m.name === name);
    assert.ok(method, `no test method ${name}`);
    return analysis.runTest(method);
  };
  return { model, analysis, run, runShown: (name) => run(name).map(show) };
}

const testClass = (...lines) => ['@IsTest', 'private class PlantedTest {', ...lines, '}'];
const L = (lines, marker) => lineOf(lines, marker);
const C = (marker) => lineOf(CLIENT, marker);
const MOCK = '    Test.setMock(HttpCalloutMock.class, null);';

describe('callouts', () => {
  const T = testClass(
    '  @IsTest',
    '  static void afterInsert() {',
    "    insert new Account(Name = 'x'); // @a-insert",
    MOCK,
    '    new Http().send(new HttpRequest()); // @a-send',
    '  }',
    '  @IsTest',
    '  static void withoutMock() {',
    '    new Http().send(new HttpRequest()); // @b-send',
    '  }',
    '  @IsTest',
    '  static void soapCall() {',
    MOCK,
    '    Database.insert(new Contact(LastName = \'x\')); // @c-insert',
    "    WebServiceCallout.invoke(null, null, null, null); // @c-invoke",
    '  }',
    '  @IsTest',
    '  static void dmlBeforeTheBlock() {',
    "    insert new Account(Name = 'x');",
    '    Test.startTest();',
    MOCK,
    '    new Http().send(new HttpRequest());',
    '    Test.stopTest();',
    '  }',
    '  @IsTest',
    '  static void dmlInTheBlock() {',
    MOCK,
    '    Test.startTest();',
    "    update new Account(Name = 'x'); // @e-update",
    "    delete new Account(Name = 'y');",
    '    new Http().send(new HttpRequest()); // @e-send',
    '    Test.stopTest();',
    '    new Http().send(new HttpRequest()); // @e-after',
    '  }',
    '  @IsTest',
    '  static void dmlBeforeAndCalloutAfterTheBlock() {',
    MOCK,
    "    upsert new Account(Name = 'x'); // @f-upsert",
    '    Test.startTest();',
    "    undelete new Account(Name = 'x');",
    '    Test.stopTest();',
    '    new Http().send(new HttpRequest()); // @f-send',
    '  }',
    '  @IsTest',
    '  static void calloutFirst() {',
    MOCK,
    '    System.Http client = new System.Http();',
    '    client.send(new HttpRequest());',
    "    insert new Account(Name = 'x');",
    '  }',
    '  @IsTest',
    '  static void mockOnOneBranch() {',
    '    if (Math.random() > 0.5) {',
    MOCK,
    '    }',
    "    insert new Account(Name = 'x'); // @h-insert",
    '    new Http().send(new HttpRequest()); // @h-send',
    '  }'
  );

  test('a callout after DML in the test names the callout, the DML and both lines', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('afterInsert'), [
      `callout-after-dml@${L(T, '@a-send')} callout Http.send <- insert of Account@${L(T, '@a-insert')} in PlantedTest.afterInsert`
    ]);
  });

  test('a callout without Test.setMock is refused even with nothing pending', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('withoutMock'), [
      `callout-without-mock@${L(T, '@b-send')} callout Http.send`
    ]);
  });

  test('a SOAP callout after Database.insert is a callout after DML', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('soapCall'), [
      `callout-after-dml@${L(T, '@c-invoke')} callout WebServiceCallout.invoke <- Database.insert of Contact@${L(T, '@c-insert')} in PlantedTest.soapCall`
    ]);
  });

  test('DML before Test.startTest() does not block a callout inside the block', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('dmlBeforeTheBlock'), []);
    assert.deepEqual(runShown('calloutFirst'), []);
  });

  test('DML inside the block blocks later callouts, in the block and after it (first DML named)', async () => {
    const { runShown } = await analyse(T);
    const cause = ` <- update of Account@${L(T, '@e-update')} in PlantedTest.dmlInTheBlock`;
    assert.deepEqual(runShown('dmlInTheBlock'), [
      `callout-after-dml@${L(T, '@e-send')} callout Http.send${cause}`,
      `callout-after-dml@${L(T, '@e-after')} callout Http.send${cause}`
    ]);
  });

  test('after Test.stopTest() the DML before the block is still pending', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('dmlBeforeAndCalloutAfterTheBlock'), [
      `callout-after-dml@${L(T, '@f-send')} callout Http.send <- upsert of Account@${L(T, '@f-upsert')} in PlantedTest.dmlBeforeAndCalloutAfterTheBlock`
    ]);
  });

  test('a mock set on one branch only: the other branch has no mock', async () => {
    const { runShown } = await analyse(T);
    const after = ` <- insert of Account@${L(T, '@h-insert')} in PlantedTest.mockOnOneBranch`;
    assert.deepEqual(runShown('mockOnOneBranch').sort(), [
      `callout-after-dml@${L(T, '@h-send')} callout Http.send${after}`,
      `callout-after-dml@${L(T, '@h-send')} callout Http.send${after}`,
      `callout-without-mock@${L(T, '@h-send')} callout Http.send`
    ]);
  });
});

describe('the start/stop block and Limits', () => {
  const T = testClass(
    '  @IsTest',
    '  static void startTwice() {',
    '    Test.startTest();',
    '    Test.startTest(); // @a-second',
    '    Test.stopTest();',
    '  }',
    '  @IsTest',
    '  static void stopTwice() {',
    '    Test.startTest();',
    '    Test.stopTest();',
    '    Test.stopTest(); // @b-second',
    '  }',
    '  @IsTest',
    '  static void startAfterStop() {',
    '    Test.startTest();',
    '    Test.stopTest();',
    '    Test.startTest(); // @c-again',
    '    System.Test.stopTest(); // @c-stop',
    '  }',
    '  @IsTest',
    '  static void stopOnly() {',
    '    Test.stopTest();',
    '    Integer used = Limits.getQueries(); // @d-limits',
    '  }',
    '  @IsTest',
    '  static void limitsInTheBlock() {',
    '    Test.startTest();',
    '    Integer used = Limits.getQueries();',
    '    Test.stopTest();',
    '    System.assertEquals(1, used);',
    '  }',
    '  @IsTest',
    '  static void limitsAfter() {',
    '    Integer before = Limits.getDmlRows();',
    '    Test.startTest();',
    '    Test.stopTest();',
    '    Integer used = System.Limits.getDmlStatements(); // @f-limits',
    '    Helper.count();',
    '  }'
  );
  const HELPER = [
    'public with sharing class Helper {',
    '  public static Integer count() {',
    '    return Limits.getQueries();',
    '  }',
    '}'
  ];

  test('Test.startTest() twice, Test.stopTest() twice, start after stop: each refused', async () => {
    const { runShown } = await analyse(T, { Helper: HELPER });
    assert.deepEqual(runShown('startTwice'), [
      `start-stop-once@${L(T, '@a-second')} Test.startTest() is called a second time`
    ]);
    assert.deepEqual(runShown('stopTwice'), [
      `start-stop-once@${L(T, '@b-second')} Test.stopTest() is called a second time`
    ]);
    assert.deepEqual(runShown('startAfterStop'), [
      `start-stop-once@${L(T, '@c-again')} Test.startTest() is called a second time`
    ]);
  });

  test('Limits read after Test.stopTest() in the test class, as written; not before, not in production code', async () => {
    const { runShown } = await analyse(T, { Helper: HELPER });
    assert.deepEqual(runShown('stopOnly'), [
      `limits-after-stoptest@${L(T, '@d-limits')} Limits.getQueries() read after Test.stopTest()`
    ]);
    assert.deepEqual(runShown('limitsInTheBlock'), []);
    assert.deepEqual(runShown('limitsAfter'), [
      `limits-after-stoptest@${L(T, '@f-limits')} System.Limits.getDmlStatements() read after Test.stopTest()`
    ]);
  });
});

describe('asynchronous work', () => {
  const T = testClass(
    '  @IsTest',
    '  static void enqueued() {',
    MOCK,
    '    System.enqueueJob(null); // @a-job',
    "    insert new Account(Name = 'x');",
    '    new Http().send(new HttpRequest()); // @a-send',
    '  }',
    '  @IsTest',
    '  static void batch() {',
    MOCK,
    '    Database.executeBatch(null); // @b-batch',
    '    new Http().send(new HttpRequest()); // @b-send',
    '  }',
    '  @IsTest',
    '  static void scheduled() {',
    MOCK,
    "    System.schedule('a', '0 0 8 * * ?', null); // @c-schedule",
    '    new Http().send(new HttpRequest()); // @c-send',
    '  }',
    '  @IsTest',
    '  static void scheduledBatch() {',
    MOCK,
    "    System.scheduleBatch(null, 'a', 5); // @d-schedule",
    '    new Http().send(new HttpRequest()); // @d-send',
    '  }',
    '  @IsTest',
    '  static void future() {',
    MOCK,
    '    Client.later(); // @e-future',
    '    new Http().send(new HttpRequest()); // @e-send',
    '  }',
    '  @IsTest',
    '  static void enqueuedInTheBlock() {',
    MOCK,
    '    Test.startTest();',
    '    System.enqueueJob(null);',
    '    Client.later();',
    '    new Http().send(new HttpRequest());',
    '    Test.stopTest();',
    '    new Http().send(new HttpRequest());',
    '  }'
  );
  const cause = (name, what, marker) =>
    ` <- ${what}@${L(T, marker)} in PlantedTest.${name}`;

  test('an enqueue, a batch, a schedule or a @future call outside the block is pending work', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('enqueued'), [
      `callout-after-dml@${L(T, '@a-send')} callout Http.send${cause('enqueued', 'System.enqueueJob', '@a-job')}`
    ]);
    assert.deepEqual(runShown('batch'), [
      `callout-after-dml@${L(T, '@b-send')} callout Http.send${cause('batch', 'Database.executeBatch', '@b-batch')}`
    ]);
    assert.deepEqual(runShown('scheduled'), [
      `callout-after-dml@${L(T, '@c-send')} callout Http.send${cause('scheduled', 'System.schedule', '@c-schedule')}`
    ]);
    assert.deepEqual(runShown('scheduledBatch'), [
      `callout-after-dml@${L(T, '@d-send')} callout Http.send${cause('scheduledBatch', 'System.scheduleBatch', '@d-schedule')}`
    ]);
    assert.deepEqual(runShown('future'), [
      `callout-after-dml@${L(T, '@e-send')} callout Http.send${cause('future', '@future Client.later', '@e-future')}`
    ]);
  });

  test('async work enqueued inside the block is not pending', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('enqueuedInTheBlock'), []);
  });
});

describe('mixed DML', () => {
  const T = testClass(
    '  @IsTest',
    '  static void setupThenData() {',
    '    insert new GroupMember(GroupId = null); // @a-setup',
    "    insert new Account(Name = 'x'); // @a-data",
    '  }',
    '  @IsTest',
    '  static void dataThenSetup() {',
    "    insert new Widget__c(Name = 'x'); // @b-data",
    '    Database.insert(new PermissionSetAssignment()); // @b-setup',
    '  }',
    '  @IsTest',
    '  static void insideRunAs() {',
    "    insert new Account(Name = 'x');",
    '    System.runAs(new User(Id = UserInfo.getUserId())) {',
    '      insert new GroupMember(GroupId = null);',
    '    }',
    "    insert new Contact(LastName = 'x');",
    '  }',
    '  @IsTest',
    '  static void setupInRunAsThenDataAfter() {',
    '    insert new GroupMember(GroupId = null); // @d-setup',
    '    System.runAs(new User(Id = UserInfo.getUserId())) {',
    "      insert new Account(Name = 'x');",
    '    }',
    "    insert new Account(Name = 'y'); // @d-data",
    '  }',
    '  @IsTest',
    '  static void groups() {',
    "    insert new Account(Name = 'x');",
    "    insert new Group(Name = 'g');",
    "    update new Group(Name = 'g');",
    "    delete new Group(Name = 'g'); // @e-delete",
    '  }',
    '  @IsTest',
    '  static void users() {',
    "    insert new Account(Name = 'x'); // @f-data",
    '    insert new User(ProfileId = null, IsActive = true);',
    '    update new User(LastName = \'x\');',
    '    insert new User(UserRoleId = null); // @f-role',
    '  }',
    '  @IsTest',
    '  static void userUpdates() {',
    "    insert new Account(Name = 'x'); // @g-data",
    '    update new User(IsActive = false); // @g-active',
    '    update new User(Username = null); // @g-name',
    '  }',
    '  @IsTest',
    '  static void unknownAndGeneric() {',
    '    insert new Thing(); // @h-thing',
    '    SObject row = null;',
    '    insert row; // @h-generic',
    '    List<SObject> rows = new List<SObject>();',
    '    insert rows;',
    '    insert new GroupMember(); // @h-setup',
    "    insert new Opportunity(Name = 'x');",
    '    insert [SELECT Id FROM Contact]; // @h-query',
    '  }',
    '  @IsTest',
    '  static void databaseMethods() {',
    "    Database.update(new List<Account>()); // @i-update",
    '    Database.convertLead(null);',
    '    Database.emptyRecycleBin(new List<Id>());',
    '    Database.upsert(new Account());',
    '    Database.delete(new Account());',
    '    Database.undelete(new Account());',
    '    Database.merge(new Account(), new Account());',
    '    Database.query(\'SELECT Id FROM Account\');',
    '    insert new UserRole(); // @i-role',
    '  }',
    '  @IsTest',
    '  static void mergeStatement() {',
    '    Account a = new Account();',
    '    merge a new Account(); // @j-merge',
    '    insert new QueueSObject(); // @j-queue',
    '  }'
  );

  test('setup then non-setup DML, and the reverse, are refused at the second DML', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('setupThenData'), [
      `mixed-dml@${L(T, '@a-data')} insert of Account <- insert of GroupMember@${L(T, '@a-setup')} in PlantedTest.setupThenData`
    ]);
    assert.deepEqual(runShown('dataThenSetup'), [
      `mixed-dml@${L(T, '@b-setup')} Database.insert of PermissionSetAssignment <- insert of Widget__c@${L(T, '@b-data')} in PlantedTest.dataThenSetup`
    ]);
  });

  test('System.runAs starts a fresh segment; after it the outer segment goes on', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('insideRunAs'), []);
    assert.deepEqual(runShown('setupInRunAsThenDataAfter'), [
      `mixed-dml@${L(T, '@d-data')} insert of Account <- insert of GroupMember@${L(T, '@d-setup')} in PlantedTest.setupInRunAsThenDataAfter`
    ]);
  });

  test('Group is a setup object for delete, not for insert or update', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('groups'), [
      `mixed-dml@${L(T, '@e-delete')} delete of Group <- insert of Account@${L(T, '@e-delete') - 3} in PlantedTest.groups`
    ]);
  });

  test('User: an insert with a role, or an update of a setup field, is setup DML; other User DML is not', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('users'), [
      `mixed-dml@${L(T, '@f-role')} insert of User <- insert of Account@${L(T, '@f-data')} in PlantedTest.users`
    ]);
    assert.deepEqual(runShown('userUpdates'), [
      `mixed-dml@${L(T, '@g-active')} update of User <- insert of Account@${L(T, '@g-data')} in PlantedTest.userUpdates`,
      `mixed-dml@${L(T, '@g-name')} update of User <- insert of Account@${L(T, '@g-data')} in PlantedTest.userUpdates`
    ]);
  });

  test('unknown and generic SObjects are neither; custom objects, standard objects and queries are data', async () => {
    const { runShown } = await analyse(T, {}, ['account', 'contact', 'opportunity']);
    assert.deepEqual(runShown('unknownAndGeneric'), [
      `mixed-dml@${L(T, '@h-setup') + 1} insert of Opportunity <- insert of GroupMember@${L(T, '@h-setup')} in PlantedTest.unknownAndGeneric`,
      `mixed-dml@${L(T, '@h-query')} insert of Contact <- insert of GroupMember@${L(T, '@h-setup')} in PlantedTest.unknownAndGeneric`
    ]);
    const { runShown: withoutOpportunity } = await analyse(T, {}, ['account', 'contact']);
    assert.equal(withoutOpportunity('unknownAndGeneric').length, 1, 'Opportunity unknown: not data');
  });

  test('Database DML methods name the operation and the object; other Database methods are not DML', async () => {
    const { run } = await analyse(T);
    const [violation] = run('databaseMethods');
    assert.equal(violation.rule, 'mixed-dml');
    assert.equal(violation.detail, 'insert of UserRole');
    assert.deepEqual(violation.site, {
      what: 'insert of UserRole',
      file: TEST_REL,
      line: L(T, '@i-role'),
      in: 'PlantedTest.databaseMethods'
    });
    assert.deepEqual(violation.cause, {
      what: 'Database.update of Account',
      file: TEST_REL,
      line: L(T, '@i-update'),
      in: 'PlantedTest.databaseMethods'
    });
    assert.deepEqual(violation.path, []);
    assert.equal(run('databaseMethods').length, 1);
  });

  test('merge is DML on its first operand', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('mergeStatement'), [
      `mixed-dml@${L(T, '@j-queue')} insert of QueueSObject <- merge of Account@${L(T, '@j-merge')} in PlantedTest.mergeStatement`
    ]);
  });
});

describe('ConnectApi', () => {
  const T = [
    '@IsTest',
    'private class PlantedTest {',
    '  @IsTest',
    '  static void posts() {',
    '    Client.post(null); // @a-post',
    '    ConnectApi.ChatterFeeds.setTestGetFeedElementsFromFeed(null, null, null, null);',
    '  }',
    '  @IsTest(SeeAllData=true)',
    '  static void seesAllData() {',
    '    Client.post(null);',
    '  }',
    '  @IsTest(SeeAllData=false)',
    '  static void seesNoData() {',
    '    ConnectApi.ChatterUsers.getFollowers(null, null); // @c-direct',
    '  }',
    '}'
  ];
  const SEEING = [
    '@IsTest(SeeAllData=true)',
    'private class PlantedTest {',
    '  @IsTest',
    '  static void posts() {',
    '    Client.post(null);',
    '  }',
    '  @IsTest(SeeAllData=false)',
    '  static void seesNoData() {',
    '    Client.post(null);',
    '  }',
    '}'
  ];

  test('ConnectApi without SeeAllData=true is refused, through the call path; setTest… methods are not', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('posts'), [
      `connectapi-seealldata@${C('@post')} ConnectApi.ChatterFeeds.postFeedElement() via Client.post@${L(T, '@a-post')}`
    ]);
    assert.deepEqual(runShown('seesAllData'), []);
    assert.deepEqual(runShown('seesNoData'), [
      `connectapi-seealldata@${L(T, '@c-direct')} ConnectApi.ChatterUsers.getFollowers()`
    ]);
  });

  test("the class's SeeAllData=true covers its methods; the method's own annotation wins", async () => {
    const { runShown } = await analyse(SEEING);
    assert.deepEqual(runShown('posts'), []);
    assert.equal(runShown('seesNoData').length, 1);
  });
});

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
    "    Database.insert(new Contact(LastName = 'x')); // @c-insert",
    '    WebServiceCallout.invoke(null, null, null, null); // @c-invoke',
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
  const cause = (name, what, marker) => ` <- ${what}@${L(T, marker)} in PlantedTest.${name}`;

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
    "    update new User(LastName = 'x');",
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
    '    Database.update(new List<Account>()); // @i-update',
    '    Database.convertLead(null);',
    '    Database.emptyRecycleBin(new List<Id>());',
    '    Database.upsert(new Account());',
    '    Database.delete(new Account());',
    '    Database.undelete(new Account());',
    '    Database.merge(new Account(), new Account());',
    "    Database.query('SELECT Id FROM Account');",
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
    assert.equal(
      withoutOpportunity('unknownAndGeneric').length,
      1,
      'Opportunity unknown: not data'
    );
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

describe('calls into the project and seams', () => {
  const T = testClass(
    '  private class FakeSender implements Client.Sender {',
    '    public HttpResponse send(HttpRequest request) {',
    '      return null;',
    '    }',
    '  }',
    '  private static void fake() {',
    '    Client.sender = new FakeSender();',
    '  }',
    '  @IsTest',
    '  static void throughTheSeam() {',
    MOCK,
    '    Client.save(); // @a-save',
    '    Client.ping(); // @a-ping',
    '  }',
    '  @IsTest',
    '  static void seamFaked() {',
    "    insert new Account(Name = 'x');",
    '    Client.sender = new FakeSender();',
    '    Client.ping();',
    '    Client.shared = new Client.QuietSender();',
    '    Client.pingShared();',
    '  }',
    '  @IsTest',
    '  static void seamFakedByAHelper() {',
    "    insert new Account(Name = 'x');",
    '    fake();',
    '    Client.ping();',
    '  }',
    '  @IsTest',
    '  static void sharedIsReassignedInProduction() {',
    MOCK,
    "    insert new Account(Name = 'x'); // @d-insert",
    '    Client.pingShared(); // @d-shared',
    '  }',
    '  @IsTest',
    '  static void seamGivenAnUnknownSender() {',
    MOCK,
    "    insert new Account(Name = 'x');",
    '    Client.sender = Client.make();',
    '    Client.shared = Client.make();',
    '    Client.pingShared(); // @e-shared',
    '  }',
    '  @IsTest',
    '  static void parameters() {',
    MOCK,
    "    insert new Account(Name = 'x'); // @f-insert",
    '    Client.pingWith(new FakeSender());',
    '    Client.pingWith(new Client.HttpSender()); // @f-real',
    '    Client.pingReplaced(new FakeSender()); // @f-replaced',
    '  }',
    '  @IsTest',
    '  static void receivers() {',
    MOCK,
    "    insert new Account(Name = 'x'); // @g-insert",
    '    Client.Sender quiet = new Client.QuietSender();',
    '    quiet.send(null);',
    '    Client.make().send(null); // @g-made',
    '    ((Client.Sender) quiet).send(null); // @g-cast',
    '    new Client.QuietSender().send(null);',
    '  }'
  );
  const viaSend = (line) => `Client.HttpSender.send@${line}`;

  test('a callout reached through project calls is reported where Http.send is, with the call path', async () => {
    const { run } = await analyse(T);
    const found = run('throughTheSeam');
    assert.deepEqual(found.map(show), [
      `callout-after-dml@${C('@http')} callout Http.send <- insert of Account@${C('@save')} in Client.save via Client.ping@${L(T, '@a-ping')} > ${viaSend(C('@ping'))}`
    ]);
    assert.equal(found[0].site.file, `${CLASSES}/Client.cls`);
    assert.equal(found[0].site.in, 'Client.HttpSender.send');
    assert.equal(found[0].cause.file, `${CLASSES}/Client.cls`);
    assert.deepEqual(
      found[0].path.map((frame) => frame.file),
      [TEST_REL, `${CLASSES}/Client.cls`]
    );
  });

  test('a static seam the test (or its helper) gives a fake never reaches Http.send', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('seamFaked'), []);
    assert.deepEqual(runShown('seamFakedByAHelper'), []);
  });

  test('an initializer reassigned in production code is not trusted: every implementation may run', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('sharedIsReassignedInProduction'), [
      `callout-after-dml@${C('@http')} callout Http.send <- insert of Account@${L(T, '@d-insert')} in PlantedTest.sharedIsReassignedInProduction via Client.pingShared@${L(T, '@d-shared')} > ${viaSend(C('@shared'))}`
    ]);
  });

  test('a seam given a value of unknown class is no longer known to be faked', async () => {
    const { run } = await analyse(T);
    const found = run('seamGivenAnUnknownSender');
    assert.deepEqual(
      found.map((v) => `${v.rule} via ${v.path.map((f) => f.label).join(' > ')}`),
      ['callout-after-dml via Client.pingShared > Client.HttpSender.send']
    );
  });

  test('a fake passed as an argument is followed into the callee, unless the callee reassigns it', async () => {
    const { runShown } = await analyse(T);
    const cause = ` <- insert of Account@${L(T, '@f-insert')} in PlantedTest.parameters`;
    assert.deepEqual(runShown('parameters'), [
      `callout-after-dml@${C('@http')} callout Http.send${cause} via Client.pingWith@${L(T, '@f-real')} > ${viaSend(C('@pingWith'))}`,
      `callout-after-dml@${C('@http')} callout Http.send${cause} via Client.pingReplaced@${L(T, '@f-replaced')} > ${viaSend(C('@replaced'))}`
    ]);
  });

  test('receivers: a local created with new, a method result, a cast, a new expression', async () => {
    const { runShown } = await analyse(T);
    const cause = ` <- insert of Account@${L(T, '@g-insert')} in PlantedTest.receivers`;
    assert.deepEqual(runShown('receivers'), [
      `callout-after-dml@${C('@http')} callout Http.send${cause} via ${viaSend(L(T, '@g-made'))}`,
      `callout-after-dml@${C('@http')} callout Http.send${cause} via ${viaSend(L(T, '@g-cast'))}`
    ]);
  });
});

describe('control flow', () => {
  const T = testClass(
    '  private static Boolean saveAndTrue() {',
    "    insert new Account(Name = 'x'); // @save",
    '    return true;',
    '  }',
    '  private static Boolean mockAndTrue() {',
    MOCK,
    '    return true;',
    '  }',
    '  private static void saveUnlessEarly(Boolean early) {',
    '    if (early) {',
    '      return;',
    '    }',
    "    insert new Account(Name = 'x'); // @late",
    '  }',
    '  private static void saveAndThrow() {',
    "    insert new Account(Name = 'x');",
    '    throw new IllegalArgumentException(String.valueOf(Client.ping())); // @throw',
    '  }',
    '  private static Integer countDown(Integer n) {',
    '    return n > 0 ? countDown(n - 1) : Client.ping(); // @recurse',
    '  }',
    '  @IsTest',
    '  static void whileLoop() {',
    MOCK,
    '    Integer i = 0;',
    '    while (i < 2) {',
    '      new Http().send(null); // @while-send',
    "      insert new Account(Name = 'x'); // @while-insert",
    '      i++;',
    '    }',
    '  }',
    '  @IsTest',
    '  static void doLoop() {',
    MOCK,
    '    Integer i = 0;',
    '    do {',
    '      new Http().send(null); // @do-send',
    "      insert new Account(Name = 'x'); // @do-insert",
    '    } while (i++ < 2);',
    '  }',
    '  @IsTest',
    '  static void forLoop() {',
    MOCK,
    '    for (Integer i = 0; i < 2; i++) {',
    '      new Http().send(null); // @for-send',
    "      insert new Account(Name = 'x'); // @for-insert",
    '    }',
    '  }',
    '  @IsTest',
    '  static void forEach() {',
    MOCK,
    '    for (Account row : [SELECT Id FROM Account]) {',
    '      new Http().send(null); // @each-send',
    '      insert row; // @each-insert',
    '    }',
    '  }',
    '  @IsTest',
    '  static void forConditionAndStep() {',
    '    for (Integer i = 0; i < 2; i += Client.ping()) { // @step',
    "      insert new Account(Name = 'x'); // @step-insert",
    '    }',
    '  }',
    '  @IsTest',
    '  static void loopsThatMayNotRun() {',
    '    for (Integer i = 0; i < 2; i++) {',
    MOCK,
    '    }',
    '    while (false) {',
    MOCK,
    '    }',
    '    for (Account row : new List<Account>()) {',
    MOCK,
    '    }',
    '    new Http().send(null); // @norun-send',
    '  }',
    '  @IsTest',
    '  static void tryCatchFinally() {',
    MOCK,
    '    try {',
    "      insert new Account(Name = 'x'); // @try-insert",
    '    } catch (DmlException e) {',
    '      new Http().send(null); // @catch-send',
    '    } finally {',
    '      new Http().send(null); // @finally-send',
    '    }',
    '  }',
    '  @IsTest',
    '  static void switchWithElse() {',
    '    switch on 1 {',
    '      when 1 {',
    MOCK,
    '      }',
    '      when else {',
    MOCK,
    '      }',
    '    }',
    '    new Http().send(null);',
    '  }',
    '  @IsTest',
    '  static void switchWithoutElse() {',
    '    switch on saveAndTrue() {',
    '      when true {',
    MOCK,
    '      }',
    '    }',
    '    new Http().send(null); // @switch-send',
    '  }',
    '  @IsTest',
    '  static void ifChain() {',
    '    if (saveAndTrue()) {',
    MOCK,
    '    } else if (mockAndTrue()) {',
    '      new Http().send(null); // @elseif-send',
    '    } else {',
    MOCK,
    '    }',
    '    new Http().send(null); // @if-send',
    '  }',
    '  @IsTest',
    '  static void earlyReturn() {',
    '    saveUnlessEarly(true);',
    '    new Http().send(null); // @early-send',
    '  }',
    '  @IsTest',
    '  static void thrown() {',
    '    saveAndThrow(); // @thrown-call',
    '    Test.setMock(HttpCalloutMock.class, null);',
    '    new Http().send(null);',
    '  }',
    '  @IsTest',
    '  static void shortCircuit() {',
    '    Boolean either = Math.random() > 0.5 || mockAndTrue();',
    '    new Http().send(null); // @or-send',
    '  }',
    '  @IsTest',
    '  static void bothSides() {',
    '    Boolean same = (Math.random() > 0.5) == mockAndTrue();',
    '    new Http().send(null);',
    '  }',
    '  @IsTest',
    '  static void ternary() {',
    '    Boolean chosen = Math.random() > 0.5 ? mockAndTrue() : saveAndTrue(); // @ternary',
    '    new Http().send(null); // @ternary-send',
    '  }',
    '  @IsTest',
    '  static void recursion() {',
    '    countDown(3); // @recursion-call',
    '  }',
    '  @IsTest',
    '  static void expressionsInside() {',
    MOCK,
    '    Integer n = 1 + (saveAndTrue() ? 1 : 0);',
    '    List<Integer> values = new List<Integer>{ Client.ping() }; // @inside-list',
    '    Account a = new Account(Name = String.valueOf(Client.ping())); // @inside-new',
    '  }'
  );

  const send = (marker, insertMarker, name) =>
    `callout-after-dml@${L(T, marker)} callout Http.send <- insert of Account@${L(T, insertMarker)} in PlantedTest.${name}`;

  test('a loop body runs again: a callout before a DML in the body follows the DML of the first pass', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('whileLoop'), [send('@while-send', '@while-insert', 'whileLoop')]);
    assert.deepEqual(runShown('doLoop'), [send('@do-send', '@do-insert', 'doLoop')]);
    assert.deepEqual(runShown('forLoop'), [send('@for-send', '@for-insert', 'forLoop')]);
    assert.deepEqual(runShown('forEach'), [send('@each-send', '@each-insert', 'forEach')]);
  });

  test("a for loop's step runs after the body", async () => {
    const { runShown } = await analyse(T);
    const found = runShown('forConditionAndStep');
    const via = ` via Client.ping@${L(T, '@step')} > Client.HttpSender.send@${C('@ping')}`;
    const afterDml = `callout-after-dml@${C('@http')} callout Http.send <- insert of Account@${L(T, '@step-insert')} in PlantedTest.forConditionAndStep${via}`;
    const noMock = `callout-without-mock@${C('@http')} callout Http.send${via}`;
    assert.deepEqual(found, [afterDml, noMock, afterDml, noMock]);
  });

  test('a loop may not run at all: a mock set only in loop bodies may be missing', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('loopsThatMayNotRun'), [
      `callout-without-mock@${L(T, '@norun-send')} callout Http.send`
    ]);
  });

  test('catch and finally run after the DML of the try block', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('tryCatchFinally'), [
      send('@catch-send', '@try-insert', 'tryCatchFinally'),
      send('@finally-send', '@try-insert', 'tryCatchFinally')
    ]);
  });

  test('switch: without when else, no branch may run; the tested expression runs first', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('switchWithElse'), []);
    const found = runShown('switchWithoutElse');
    assert.deepEqual(found, [
      `callout-after-dml@${L(T, '@switch-send')} callout Http.send <- insert of Account@${L(T, '@save')} in PlantedTest.saveAndTrue`,
      `callout-after-dml@${L(T, '@switch-send')} callout Http.send <- insert of Account@${L(T, '@save')} in PlantedTest.saveAndTrue`,
      `callout-without-mock@${L(T, '@switch-send')} callout Http.send`
    ]);
  });

  test('if / else if / else: each condition runs before the later branches', async () => {
    const { runShown } = await analyse(T);
    const found = runShown('ifChain');
    const cause = ` <- insert of Account@${L(T, '@save')} in PlantedTest.saveAndTrue`;
    assert.deepEqual(found, [
      `callout-after-dml@${L(T, '@elseif-send')} callout Http.send${cause}`,
      `callout-after-dml@${L(T, '@if-send')} callout Http.send${cause}`
    ]);
  });

  test('a return ends the method: the DML after it is not on that path', async () => {
    const { runShown } = await analyse(T);
    const found = runShown('earlyReturn');
    const noMock = `callout-without-mock@${L(T, '@early-send')} callout Http.send`;
    assert.deepEqual(found, [
      `callout-after-dml@${L(T, '@early-send')} callout Http.send <- insert of Account@${L(T, '@late')} in PlantedTest.saveUnlessEarly`,
      noMock,
      noMock
    ]);
  });

  test('a throw ends the path, but what its expression calls is still checked', async () => {
    const { runShown } = await analyse(T);
    const found = runShown('thrown');
    assert.equal(found.length, 2, found.join('\n'));
    assert.ok(found[0].startsWith(`callout-after-dml@${C('@http')} `), found[0]);
    assert.ok(
      found[0].endsWith(
        `via PlantedTest.saveAndThrow@${L(T, '@thrown-call')} > Client.ping@${L(T, '@throw')} > Client.HttpSender.send@${C('@ping')}`
      ),
      found[0]
    );
    assert.ok(found[1].startsWith(`callout-without-mock@${C('@http')} `), found[1]);
  });

  test('|| and && may skip their right side; other operators run both', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('shortCircuit'), [
      `callout-without-mock@${L(T, '@or-send')} callout Http.send`
    ]);
    assert.deepEqual(runShown('bothSides'), []);
  });

  test('a ternary runs one of its branches', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('ternary'), [
      `callout-after-dml@${L(T, '@ternary-send')} callout Http.send <- insert of Account@${L(T, '@save')} in PlantedTest.saveAndTrue`,
      `callout-without-mock@${L(T, '@ternary-send')} callout Http.send`
    ]);
  });

  test('recursion ends, and what the recursive method reaches is still checked', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('recursion'), [
      `callout-without-mock@${C('@http')} callout Http.send via PlantedTest.countDown@${L(T, '@recursion-call')} > Client.ping@${L(T, '@recurse')} > Client.HttpSender.send@${C('@ping')}`
    ]);
  });

  test('calls inside operators, list literals and constructor arguments run', async () => {
    const { runShown } = await analyse(T);
    const found = runShown('expressionsInside');
    assert.deepEqual(
      found.map((v) => v.replace(/ via .*/, '').replace(/@\d+ callout/, ' callout')),
      [
        'callout-after-dml callout Http.send <- insert of Account@' +
          L(T, '@save') +
          ' in PlantedTest.saveAndTrue',
        'callout-after-dml callout Http.send <- insert of Account@' +
          L(T, '@save') +
          ' in PlantedTest.saveAndTrue'
      ]
    );
    assert.deepEqual(
      found.map((v) => v.replace(/.* via /, '').split(' > ')[0]),
      [`Client.ping@${L(T, '@inside-list')}`, `Client.ping@${L(T, '@inside-new')}`]
    );
  });
});

describe('what keeps two abstract states apart', () => {
  const T = testClass(
    '  private class FakeSender implements Client.Sender {',
    '    public HttpResponse send(HttpRequest request) {',
    '      return null;',
    '    }',
    '  }',
    '  @IsTest',
    '  static void dmlOnTheSecondBranch() {',
    MOCK,
    '    if (Math.random() > 0.5) {',
    '      System.debug(1);',
    '    } else {',
    "      insert new Account(Name = 'x'); // @a-insert",
    '    }',
    '    new Http().send(null); // @a-send',
    '  }',
    '  @IsTest',
    '  static void setupOnTheSecondBranch() {',
    '    insert new Thing();',
    '    if (Math.random() > 0.5) {',
    '      System.debug(1);',
    '    } else {',
    '      insert new GroupMember(); // @b-setup',
    '    }',
    "    insert new Account(Name = 'x'); // @b-data",
    '  }',
    '  @IsTest',
    '  static void dataOnTheSecondBranch() {',
    '    insert new Thing();',
    '    if (Math.random() > 0.5) {',
    '      System.debug(1);',
    '    } else {',
    "      insert new Account(Name = 'x'); // @c-data",
    '    }',
    '    insert new GroupMember(); // @c-setup',
    '  }',
    '  @IsTest',
    '  static void blockDmlOnTheSecondBranch() {',
    MOCK,
    '    insert new Thing();',
    '    Test.startTest();',
    '    if (Math.random() > 0.5) {',
    '      System.debug(1);',
    '    } else {',
    "      insert new Account(Name = 'x'); // @d-insert",
    '    }',
    '    new Http().send(null); // @d-send',
    '    Test.stopTest();',
    '  }',
    '  @IsTest',
    '  static void phaseOnTheSecondBranch() {',
    '    if (Math.random() > 0.5) {',
    '      System.debug(1);',
    '    } else {',
    '      Test.startTest();',
    '      Test.stopTest();',
    '    }',
    '    Integer used = Limits.getQueries(); // @e-limits',
    '  }',
    '  @IsTest',
    '  static void seamBoundOnTheFirstBranch() {',
    MOCK,
    "    insert new Account(Name = 'x'); // @f-insert",
    '    if (Math.random() > 0.5) {',
    '      Client.sender = new FakeSender();',
    '    }',
    '    Client.ping(); // @f-ping',
    '  }',
    '  @IsTest',
    '  static void seamBoundToTwoClasses() {',
    MOCK,
    "    insert new Account(Name = 'x'); // @g-insert",
    '    if (Math.random() > 0.5) {',
    '      Client.sender = new FakeSender();',
    '    } else {',
    '      Client.sender = new Client.HttpSender();',
    '    }',
    '    Client.ping(); // @g-ping',
    '  }'
  );

  test('states that differ in pending DML, setup DML, data DML, block DML, phase or seams are kept apart', async () => {
    const { runShown } = await analyse(T);
    assert.deepEqual(runShown('dmlOnTheSecondBranch'), [
      `callout-after-dml@${L(T, '@a-send')} callout Http.send <- insert of Account@${L(T, '@a-insert')} in PlantedTest.dmlOnTheSecondBranch`
    ]);
    assert.deepEqual(runShown('setupOnTheSecondBranch'), [
      `mixed-dml@${L(T, '@b-data')} insert of Account <- insert of GroupMember@${L(T, '@b-setup')} in PlantedTest.setupOnTheSecondBranch`
    ]);
    assert.deepEqual(runShown('dataOnTheSecondBranch'), [
      `mixed-dml@${L(T, '@c-setup')} insert of GroupMember <- insert of Account@${L(T, '@c-data')} in PlantedTest.dataOnTheSecondBranch`
    ]);
    assert.deepEqual(runShown('blockDmlOnTheSecondBranch'), [
      `callout-after-dml@${L(T, '@d-send')} callout Http.send <- insert of Account@${L(T, '@d-insert')} in PlantedTest.blockDmlOnTheSecondBranch`
    ]);
    assert.deepEqual(runShown('phaseOnTheSecondBranch'), [
      `limits-after-stoptest@${L(T, '@e-limits')} Limits.getQueries() read after Test.stopTest()`
    ]);
    const viaPing = (marker) =>
      ` via Client.ping@${L(T, marker)} > Client.HttpSender.send@${C('@ping')}`;
    assert.deepEqual(runShown('seamBoundOnTheFirstBranch'), [
      `callout-after-dml@${C('@http')} callout Http.send <- insert of Account@${L(T, '@f-insert')} in PlantedTest.seamBoundOnTheFirstBranch${viaPing('@f-ping')}`
    ]);
    assert.deepEqual(runShown('seamBoundToTwoClasses'), [
      `callout-after-dml@${C('@http')} callout Http.send <- insert of Account@${L(T, '@g-insert')} in PlantedTest.seamBoundToTwoClasses${viaPing('@g-ping')}`
    ]);
  });
});

describe("a method's effect, computed once, replayed for each caller", () => {
  const HELPER = [
    'public with sharing class Helper {',
    '  public static void data() {',
    "    insert new Account(Name = 'x'); // @data",
    '  }',
    '  public static void setup() {',
    '    insert new GroupMember(); // @setup',
    '  }',
    '  public static void nothing() {',
    '    System.debug(1);',
    '  }',
    '  public static void call() {',
    '    new Http().send(null); // @call',
    '  }',
    '}'
  ];
  const H = (marker) => lineOf(HELPER, marker);
  const T = testClass(
    '  @IsTest',
    '  static void setupThenHelperData() {',
    '    insert new GroupMember(); // @a-setup',
    '    Helper.data(); // @a-call',
    '    Helper.data();',
    '  }',
    '  @IsTest',
    '  static void dataThenHelperSetup() {',
    "    insert new Account(Name = 'x'); // @b-data",
    '    Helper.setup(); // @b-call',
    '  }',
    '  @IsTest',
    '  static void blockDmlThenHelperCall() {',
    MOCK,
    '    Test.startTest();',
    "    insert new Account(Name = 'x'); // @c-insert",
    '    Helper.call(); // @c-call',
    '    Test.stopTest();',
    '  }',
    '  @IsTest',
    '  static void pendingKeptThroughAHelper() {',
    MOCK,
    "    insert new Account(Name = 'x'); // @d-insert",
    '    Helper.nothing();',
    '    new Http().send(null); // @d-send',
    '  }',
    '  @IsTest',
    '  static void segmentsKeptThroughAHelper() {',
    '    insert new GroupMember(); // @e-setup',
    '    Test.startTest();',
    '    Helper.nothing();',
    '    Test.stopTest();',
    "    insert new Account(Name = 'x'); // @e-data",
    '  }',
    '  @IsTest',
    '  static void dataKeptThroughAHelper() {',
    "    insert new Account(Name = 'x'); // @f-data",
    '    Helper.nothing();',
    '    insert new GroupMember(); // @f-setup',
    '  }',
    '  @IsTest',
    '  static void blockKeptThroughAHelper() {',
    MOCK,
    '    Test.startTest();',
    "    insert new Account(Name = 'x'); // @g-insert",
    '    Helper.nothing();',
    '    new Http().send(null); // @g-send',
    '    Test.stopTest();',
    '  }'
  );

  test("the callee's violation names the caller's DML as its cause", async () => {
    const { runShown } = await analyse(T, { Helper: HELPER });
    assert.deepEqual(runShown('setupThenHelperData'), [
      `mixed-dml@${H('@data')} insert of Account <- insert of GroupMember@${L(T, '@a-setup')} in PlantedTest.setupThenHelperData via Helper.data@${L(T, '@a-call')}`,
      `mixed-dml@${H('@data')} insert of Account <- insert of GroupMember@${L(T, '@a-setup')} in PlantedTest.setupThenHelperData via Helper.data@${L(T, '@a-call') + 1}`
    ]);
    assert.deepEqual(runShown('dataThenHelperSetup'), [
      `mixed-dml@${H('@setup')} insert of GroupMember <- insert of Account@${L(T, '@b-data')} in PlantedTest.dataThenHelperSetup via Helper.setup@${L(T, '@b-call')}`
    ]);
    assert.deepEqual(runShown('blockDmlThenHelperCall'), [
      `callout-after-dml@${H('@call')} callout Http.send <- insert of Account@${L(T, '@c-insert')} in PlantedTest.blockDmlThenHelperCall via Helper.call@${L(T, '@c-call')}`
    ]);
  });

  test("the caller's pending DML and segments survive a call", async () => {
    const { runShown } = await analyse(T, { Helper: HELPER });
    assert.deepEqual(runShown('pendingKeptThroughAHelper'), [
      `callout-after-dml@${L(T, '@d-send')} callout Http.send <- insert of Account@${L(T, '@d-insert')} in PlantedTest.pendingKeptThroughAHelper`
    ]);
    assert.deepEqual(runShown('segmentsKeptThroughAHelper'), [
      `mixed-dml@${L(T, '@e-data')} insert of Account <- insert of GroupMember@${L(T, '@e-setup')} in PlantedTest.segmentsKeptThroughAHelper`
    ]);
    assert.deepEqual(runShown('dataKeptThroughAHelper'), [
      `mixed-dml@${L(T, '@f-setup')} insert of GroupMember <- insert of Account@${L(T, '@f-data')} in PlantedTest.dataKeptThroughAHelper`
    ]);
    assert.deepEqual(runShown('blockKeptThroughAHelper'), [
      `callout-after-dml@${L(T, '@g-send')} callout Http.send <- insert of Account@${L(T, '@g-insert')} in PlantedTest.blockKeptThroughAHelper`
    ]);
  });
});

describe('names, locals and receivers', () => {
  const SERVICE = [
    'public with sharing virtual class Service {',
    '  public static Client.Sender held = new Client.HttpSender();',
    '  public Client.Sender mine;',
    '  public Service() {',
    "    insert new Account(Name = 'made'); // @ctor",
    '  }',
    '  public Service(Integer n) {',
    '    System.debug(n);',
    '  }',
    '  public virtual void work() {',
    '    step();',
    '  }',
    '  public virtual void step() {',
    '    System.debug(1);',
    '  }',
    '  public static void run() {',
    '    new Http().send(null); // @run',
    '  }',
    '  public class Inner {',
    '    public void go() {',
    '      held.send(null); // @inner',
    '      run(); // @inner-run',
    '    }',
    '  }',
    '  public List<Client.Sender> senders() {',
    '    return null;',
    '  }',
    '}'
  ];
  const LOUD = [
    'public with sharing class Loud extends Service {',
    '  public override void step() {',
    '    new Http().send(null); // @loud',
    '  }',
    '}'
  ];
  const S = (marker) => lineOf(SERVICE, marker);
  const T = testClass(
    '  private class Noisy {',
    '    public String getMessage() {',
    "      insert new Account(Name = 'x');",
    "      return '';",
    '    }',
    '  }',
    '  private static Noisy failure = new Noisy();',
    '  @IsTest',
    '  static void reassignedLocals() {',
    MOCK,
    "    insert new Account(Name = 'x'); // @a-insert",
    '    Client.Sender same = new Client.QuietSender();',
    '    same = new Client.QuietSender();',
    '    same.send(null);',
    '    Client.Sender either = new Client.QuietSender();',
    '    if (Math.random() > 0.5) {',
    '      either = new Client.HttpSender();',
    '    }',
    '    either.send(null); // @a-either',
    '  }',
    '  @IsTest',
    '  static void catchVariableShadowsAField() {',
    MOCK,
    '    try {',
    '      System.debug(1);',
    '    } catch (Exception failure) {',
    '      String message = failure.getMessage();',
    '    }',
    '    new Http().send(null);',
    '  }',
    '  @IsTest',
    '  static void constructors() {',
    MOCK,
    '    new Service(1);',
    '    new Http().send(null);',
    '    Service made = new Service(); // @b-new',
    '    new Http().send(null); // @b-send',
    '  }',
    '  @IsTest',
    '  static void virtualCallsOnThis() {',
    MOCK,
    "    insert new Account(Name = 'x'); // @c-insert",
    '    new Service(1).work();',
    '    new Loud().work(); // @c-loud',
    '  }',
    '  @IsTest',
    '  static void innerClassSeesOuterStatics() {',
    MOCK,
    "    insert new Account(Name = 'x'); // @d-insert",
    '    new Service.Inner().go(); // @d-go',
    '  }',
    '  @IsTest',
    '  static void fieldsAndElements() {',
    MOCK,
    "    insert new Account(Name = 'x'); // @e-insert",
    '    Service.held.send(null); // @e-held',
    '    new Service(1).mine.send(null); // @e-mine',
    '    new Service(1).senders()[0].send(null); // @e-element',
    '    Service.nope.send(null);',
    '  }'
  );

  test('a local assigned only one class stays exact; one assigned two classes may be either', async () => {
    const { runShown } = await analyse(T, { Service: SERVICE, Loud: LOUD });
    assert.deepEqual(runShown('reassignedLocals'), [
      `callout-after-dml@${C('@http')} callout Http.send <- insert of Account@${L(T, '@a-insert')} in PlantedTest.reassignedLocals via Client.HttpSender.send@${L(T, '@a-either')}`
    ]);
  });

  test('a catch variable hides a field of the same name', async () => {
    const { runShown } = await analyse(T, { Service: SERVICE, Loud: LOUD });
    assert.deepEqual(runShown('catchVariableShadowsAField'), []);
  });

  test('new runs the constructor of that arity', async () => {
    const { runShown } = await analyse(T, { Service: SERVICE, Loud: LOUD });
    assert.deepEqual(runShown('constructors'), [
      `callout-after-dml@${L(T, '@b-send')} callout Http.send <- insert of Account@${S('@ctor')} in Service.Service`
    ]);
  });

  test('an unqualified call on this runs the override of the object the test created', async () => {
    const { runShown } = await analyse(T, { Service: SERVICE, Loud: LOUD });
    const found = runShown('virtualCallsOnThis');
    assert.deepEqual(found, [
      `callout-after-dml@${lineOf(LOUD, '@loud')} callout Http.send <- insert of Account@${L(T, '@c-insert')} in PlantedTest.virtualCallsOnThis via Service.work@${L(T, '@c-loud')} > Loud.step@${S('@run') - 6}`
    ]);
  });

  test("an inner class reaches its outer class's static fields and methods", async () => {
    const { runShown } = await analyse(T, { Service: SERVICE, Loud: LOUD });
    const cause = ` <- insert of Account@${L(T, '@d-insert')} in PlantedTest.innerClassSeesOuterStatics`;
    assert.deepEqual(runShown('innerClassSeesOuterStatics'), [
      `callout-after-dml@${C('@http')} callout Http.send${cause} via Service.Inner.go@${L(T, '@d-go')} > Client.HttpSender.send@${S('@inner')}`,
      `callout-after-dml@${S('@run')} callout Http.send${cause} via Service.Inner.go@${L(T, '@d-go')} > Service.run@${S('@inner-run')}`
    ]);
  });

  test('static and instance fields, and list elements, are typed receivers; unknown fields are not', async () => {
    const { runShown } = await analyse(T, { Service: SERVICE, Loud: LOUD });
    const cause = ` <- insert of Account@${L(T, '@e-insert')} in PlantedTest.fieldsAndElements`;
    assert.deepEqual(runShown('fieldsAndElements'), [
      `callout-after-dml@${C('@http')} callout Http.send${cause} via Client.HttpSender.send@${L(T, '@e-held')}`,
      `callout-after-dml@${C('@http')} callout Http.send${cause} via Client.HttpSender.send@${L(T, '@e-mine')}`,
      `callout-after-dml@${C('@http')} callout Http.send${cause} via Client.HttpSender.send@${L(T, '@e-element')}`
    ]);
  });
});

describe('System.runAs outside tests', () => {
  test('found in production classes, not in test classes', async () => {
    const PROD = [
      'public with sharing class Elevated {',
      '  public static void go() {',
      '    if (true) {',
      '      System.runAs(new User()) { // @first',
      '        System.debug(1);',
      '      }',
      '    }',
      '  }',
      '  public static void stay() {',
      '    System.debug([SELECT Id FROM Account]);',
      '  }',
      '  public class Inner {',
      '    public void again() {',
      '      System.runAs(new User()) { // @second',
      '      }',
      '    }',
      '  }',
      '}'
    ];
    const T = testClass(
      '  @IsTest',
      '  static void allowed() {',
      '    System.runAs(new User()) {',
      '    }',
      '  }'
    );
    const { model } = await analyse(T, { Elevated: PROD });
    assert.deepEqual(runAsOutsideTests(model), [
      { file: `${CLASSES}/Elevated.cls`, line: lineOf(PROD, '@first'), label: 'Elevated.go' },
      {
        file: `${CLASSES}/Elevated.cls`,
        line: lineOf(PROD, '@second'),
        label: 'Elevated.Inner.again'
      }
    ]);
  });
});

describe('call depth', () => {
  /** m1 calls m2 … m61, and m61 calls out. */
  const CHAIN = [
    'public with sharing class Chain {',
    ...Array.from({ length: 60 }, (_, i) => `  public static void m${i + 1}() { m${i + 2}(); }`),
    '  public static void m61() { new Http().send(null); }',
    '}'
  ];
  const T = testClass(
    '  @IsTest',
    '  static void sixty() {',
    '    Chain.m2();',
    '  }',
    '  @IsTest',
    '  static void sixtyOne() {',
    '    Chain.m1();',
    '  }'
  );

  test('a callout 60 calls below the test is followed; 61 calls below, the analysis stops', async () => {
    const { runShown } = await analyse(T, { Chain: CHAIN });
    const found = runShown('sixty');
    assert.equal(found.length, 1);
    assert.match(
      found[0],
      /^callout-without-mock@62 callout Http\.send via Chain\.m2@5 > Chain\.m3@3 > /
    );
    assert.match(found[0], / > Chain\.m61@61$/);
    // a fresh analysis: the first one has m2's effect stored already
    const { runShown: fresh } = await analyse(T, { Chain: CHAIN });
    assert.deepEqual(fresh('sixtyOne'), []);
  });
});

describe('the tables of the Apex Developer Guide', () => {
  // "sObjects That Can't Be Used Together in DML Operations": written out here, not read from the rule
  const SETUP = [
    'AuthSession',
    'ContentWorkspace',
    'FieldPermissions',
    'ForecastingShare',
    'GroupMember',
    'ObjectPermissions',
    'ObjectTerritory2AssignmentRule',
    'ObjectTerritory2AssignmentRuleItem',
    'PermissionSet',
    'PermissionSetAssignment',
    'PermissionSetLicenseAssign',
    'QueueSObject',
    'RuleTerritory2Association',
    'SetupEntityAccess',
    'Territory',
    'Territory2',
    'Territory2Model',
    'UserTerritory',
    'UserTerritory2Association',
    'UserRole',
    'UserPackageLicense'
  ];
  const USER_FIELDS = [
    'UserRoleId',
    'IsActive',
    'ForecastEnabled',
    'IsPortalEnabled',
    'Username',
    'ProfileId'
  ];
  const T = testClass(
    '  @IsTest',
    '  static void everySetupObject() {',
    "    insert new Account(Name = 'x');",
    ...SETUP.map((name) => `    insert new ${name}();`),
    '  }',
    '  @IsTest',
    '  static void everyUserSetupField() {',
    "    insert new Account(Name = 'x');",
    ...USER_FIELDS.map((field) => `    update new User(${field} = null);`),
    '  }',
    '  @IsTest',
    '  static void everyDmlStatement() {',
    "    insert new Account(Name = 'x');",
    '    GroupMember member = new GroupMember();',
    '    insert member;',
    '    update member;',
    '    upsert member;',
    '    delete member;',
    '    undelete member;',
    '    merge member member;',
    '  }',
    '  @IsTest',
    '  static void everyDatabaseDml() {',
    "    insert new Account(Name = 'x');",
    '    GroupMember member = new GroupMember();',
    '    Database.insert(member);',
    '    Database.update(member);',
    '    Database.upsert(member);',
    '    Database.delete(member);',
    '    Database.undelete(member);',
    '    Database.merge(member, member);',
    '    Database.convertLead(member);',
    '    Database.emptyRecycleBin(member);',
    '    Database.countQuery(member);',
    '  }'
  );

  test('each setup object of the guide is setup DML', async () => {
    const { run } = await analyse(T);
    assert.deepEqual(
      run('everySetupObject').map((v) => `${v.rule} ${v.detail}`),
      SETUP.map((name) => `mixed-dml insert of ${name}`)
    );
  });

  test('each User field of the guide makes an update setup DML', async () => {
    const { run } = await analyse(T);
    assert.deepEqual(
      run('everyUserSetupField').map((v) => `${v.rule} ${v.detail}`),
      USER_FIELDS.map(() => 'mixed-dml update of User')
    );
  });

  test('each DML statement and Database DML method is named as written', async () => {
    const { run } = await analyse(T);
    assert.deepEqual(
      run('everyDmlStatement').map((v) => v.detail),
      ['insert', 'update', 'upsert', 'delete', 'undelete', 'merge'].map(
        (op) => `${op} of GroupMember`
      )
    );
    assert.deepEqual(
      run('everyDatabaseDml').map((v) => v.detail),
      [
        'insert',
        'update',
        'upsert',
        'delete',
        'undelete',
        'merge',
        'convertlead',
        'emptyrecyclebin'
      ].map((op) => `Database.${op} of GroupMember`)
    );
  });
});

describe('receivers read through an expression', () => {
  const HOLDER = [
    'public with sharing class Holder {',
    '  public Client.Sender quiet = new Client.QuietSender();',
    '  public Client.Sender loud = new Client.HttpSender();',
    '}'
  ];
  const ONLY = [
    'public with sharing abstract class OnlyAbstract {',
    '  public abstract void step();',
    '  public void twice() {',
    '    step();',
    '  }',
    '}'
  ];
  const T = testClass(
    '  @IsTest',
    '  static void fieldOfANewObjectAsArgument() {',
    MOCK,
    "    insert new Account(Name = 'x'); // @a-insert",
    '    Client.pingWith(new Holder().quiet);',
    '    Client.pingWith(new Holder().loud); // @a-loud',
    '  }',
    '  @IsTest',
    '  static void abstractWithoutImplementation() {',
    '    OnlyAbstract only = null;',
    '    only.twice();',
    '  }'
  );

  test("a field read from an expression's value has the field's class", async () => {
    const { runShown } = await analyse(T, { Holder: HOLDER, OnlyAbstract: ONLY });
    assert.deepEqual(runShown('fieldOfANewObjectAsArgument'), [
      `callout-after-dml@${C('@http')} callout Http.send <- insert of Account@${L(T, '@a-insert')} in PlantedTest.fieldOfANewObjectAsArgument via Client.pingWith@${L(T, '@a-loud')} > Client.HttpSender.send@${C('@pingWith')}`
    ]);
  });

  test('an abstract method nothing implements runs nothing', async () => {
    const { runShown } = await analyse(T, { Holder: HOLDER, OnlyAbstract: ONLY });
    assert.deepEqual(runShown('abstractWithoutImplementation'), []);
  });
});

describe('which of equal states is kept, exact initializers, this.field', () => {
  const QUIET = [
    'public with sharing virtual class QuietBase implements Client.Sender {',
    '  public static Client.Sender shared = new QuietBase();',
    '  public Client.Sender slot;',
    '  public virtual HttpResponse send(HttpRequest request) {',
    '    return null;',
    '  }',
    '  public void keep(Client.Sender given) {',
    '    this.slot = given;',
    '    given.send(null);',
    '  }',
    '  public class LoudChild extends QuietBase {',
    '    public override HttpResponse send(HttpRequest request) {',
    '      return new Http().send(request);',
    '    }',
    '  }',
    '}'
  ];
  const T = testClass(
    '  @IsTest',
    '  static void firstBranchCauseKept() {',
    MOCK,
    '    if (Math.random() > 0.5) {',
    "      insert new Account(Name = 'x'); // @a-first",
    '    } else {',
    "      insert new Account(Name = 'y');",
    '    }',
    '    new Http().send(null); // @a-send',
    '  }',
    '  @IsTest',
    '  static void initializerIsExact() {',
    MOCK,
    "    insert new Account(Name = 'x');",
    '    QuietBase.shared.send(null);',
    '    new QuietBase().keep(new Client.QuietSender());',
    '  }'
  );

  test('of two states that differ only in which DML came first, the first reached is kept', async () => {
    const { runShown } = await analyse(T, { QuietBase: QUIET });
    assert.deepEqual(runShown('firstBranchCauseKept'), [
      `callout-after-dml@${L(T, '@a-send')} callout Http.send <- insert of Account@${L(T, '@a-first')} in PlantedTest.firstBranchCauseKept`
    ]);
  });

  test("a field's initializer is that exact class, not its subclasses; this.field = x reassigns no parameter", async () => {
    const { runShown } = await analyse(T, { QuietBase: QUIET });
    assert.deepEqual(runShown('initializerIsExact'), []);
  });
});

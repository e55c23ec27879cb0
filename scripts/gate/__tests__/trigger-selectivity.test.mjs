/*
 * The trigger-selectivity checker: a query reached from a trigger (through handlers, services,
 * selectors, static calls, overrides) on an object that grows, without an indexed filter, fails
 * npm run check with the file, the line, the reason and the call path; selective queries, objects
 * that do not grow and code no trigger reaches pass.
 */
import assert from 'node:assert/strict';
import { sourceFiles } from '../../lib/project.mjs';
import { before, describe, test } from 'node:test';
import { apexMeta, assertCaught, copyProject, gateWithPlanted } from './project-copy.mjs';

const DIR = 'force-app/main/review-board';

const apexClass = (name, body) => ({
  [`${DIR}/classes/${name}.cls`]: body,
  [`${DIR}/classes/${name}.cls-meta.xml`]: apexMeta('ApexClass')
});
const trigger = (name, object, body) => ({
  [`${DIR}/triggers/${name}.trigger`]: `trigger ${name} on ${object}(before insert) {\n  ${body}\n}\n`,
  [`${DIR}/triggers/${name}.trigger-meta.xml`]: apexMeta('ApexTrigger')
});

/** file:line of the first line of `files[path]` that contains `needle`. */
function at(files, path, needle) {
  const content = files[path];
  const index = content.indexOf(needle);
  assert.ok(index >= 0, `${needle} is not in ${path}`);
  return `${path}:${content.slice(0, index).split('\n').length}`;
}

function row(defect, files, [path, needle], ...names) {
  return {
    defect,
    checker: 'trigger-selectivity',
    files,
    names: [at(files, `${DIR}/classes/${path}.cls`, needle), ...names]
  };
}

const handlerChain = {
  ...trigger('PlantedContactTrigger', 'Contact', 'new PlantedContactHandler().run();'),
  ...apexClass(
    'PlantedContactHandler',
    `public inherited sharing class PlantedContactHandler extends TriggerHandler {
  private final PlantedContactService service = new PlantedContactService();

  public PlantedContactHandler() {
    super(PlantedContactHandler.class);
  }

  protected override void beforeInsert(List<SObject> newRecords) {
    service.stamp((List<Contact>) newRecords);
  }
}
`
  ),
  ...apexClass(
    'PlantedContactService',
    `public inherited sharing class PlantedContactService {
  private final PlantedContactSelector selector = new PlantedContactSelector();

  public void stamp(List<Contact> contacts) {
    Set<String> titles = new Set<String>();
    for (Contact contact : contacts) {
      titles.add(contact.Title);
    }
    List<Contact> sameTitle = selector.byTitle(titles);
  }
}
`
  ),
  ...apexClass(
    'PlantedContactSelector',
    `public inherited sharing class PlantedContactSelector {
  public List<Contact> byTitle(Set<String> titles) {
    return [SELECT Id FROM Contact WHERE Title IN :titles WITH USER_MODE];
  }
}
`
  )
};

const staticCall = {
  ...trigger('PlantedLeadTrigger', 'Lead', 'PlantedLeadRules.check(Trigger.new);'),
  ...apexClass(
    'PlantedLeadRules',
    `public inherited sharing class PlantedLeadRules {
  public static void check(List<Lead> leads) {
    Set<Id> ids = new Map<Id, Lead>(leads).keySet();
    List<Reference_Nomination__c> all = [SELECT Id FROM Reference_Nomination__c WITH USER_MODE LIMIT 10];
    Integer count = Database.countQuery('SELECT COUNT() FROM Lead WHERE ' + PlantedLeadRules.clause());
    List<Account> others = [SELECT Id FROM Account WHERE Id NOT IN :ids WITH USER_MODE];
    List<Contact> either = [SELECT Id FROM Contact WHERE AccountId IN :ids OR Department = 'Sales' WITH USER_MODE];
  }

  public static String clause() {
    return 'Status = \\'Open\\'';
  }
}
`
  )
};

const override = {
  ...trigger('PlantedFeedTrigger', 'FeedItem', 'new PlantedFeedService().run();'),
  ...apexClass(
    'PlantedFeedService',
    `public inherited sharing class PlantedFeedService {
  private final PlantedFeedSelector selector = PlantedFeedSelector.instance();

  public void run() {
    selector.recent(new Set<Id>());
  }
}
`
  ),
  ...apexClass(
    'PlantedFeedSelector',
    `public virtual inherited sharing class PlantedFeedSelector {
  public static PlantedFeedSelector instance() {
    return new PlantedFeedSelector();
  }

  public virtual List<FeedItem> recent(Set<Id> parentIds) {
    return [SELECT Id FROM FeedItem WHERE ParentId IN :parentIds WITH USER_MODE];
  }
}
`
  ),
  ...apexClass(
    'PlantedFeedSelectorByType',
    `public inherited sharing class PlantedFeedSelectorByType extends PlantedFeedSelector {
  public override List<FeedItem> recent(Set<Id> parentIds) {
    return [SELECT Id FROM FeedItem WHERE Type = 'TextPost' WITH USER_MODE];
  }
}
`
  )
};

const CHAIN =
  'PlantedContactTrigger → TriggerHandler.run → PlantedContactHandler.beforeInsert → PlantedContactService.stamp → PlantedContactSelector.byTitle';

const PLANTED = [
  row(
    'a query on an unindexed field reached through a handler, a service and a selector',
    handlerChain,
    ['PlantedContactSelector', 'SELECT Id FROM Contact'],
    'Contact query in trigger context is not selective: its WHERE filters on no indexed field (Title has no standard index)',
    CHAIN
  ),
  row(
    'a query without WHERE on a custom object, reached by a static call',
    staticCall,
    ['PlantedLeadRules', 'FROM Reference_Nomination__c'],
    'Reference_Nomination__c query in trigger context is not selective: it has no WHERE clause',
    'PlantedLeadTrigger → PlantedLeadRules.check'
  ),
  row(
    'a dynamic query whose WHERE is built at run time',
    staticCall,
    ['PlantedLeadRules', 'Database.countQuery'],
    'Lead query in trigger context is not selective: its WHERE is built at run time'
  ),
  row(
    'a negative filter on an indexed field',
    staticCall,
    ['PlantedLeadRules', 'NOT IN'],
    'Account query in trigger context is not selective',
    'a negative filter on Id'
  ),
  row(
    'an OR with one branch on an unindexed field',
    staticCall,
    ['PlantedLeadRules', "Department = 'Sales'"],
    'Contact query in trigger context is not selective',
    'an OR whose every branch must use an index: Department has no standard index'
  ),
  row(
    'an override in a subclass, reached through the base type',
    override,
    ['PlantedFeedSelectorByType', "Type = 'TextPost'"],
    'FeedItem query in trigger context is not selective',
    'PlantedFeedTrigger → PlantedFeedService.run → PlantedFeedSelectorByType.recent'
  ),
  {
    defect: 'the Chatter triggers querying CampaignMember on Chatter_Post_Id__c without its index',
    checker: 'trigger-selectivity',
    plant: (copy) =>
      copy.edit(
        'force-app/main/account-team-chatter/objects/CampaignMember/fields/Chatter_Post_Id__c.field-meta.xml',
        (xml) => xml.replace('<externalId>true</externalId>', '<externalId>false</externalId>')
      ),
    names: [
      'force-app/main/account-team-chatter/classes/AccountTeamChatterSelector.cls:',
      'CampaignMember query in trigger context is not selective: its WHERE filters on no indexed field (Chatter_Post_Id__c has no index (not a lookup, External ID or unique field))',
      // FeedCommentTrigger and FeedItemTrigger both reach the query; the report names one path.
      'AccountTeamChatterSelector.selectResponsesOnPosts)'
    ]
  }
];

describe('trigger-selectivity: each planted query fails the gate with its file, line and reason', () => {
  let run;
  before(() => {
    run = gateWithPlanted('trigger-selectivity', PLANTED);
  });
  for (const planted of PLANTED) {
    test(`trigger-selectivity catches ${planted.defect}`, () => assertCaught(run, planted));
  }

  test('the real query is reported on its own line', () => {
    const copy = copyProject();
    try {
      const source = copy.read(
        'force-app/main/account-team-chatter/classes/AccountTeamChatterSelector.cls'
      );
      const where = source.indexOf('WHERE Chatter_Post_Id__c IN :postIds');
      const select = source.lastIndexOf('SELECT', where);
      const line = source.slice(0, select).split('\n').length;
      assert.match(
        run.output,
        new RegExp(`AccountTeamChatterSelector\\.cls:${line}: CampaignMember query`)
      );
    } finally {
      copy.dispose();
    }
  });
});

describe('trigger-selectivity: what an org accepts at scale passes', () => {
  test('indexed filters, objects that do not grow and code no trigger reaches pass', () => {
    const copy = copyProject();
    try {
      const files = {
        ...trigger(
          'PlantedSelectiveTrigger',
          'Contact',
          'new PlantedSelectiveService().run(Trigger.new);'
        ),
        ...apexClass(
          'PlantedSelectiveService',
          `public inherited sharing class PlantedSelectiveService {
  private PlantedUnreachedSelector selector = new PlantedUnreachedSelector();

  public void run(List<Contact> contacts) {
    Set<Id> ids = new Map<Id, Contact>(contacts).keySet();
    String email = contacts[0].Email;
    String fields = 'Id, Name';
    List<Contact> byEmail = [SELECT Id FROM Contact WHERE Email = :email WITH USER_MODE];
    List<Contact> byAccount = [SELECT Id FROM Contact WHERE AccountId IN :ids AND Title = 'x' WITH USER_MODE];
    List<Contact> either = [SELECT Id FROM Contact WHERE (Id IN :ids OR AccountId IN :ids) WITH USER_MODE];
    List<Contact> joined = [SELECT Id FROM Contact WHERE Id IN (SELECT ContactId FROM CampaignMember WHERE CampaignId IN :ids) WITH USER_MODE];
    List<CampaignMember> byCampaign = [SELECT Id FROM CampaignMember WHERE Campaign.Id IN :ids WITH USER_MODE];
    List<User> users = [SELECT Id FROM User WHERE IsActive = true WITH USER_MODE];
    List<Reference_Nomination__c> open = [SELECT Id FROM Reference_Nomination__c WHERE Open_Nomination_Key__c IN :ids WITH USER_MODE];
    List<Reference_Nomination__c> ofAccount = [SELECT Id FROM Reference_Nomination__c WHERE Account__c IN :ids WITH USER_MODE];
    List<Account> accounts = Database.query('SELECT ' + fields + ' FROM Account WHERE Id IN :ids');
    List<Task> recent = [SELECT Id FROM Task WHERE CreatedDate = LAST_N_DAYS:3 AND Subject LIKE 'Call%' WITH USER_MODE];
  }
}
`
        ),
        ...apexClass(
          'PlantedUnreachedSelector',
          `public virtual inherited sharing class PlantedUnreachedSelector {
  public virtual List<Contact> byTitle(String title) {
    return [SELECT Id FROM Contact WHERE Title = :title WITH USER_MODE];
  }
}
`
        ),
        ...apexClass(
          'PlantedUnreachedSelectorFake',
          `@IsTest
public class PlantedUnreachedSelectorFake extends PlantedUnreachedSelector {
  public override List<Contact> byTitle(String title) {
    return [SELECT Id FROM Contact WHERE Department = :title WITH USER_MODE];
  }
}
`
        )
      };
      for (const [path, content] of Object.entries(files)) copy.write(path, content);
      const { status, output } = copy.gate('trigger-selectivity');
      assert.equal(status, 0, output);
      // the project's own triggers and the one planted here
      const triggers = sourceFiles(copy.dir).filter((file) => file.endsWith('.trigger')).length;
      assert.match(
        output,
        new RegExp(`✓ trigger-selectivity .*queries reached from ${triggers} triggers`)
      );
    } finally {
      copy.dispose();
    }
  });
});

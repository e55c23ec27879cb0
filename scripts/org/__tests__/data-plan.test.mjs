import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import { checkDataPlan, dataPlans, firstPlanObject } from '../data-plan.mjs';
import { OBJECTS, fieldFile, objectFile, tempProject } from './helpers.mjs';

test('the sample data plans of this project use only known objects and fields', (t) => {
  const plans = dataPlans(toolRoot);
  if (plans.length === 0) {
    t.skip('scripts/data has no plan yet');
    return;
  }
  for (const plan of plans) {
    assert.deepEqual(checkDataPlan(plan, toolRoot), [], `${plan} has problems`);
  }
});

function plantedProject(plan, files) {
  return tempProject({
    [`${OBJECTS}/Thing__c/Thing__c.object-meta.xml`]: objectFile('Thing'),
    [`${OBJECTS}/Thing__c/fields/Size__c.field-meta.xml`]: fieldFile('Size__c'),
    [`${OBJECTS}/Thing__c/fields/Account__c.field-meta.xml`]: fieldFile('Account__c', {
      referenceTo: 'Account',
      relationshipName: 'Things'
    }),
    [`${OBJECTS}/Campaign/fields/Reference_Program__c.field-meta.xml`]:
      fieldFile('Reference_Program__c'),
    'scripts/data/plan.json': plan,
    ...Object.fromEntries(
      Object.entries(files).map(([name, data]) => [`scripts/data/${name}`, data])
    )
  });
}

const account = (ref, extra = {}) => ({
  attributes: { type: 'Account', referenceId: ref },
  Name: ref,
  ...extra
});

test('a consistent plan (custom fields, standard fields, refs, nested children) has no problem', () => {
  const { root, cleanup } = plantedProject(
    [
      { sobject: 'Account', files: ['Account.json'] },
      { sobject: 'Campaign', files: ['Campaign.json'] },
      { sobject: 'Thing__c', files: ['Thing__c.json'] }
    ],
    {
      'Account.json': {
        records: [
          account('AccountRef1', {
            Contacts: {
              records: [
                { attributes: { type: 'Contact', referenceId: 'ContactRef1' }, LastName: 'Lee' }
              ]
            },
            Things__r: {
              records: [
                { attributes: { type: 'Thing__c', referenceId: 'Thing__cRef9' }, Size__c: 1 }
              ]
            }
          })
        ]
      },
      'Campaign.json': {
        records: [
          {
            attributes: { type: 'Campaign', referenceId: 'CampaignRef1' },
            Name: 'Landing page',
            Reference_Program__c: 'Customer'
          }
        ]
      },
      'Thing__c.json': {
        records: [
          {
            attributes: { type: 'Thing__c', referenceId: 'Thing__cRef1' },
            Name: 'One',
            Size__c: 3,
            Account__c: '@AccountRef1'
          }
        ]
      }
    }
  );
  try {
    assert.deepEqual(checkDataPlan('scripts/data/plan.json', root), []);
    assert.equal(firstPlanObject('scripts/data/plan.json', root), 'Thing__c');
  } finally {
    cleanup();
  }
});

test('a planted bad plan: each defect is reported with its file', () => {
  const { root, cleanup } = plantedProject(
    [
      { sobject: 'Account', files: ['Account.json'] },
      { sobject: 'Thing__c', files: ['Thing__c.json', 'Missing.json'] },
      { sobject: 'Gadget__c', files: [] },
      { sobject: 'Reference_Program__mdt', files: [] },
      { sobject: 'Campaign', files: ['Campaign.json'] }
    ],
    {
      'Account.json': { records: [account('AccountRef1', { Nickname: 'x' })] },
      'Thing__c.json': {
        records: [
          {
            attributes: { type: 'Thing__c', referenceId: 'Thing__cRef1' },
            Colour__c: 'red',
            Account__c: '@AccountRef7'
          }
        ]
      },
      'Campaign.json': {
        records: [
          {
            attributes: { type: 'Campaign', referenceId: 'CampaignRef1' },
            Name: 'x',
            Program__c: 'Customer'
          }
        ]
      }
    }
  );
  try {
    const problems = checkDataPlan('scripts/data/plan.json', root).map(
      (p) => `${p.file}: ${p.message}`
    );
    const expectOne = (pattern) =>
      assert.equal(
        problems.filter((p) => pattern.test(p)).length,
        1,
        `${pattern}\n${problems.join('\n')}`
      );
    expectOne(/Account\.json record 1: field Account\.Nickname is neither/);
    expectOne(/Thing__c\.json record 1: field Thing__c\.Colour__c is neither/);
    expectOne(/Thing__c\.json record 1: Thing__c\.Account__c refers to @AccountRef7/);
    expectOne(/Missing\.json: listed in scripts\/data\/plan\.json but missing/);
    expectOne(/entry 3: object Gadget__c is neither/);
    expectOne(/entry 4: object Reference_Program__mdt is neither/);
    expectOne(/Campaign\.json record 1: field Campaign\.Program__c is neither/);
    assert.equal(problems.length, 7, problems.join('\n'));
  } finally {
    cleanup();
  }
});

test('a plan that is not an array, or not JSON, is reported', () => {
  const { root, cleanup } = plantedProject({ sobject: 'Account' }, {});
  try {
    assert.match(checkDataPlan('scripts/data/plan.json', root)[0].message, /non-empty array/);
    assert.match(checkDataPlan('scripts/data/nope.json', root)[0].message, /not found/);
  } finally {
    cleanup();
  }
});

/*
 * The integrity checker's flow rules (scripts/gate/integrity/flows.mjs), in process on a mini
 * project: record elements, record variables and Get Records results, $Record and $Record__Prior,
 * merge fields and formulas, Apex actions and LWC screen components. A flow that uses each of them
 * rightly passes; each defect is reported once, on its line, in words a person reads.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkFlows } from '../integrity/flows.mjs';
import { Schema } from '../integrity/schema.mjs';
import { fieldXml, lineIn, miniProject, xml } from './integrity-mini-project.mjs';

const FLOWS = 'force-app/main/alpha/flows';
const OBJECTS = 'force-app/main/alpha/objects';
const FLOW_SCREEN = 'lightning__FlowScreen';

const apex = {
  classes: new Map([
    [
      'doer',
      {
        methods: [
          { name: 'helper', annotations: ['auraenabled'] },
          { name: 'run', annotations: ['invocablemethod'] }
        ]
      }
    ],
    ['plain', { methods: [{ name: 'run', annotations: ['auraenabled'] }] }]
  ])
};
const component = (name, exposed, targets, properties = {}) => [
  name.toLowerCase(),
  {
    name,
    exposed,
    targets: new Set(targets),
    properties: new Map(Object.entries(properties).map(([t, names]) => [t, new Set(names)]))
  }
];
const index = {
  components: new Map([
    component('flowStep', true, [FLOW_SCREEN], { [FLOW_SCREEN]: ['recordId', 'mode'] }),
    component('hidden', false, [FLOW_SCREEN], { [FLOW_SCREEN]: ['recordId'] }),
    component('recordOnly', true, ['lightning__RecordPage']),
    component('noProps', true, [FLOW_SCREEN], { lightning__RecordPage: ['size'] })
  ])
};

const flow = (lines) => xml('Flow', lines.join('\n'));

const GOOD = flow([
  '<variables><name>thingVar</name><dataType>SObject</dataType><objectType>Thing__c</objectType></variables>',
  '<variables><name>textVar</name><dataType>String</dataType><objectType>Thing__c</objectType></variables>',
  '<variables><name>noType</name><dataType>SObject</dataType></variables>',
  '<recordLookups><name>Get_Things</name><object>Thing__c</object><storeOutputAutomatically>true</storeOutputAutomatically>',
  '<queriedFields>Count__c</queriedFields><queriedFields>Id</queriedFields><filters><field>Account__c</field></filters>',
  '<sortField>Name</sortField><outputAssignments><field>Count__c</field></outputAssignments></recordLookups>',
  '<recordLookups><name>Get_Manual</name><object>Thing__c</object><storeOutputAutomatically>false</storeOutputAutomatically></recordLookups>',
  '<recordUpdates><name>Update_Var</name><inputReference>THINGVAR</inputReference>',
  '<inputAssignments><field>Count__c</field></inputAssignments></recordUpdates>',
  '<recordCreates><name>Create_Text</name><inputReference>missingVar</inputReference><inputAssignments><field>Nope__c</field></inputAssignments></recordCreates>',
  '<recordDeletes><name>Delete_None</name></recordDeletes>',
  '<start><object>Thing__c</object><filters><field>Count__c</field></filters></start>',
  '<assignments><assignmentItems><assignToReference>thingVar.Count__c</assignToReference>',
  '<value><elementReference>$Record.Account__r.Name</elementReference></value></assignmentItems></assignments>',
  '<decisions><rules><conditions><leftValueReference>Get_Things.Count__c</leftValueReference></conditions></rules></decisions>',
  '<decisions><rules><conditions><leftValueReference>textVar.Bogus__c</leftValueReference></conditions></rules></decisions>',
  '<decisions><rules><conditions><leftValueReference>Get_Manual.Bogus__c</leftValueReference></conditions></rules></decisions>',
  '<decisions><rules><conditions><leftValueReference>noType.Bogus__c</leftValueReference></conditions></rules></decisions>',
  // a reference tag holding an element, not text: no reference
  '<assignments><assignmentItems><assignToReference><nested>thingVar.Bogus__c</nested></assignToReference></assignmentItems></assignments>',
  '<formulas><name>f</name><expression>$Record__Prior.Count__c + thingVar.Count__c + LEN("thingVar.Bogus__c")</expression></formulas>',
  '<formulas><name>noExpression</name></formulas>',
  '<formulas><name>joined</name><expression>{!thingVar.Count__c}{!Get_Things.Count__c}</expression></formulas>',
  '<textTemplates><text>Hello {! Get_Things.Account__r.Name }, {!textVar}, {!thingVar}</text></textTemplates>',
  '<actionCalls><actionName>Doer</actionName><actionType>apex</actionType></actionCalls>',
  '<actionCalls><actionName>Ghost</actionName><actionType>emailSimple</actionType></actionCalls>',
  '<screens><fields><name>section</name><fieldType>RegionContainer</fieldType>',
  '<fields><name>inner</name><extensionName>c:FlowStep</extensionName><fieldType>ComponentInstance</fieldType>',
  '<inputParameters><name>recordId</name></inputParameters><inputParameters><name>mode</name></inputParameters></fields></fields>',
  '<fields><extensionName>flowruntime:lookup</extensionName><fieldType>ComponentInstance</fieldType></fields>',
  '<fields><name>noExtension</name><fieldType>ComponentInstance</fieldType></fields>',
  '<fields><extensionName>c:ghost</extensionName><fieldType>DisplayText</fieldType></fields></screens>',
  '<screens><name>empty</name></screens>'
]);

// Each defect on a line of its own; `LINES` are the snippets whose line a problem names.
const BAD = flow([
  '<variables><name>thingVar</name><dataType>SObject</dataType><objectType>Thing__c</objectType></variables>',
  '<recordLookups><name>Get_Bad</name><object>Nope__c</object><queriedFields>Q0__c</queriedFields></recordLookups>',
  '<recordLookups><name>Get_Fields</name><object>Thing__c</object><storeOutputAutomatically>true</storeOutputAutomatically>',
  '<queriedFields>Q__c</queriedFields><filters><field>F__c</field></filters><filters><field>F__c</field></filters>',
  '<sortField>S__c</sortField><outputAssignments><field>O__c</field></outputAssignments></recordLookups>',
  '<recordUpdates><name>Update_Bad</name><inputReference>thingVar</inputReference><inputAssignments><field>I__c</field></inputAssignments></recordUpdates>',
  '<recordCreates><name>Create_Bad</name><object>Gone__c</object></recordCreates>',
  '<recordDeletes><name>Delete_Bad</name><object>Account</object><filters><field>Nme</field></filters></recordDeletes>',
  '<start><object>Thing__c</object><filters><field>T__c</field></filters></start>',
  '<assignments><assignmentItems><assignToReference>thingVar.A__c</assignToReference>',
  '<value><elementReference>$Record.B__c</elementReference></value></assignmentItems></assignments>',
  '<decisions><rules><conditions><leftValueReference>Get_Fields.C__c</leftValueReference></conditions></rules></decisions>',
  '<textTemplates><text>{! thingVar.D__c }</text></textTemplates>',
  '<formulas><name>g</name><expression>thingVar.G__c &amp; $Record__Prior.H__c</expression></formulas>',
  '<actionCalls><actionName>Missing</actionName><actionType>apex</actionType></actionCalls>',
  '<actionCalls><actionName>Plain</actionName><actionType>apex</actionType></actionCalls>',
  '<screens><fields><fields><extensionName>c:ghost</extensionName><fieldType>ComponentInstance</fieldType></fields></fields>',
  '<fields><extensionName>c:hidden</extensionName><fieldType>ComponentInstance</fieldType><inputParameters><name>x</name></inputParameters></fields>',
  '<fields><extensionName>c:recordOnly</extensionName><fieldType>ComponentInstance</fieldType></fields>',
  '<fields><extensionName>c:flowStep</extensionName><fieldType>ComponentInstance</fieldType>',
  '<inputParameters><name>recordId</name></inputParameters><inputParameters><name>nope</name></inputParameters></fields>',
  '<fields><extensionName>c:noProps</extensionName><fieldType>ComponentInstance</fieldType><inputParameters><name>size</name></inputParameters></fields></screens>'
]);

const BAD_START = flow([
  '<start><object>Nope__c</object><filters><field>Whatever__c</field></filters></start>'
]);
// no start element: $Record is no resource, so its references are not checked
const NO_START = flow([
  '<decisions><rules><conditions><leftValueReference>$Record.Bogus__c</leftValueReference></conditions></rules></decisions>'
]);

describe('integrity: flows', () => {
  let project;
  let result;
  before(() => {
    project = miniProject({
      [`${OBJECTS}/Thing__c/Thing__c.object-meta.xml`]: xml(
        'CustomObject',
        '<sharingModel>ReadWrite</sharingModel>'
      ),
      [`${OBJECTS}/Thing__c/fields/Count__c.field-meta.xml`]: fieldXml('Count__c', 'Number'),
      [`${OBJECTS}/Thing__c/fields/Account__c.field-meta.xml`]: fieldXml(
        'Account__c',
        'Lookup',
        '<referenceTo>Account</referenceTo>'
      ),
      [`${FLOWS}/Good.flow-meta.xml`]: GOOD,
      [`${FLOWS}/Bad.flow-meta.xml`]: BAD,
      [`${FLOWS}/Bad_Start.flow-meta.xml`]: BAD_START,
      [`${FLOWS}/No_Start.flow-meta.xml`]: NO_START,
      [`${FLOWS}/notes.flow.txt`]: '<Flow><start><object>Nope__c</object></start></Flow>'
    });
    result = checkFlows(new Schema(project.dir), apex, index, project.dir);
  });
  after(() => project?.dispose());

  const problemsOf = (name) =>
    result.problems
      .filter((problem) => problem.file === `${FLOWS}/${name}.flow-meta.xml`)
      .map(({ line, message }) => [line, message])
      .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));

  test('counts the flow files, and every problem is on one of them', () => {
    assert.equal(result.count, 4);
    assert.equal(result.problems.length, problemsOf('Bad').length + problemsOf('Bad_Start').length);
  });

  test('a flow that uses every kind of reference rightly passes', () => {
    assert.deepEqual(problemsOf('Good'), []);
    assert.deepEqual(problemsOf('No_Start'), []);
  });

  test('an unknown start object is reported once, its filters not read', () => {
    assert.deepEqual(problemsOf('Bad_Start'), [
      [lineIn(BAD_START, '<start>'), 'flow start: object Nope__c does not exist in the project']
    ]);
  });

  test('each defect of a flow, on its line', () => {
    const line = (snippet) => lineIn(BAD, snippet);
    const fields = line('<name>Get_Fields</name>');
    const expected = [
      [line('<name>Get_Bad</name>'), 'flow Get_Bad: object Nope__c does not exist in the project'],
      [fields, 'flow Get_Fields: Thing__c has no field Q__c'],
      [fields, 'flow Get_Fields: Thing__c has no field F__c'],
      [fields, 'flow Get_Fields: Thing__c has no field O__c'],
      [fields, 'flow Get_Fields: Thing__c has no field S__c'],
      [line('<name>Update_Bad</name>'), 'flow Update_Bad: Thing__c has no field I__c'],
      [
        line('<name>Create_Bad</name>'),
        'flow Create_Bad: object Gone__c does not exist in the project'
      ],
      [line('<name>Delete_Bad</name>'), 'flow Delete_Bad: Account has no field Nme'],
      [line('<start>'), 'flow start: Thing__c has no field T__c'],
      [line('thingVar.A__c'), 'flow: Thing__c has no field A__c (thingVar.A__c)'],
      [line('$Record.B__c'), 'flow: Thing__c has no field B__c ($Record.B__c)'],
      [line('Get_Fields.C__c'), 'flow: Thing__c has no field C__c (Get_Fields.C__c)'],
      [line('thingVar.D__c'), 'flow: Thing__c has no field D__c (thingVar.D__c)'],
      [line('thingVar.G__c'), 'flow: Thing__c has no field G__c (thingVar.G__c)'],
      [line('$Record__Prior.H__c'), 'flow: Thing__c has no field H__c ($Record__Prior.H__c)'],
      [line('<actionName>Missing</actionName>'), 'flow action Missing: no such Apex class'],
      [
        line('<actionName>Plain</actionName>'),
        'flow action Plain: the class has no @InvocableMethod'
      ],
      [line('<extensionName>c:ghost</extensionName>'), 'flow screen: no LWC ghost'],
      [
        line('<extensionName>c:hidden</extensionName>'),
        `flow screen: hidden is not exposed for ${FLOW_SCREEN}`
      ],
      [
        line('<extensionName>c:recordOnly</extensionName>'),
        `flow screen: recordOnly is not exposed for ${FLOW_SCREEN}`
      ],
      [
        line('<extensionName>c:flowStep</extensionName>'),
        `flow screen: flowStep declares no property nope for ${FLOW_SCREEN}`
      ],
      [
        line('<extensionName>c:noProps</extensionName>'),
        `flow screen: noProps declares no property size for ${FLOW_SCREEN}`
      ]
    ].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
    assert.deepEqual(problemsOf('Bad'), expected);
  });
});

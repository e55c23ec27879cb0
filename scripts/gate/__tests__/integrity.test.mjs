/*
 * The integrity checker catches what only an org deploy would: two or more planted defects for
 * each of its six kinds of reference, each failing `--only integrity` and naming the file.
 */
import { describe, test } from 'node:test';
import { apexClass, assertCaught, batchedGate, fixture } from './project-copy.mjs';

const CAPABILITY = 'force-app/main/nomination';
const CLASSES = `${CAPABILITY}/classes`;
const LWC = `${CAPABILITY}/lwc`;
const FLOWS = `${CAPABILITY}/flows`;
const NOMINATION = `${CAPABILITY}/objects/Reference_Nomination__c`;
const MANAGER_PERMISSIONS =
  'force-app/main/program/permissionsets/Reference_Program_Manager.permissionset-meta.xml';

const query = (name, soql) =>
  apexClass(
    name,
    `public with sharing class ${name} {\n  public static List<SObject> run(String value) {\n    return ${soql};\n  }\n}\n`
  );

function component(name, ts, meta = '<isExposed>false</isExposed>') {
  return {
    [`${LWC}/${name}/${name}.ts`]: ts,
    [`${LWC}/${name}/${name}.html`]: '<template><p>planted</p></template>\n',
    [`${LWC}/${name}/${name}.js-meta.xml`]: `<?xml version="1.0" encoding="UTF-8" ?>\n<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">\n  <apiVersion>64.0</apiVersion>\n  ${meta}\n</LightningComponentBundle>\n`
  };
}

// Each import row plants a component of its own name, so the rows share one checker run.
const importing = (name, specifier) =>
  component(
    name,
    `import { LightningElement } from 'lwc';\nimport planted from '${specifier}';\n\nexport default class PlantedImport extends LightningElement {\n  value = planted;\n}\n`
  );

const validationRule = (name, formula) => ({
  [`${NOMINATION}/validationRules/${name}.validationRule-meta.xml`]: `<?xml version="1.0" encoding="UTF-8" ?>\n<ValidationRule xmlns="http://soap.sforce.com/2006/04/metadata">\n  <fullName>${name}</fullName>\n  <active>true</active>\n  <description>Planted.</description>\n  <errorConditionFormula>${formula}</errorConditionFormula>\n  <errorMessage>Planted.</errorMessage>\n</ValidationRule>\n`
});

// Each flow row plants the base flow under a name of its own, so the rows share one checker run.
const flowFile = (name) => `${FLOWS}/${name}.flow-meta.xml`;
const flowWith = (name, change) => ({
  [flowFile(name)]: change(fixture('Planted_Base.flow-meta.xml'))
});

const screenComponent = (name, extension) =>
  flowWith(name, (xml) =>
    xml.replace(
      /<fieldType>DisplayText<\/fieldType>\s*<\/fields>/,
      (displayField) =>
        `${displayField}\n<fields>\n<name>Planted_Component</name>\n<extensionName>${extension}</extensionName>\n` +
        '<fieldType>ComponentInstance</fieldType>\n<isRequired>true</isRequired>\n' +
        '<storeOutputAutomatically>true</storeOutputAutomatically>\n</fields>'
    )
  );

const KINDS = {
  'SOQL in Apex': [
    {
      defect: 'a misspelled field in a SELECT list',
      files: query(
        'PlantedSelect',
        '[SELECT Id, Stauts__c FROM Reference_Nomination__c WITH USER_MODE]'
      ),
      names: [`${CLASSES}/PlantedSelect.cls`, 'Stauts__c']
    },
    {
      defect: 'an unknown field at the end of a relationship path in WHERE',
      files: query(
        'PlantedPath',
        '[SELECT Id FROM Reference_Nomination__c WHERE Account__r.Owner.IsActiv = TRUE WITH USER_MODE]'
      ),
      names: [`${CLASSES}/PlantedPath.cls`, 'IsActiv']
    },
    {
      defect: 'an unknown child relationship in a sub-query',
      files: query(
        'PlantedChild',
        '[SELECT Id, (SELECT Id FROM Nominations__r) FROM Account WITH USER_MODE]'
      ),
      names: [`${CLASSES}/PlantedChild.cls`, 'Nominations__r']
    },
    {
      defect: 'an unknown field in the literal part of a dynamic query',
      files: query(
        'PlantedDynamic',
        "Database.query('SELECT Id, Reviw_Status__c FROM CampaignMember WHERE ' + String.escapeSingleQuotes(value))"
      ),
      names: [`${CLASSES}/PlantedDynamic.cls`, 'Reviw_Status__c']
    },
    {
      defect: 'the share object of a detail object, which has none',
      files: query(
        'PlantedShare',
        '[SELECT Id, ParentId FROM Nomination_Reference_Type__Share WITH SYSTEM_MODE]'
      ),
      names: [`${CLASSES}/PlantedShare.cls`, 'Nomination_Reference_Type__Share']
    }
  ],
  formulas: [
    {
      defect: 'a validation rule reading a field that does not exist',
      files: validationRule(
        'Planted_Rule',
        'AND(Sourced_From_Landing_Page__c, ISBLANK(Source_Respons_Id__c))'
      ),
      names: [
        `${NOMINATION}/validationRules/Planted_Rule.validationRule-meta.xml`,
        'Source_Respons_Id__c'
      ]
    },
    {
      defect: 'a validation rule reading a field through a relationship that lacks it',
      files: validationRule(
        'Planted_Path_Rule',
        'ISPICKVAL(Source_Campaign__r.Programme__c, "Customer")'
      ),
      names: [
        `${NOMINATION}/validationRules/Planted_Path_Rule.validationRule-meta.xml`,
        'Programme__c'
      ]
    },
    {
      defect: 'a formula field reading a field that does not exist',
      files: {
        [`${NOMINATION}/fields/Planted_Formula__c.field-meta.xml`]:
          '<?xml version="1.0" encoding="UTF-8" ?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n  <fullName>Planted_Formula__c</fullName>\n  <formula>Account__r.Nmae</formula>\n  <label>Planted</label>\n  <type>Text</type>\n</CustomField>\n'
      },
      names: [`${NOMINATION}/fields/Planted_Formula__c.field-meta.xml`, 'Nmae']
    }
  ],
  flows: [
    {
      defect: 'a Get Records filter on a field that does not exist',
      files: flowWith('Planted_Filter', (xml) =>
        xml.replace('<field>Id</field>', '<field>Ide</field>')
      ),
      names: [flowFile('Planted_Filter'), 'Account has no field Ide']
    },
    {
      defect: 'a merge field through a record resource to a field that does not exist',
      files: flowWith('Planted_Merge', (xml) =>
        xml.replace('{!Get_Account.Name}', '{!Get_Account.Nam}')
      ),
      names: [flowFile('Planted_Merge'), 'Get_Account.Nam']
    },
    {
      defect: 'an Apex action whose class has no @InvocableMethod',
      files: {
        ...flowWith('Planted_Action', (xml) =>
          xml.replace(
            '<apiVersion>64.0</apiVersion>',
            '<actionCalls>\n        <name>Planted_Action</name>\n        <label>Planted Action</label>\n        <locationX>0</locationX>\n        <locationY>0</locationY>\n        <actionName>PlantedNotInvocable</actionName>\n        <actionType>apex</actionType>\n    </actionCalls>\n    <apiVersion>64.0</apiVersion>'
          )
        ),
        ...apexClass(
          'PlantedNotInvocable',
          'public with sharing class PlantedNotInvocable {\n  public static void run() {\n    return;\n  }\n}\n'
        )
      },
      names: [flowFile('Planted_Action'), 'PlantedNotInvocable', '@InvocableMethod']
    },
    {
      defect: 'a screen component that does not exist',
      files: screenComponent('Planted_Missing_Screen', 'c:noSuchScreen'),
      names: [flowFile('Planted_Missing_Screen'), 'no LWC noSuchScreen']
    },
    {
      defect: 'a screen component not exposed to flow screens',
      files: {
        ...screenComponent('Planted_Hidden_Screen', 'c:plantedImport'),
        ...component(
          'plantedImport',
          "import { LightningElement } from 'lwc';\n\nexport default class PlantedImport extends LightningElement {}\n"
        )
      },
      names: [flowFile('Planted_Hidden_Screen'), 'lightning__FlowScreen']
    }
  ],
  'callouts to Named Credentials': [
    {
      defect: 'a callout to a Named Credential that does not exist',
      files: apexClass(
        'PlantedCallout',
        "public with sharing class PlantedCallout {\n  public static HttpRequest request() {\n    HttpRequest request = new HttpRequest();\n    request.setEndpoint('callout:GitLub/api/v4/projects');\n    return request;\n  }\n}\n"
      ),
      names: [`${CLASSES}/PlantedCallout.cls`, 'callout:GitLub']
    },
    {
      defect: 'a callout constant naming a missing Named Credential',
      files: apexClass(
        'PlantedCalloutConstant',
        "public with sharing class PlantedCalloutConstant {\n  public static final String BASE = 'callout:Reference_Missing';\n}\n"
      ),
      names: [`${CLASSES}/PlantedCalloutConstant.cls`, 'callout:Reference_Missing']
    }
  ],
  'LWC imports': [
    {
      defect: 'an import of an Apex method that does not exist',
      files: importing('plantedApexImport', '@salesforce/apex/ReferenceProgram.noSuchMethod'),
      names: [`${LWC}/plantedApexImport/plantedApexImport.ts`, 'noSuchMethod']
    },
    {
      defect: 'an import of an Apex method that is not @AuraEnabled',
      files: importing('plantedAuraImport', '@salesforce/apex/ReferenceProgram.canMoveReview'),
      names: [`${LWC}/plantedAuraImport/plantedAuraImport.ts`, 'not a static @AuraEnabled method']
    },
    {
      defect: 'an import of a field that does not exist',
      files: importing('plantedFieldImport', '@salesforce/schema/Reference_Nomination__c.Stats__c'),
      names: [`${LWC}/plantedFieldImport/plantedFieldImport.ts`, 'Stats__c']
    },
    {
      defect: 'an import of a label that does not exist',
      files: importing('plantedLabelImport', '@salesforce/label/c.No_Such_Label'),
      names: [`${LWC}/plantedLabelImport/plantedLabelImport.ts`, 'No_Such_Label']
    },
    {
      defect: 'generated Apex types that drifted from the Apex',
      plant: (copy) =>
        copy.write('types/apex.d.ts', `${copy.read('types/apex.d.ts')}\n// edited by hand\n`),
      names: ['types/apex.d.ts', 'npm run types:apex']
    }
  ],
  'access and pages': [
    {
      defect: 'a permission set granting a field that does not exist',
      plant: (copy) =>
        copy.edit(MANAGER_PERMISSIONS, (xml) =>
          xml.replace(
            '<fieldPermissions>',
            '<fieldPermissions>\n    <editable>false</editable>\n    <field>Reference_Nomination__c.Planted_Ghost__c</field>\n    <readable>true</readable>\n  </fieldPermissions>\n  <fieldPermissions>'
          )
        ),
      names: [MANAGER_PERMISSIONS, 'Planted_Ghost__c']
    },
    {
      defect: 'a permission set granting a class that does not exist',
      plant: (copy) =>
        copy.edit(MANAGER_PERMISSIONS, (xml) =>
          xml.replace(
            '</PermissionSet>',
            '  <classAccesses>\n    <apexClass>PlantedGhostController</apexClass>\n    <enabled>true</enabled>\n  </classAccesses>\n</PermissionSet>'
          )
        ),
      names: [MANAGER_PERMISSIONS, 'PlantedGhostController']
    },
    {
      defect: 'a custom field no permission set can read',
      files: {
        [`${NOMINATION}/fields/Planted_Hidden__c.field-meta.xml`]:
          '<?xml version="1.0" encoding="UTF-8" ?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n  <fullName>Planted_Hidden__c</fullName>\n  <label>Planted</label>\n  <length>10</length>\n  <type>Text</type>\n</CustomField>\n'
      },
      names: [
        `${NOMINATION}/fields/Planted_Hidden__c.field-meta.xml`,
        'readable in no permission set'
      ]
    },
    {
      defect:
        'a FlexiPage placing a component that does not exist, shown by a custom permission that does not exist',
      files: {
        [`${CAPABILITY}/flexipages/Planted_Page.flexipage-meta.xml`]:
          '<?xml version="1.0" encoding="UTF-8" ?>\n<FlexiPage xmlns="http://soap.sforce.com/2006/04/metadata">\n  <flexiPageRegions>\n    <itemInstances>\n      <componentInstance>\n        <componentName>c:noSuchBoard</componentName>\n        <identifier>c_noSuchBoard</identifier>\n        <visibilityRule>\n          <criteria>\n            <leftValue>{!$Permission.CustomPermission.No_Such_Reviewer}</leftValue>\n            <operator>EQUAL</operator>\n            <rightValue>true</rightValue>\n          </criteria>\n        </visibilityRule>\n      </componentInstance>\n    </itemInstances>\n    <name>main</name>\n    <type>Region</type>\n  </flexiPageRegions>\n  <masterLabel>Planted</masterLabel>\n  <sobjectType>Campaign</sobjectType>\n  <template>\n    <name>flexipage:recordHomeTemplateDesktop</name>\n  </template>\n  <type>RecordPage</type>\n</FlexiPage>\n'
      },
      names: [
        `${CAPABILITY}/flexipages/Planted_Page.flexipage-meta.xml`,
        'no LWC noSuchBoard',
        'no custom permission No_Such_Reviewer (visibility rule)'
      ]
    },
    {
      defect: 'a report grouped by a field its report type does not offer',
      plant: (copy) =>
        copy.edit(
          'force-app/main/attribution/reports/Reference_Program/Review_Backlog.report-meta.xml',
          (xml) =>
            xml.replace(
              '<field>Campaign.CampaignMembers$Review_Status__c</field>',
              '<field>Campaign.CampaignMembers$Review_Notes__c</field>'
            )
        ),
      names: [
        'force-app/main/attribution/reports/Reference_Program/Review_Backlog.report-meta.xml',
        'Review_Notes__c is not a column of report type Reference_Campaign_Responses__c'
      ]
    },
    {
      defect: 'a layout placing a field that does not exist',
      files: {
        [`${CAPABILITY}/layouts/Reference_Nomination__c-Planted Layout.layout-meta.xml`]:
          '<?xml version="1.0" encoding="UTF-8" ?>\n<Layout xmlns="http://soap.sforce.com/2006/04/metadata">\n  <layoutSections>\n    <layoutColumns>\n      <layoutItems>\n        <behavior>Edit</behavior>\n        <field>Consent_Logo__c</field>\n      </layoutItems>\n    </layoutColumns>\n    <style>OneColumn</style>\n  </layoutSections>\n</Layout>\n'
      },
      names: [
        `${CAPABILITY}/layouts/Reference_Nomination__c-Planted Layout.layout-meta.xml`,
        'Consent_Logo__c'
      ]
    }
  ]
};

// Defects that plant different files share a copy and one run of the checker (batchedGate); each
// is still its own test, asserting that the run named its file and rule.
const rowsOf = Object.fromEntries(
  Object.entries(KINDS).map(([kind, rows]) => [
    kind,
    rows.map((row) => ({ ...row, checker: 'integrity' }))
  ])
);
const caught = batchedGate('integrity', Object.values(rowsOf).flat());

for (const [kind, rows] of Object.entries(rowsOf)) {
  describe(`integrity: ${kind}`, () => {
    for (const row of rows) {
      test(`catches ${row.defect}`, () => assertCaught(caught(row), row));
    }
  });
}

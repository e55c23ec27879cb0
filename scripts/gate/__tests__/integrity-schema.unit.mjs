/*
 * The integrity checker's schema (scripts/gate/integrity/schema.mjs), in process on a mini project:
 * which objects and fields exist (standard ones from config/standard-objects.json, the project's
 * from its metadata, with the system, owner, share and custom metadata fields an org adds), the
 * relationships between them, and the errors a path that does not resolve reads as.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Schema } from '../integrity/schema.mjs';
import { fieldXml, miniProject, xml } from './integrity-mini-project.mjs';

const CAP = 'force-app/main/alpha/objects';
const CAP2 = 'force-app/main/beta/objects';
const objectXml = (sharingModel) =>
  xml('CustomObject', `<sharingModel>${sharingModel}</sharingModel>`);

// What an org gives every custom object (Object Reference, "Custom Objects"), written out here.
const SYSTEM = {
  id: 'Id',
  isdeleted: 'Boolean',
  createddate: 'Datetime',
  createdbyid: 'Id',
  createdby: '->User',
  lastmodifieddate: 'Datetime',
  lastmodifiedbyid: 'Id',
  lastmodifiedby: '->User',
  systemmodstamp: 'Datetime',
  lastactivitydate: 'Date',
  lastvieweddate: 'Datetime',
  lastreferenceddate: 'Datetime',
  name: 'String'
};
const OWNER = { ownerid: 'Id', owner: '->*' };

/** { lower-case name: type } of an object's fields. */
const fieldTypes = (object) =>
  Object.fromEntries([...object.fields].map(([key, field]) => [key, field.type]));

describe('integrity schema', () => {
  let project;
  let schema;
  before(() => {
    project = miniProject({
      [`${CAP}/Thing__c/Thing__c.object-meta.xml`]: objectXml('Private'),
      [`${CAP}/Thing__c/fields/Account__c.field-meta.xml`]: fieldXml(
        'Account__c',
        'Lookup',
        '<referenceTo>Account</referenceTo><relationshipName>Things</relationshipName>'
      ),
      [`${CAP}/Thing__c/fields/Count__c.field-meta.xml`]: fieldXml('Count__c', 'Number'),
      // no fullName: the file name; no type: Text
      [`${CAP}/Thing__c/fields/Bare__c.field-meta.xml`]: xml('CustomField', '<label>Bare</label>'),
      // the same object's fields in a second capability folder (no object file there)
      [`${CAP2}/Thing__c/fields/Other__c.field-meta.xml`]: fieldXml('Other__c', 'Checkbox'),
      // a lookup without a relationship name: a parent field, no child relationship
      [`${CAP2}/Thing__c/fields/Partner__c.field-meta.xml`]: fieldXml(
        'Partner__c',
        'Lookup',
        '<referenceTo>Contact</referenceTo>'
      ),
      [`${CAP}/Detail__c/Detail__c.object-meta.xml`]: objectXml('ControlledByParent'),
      [`${CAP}/Detail__c/fields/Thing__c.field-meta.xml`]: fieldXml(
        'Thing__c',
        'MasterDetail',
        '<referenceTo>Thing__c</referenceTo><relationshipName>Details</relationshipName>'
      ),
      [`${CAP}/Open__c/Open__c.object-meta.xml`]: objectXml('ReadWrite'),
      [`${CAP}/Open__c/fields/Note__c.field-meta.xml`]: fieldXml('Note__c', 'Text'),
      [`${CAP}/Readable__c/Readable__c.object-meta.xml`]: objectXml('Read'),
      [`${CAP}/NoFile__c/fields/Note__c.field-meta.xml`]: fieldXml('Note__c', 'Text'),
      [`${CAP}/Empty__c/Empty__c.object-meta.xml`]: objectXml('ReadWrite'),
      [`${CAP}/Setting__mdt/fields/Value__c.field-meta.xml`]: fieldXml('Value__c', 'Text'),
      [`${CAP}/Signal__e/fields/Kind__c.field-meta.xml`]: fieldXml('Kind__c', 'Text'),
      [`${CAP}/Archive__b/Archive__b.object-meta.xml`]: objectXml('Private'),
      [`${CAP}/Remote__x/Remote__x.object-meta.xml`]: objectXml('Private'),
      [`${CAP}/Account/fields/Tier__c.field-meta.xml`]: fieldXml('Tier__c', 'Picklist'),
      // a standard object the standard file lacks: its fields are not read
      [`${CAP}/Opportunity/fields/Stage__c.field-meta.xml`]: fieldXml('Stage__c', 'Text'),
      [`${CAP}/Odd__cy/Odd__cy.object-meta.xml`]: objectXml('Private'),
      [`${CAP}/Shout__C/Shout__C.object-meta.xml`]: objectXml('Private'),
      [`${CAP}/Thing__c/fields/notes.txt`]: 'not a field',
      [`${CAP}/Legacy__c/fields/New__c.field-meta.xml`]: fieldXml('New__c', 'Text'),
      [`${CAP}/README.md`]: 'not an object folder',
      [`${CAP}/Loose__c.txt`]: 'a file named like an object is no object'
    });
    schema = new Schema(project.dir);
  });
  after(() => project?.dispose());

  test('standard objects and their fields come from config/standard-objects.json', () => {
    const account = schema.object('account');
    assert.equal(account.name, 'Account');
    assert.equal(account.origin, 'standard');
    assert.equal(account.field('NAME').type, 'String');
    assert.equal(account.field('name').name, 'Name');
    assert.equal(schema.standardFile, 'config/standard-objects.json');
    assert.equal(schema.root, project.dir);
    assert.equal(schema.object('Opportunity'), undefined);
    assert.equal(schema.object('Loose__c'), undefined);
    assert.equal(schema.object('Loose__c.txt'), undefined);
  });

  test('child relationships: the standard file, childOf, and a lookup with a relationship name', () => {
    const account = schema.object('Account');
    assert.deepEqual(account.child('contacts'), { name: 'Contacts', object: 'Contact' });
    assert.deepEqual(account.child('AccountTeamMembers'), {
      name: 'AccountTeamMembers',
      object: 'AccountTeamMember'
    });
    assert.deepEqual(account.child('things__r'), { name: 'Things__r', object: 'Thing__c' });
    assert.deepEqual(schema.object('Thing__c').child('Details__r'), {
      name: 'Details__r',
      object: 'Detail__c'
    });
    // Partner__c has no relationship name: Contact gets no child relationship from it
    assert.deepEqual([...schema.object('Contact').children.keys()], []);
    assert.deepEqual([...schema.object('User').children.keys()], []);
    assert.equal(schema.object('Missing'), undefined);
  });

  test('a custom object has the system fields, Name, an owner, and its fields from every folder', () => {
    const thing = schema.object('thing__c');
    assert.equal(thing.name, 'Thing__c');
    assert.equal(thing.origin, 'project');
    assert.deepEqual(fieldTypes(thing), {
      ...SYSTEM,
      account__c: 'Lookup',
      account__r: '->Account',
      count__c: 'Number',
      bare__c: 'Text',
      other__c: 'Checkbox',
      partner__c: 'Lookup',
      partner__r: '->Contact',
      ...OWNER
    });
    assert.equal(thing.field('bare__c').name, 'Bare__c');
  });

  test('a detail object has no owner and no share object; a public one no share object', () => {
    const { thing__c: _parent, ...detailFields } = fieldTypes(schema.object('Detail__c'));
    assert.deepEqual(detailFields, { ...SYSTEM, thing__r: '->Thing__c' });
    assert.equal(_parent, 'MasterDetail');
    assert.equal(schema.object('Detail__Share'), undefined);
    assert.equal(schema.object('Open__Share'), undefined);
    assert.deepEqual(fieldTypes(schema.object('Open__c')), {
      ...SYSTEM,
      note__c: 'Text',
      ...OWNER
    });
    assert.equal(schema.object('Open__c').child('Shares'), undefined);
  });

  test('an object without a fields folder still has an owner; one without an object file no share', () => {
    assert.deepEqual(fieldTypes(schema.object('Empty__c')), { ...SYSTEM, ...OWNER });
    assert.deepEqual(fieldTypes(schema.object('NoFile__c')), {
      ...SYSTEM,
      note__c: 'Text',
      ...OWNER
    });
    assert.equal(schema.object('NoFile__Share'), undefined);
  });

  test('a Private or Read object has a share object with the share fields and a Shares child', () => {
    const share = schema.object('Thing__Share');
    assert.equal(share.name, 'Thing__Share');
    assert.equal(share.origin, 'project');
    assert.deepEqual(fieldTypes(share), {
      id: 'Id',
      parentid: 'Id',
      userorgroupid: 'Id',
      userorgroup: '->*',
      accesslevel: 'String',
      rowcause: 'String',
      isdeleted: 'Boolean',
      lastmodifieddate: 'Datetime',
      lastmodifiedbyid: 'Id',
      lastmodifiedby: '->User',
      parent: '->Thing__c'
    });
    assert.deepEqual(schema.object('Thing__c').child('shares'), {
      name: 'Shares',
      object: 'Thing__Share'
    });
    assert.equal(schema.object('Readable__Share').name, 'Readable__Share');
    // only __c objects have one, whatever their sharing model
    assert.equal(schema.object('Archive__Share'), undefined);
    assert.equal(schema.object('Remote__Share'), undefined);
  });

  test('custom metadata types have their own fields and no owner; events, big and external objects are custom', () => {
    assert.deepEqual(fieldTypes(schema.object('Setting__mdt')), {
      id: 'Id',
      developername: 'String',
      masterlabel: 'String',
      label: 'String',
      language: 'String',
      namespaceprefix: 'String',
      qualifiedapiname: 'String',
      systemmodstamp: 'Datetime',
      value__c: 'Text'
    });
    // each kind its own system fields, written here from the platform's references: no Name, no
    // owner and no IsDeleted on any of them (an org refuses a query naming them)
    const onlyKindFields = (object, expected) => {
      const kind = fieldTypes(schema.object(object));
      for (const field of Object.keys(kind)) if (field.endsWith('__c')) delete kind[field];
      assert.deepEqual(kind, expected, object);
    };
    onlyKindFields('Signal__e', {
      replayid: 'String',
      eventuuid: 'String',
      createddate: 'Datetime',
      createdbyid: 'Id'
    });
    assert.equal(schema.object('Signal__e').field('Kind__c').type, 'Text');
    onlyKindFields('Archive__b', {
      id: 'Id',
      createddate: 'Datetime',
      createdbyid: 'Id',
      createdby: '->User',
      systemmodstamp: 'Datetime'
    });
    onlyKindFields('Remote__x', { id: 'Id', externalid: 'String', displayurl: 'Url' });
    assert.equal(schema.object('Odd__cy'), undefined);
    assert.equal(schema.object('Odd__cy.object-meta.xml'), undefined);
  });

  test('an object named like a custom one: upper-case suffix, or kept with the standard ones', () => {
    assert.equal(schema.object('Shout__C').origin, 'project');
    assert.equal(schema.object('Shout__Share').field('Parent').type, '->Shout__C');
    const legacy = schema.object('Legacy__c');
    assert.equal(legacy.origin, 'standard');
    assert.deepEqual(fieldTypes(legacy), { ...SYSTEM, old__c: 'String', new__c: 'Text' });
  });

  test('a standard object gets the project fields but keeps its own owner', () => {
    const account = schema.object('Account');
    assert.equal(account.origin, 'standard');
    assert.equal(account.field('Tier__c').type, 'Picklist');
    assert.equal(account.field('Owner').type, '->User');
    assert.equal(account.field('Id').type, 'Id');
    assert.equal(account.field('CreatedDate'), undefined);
  });

  describe('resolve', () => {
    test('a field, a path through parents, a polymorphic parent', () => {
      const direct = schema.resolve('Thing__c', 'count__c');
      assert.equal(direct.field.name, 'Count__c');
      assert.equal(direct.object.name, 'Thing__c');
      assert.equal(direct.polymorphic, undefined);
      const deep = schema.resolve('thing__c', 'Account__r.Owner.IsActive');
      assert.equal(deep.field.name, 'IsActive');
      assert.equal(deep.object.name, 'User');
      assert.equal(deep.error, undefined);
      const poly = schema.resolve('Thing__c', 'Owner.Anything.Else');
      assert.deepEqual(
        [poly.field.name, poly.object.name, poly.polymorphic],
        ['Owner', 'Thing__c', true]
      );
    });

    test('errors name the first part that does not exist', () => {
      assert.deepEqual(schema.resolve('Thing__c', 'Account__r.Nme'), {
        error: 'Account has no field Nme'
      });
      assert.deepEqual(schema.resolve('Thing__c', 'Count__c.Value'), {
        error: 'Thing__c.Count__c is not a relationship'
      });
      assert.deepEqual(schema.resolve('Thing__c', ''), { error: 'Thing__c has no field ' });
      assert.deepEqual(schema.resolve('AccountTeamMember', 'Ghost.Name'), {
        error:
          'object Nowhere is neither in the project nor in config/standard-objects.json (add a standard object with npm run schema:standard -- Nowhere)'
      });
      assert.deepEqual(schema.resolve('Nope__c', 'Id'), {
        error: 'object Nope__c does not exist in the project'
      });
    });
  });

  test('unknownObject: a share object, a custom object, a standard object', () => {
    assert.equal(
      schema.unknownObject('Open__share'),
      'object Open__share does not exist: a custom object has a share object only while its sharing model is Private or Read (a detail object never has one)'
    );
    assert.equal(
      schema.unknownObject('Open__Share_Extra'),
      'object Open__Share_Extra is neither in the project nor in config/standard-objects.json (add a standard object with npm run schema:standard -- Open__Share_Extra)'
    );
    for (const suffix of ['c', 'mdt', 'e', 'x', 'b', 'C'])
      assert.equal(
        schema.unknownObject(`Gone__${suffix}`),
        `object Gone__${suffix} does not exist in the project`
      );
    assert.equal(
      schema.unknownObject('Gone__cx'),
      'object Gone__cx is neither in the project nor in config/standard-objects.json (add a standard object with npm run schema:standard -- Gone__cx)'
    );
    assert.equal(
      schema.unknownObject('x__c_Gone'),
      'object x__c_Gone is neither in the project nor in config/standard-objects.json (add a standard object with npm run schema:standard -- x__c_Gone)'
    );
  });
});

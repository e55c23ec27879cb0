/*
 * The objects and fields a reference can resolve to: the standard objects this project keeps in
 * config/standard-objects.json, plus every object and field in the project's metadata.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDirectory, metadataDirs, projectRoot } from '../../lib/project.mjs';
import { readMetadata, text } from './metadata-xml.mjs';
import { loadStandardObjects, STANDARD_OBJECTS_FILE } from './standard-objects.mjs';

const CUSTOM_OBJECT_SYSTEM_FIELDS = {
  Id: 'Id',
  IsDeleted: 'Boolean',
  CreatedDate: 'Datetime',
  CreatedById: 'Id',
  CreatedBy: '->User',
  LastModifiedDate: 'Datetime',
  LastModifiedById: 'Id',
  LastModifiedBy: '->User',
  SystemModstamp: 'Datetime',
  LastActivityDate: 'Date',
  LastViewedDate: 'Datetime',
  LastReferencedDate: 'Datetime'
};
const OWNED_OBJECT_FIELDS = { OwnerId: 'Id', Owner: '->*' };
// The other custom kinds have fields of their own, no Name and no owner: a platform event
// (Platform Events Developer Guide, "Standard Fields"), a big object, an external object (Id,
// ExternalId, DisplayUrl). Fewer fields than an org has is a finding to check; more would let
// through a query the org refuses.
const PLATFORM_EVENT_FIELDS = {
  ReplayId: 'String',
  EventUuid: 'String',
  CreatedDate: 'Datetime',
  CreatedById: 'Id'
};
const BIG_OBJECT_FIELDS = {
  Id: 'Id',
  CreatedDate: 'Datetime',
  CreatedById: 'Id',
  CreatedBy: '->User',
  SystemModstamp: 'Datetime'
};
const EXTERNAL_OBJECT_FIELDS = { Id: 'Id', ExternalId: 'String', DisplayUrl: 'Url' };
// The share object of a custom object (Object Reference, "CustomObject__Share"; Apex Developer
// Guide, "Sharing a Record Using Apex"). It exists only while the object's internal default is
// Private or Public Read Only; a detail object (ControlledByParent) never has one.
const SHARE_OBJECT_FIELDS = {
  Id: 'Id',
  ParentId: 'Id',
  UserOrGroupId: 'Id',
  UserOrGroup: '->*',
  AccessLevel: 'String',
  RowCause: 'String',
  IsDeleted: 'Boolean',
  LastModifiedDate: 'Datetime',
  LastModifiedById: 'Id',
  LastModifiedBy: '->User'
};
const SHARED_MODELS = new Set(['Private', 'Read']);
const CUSTOM_METADATA_FIELDS = {
  Id: 'Id',
  DeveloperName: 'String',
  MasterLabel: 'String',
  Label: 'String',
  Language: 'String',
  NamespacePrefix: 'String',
  QualifiedApiName: 'String',
  SystemModstamp: 'Datetime'
};

const lower = (name) => name.toLowerCase();

class SObjectDescribe {
  constructor(name, origin) {
    this.name = name;
    this.origin = origin;
    this.fields = new Map();
    this.children = new Map();
  }

  addField(name, type) {
    this.fields.set(lower(name), { name, type });
  }

  field(name) {
    return this.fields.get(lower(name));
  }

  child(relationshipName) {
    return this.children.get(lower(relationshipName));
  }
}

export class Schema {
  constructor(root = projectRoot()) {
    this.root = root;
    this.objects = new Map();
    this.standardFile = STANDARD_OBJECTS_FILE;
    for (const [name, described] of Object.entries(loadStandardObjects(root))) {
      const object = this.#define(name, 'standard');
      for (const [field, type] of Object.entries(described.fields)) object.addField(field, type);
      for (const [relationship, child] of Object.entries(described.children ?? {})) {
        object.children.set(lower(relationship), { name: relationship, object: child });
      }
    }
    for (const [name, parents] of Object.entries(loadStandardObjects(root))) {
      for (const [parent, relationship] of Object.entries(parents.childOf ?? {})) {
        this.object(parent)?.children.set(lower(relationship), {
          name: relationship,
          object: name
        });
      }
    }
    this.#readProjectObjects();
  }

  #define(name, origin) {
    const object = this.objects.get(lower(name)) ?? new SObjectDescribe(name, origin);
    this.objects.set(lower(name), object);
    return object;
  }

  #readProjectObjects() {
    const relationships = [];
    // One object's fields may sit in several capability folders (docs/ARCHITECTURE.md): define
    // every object first, then add the fields of all its folders.
    const objectDirs = metadataDirs(this.root, 'objects').flatMap((objectsDir) =>
      readdirSync(objectsDir)
        .map((name) => ({ name, dir: join(objectsDir, name) }))
        .filter(({ dir }) => isDirectory(dir))
    );
    for (const { name } of objectDirs) {
      const isCustom = /__(c|mdt|e|x|b)$/i.test(name);
      if (!isCustom) continue; // standard objects come from config/standard-objects.json
      const object = this.#define(name, 'project');
      const systemFields = {
        mdt: CUSTOM_METADATA_FIELDS,
        e: PLATFORM_EVENT_FIELDS,
        b: BIG_OBJECT_FIELDS,
        x: EXTERNAL_OBJECT_FIELDS
      }[lower(name).replace(/^.*__/, '')] ?? { ...CUSTOM_OBJECT_SYSTEM_FIELDS, Name: 'String' };
      for (const [field, type] of Object.entries(systemFields)) object.addField(field, type);
    }
    for (const { name, dir } of objectDirs) {
      const file = join(dir, `${name}.object-meta.xml`);
      if (!/__c$/i.test(name) || !existsSync(file)) continue;
      if (!SHARED_MODELS.has(text(readMetadata(file), 'sharingModel'))) continue;
      // Stryker disable next-line Regex: an API name holds "__" only before its suffix, so "__c" can only end it
      const share = this.#define(name.replace(/__c$/i, '__Share'), 'project');
      for (const [field, type] of Object.entries(SHARE_OBJECT_FIELDS)) share.addField(field, type);
      share.addField('Parent', `->${name}`);
      this.object(name).children.set('shares', { name: 'Shares', object: share.name });
    }
    const ownedByMaster = new Set();
    for (const { name, dir } of objectDirs) {
      const fieldsDir = join(dir, 'fields');
      if (!isDirectory(fieldsDir)) continue;
      const object = this.object(name);
      if (!object) continue; // reported by the checker as an unknown standard object
      for (const file of readdirSync(fieldsDir).filter((f) => f.endsWith('.field-meta.xml'))) {
        const field = readMetadata(join(fieldsDir, file));
        const fieldName = text(field, 'fullName') ?? basename(file, '.field-meta.xml');
        const type = text(field, 'type') ?? 'Text';
        const referenceTo = text(field, 'referenceTo');
        object.addField(fieldName, type);
        if (referenceTo) {
          if (type === 'MasterDetail') ownedByMaster.add(object);
          const parentRelationship = fieldName.replace(/__c$/i, '__r');
          object.addField(parentRelationship, `->${referenceTo}`);
          relationships.push({
            parent: referenceTo,
            child: object.name,
            name: text(field, 'relationshipName')
          });
        }
      }
    }
    // Every custom object (__c) has an owner unless it is the detail of a master-detail
    // relationship, fields folder or not; the other custom kinds have none.
    for (const { name } of objectDirs) {
      const object = this.object(name);
      if (object?.origin === 'project' && /__c$/i.test(object.name) && !ownedByMaster.has(object)) {
        for (const [field, type] of Object.entries(OWNED_OBJECT_FIELDS))
          object.addField(field, type);
      }
    }
    for (const { parent, child, name } of relationships) {
      if (name)
        this.object(parent)?.children.set(lower(`${name}__r`), {
          name: `${name}__r`,
          object: child
        });
    }
  }

  object(name) {
    return this.objects.get(lower(name));
  }

  /**
   * Resolves a dotted path (`Account__r.Owner.Name`) from an object. Returns the field reached,
   * or an error that names the first part that does not exist.
   */
  resolve(objectName, path) {
    let object = this.object(objectName);
    if (!object) return { error: this.unknownObject(objectName) };
    const parts = path.split('.');
    for (const [index, part] of parts.entries()) {
      const field = object.field(part);
      if (!field) return { error: `${object.name} has no field ${part}` };
      if (index === parts.length - 1) return { field, object };
      if (!field.type.startsWith('->'))
        return { error: `${object.name}.${part} is not a relationship` };
      const parentName = field.type.slice(2);
      if (parentName === '*') return { field, object, polymorphic: true };
      object = this.object(parentName);
      if (!object) return { error: this.unknownObject(parentName) };
    }
    // not reached: ''.split('.') is [''], and the last part always returns above
  }

  unknownObject(name) {
    if (/__Share$/i.test(name))
      return `object ${name} does not exist: a custom object has a share object only while its sharing model is Private or Read (a detail object never has one)`;
    return /__(c|mdt|e|x|b)$/i.test(name)
      ? `object ${name} does not exist in the project`
      : `object ${name} is neither in the project nor in ${this.standardFile} (add a standard object with npm run schema:standard -- ${name})`;
  }
}

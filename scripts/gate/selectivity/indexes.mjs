/*
 * Which objects grow without bound in a customer org, and which of their fields carry an index.
 * The table of standard indexed fields, with its sources, is in README.md ("trigger-selectivity").
 *
 * Sources:
 *   [apex]  Apex Developer Guide, "Working with Very Large SOQL Queries" (More Efficient SOQL
 *           Queries): indexed by default are primary keys (Id, Name, OwnerId), foreign keys
 *           (lookup and master-detail fields), audit dates (CreatedDate, SystemModstamp),
 *           RecordType fields, and custom fields marked External ID or Unique.
 *   [ldv]   Best Practices for Deployments with Large Data Volumes, "Indexes": RecordTypeId,
 *           Division, CreatedDate, Systemmodstamp, Name, Email (contacts and leads), foreign keys,
 *           the record Id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDirectory, metadataDirs } from '../../lib/project.mjs';
import { loadStandardObjects } from '../integrity/standard-objects.mjs';

/** Standard objects that grow with the customer's activity (plus every custom object of the package). */
export const GROWING_STANDARD_OBJECTS = [
  'Account',
  'Contact',
  'Lead',
  'CampaignMember',
  'FeedItem',
  'FeedComment',
  'Task',
  'Event'
];

/** Standard fields indexed on every object that has them, and where the documentation says so. */
export const STANDARD_INDEXED_FIELDS = [
  { field: 'Id', on: 'every object', why: 'primary key', source: 'apex, ldv' },
  { field: 'Name', on: 'every object that has one', why: 'primary key', source: 'apex, ldv' },
  { field: 'OwnerId', on: 'owned objects', why: 'primary key', source: 'apex' },
  { field: 'CreatedDate', on: 'every object', why: 'audit date', source: 'apex, ldv' },
  { field: 'SystemModstamp', on: 'every object', why: 'audit date', source: 'apex, ldv' },
  {
    field: 'RecordTypeId',
    on: 'objects with record types',
    why: 'record type',
    source: 'apex, ldv'
  },
  { field: 'Division', on: 'objects with divisions', why: 'division', source: 'ldv' },
  { field: 'Email', on: 'Contact, Lead', why: 'email', source: 'ldv' },
  {
    field:
      'any standard lookup (…Id: AccountId, CampaignId, ContactId, LeadId, ParentId, FeedItemId, WhoId, WhatId, CreatedById …)',
    on: 'every object',
    why: 'foreign key',
    source: 'apex, ldv'
  }
];

const lower = (name) => name.toLowerCase();
const STANDARD_BY_NAME = new Map(
  STANDARD_INDEXED_FIELDS.filter((row) => !row.field.includes(' ')).map((row) => [
    lower(row.field),
    row
  ])
);

function tagText(source, tag) {
  return new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`).exec(source)?.[1];
}

/** The project's objects and custom fields with what decides an index. */
function projectObjects(root) {
  const objects = new Map();
  for (const objectsDir of metadataDirs(root, 'objects')) {
    for (const name of readdirSync(objectsDir)) {
      const dir = join(objectsDir, name);
      if (!isDirectory(dir)) continue;
      const object = objects.get(lower(name)) ?? { name, fields: new Map(), custom: false };
      objects.set(lower(name), object);
      const objectFile = join(dir, `${name}.object-meta.xml`);
      if (/__c$/i.test(name)) {
        let source = '';
        try {
          source = readFileSync(objectFile, 'utf8');
        } catch {
          // fields of an object defined in another capability folder
        }
        object.custom = true;
        if (tagText(source, 'customSettingsType')) object.setting = true;
      }
      const fieldsDir = join(dir, 'fields');
      if (!isDirectory(fieldsDir)) continue;
      for (const file of readdirSync(fieldsDir).filter((f) => f.endsWith('.field-meta.xml'))) {
        const source = readFileSync(join(fieldsDir, file), 'utf8');
        const fieldName = tagText(source, 'fullName') ?? file.replace('.field-meta.xml', '');
        object.fields.set(lower(fieldName), {
          name: fieldName,
          type: tagText(source, 'type') ?? 'Text',
          externalId: tagText(source, 'externalId') === 'true',
          unique: tagText(source, 'unique') === 'true'
        });
      }
    }
  }
  return objects;
}

export class Indexes {
  constructor(root) {
    this.project = projectObjects(root);
    this.standard = new Map(
      Object.entries(loadStandardObjects(root)).map(([name, described]) => [
        lower(name),
        new Map(
          Object.entries(described.fields).map(([field, type]) => [
            lower(field),
            { name: field, type }
          ])
        )
      ])
    );
  }

  /** Whether rows of `objectName` grow without bound (and a trigger's query on it must be selective). */
  grows(objectName) {
    if (GROWING_STANDARD_OBJECTS.some((name) => lower(name) === lower(objectName))) return true;
    const object = this.project.get(lower(objectName));
    return Boolean(object?.custom && !object.setting);
  }

  /**
   * Whether a filter on `path` of `objectName` can use an index: { indexed, why }. A path through a
   * relationship counts only as `Relationship.Id`, which is the lookup itself.
   */
  index(objectName, path) {
    const parts = path.split('.');
    if (parts.length === 2 && lower(parts[1]) === 'id') {
      const lookup = /__r$/i.test(parts[0]) ? parts[0].replace(/__r$/i, '__c') : `${parts[0]}Id`;
      const found = this.index(objectName, lookup);
      return found.indexed ? { indexed: true, why: `${path} is the lookup ${lookup}` } : found;
    }
    if (parts.length > 1) return { indexed: false, why: `${path} is a field of another object` };
    const name = lower(path);
    const custom = this.project.get(lower(objectName))?.fields.get(name);
    if (custom) {
      if (['lookup', 'masterdetail', 'hierarchy'].includes(lower(custom.type)))
        return { indexed: true, why: `${custom.name} is a ${custom.type}` };
      if (custom.externalId) return { indexed: true, why: `${custom.name} is an External ID` };
      if (custom.unique) return { indexed: true, why: `${custom.name} is unique` };
      return {
        indexed: false,
        why: `${custom.name} has no index (not a lookup, External ID or unique field)`
      };
    }
    const standard = STANDARD_BY_NAME.get(name);
    if (
      standard &&
      (standard.on !== 'Contact, Lead' || ['contact', 'lead'].includes(lower(objectName)))
    )
      return { indexed: true, why: `${path}: ${standard.why}` };
    const described = this.standard.get(lower(objectName))?.get(name);
    if (described?.type === 'Id')
      return { indexed: true, why: `${described.name} is a standard lookup` };
    return { indexed: false, why: `${path} has no standard index` };
  }
}

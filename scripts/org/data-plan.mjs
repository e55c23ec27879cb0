/*
 * Offline check of an `sf data import tree` plan: every object and field it writes exists in this
 * package's metadata or is a standard field on the small list below, and every @reference points
 * at a record of the plan. `sf data import tree` would otherwise find out in the org, half-way.
 *
 * The standard fields are an explicit list on purpose: when the sample data needs another one,
 * add it here (one word) and the check keeps proving the rest.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { packageDirectories, walk } from '../lib/project.mjs';

/** Standard objects the sample data may write, with the standard fields it may set. */
export const STANDARD_FIELDS = {
  Account: [
    'Name',
    'Type',
    'Industry',
    'Website',
    'Description',
    'Phone',
    'BillingCity',
    'BillingCountry',
    'NumberOfEmployees',
    'OwnerId'
  ],
  AccountTeamMember: ['AccountId', 'UserId', 'TeamMemberRole', 'AccountAccessLevel'],
  Campaign: [
    'Name',
    'Type',
    'Status',
    'IsActive',
    'StartDate',
    'EndDate',
    'Description',
    'OwnerId'
  ],
  CampaignMember: ['CampaignId', 'ContactId', 'LeadId', 'Status'],
  Contact: ['FirstName', 'LastName', 'Email', 'Title', 'Phone', 'AccountId', 'OwnerId'],
  Lead: ['FirstName', 'LastName', 'Company', 'Email', 'Title', 'Status', 'LeadSource', 'OwnerId'],
  Opportunity: ['Name', 'AccountId', 'StageName', 'CloseDate', 'Amount', 'Type', 'OwnerId']
};

/** Standard fields every custom object has that sample data may set. */
const CUSTOM_OBJECT_STANDARD_FIELDS = ['Name', 'OwnerId'];

/** Standard parent -> child relationship names usable for nested records in a tree file. */
const STANDARD_CHILD_RELATIONSHIPS = {
  Account: ['Contacts', 'Opportunities', 'AccountTeamMembers'],
  Campaign: ['CampaignMembers'],
  Contact: ['CampaignMembers'],
  Lead: ['CampaignMembers']
};

/** Custom objects and fields of the package: { objects: Map<object, Set<field>>, children }. */
export function metadataIndex(root) {
  const objects = new Map();
  const children = new Map(); // parent object -> Set of custom child relationship names (X__r)
  for (const dir of packageDirectories(root)) {
    for (const file of walk(dir)) {
      const objectDir = dirname(file);
      if (file.endsWith('.object-meta.xml') && basename(dirname(objectDir)) === 'objects') {
        const name = basename(file, '.object-meta.xml');
        if (!objects.has(name)) objects.set(name, new Set());
      }
      if (file.endsWith('.field-meta.xml') && basename(objectDir) === 'fields') {
        const object = basename(dirname(objectDir));
        if (!objects.has(object)) objects.set(object, new Set());
        objects.get(object).add(basename(file, '.field-meta.xml'));
        const xml = readFileSync(file, 'utf8');
        const relationship = /<relationshipName>([^<]+)<\/relationshipName>/.exec(xml)?.[1];
        const parent = /<referenceTo>([^<]+)<\/referenceTo>/.exec(xml)?.[1];
        if (relationship && parent) {
          if (!children.has(parent)) children.set(parent, new Set());
          children.get(parent).add(`${relationship}__r`);
        }
      }
    }
  }
  return { objects, children };
}

function isCustomObject(name) {
  return name.endsWith('__c');
}

/** Whether the package or the standard list knows the object. */
function knownObject(index, object) {
  if (object.endsWith('__mdt')) return false; // custom metadata deploys as metadata, not data
  if (isCustomObject(object)) return index.objects.has(object);
  return Object.hasOwn(STANDARD_FIELDS, object);
}

function knownField(index, object, field) {
  const custom = index.objects.get(object);
  if (field.endsWith('__c')) return Boolean(custom?.has(field));
  if (isCustomObject(object)) return CUSTOM_OBJECT_STANDARD_FIELDS.includes(field);
  return (STANDARD_FIELDS[object] ?? []).includes(field);
}

function knownChildRelationship(index, object, name) {
  return (
    (STANDARD_CHILD_RELATIONSHIPS[object] ?? []).includes(name) ||
    Boolean(index.children.get(object)?.has(name))
  );
}

function readJson(path, problems, label) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({ file: label, message: `not readable JSON: ${error.message}` });
    return null;
  }
}

/**
 * Checks a data plan; returns problems [{ file, message }] (empty when the plan is consistent).
 * `planPath` is absolute or relative to `root`.
 */
export function checkDataPlan(planPath, root) {
  const problems = [];
  const absolutePlan = isAbsolute(planPath) ? planPath : join(root, planPath);
  const planLabel = relative(root, absolutePlan);
  if (!existsSync(absolutePlan)) return [{ file: planLabel, message: 'plan file not found' }];
  const plan = readJson(absolutePlan, problems, planLabel);
  if (!plan) return problems;
  if (!Array.isArray(plan) || plan.length === 0) {
    return [{ file: planLabel, message: 'a plan is a non-empty array of { sobject, files }' }];
  }
  const index = metadataIndex(root);
  const refs = new Set();
  const pendingRefs = [];

  for (const [position, entry] of plan.entries()) {
    const where = `${planLabel} entry ${position + 1}`;
    if (!entry || typeof entry.sobject !== 'string' || !Array.isArray(entry.files)) {
      problems.push({ file: where, message: 'needs "sobject" (string) and "files" (array)' });
      continue;
    }
    if (!knownObject(index, entry.sobject)) {
      problems.push({
        file: where,
        message: `object ${entry.sobject} is neither in the package metadata nor on the standard list`
      });
    }
    for (const name of entry.files) {
      const dataFile = join(dirname(absolutePlan), name);
      const label = relative(root, dataFile);
      if (!existsSync(dataFile)) {
        problems.push({ file: label, message: `listed in ${planLabel} but missing` });
        continue;
      }
      const data = readJson(dataFile, problems, label);
      if (!data) continue;
      if (!Array.isArray(data.records)) {
        problems.push({ file: label, message: 'a tree file has a "records" array' });
        continue;
      }
      checkRecords(data.records, entry.sobject, label, index, problems, refs, pendingRefs);
    }
  }
  // The CLI resolves @references across the whole plan, in any order (saveRefs is ignored).
  for (const { ref, file, field } of pendingRefs) {
    if (!refs.has(ref)) {
      problems.push({ file, message: `${field} refers to @${ref}, a referenceId no record has` });
    }
  }
  return problems;
}

function checkRecords(records, expectedType, label, index, problems, refs, pendingRefs) {
  for (const [position, record] of records.entries()) {
    const where = `${label} record ${position + 1}`;
    const type = record?.attributes?.type;
    if (type !== expectedType) {
      problems.push({
        file: where,
        message: `attributes.type is ${JSON.stringify(type)}, expected ${expectedType}`
      });
    }
    const object = type ?? expectedType;
    if (record?.attributes?.referenceId) refs.add(record.attributes.referenceId);
    for (const [field, value] of Object.entries(record ?? {})) {
      if (field === 'attributes') continue;
      if (value && typeof value === 'object' && Array.isArray(value.records)) {
        if (!knownChildRelationship(index, object, field)) {
          problems.push({ file: where, message: `${object} has no child relationship ${field}` });
          continue;
        }
        const childType = value.records[0]?.attributes?.type;
        if (childType && !knownObject(index, childType)) {
          problems.push({ file: where, message: `child object ${childType} is unknown` });
        }
        checkRecords(value.records, childType, where, index, problems, refs, pendingRefs);
        continue;
      }
      if (!knownField(index, object, field)) {
        problems.push({
          file: where,
          message: `field ${object}.${field} is neither in the package metadata nor on the standard list`
        });
      }
      if (typeof value === 'string' && value.startsWith('@')) {
        pendingRefs.push({ ref: value.slice(1), file: where, field: `${object}.${field}` });
      }
    }
  }
}

/** The first object a plan loads: what setup counts to tell whether the data is already there. */
export function firstPlanObject(planPath, root) {
  try {
    const plan = JSON.parse(readFileSync(join(root, planPath), 'utf8'));
    const custom = plan.find((entry) => isCustomObject(entry.sobject ?? ''));
    return (custom ?? plan[0])?.sobject ?? null;
  } catch {
    return null;
  }
}

/** Plan files under scripts/data, for the tests. */
export function dataPlans(root) {
  const dir = join(root, 'scripts', 'data');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /plan/i.test(name) && name.endsWith('.json'))
    .map((name) => `scripts/data/${name}`);
}

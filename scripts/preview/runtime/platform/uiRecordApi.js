/*
 * lightning/uiRecordApi in the preview: getRecord (wire) and the record writes, on the backend's
 * in-memory store. Field names come as 'Object.Field' strings or @salesforce/schema objects;
 * relationship paths ('Account.Owner.Name') are followed like the UI API does.
 */
import { getStore, ready } from '../backend/index.js';

const live = new Set();

function fieldPath(field) {
  if (typeof field === 'string') return field.split('.').slice(1);
  return String(field?.fieldApiName ?? '').split('.');
}

function objectOf(store, record) {
  const table = Object.entries(store.tables).find(([, rows]) => rows.get(record.Id) === record);
  return table ? table[0] : null;
}

function relationshipId(record, name) {
  if (name.endsWith('__r')) return record[`${name.slice(0, -3)}__c`];
  return record[`${name}Id`];
}

/** A UI API record representation holding the requested fields (paths followed). */
function represent(store, record, paths) {
  const fields = {};
  for (const path of paths) {
    let target = fields;
    let current = record;
    path.forEach((part, index) => {
      if (!current) return;
      if (index === path.length - 1) {
        const value = current[part] ?? null;
        target[part] = { value, displayValue: null };
        return;
      }
      const related = store.get(relationshipId(current, part));
      target[part] ??= {
        value: related ? { id: related.Id, apiName: objectOf(store, related), fields: {} } : null,
        displayValue: null
      };
      target = target[part].value?.fields;
      current = related;
    });
  }
  return { id: record.Id, apiName: objectOf(store, record), fields };
}

export class getRecord {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {
    live.add(this);
  }
  disconnect() {
    live.delete(this);
  }
  update(config) {
    this.config = config;
    this.fetch();
  }
  async fetch() {
    const config = this.config ?? {};
    if (!config.recordId) return;
    const store = await ready;
    const record = store.get(config.recordId);
    if (!record) {
      this.dataCallback({
        data: undefined,
        error: { status: 404, body: [{ message: 'The requested resource does not exist' }] }
      });
      return;
    }
    const paths = [...(config.fields ?? []), ...(config.optionalFields ?? [])].map(fieldPath);
    this.dataCallback({ data: structuredClone(represent(store, record, paths)), error: undefined });
  }
}

export function getFieldValue(record, field) {
  let fields = record?.fields;
  let value;
  for (const part of fieldPath(field)) {
    const entry = fields?.[part];
    value = entry?.value;
    fields = value?.fields;
  }
  return value;
}

export function getFieldDisplayValue(record, field) {
  const value = getFieldValue(record, field);
  return value == null ? null : String(value);
}

export async function updateRecord({ fields }) {
  await ready;
  const record = getStore().get(fields?.Id);
  if (!record) throw { status: 404, body: { message: 'The requested resource does not exist' } };
  Object.assign(record, fields);
  for (const adapter of live) adapter.fetch();
  return structuredClone(
    represent(
      getStore(),
      record,
      Object.keys(fields).map((f) => [f])
    )
  );
}

export async function createRecord({ apiName, fields }) {
  await ready;
  const record = getStore().create(apiName, 'a0Z', { ...fields });
  return structuredClone(
    represent(
      getStore(),
      record,
      Object.keys(fields).map((f) => [f])
    )
  );
}

export async function deleteRecord(recordId) {
  await ready;
  const store = getStore();
  for (const table of Object.values(store.tables)) table.delete(recordId);
  store.byId.delete(recordId);
}

export async function notifyRecordUpdateAvailable() {
  for (const adapter of live) adapter.fetch();
}

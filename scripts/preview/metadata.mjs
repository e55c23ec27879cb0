/*
 * What the preview reads from the project's own metadata, at build or serve time: custom label
 * values, the @AuraEnabled method names declared in types/apex.d.ts, and the program
 * configuration custom metadata records. Nothing here keeps a copy of any of it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { metadataDirs } from '../lib/project.mjs';

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['labels', 'values'].includes(name)
});

/** Custom label values by API name (`Board_Title` → 'Reference responses'). */
export function readLabels(root) {
  const labels = new Map();
  for (const dir of metadataDirs(root, 'labels')) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.labels-meta.xml'))) {
      const xml = parser.parse(readFileSync(join(dir, file), 'utf8'));
      for (const label of xml.CustomLabels?.labels ?? []) {
        labels.set(String(label.fullName).trim(), String(label.value ?? ''));
      }
    }
  }
  return labels;
}

/** Every `Class.method` that types/apex.d.ts declares (generated from the @AuraEnabled Apex). */
export function readApexMethodNames(root) {
  const file = join(root, 'types', 'apex.d.ts');
  if (!existsSync(file)) return new Set();
  const names = new Set();
  for (const match of readFileSync(file, 'utf8').matchAll(
    /declare module '@salesforce\/apex\/([\w]+\.[\w]+)'/g
  )) {
    names.add(match[1]);
  }
  return names;
}

function valueOf(entry) {
  const value = entry.value;
  if (value === undefined || value === null || typeof value !== 'object') return value ?? null;
  if (value['@_xsi:nil'] === 'true') return null;
  const text = value['#text'] ?? '';
  const type = value['@_xsi:type'];
  if (type === 'xsd:boolean') return text === 'true';
  if (type === 'xsd:double' || type === 'xsd:int') return Number(text);
  return text;
}

/**
 * Custom metadata records by type: { Reference_Program: { Customer: { Active__c: true, … } } }.
 */
export function readCustomMetadata(root) {
  const byType = {};
  for (const dir of metadataDirs(root, 'customMetadata')) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.md-meta.xml'))) {
      const [type, record] = file.replace(/\.md-meta\.xml$/, '').split('.');
      const xml = parser.parse(readFileSync(join(dir, file), 'utf8'));
      const fields = {
        DeveloperName: record,
        MasterLabel: String(xml.CustomMetadata?.label ?? '')
      };
      for (const entry of xml.CustomMetadata?.values ?? []) {
        fields[String(entry.field)] = valueOf(entry);
      }
      byType[type] ??= {};
      byType[type][record] = fields;
    }
  }
  return byType;
}

/**
 * The auto-number Name fields of the custom objects, as the platform fills them:
 * { sobject: 'NOM-{00000}' }.
 */
export function readAutoNumberFormats(root) {
  const formats = {};
  for (const objectsDir of metadataDirs(root, 'objects'))
    for (const sobject of readdirSync(objectsDir)) {
      const file = join(objectsDir, sobject, `${sobject}.object-meta.xml`);
      if (!existsSync(file)) continue;
      const nameField = /<nameField>([\s\S]*?)<\/nameField>/.exec(readFileSync(file, 'utf8'))?.[1];
      const format = /<displayFormat>([^<]+)<\/displayFormat>/.exec(nameField ?? '')?.[1];
      if (format && /<type>AutoNumber<\/type>/.test(nameField)) formats[sobject] = format;
    }
  return formats;
}

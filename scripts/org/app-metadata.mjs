/*
 * Offline check of where people work in the org: the Lightning app, its tabs and record page
 * overrides, and the layouts, compact layouts and list views of the package's objects. A name that
 * points at nothing deploys in no org (or, for a tab a permission set shows, shows nothing), and
 * the integrity checker of the gate does not follow these references.
 *
 * Returns problems [{ file, message }]; empty when every reference resolves in the project.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { packageDirectories, rel, walk } from '../lib/project.mjs';

/** Standard fields every custom object has that a layout or list view may show. */
const STANDARD_FIELDS = new Set(['Name', 'OwnerId', 'CreatedById', 'LastModifiedById']);

/** List view columns that name standard fields by their upper-case column name. */
const isStandardColumn = (column) => /^[A-Z_.]+$/.test(column);

const values = (xml, tag) =>
  [...xml.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map((match) => match[1].trim());

function projectFiles(root) {
  return packageDirectories(root).flatMap(walk);
}

/** The project's metadata by kind: { objects: Map<object, { fields, compact, listViews }>, ... }. */
export function appIndex(root) {
  const files = projectFiles(root);
  const objects = new Map();
  const object = (name) => {
    if (!objects.has(name)) {
      objects.set(name, {
        fields: new Set(),
        compact: new Set(),
        listViews: new Set(),
        file: null
      });
    }
    return objects.get(name);
  };
  const named = (suffix) =>
    files.filter((file) => file.endsWith(suffix)).map((file) => basename(file, suffix));
  for (const file of files) {
    const parent = basename(dirname(file));
    const owner = basename(dirname(dirname(file)));
    if (file.endsWith('.object-meta.xml')) object(basename(file, '.object-meta.xml')).file = file;
    if (file.endsWith('.field-meta.xml') && parent === 'fields') {
      object(owner).fields.add(basename(file, '.field-meta.xml'));
    }
    if (file.endsWith('.compactLayout-meta.xml')) {
      object(owner).compact.add(basename(file, '.compactLayout-meta.xml'));
    }
    if (file.endsWith('.listView-meta.xml')) {
      object(owner).listViews.add(basename(file, '.listView-meta.xml'));
    }
  }
  return {
    files,
    objects,
    tabs: new Set(named('.tab-meta.xml')),
    apps: new Set(named('.app-meta.xml')),
    flexipages: new Map(
      files
        .filter((file) => file.endsWith('.flexipage-meta.xml'))
        .map((file) => [basename(file, '.flexipage-meta.xml'), readFileSync(file, 'utf8')])
    ),
    layouts: files.filter((file) => file.endsWith('.layout-meta.xml'))
  };
}

function fieldProblem(index, objectName, field) {
  const object = index.objects.get(objectName);
  if (!object) return `object ${objectName} is not in the project`;
  if (STANDARD_FIELDS.has(field) || object.fields.has(field)) return null;
  return `${objectName}.${field} is not a field of the project`;
}

export function appProblems(root) {
  const index = appIndex(root);
  const problems = [];
  const report = (file, message) => problems.push({ file: rel(file, root), message });

  for (const file of index.files.filter((path) => path.endsWith('.app-meta.xml'))) {
    const xml = readFileSync(file, 'utf8');
    for (const tab of values(xml, 'tabs')) {
      if (!tab.startsWith('standard-') && !index.tabs.has(tab))
        report(file, `tab ${tab} has no tab file`);
    }
    for (const override of xml.match(/<actionOverrides>[\s\S]*?<\/actionOverrides>/g) ?? []) {
      const [page] = values(override, 'content');
      const [sobject] = values(override, 'pageOrSobjectType');
      const flexipage = index.flexipages.get(page);
      if (!flexipage) report(file, `record page ${page} is not in the project`);
      else if (values(flexipage, 'sobjectType')[0] !== sobject) {
        report(file, `record page ${page} is not a page of ${sobject}`);
      }
    }
  }

  for (const object of index.objects.values()) {
    if (!object.file) continue;
    const xml = readFileSync(object.file, 'utf8');
    const [assigned] = values(xml, 'compactLayoutAssignment');
    if (assigned && assigned !== 'SYSTEM' && !object.compact.has(assigned)) {
      report(object.file, `compact layout ${assigned} is not in the object's compactLayouts`);
    }
  }

  for (const file of index.files) {
    const owner = basename(dirname(dirname(file)));
    const xml = () => readFileSync(file, 'utf8');
    if (file.endsWith('.compactLayout-meta.xml')) {
      for (const field of values(xml(), 'fields')) {
        const problem = fieldProblem(index, owner, field);
        if (problem) report(file, problem);
      }
    }
    if (file.endsWith('.listView-meta.xml')) {
      const source = xml();
      const fields = [...values(source, 'columns'), ...values(source, 'field')];
      for (const field of fields.filter((column) => !isStandardColumn(column))) {
        const problem = fieldProblem(index, owner, field);
        if (problem) report(file, problem);
      }
    }
  }

  for (const file of index.layouts) {
    const objectName = basename(file).split('-')[0];
    for (const field of values(readFileSync(file, 'utf8'), 'field')) {
      const problem = fieldProblem(index, objectName, field);
      if (problem) report(file, problem);
    }
  }

  for (const file of index.files.filter((path) => path.endsWith('.permissionset-meta.xml'))) {
    const xml = readFileSync(file, 'utf8');
    for (const settings of xml.match(/<tabSettings>[\s\S]*?<\/tabSettings>/g) ?? []) {
      const [tab] = values(settings, 'tab');
      if (!tab.startsWith('standard-') && !index.tabs.has(tab))
        report(file, `tab ${tab} has no tab file`);
    }
    for (const visibility of xml.match(
      /<applicationVisibilities>[\s\S]*?<\/applicationVisibilities>/g
    ) ?? []) {
      const [app] = values(visibility, 'application');
      if (!index.apps.has(app)) report(file, `app ${app} is not in the project`);
    }
  }
  return problems;
}

/** Custom objects with a layout file in the project, by object name. */
export function objectsWithLayouts(root) {
  return new Set(appIndex(root).layouts.map((file) => basename(file).split('-')[0]));
}

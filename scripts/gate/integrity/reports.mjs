/*
 * Reports, report types and dashboards resolve as a deploy would require:
 * - a report type's section columns name fields of their table (the base object, or the object a
 *   join's relationship reaches), lookups followed (`Account__c.Name`);
 * - a report's columns, filters, groupings, time frame, sort and chart name columns of its report
 *   type (`Table$Field`), or the report's own row-level formulas, buckets and summary formulas;
 *   a summary formula's field references (`Object.Field:SUM`, the form summary formulas use in a
 *   custom report type's report) name a column of the report type on that object;
 *   a bucket's source column is a column of the report type; a report names its report type, and a
 *   custom report type (`Name__c`) that does not exist is reported;
 * - a dashboard's components name existing reports (`Folder/Report`, `Parent/Child/Report`) and
 *   columns of them; it runs as the viewer: a `runningUser` (a username, different in every org)
 *   or `dashboardType` SpecifiedUser is refused;
 * - reports, dashboards and their folder files are named as the Salesforce CLI
 *   (source-deploy-retrieve) names them: from the path after the last `reports/` (`dashboards/`)
 *   folder, nested folders included (`reports/Parent/Child/X.report-meta.xml` is
 *   `Parent/Child/X`). Elsewhere the CLI cannot name them and refuses to convert the project, so
 *   such a file is reported. A report or dashboard sits in a folder, and every folder, at each
 *   level, has its folder file (`reports/Parent/Child.reportFolder-meta.xml`, which needs
 *   `reports/Parent.reportFolder-meta.xml`).
 * A report type is found by its suffix in any folder of a capability (source format lets any folder
 * hold such metadata), not only in `reportTypes/`.
 * Not checked: row-level formulas' text, a summary formula's syntax and functions, standard report
 * types' columns, report/dashboard filters against picklist values.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { capabilityDirs, rel, walk } from '../../lib/project.mjs';
import { lineOf, readMetadata, text } from './metadata-xml.mjs';

const lower = (value) => String(value).toLowerCase();
// a parsed node is an object or, for an element holding only text, a string: never null
const list = (node, tag) => node[tag] ?? [];
const texts = (node, tag) => list(node, tag).filter((value) => typeof value === 'string');

/** A custom lookup is followed by its relationship name in the schema (`Account__c` → `Account__r`). */
const relationshipPath = (field) =>
  field
    .split('.')
    .map((part, index, parts) =>
      // Stryker disable next-line Regex: a developer name holds "__" only before its suffix (and after a namespace, which the project's schema never has): "__c" can only end a part
      index < parts.length - 1 ? part.replace(/__c$/i, '__r') : part
    )
    .join('.');

/** The capability folders' files, by suffix (source format lets any folder hold metadata). */
function metadataFiles(root) {
  const files = capabilityDirs(root).flatMap(walk);
  return (suffix) => files.filter((file) => file.endsWith(suffix));
}

function problemAt(problems, root, file, needle, message) {
  const source = readFileSync(file, 'utf8');
  problems.push({ file: rel(file, root), line: lineOf(source, needle) || 1, message });
}

function readReportTypes(schema, root, filesEnding, problems) {
  const byName = new Map();
  for (const file of filesEnding('.reportType-meta.xml')) {
    const name = basename(file, '.reportType-meta.xml');
    const doc = readMetadata(file);
    const base = text(doc, 'baseObject') ?? '';
    const tables = new Map([[lower(base), base]]);
    let table = base;
    let object = schema.object(base);
    if (!object) {
      problemAt(
        problems,
        root,
        file,
        '<baseObject>',
        `report type ${name}: ${schema.unknownObject(base)}`
      );
    }
    for (let join = list(doc, 'join')[0]; join && object; join = list(join, 'join')[0]) {
      const relationship = text(join, 'relationship') ?? '';
      const child = object.children.get(lower(relationship));
      if (!child) {
        problemAt(
          problems,
          root,
          file,
          `<relationship>${relationship}<`,
          `report type ${name}: ${object.name} has no child relationship ${relationship}`
        );
        break;
      }
      table = `${table}.${relationship}`;
      tables.set(lower(table), child.object);
      object = schema.object(child.object);
    }
    const columns = new Set();
    // `Object.Field`, the way a summary formula names a column of the report type
    const objectFields = new Set();
    for (const section of list(doc, 'sections')) {
      for (const column of list(section, 'columns')) {
        const tableName = text(column, 'table') ?? '';
        const field = text(column, 'field') ?? '';
        const objectName = tables.get(lower(tableName));
        if (!objectName) {
          problemAt(
            problems,
            root,
            file,
            `<table>${tableName}<`,
            `report type ${name}: table ${tableName} is neither its base object nor one of its joins`
          );
          continue;
        }
        const resolved = schema.resolve(objectName, relationshipPath(field));
        if (resolved.error) {
          problemAt(
            problems,
            root,
            file,
            `<field>${field}<`,
            `report type ${name}: ${field} of ${tableName}: ${resolved.error}`
          );
          continue;
        }
        columns.add(lower(`${tableName}$${field}`));
        objectFields.add(lower(`${objectName}.${field}`));
      }
    }
    byName.set(lower(name), { name, columns, objectFields });
  }
  return byName;
}

/** The folder-based types: the CLI's folder for them, their suffixes and root elements. */
const REPORT = {
  noun: 'report',
  directory: 'reports',
  suffix: '.report-meta.xml',
  element: '<Report',
  folderSuffix: '.reportFolder-meta.xml',
  folderElement: '<ReportFolder'
};
const DASHBOARD = {
  noun: 'dashboard',
  directory: 'dashboards',
  suffix: '.dashboard-meta.xml',
  element: '<Dashboard',
  folderSuffix: '.dashboardFolder-meta.xml',
  folderElement: '<DashboardFolder'
};

/**
 * The files of one folder-based type with their full names (`Parent/Child/X`), named from the path
 * after the last `reports/` or `dashboards/` folder as the CLI names them; a file outside such a
 * folder, an item in no folder and a folder (at any level) without its folder file are reported.
 */
function placedFiles(root, filesEnding, kind, problems) {
  const named = (suffix, noun, element) =>
    filesEnding(suffix).flatMap((file) => {
      const parts = rel(file, root).split('/');
      const at = parts.lastIndexOf(kind.directory);
      const own = basename(file, suffix);
      if (at === -1) {
        problemAt(
          problems,
          root,
          file,
          element,
          `${noun} ${own} is not under a ${kind.directory}/ folder: the Salesforce CLI names a ${noun} from its path after ${kind.directory}/ and cannot convert it anywhere else`
        );
        return [];
      }
      return [{ file, name: [...parts.slice(at + 1, -1), own].join('/'), noun, element }];
    });
  const folderFiles = named(kind.folderSuffix, `${kind.noun} folder`, kind.folderElement);
  const items = named(kind.suffix, kind.noun, kind.element);
  const folderNames = new Set(folderFiles.map((folder) => folder.name));
  for (const { file, name, noun, element } of [...folderFiles, ...items]) {
    const folder = name.slice(0, Math.max(name.lastIndexOf('/'), 0));
    if (folder === '') {
      if (noun === kind.noun) {
        problemAt(
          problems,
          root,
          file,
          element,
          `${noun} ${name} sits in no folder: the platform keeps a ${noun} in a folder (${kind.directory}/<Folder>/ with its <Folder>${kind.folderSuffix})`
        );
      }
    } else if (!folderNames.has(folder)) {
      const which = noun === kind.noun ? 'its folder' : 'its parent folder';
      problemAt(
        problems,
        root,
        file,
        element,
        `${noun} ${name}: ${which} ${folder} has no ${folder}${kind.folderSuffix}`
      );
    }
  }
  return items;
}

/** Every column name a report's parts use, with the tag it sits in. */
function reportReferences(doc) {
  const references = [];
  const add = (tag, values) => values.forEach((value) => references.push({ tag, value }));
  for (const column of list(doc, 'columns')) add('field', texts(column, 'field'));
  for (const filter of list(doc, 'filter'))
    for (const item of list(filter, 'criteriaItems')) add('column', texts(item, 'column'));
  for (const grouping of [...list(doc, 'groupingsDown'), ...list(doc, 'groupingsAcross')])
    add('field', texts(grouping, 'field'));
  for (const frame of list(doc, 'timeFrameFilter')) add('dateColumn', texts(frame, 'dateColumn'));
  for (const bucket of list(doc, 'buckets'))
    add('sourceColumnName', texts(bucket, 'sourceColumnName'));
  add('sortColumn', texts(doc, 'sortColumn'));
  for (const chart of list(doc, 'chart')) {
    add('groupingColumn', texts(chart, 'groupingColumn'));
    add('secondaryGroupingColumn', texts(chart, 'secondaryGroupingColumn'));
    for (const summary of list(chart, 'chartSummaries')) add('column', texts(summary, 'column'));
  }
  return references;
}

/** Names a report defines itself: row-level formulas, buckets, summary formulas, the row count. */
function ownColumns(doc) {
  const own = new Set(['rowcount']);
  for (const tag of ['customDetailFormulas', 'buckets', 'aggregates']) {
    for (const item of list(doc, tag))
      texts(item, 'developerName').forEach((n) => own.add(lower(n)));
  }
  return own;
}

const SUMMARY_REFERENCE = /([A-Za-z][\w]*(?:\.[A-Za-z][\w]*)+):(SUM|AVG|MAX|MIN|UNIQUE|MEDIAN)\b/gi;

/** `Object.Field:SUM` references of the report's summary formulas (`RowCount` needs none). */
function summaryFormulaReferences(doc) {
  const references = [];
  for (const aggregate of list(doc, 'aggregates')) {
    for (const formula of texts(aggregate, 'calculatedFormula')) {
      for (const match of formula.matchAll(SUMMARY_REFERENCE)) references.push(match[1]);
    }
  }
  return references;
}

/**
 * A custom report type is `Name__c`; a standard one has no "__" (`LeadList`) or names its objects
 * after a "$" (`CustomEntity$Object__c`).
 */
const isCustomReportType = (name) => name.includes('__') && !name.includes('$');

function checkReportFiles(root, filesEnding, reportTypes, problems) {
  const reports = new Map();
  for (const { file, name } of placedFiles(root, filesEnding, REPORT, problems)) {
    const doc = readMetadata(file);
    const typeName = text(doc, 'reportType');
    const own = ownColumns(doc);
    if (typeName === undefined) {
      problemAt(problems, root, file, '<Report', `report ${name} names no reportType`);
      continue;
    }
    if (!isCustomReportType(typeName)) {
      reports.set(lower(name), { name, columns: null, own });
      continue; // a standard report type: its columns are not in the project
    }
    const reportType = reportTypes.get(lower(typeName.slice(0, -'__c'.length)));
    if (!reportType) {
      problemAt(
        problems,
        root,
        file,
        `<reportType>${typeName}<`,
        `report ${name}: report type ${typeName} does not exist in the project`
      );
      continue;
    }
    reports.set(lower(name), { name, columns: reportType.columns, own });
    for (const { tag, value } of reportReferences(doc)) {
      if (own.has(lower(value)) || reportType.columns.has(lower(value))) continue;
      problemAt(
        problems,
        root,
        file,
        `<${tag}>${value}<`,
        `report ${name}: ${value} is not a column of report type ${typeName}`
      );
    }
    for (const reference of summaryFormulaReferences(doc)) {
      if (reportType.objectFields.has(lower(reference))) continue;
      problemAt(
        problems,
        root,
        file,
        reference,
        `report ${name}: summary formula reference ${reference} is not a column of report type ${typeName} (Object.Field, the object of one of its tables)`
      );
    }
  }
  return reports;
}

/** The components of a grid layout (Lightning) and of the left, middle and right sections (Classic). */
function dashboardComponents(doc) {
  const grid = list(doc, 'dashboardGridLayout')
    .flatMap((layout) => list(layout, 'dashboardGridComponents'))
    .flatMap((cell) => list(cell, 'dashboardComponent'));
  const sections = ['leftSection', 'middleSection', 'rightSection']
    .flatMap((section) => list(doc, section))
    .flatMap((section) => list(section, 'components'));
  return [...grid, ...sections];
}

function checkDashboards(root, filesEnding, reports, problems) {
  const dashboards = placedFiles(root, filesEnding, DASHBOARD, problems);
  for (const { file, name } of dashboards) {
    const doc = readMetadata(file);
    if (text(doc, 'runningUser') !== undefined || text(doc, 'dashboardType') === 'SpecifiedUser') {
      problemAt(
        problems,
        root,
        file,
        text(doc, 'runningUser') !== undefined ? '<runningUser>' : '<dashboardType>',
        `dashboard ${name} runs as a named user: it must run as the viewer (dashboardType LoggedInUser, no runningUser; a username differs in every org)`
      );
    }
    for (const component of dashboardComponents(doc)) {
      const reportName = text(component, 'report');
      if (!reportName) continue;
      const report = reports.get(lower(reportName));
      if (!report) {
        problemAt(
          problems,
          root,
          file,
          `<report>${reportName}<`,
          `dashboard ${name}: report ${reportName} does not exist in the project`
        );
        continue;
      }
      if (report.columns === null) continue; // a standard report type's columns are not known
      const used = [
        ...texts(component, 'groupingColumn'),
        ...list(component, 'chartSummary').flatMap((summary) => texts(summary, 'column'))
      ];
      for (const column of used) {
        if (report.own.has(lower(column)) || report.columns.has(lower(column))) continue;
        problemAt(
          problems,
          root,
          file,
          `>${column}<`,
          `dashboard ${name}: ${column} is not a column of report ${reportName}`
        );
      }
    }
  }
  return dashboards.length;
}

/** Checks every report type, report and dashboard; returns { problems, count }. */
export function checkReports(schema, root) {
  const problems = [];
  const filesEnding = metadataFiles(root);
  const reportTypes = readReportTypes(schema, root, filesEnding, problems);
  const reports = checkReportFiles(root, filesEnding, reportTypes, problems);
  const dashboards = checkDashboards(root, filesEnding, reports, problems);
  return { problems, count: reportTypes.size + reports.size + dashboards };
}

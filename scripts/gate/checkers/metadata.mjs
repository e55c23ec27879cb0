/*
 * Metadata files the platform would reject before reading them: malformed XML, the wrong root
 * element for the file's suffix, Apex without its -meta.xml (sf convert silently drops it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { rel, sourceFiles } from '../../lib/project.mjs';

const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

/** File suffix -> the root element the Metadata API expects. */
const ROOT_ELEMENT_BY_SUFFIX = {
  '.app-meta.xml': 'CustomApplication',
  '.cls-meta.xml': 'ApexClass',
  '.compactLayout-meta.xml': 'CompactLayout',
  '.customPermission-meta.xml': 'CustomPermission',
  '.dashboard-meta.xml': 'Dashboard',
  '.dashboardFolder-meta.xml': 'DashboardFolder',
  '.email-meta.xml': 'EmailTemplate',
  '.externalCredential-meta.xml': 'ExternalCredential',
  '.field-meta.xml': 'CustomField',
  '.fieldSet-meta.xml': 'FieldSet',
  '.flexipage-meta.xml': 'FlexiPage',
  '.flow-meta.xml': 'Flow',
  '.globalValueSet-meta.xml': 'GlobalValueSet',
  '.group-meta.xml': 'Group',
  '.js-meta.xml': 'LightningComponentBundle',
  '.labels-meta.xml': 'CustomLabels',
  '.layout-meta.xml': 'Layout',
  '.listView-meta.xml': 'ListView',
  '.md-meta.xml': 'CustomMetadata',
  '.namedCredential-meta.xml': 'NamedCredential',
  '.notiftype-meta.xml': 'CustomNotificationType',
  '.object-meta.xml': 'CustomObject',
  '.permissionset-meta.xml': 'PermissionSet',
  '.permissionsetgroup-meta.xml': 'PermissionSetGroup',
  '.queue-meta.xml': 'Queue',
  '.quickAction-meta.xml': 'QuickAction',
  '.recordType-meta.xml': 'RecordType',
  '.remoteSite-meta.xml': 'RemoteSiteSetting',
  '.report-meta.xml': 'Report',
  '.reportFolder-meta.xml': 'ReportFolder',
  '.reportType-meta.xml': 'ReportType',
  '.resource-meta.xml': 'StaticResource',
  '.sharingReason-meta.xml': 'SharingReason',
  '.standardValueSet-meta.xml': 'StandardValueSet',
  '.tab-meta.xml': 'CustomTab',
  '.trigger-meta.xml': 'ApexTrigger',
  '.validationRule-meta.xml': 'ValidationRule',
  '.webLink-meta.xml': 'WebLink'
};

/** Source files that are useless without their -meta.xml. */
const NEEDS_META = ['.cls', '.trigger'];

function suffixOf(file) {
  return Object.keys(ROOT_ELEMENT_BY_SUFFIX).find((suffix) => file.endsWith(suffix));
}

/**
 * The root element of well-formed XML (which always has one): the first start tag outside
 * comments (the declaration, <?xml …?>, does not start with a name character).
 */
function rootElement(xml) {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const [, name, attributes] = /<([A-Za-z_][\w.-]*)([^>]*)>/.exec(body);
  return { name, attributes };
}

export const metadata = {
  name: 'metadata',
  description: 'metadata XML well-formed, right root element, Apex with -meta.xml',
  run(root) {
    const problems = [];
    const files = sourceFiles(root);
    for (const file of files) {
      const path = rel(file, root);
      if (NEEDS_META.some((ext) => file.endsWith(ext)) && !existsSync(`${file}-meta.xml`)) {
        problems.push({
          file: path,
          line: 1,
          message: `missing ${path.split('/').pop()}-meta.xml`
        });
      }
      if (!file.endsWith('.xml')) continue;
      const xml = readFileSync(file, 'utf8');
      const valid = XMLValidator.validate(xml);
      if (valid !== true) {
        problems.push({
          file: path,
          line: valid.err.line,
          message: `malformed XML: ${valid.err.msg}`
        });
        continue;
      }
      if (!file.endsWith('-meta.xml')) continue;
      const suffix = suffixOf(file);
      if (!suffix) {
        problems.push({ file: path, line: 1, message: 'unknown metadata file suffix' });
        continue;
      }
      const sourceFile = file.slice(0, -'-meta.xml'.length);
      if (NEEDS_META.some((ext) => sourceFile.endsWith(ext)) && !existsSync(sourceFile)) {
        problems.push({
          file: path,
          line: 1,
          message: `no ${sourceFile.split('/').pop()} beside it`
        });
      }
      const element = rootElement(xml);
      const expected = ROOT_ELEMENT_BY_SUFFIX[suffix];
      if (element.name !== expected) {
        problems.push({
          file: path,
          line: 1,
          message: `root element is <${element.name}>, expected <${expected}>`
        });
      } else if (!element.attributes.includes(`xmlns="${METADATA_NAMESPACE}"`)) {
        problems.push({
          file: path,
          line: 1,
          message: `<${expected}> lacks xmlns="${METADATA_NAMESPACE}"`
        });
      }
    }
    return { problems, summary: `${files.length} files` };
  }
};

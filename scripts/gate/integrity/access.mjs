/*
 * Permission sets, FlexiPages, layouts and email templates reference only what exists; every
 * custom field that can carry field-level security appears in at least one permission set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDirectory, metadataDirs, rel, sourceFiles } from '../../lib/project.mjs';
import { lineOf, readMetadata, text } from './metadata-xml.mjs';

/** Custom fields that can be given FLS: not required, not master-detail, not on custom metadata. */
function fieldsNeedingSecurity(root) {
  const fields = [];
  for (const objectsDir of metadataDirs(root, 'objects')) {
    for (const objectName of readdirSync(objectsDir)) {
      const dir = join(objectsDir, objectName, 'fields');
      if (!isDirectory(dir) || objectName.endsWith('__mdt')) continue;
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.field-meta.xml'))) {
        const field = readMetadata(join(dir, file));
        if (text(field, 'required') === 'true' || text(field, 'type') === 'MasterDetail') continue;
        fields.push({
          name: `${objectName}.${basename(file, '.field-meta.xml')}`,
          path: join(dir, file)
        });
      }
    }
  }
  return fields;
}

function checkPermissionSets(schema, apex, index, root, problems) {
  const secured = new Set();
  const files = sourceFiles(root).filter((file) => file.endsWith('.permissionset-meta.xml'));
  for (const path of files) {
    const source = readFileSync(path, 'utf8');
    const set = readMetadata(path);
    const file = rel(path, root);
    for (const permission of set.fieldPermissions ?? []) {
      const field = text(permission, 'field');
      const [objectName, ...rest] = field.split('.');
      const resolved = schema.resolve(objectName, rest.join('.'));
      if (resolved.error)
        problems.push({
          file,
          line: lineOf(source, `<field>${field}</field>`),
          message: resolved.error
        });
      if (text(permission, 'readable') === 'true') secured.add(field.toLowerCase());
    }
    for (const permission of set.objectPermissions ?? []) {
      const objectName = text(permission, 'object');
      if (!schema.object(objectName)) {
        problems.push({
          file,
          line: lineOf(source, `<object>${objectName}</object>`),
          message: schema.unknownObject(objectName)
        });
      }
    }
    for (const access of set.classAccesses ?? []) {
      const className = text(access, 'apexClass');
      if (!apex.classNames.has(className.toLowerCase())) {
        problems.push({
          file,
          line: lineOf(source, `<apexClass>${className}</apexClass>`),
          message: `no Apex class ${className}`
        });
      }
    }
    for (const access of set.customPermissions ?? []) {
      const name = text(access, 'name');
      if (!index.customPermissions.has(name.toLowerCase())) {
        problems.push({
          file,
          line: lineOf(source, `<name>${name}</name>`),
          message: `no custom permission ${name}`
        });
      }
    }
  }
  if (files.length === 0) return;
  for (const field of fieldsNeedingSecurity(root)) {
    if (!secured.has(field.name.toLowerCase())) {
      problems.push({
        file: rel(field.path, root),
        line: 1,
        message: `${field.name} is readable in no permission set: nobody could see it`
      });
    }
  }
}

function checkFlexiPages(schema, index, root, problems) {
  for (const path of sourceFiles(root).filter((file) => file.endsWith('.flexipage-meta.xml'))) {
    const source = readFileSync(path, 'utf8');
    const page = readMetadata(path);
    const file = rel(path, root);
    const objectName = text(page, 'sobjectType');
    for (const match of source.matchAll(/<componentName>([^<]+)<\/componentName>/g)) {
      const name = match[1];
      const custom = /^c[:_]+(\w+)$/.exec(name);
      if (!custom) continue; // a standard component (flexipage:…, force:…, lst:…)
      const component = index.components.get(custom[1].toLowerCase());
      const line = lineOf(source, match[0]);
      if (!component) problems.push({ file, line, message: `no LWC ${custom[1]}` });
      else if (!component.exposed)
        problems.push({ file, line, message: `LWC ${custom[1]} is not exposed (isExposed)` });
      else if (
        ![...component.targets].some((target) =>
          /^lightning__(RecordPage|AppPage|HomePage)$/.test(target)
        )
      ) {
        problems.push({ file, line, message: `LWC ${custom[1]} has no Lightning page target` });
      }
    }
    // A component shown by a custom permission (visibility rule) that does not exist shows to nobody.
    for (const match of source.matchAll(/\{!\$Permission\.CustomPermission\.(\w+)\}/g)) {
      if (!index.customPermissions.has(match[1].toLowerCase())) {
        problems.push({
          file,
          line: lineOf(source, match[0]),
          message: `no custom permission ${match[1]} (visibility rule)`
        });
      }
    }
    for (const match of source.matchAll(/<fieldItem>Record\.([^<]+)<\/fieldItem>/g)) {
      if (!objectName) continue;
      const resolved = schema.resolve(objectName, match[1]);
      if (resolved.error)
        problems.push({ file, line: lineOf(source, match[0]), message: resolved.error });
    }
  }
}

function checkLayouts(schema, root, problems) {
  for (const path of sourceFiles(root).filter((file) => file.endsWith('.layout-meta.xml'))) {
    const objectName = basename(path).split('-')[0];
    const source = readFileSync(path, 'utf8');
    for (const match of source.matchAll(/<field>([^<]+)<\/field>/g)) {
      const resolved = schema.resolve(objectName, match[1]);
      if (resolved.error)
        problems.push({
          file: rel(path, root),
          line: lineOf(source, match[0]),
          message: resolved.error
        });
    }
  }
}

function checkEmailTemplates(schema, root, problems) {
  for (const path of sourceFiles(root).filter((file) => /\.email$/.test(file))) {
    const source = readFileSync(path, 'utf8');
    for (const match of source.matchAll(/\{!\s*([A-Za-z_]\w*)\.([\w.]+)\s*\}/g)) {
      const [, objectName, fieldPath] = match;
      if (!schema.object(objectName)) continue; // a merge source that is not an object ($User …)
      const resolved = schema.resolve(objectName, fieldPath);
      if (resolved.error)
        problems.push({
          file: rel(path, root),
          line: lineOf(source, match[0]),
          message: resolved.error
        });
    }
  }
}

export function checkAccess(schema, apex, index, root) {
  const problems = [];
  checkPermissionSets(schema, apex, index, root, problems);
  checkFlexiPages(schema, index, root, problems);
  checkLayouts(schema, root, problems);
  checkEmailTemplates(schema, root, problems);
  return { problems };
}

/*
 * What components import from the platform exists: @salesforce/apex/Class.method is a static
 * @AuraEnabled method, @salesforce/schema/Object.Field a field, @salesforce/label/c.Name a label,
 * @salesforce/customPermission/Name a custom permission; and types/apex.d.ts matches the Apex.
 */
import { readFileSync } from 'node:fs';
import { isTestPath, lwcBundles, rel, walk } from '../../lib/project.mjs';
import { apexTypesFileText, APEX_TYPES_FILE, readCommittedApexTypes } from './apex-types.mjs';

const IMPORT = /import\s+[\w{}\s,*]+\s+from\s+['"](@salesforce\/[^'"]+)['"]/g;

function lineAt(source, index) {
  return source.slice(0, index).split('\n').length;
}

function checkSpecifier(specifier, { schema, apex, index }) {
  const [, kind, ...rest] = specifier.split('/');
  const target = rest.join('/');
  switch (kind) {
    case 'apex': {
      if (!target) return undefined; // '@salesforce/apex' itself: refreshApex
      const [className, methodName] = target.split('.');
      const apexClass = apex.classes.get(className.toLowerCase());
      if (!apexClass) return `no Apex class ${className}`;
      const method = apexClass.methods.find(
        // Stryker disable next-line StringLiteral: without a method name no method matches, whatever the default
        (m) => m.name.toLowerCase() === (methodName ?? '').toLowerCase()
      );
      if (!method) return `${className} has no method ${methodName}`;
      if (!method.isStatic || !method.annotations.includes('auraenabled')) {
        return `${className}.${methodName} is not a static @AuraEnabled method`;
      }
      return undefined;
    }
    case 'schema': {
      const [objectName, ...path] = target.split('.');
      if (!schema.object(objectName)) return schema.unknownObject(objectName);
      if (path.length === 0) return undefined;
      return schema.resolve(objectName, path.join('.')).error;
    }
    case 'label': {
      const name = target.replace(/^c\./, '');
      return index.labels.has(name.toLowerCase()) ? undefined : `no custom label ${name}`;
    }
    case 'customPermission':
      return index.customPermissions.has(target.toLowerCase())
        ? undefined
        : `no custom permission ${target}`;
    // Stryker disable next-line ConditionalExpression: without the default case the switch ends and returns undefined alike
    default:
      return undefined;
  }
}

export async function checkLwcImports(context, root) {
  const problems = [];
  let count = 0;
  for (const bundle of lwcBundles(root)) {
    for (const file of walk(bundle.dir).filter((f) => f.endsWith('.ts') && !isTestPath(f))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(IMPORT)) {
        count++;
        const problem = checkSpecifier(match[1], context);
        if (problem)
          problems.push({
            file: rel(file, root),
            line: lineAt(source, match.index),
            message: `${match[1]}: ${problem}`
          });
      }
    }
  }
  const expected = await apexTypesFileText(root, context.apex.classes);
  const committed = readCommittedApexTypes(root);
  if (committed !== expected) {
    problems.push({
      file: APEX_TYPES_FILE,
      line: 0,
      message:
        'does not match the @AuraEnabled Apex (parameters or DTOs changed): run npm run types:apex'
    });
  }
  return { problems, count };
}

/** `callout:Name` in Apex refers to a Named Credential of the project. */
export function checkCallouts(apex, index) {
  const problems = [];
  for (const file of apex.files) {
    for (const match of file.source.matchAll(/['"]callout:([\w-]+)/g)) {
      if (!index.namedCredentials.has(match[1].toLowerCase())) {
        problems.push({
          file: file.rel,
          line: lineAt(file.source, match.index),
          message: `callout:${match[1]} names no Named Credential in the project`
        });
      }
    }
  }
  return { problems };
}

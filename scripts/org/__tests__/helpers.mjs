/* Temporary SFDX projects for the org script tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Creates a project from { 'relative/path': content }; returns { root, cleanup }. */
export function tempProject(files = {}) {
  const root = mkdtempSync(join(tmpdir(), 'crp-org-'));
  const all = {
    'sfdx-project.json': JSON.stringify({
      packageDirectories: [{ path: 'force-app', default: true }],
      sourceApiVersion: '64.0'
    }),
    ...files
  };
  for (const [path, content] of Object.entries(all)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export const OBJECTS = 'force-app/main/program/objects';

export function objectFile(name) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"><label>${name}</label></CustomObject>\n`;
}

export function fieldFile(name, { referenceTo, relationshipName } = {}) {
  const lookup = referenceTo
    ? `<referenceTo>${referenceTo}</referenceTo><relationshipName>${relationshipName}</relationshipName>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>${name}</fullName>${lookup}</CustomField>\n`;
}

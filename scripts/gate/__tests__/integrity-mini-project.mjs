/*
 * A tiny SFDX project in a temporary folder for the in-process unit tests of the integrity rules
 * (integrity-*.unit.mjs): one package directory `force-app`, a small config/standard-objects.json,
 * and whatever files a test writes. No project copy, no child process.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Standard objects of the mini project: enough for parents, children and a polymorphic owner. */
export const STANDARD = {
  Account: {
    fields: {
      Id: 'Id',
      Name: 'String',
      OwnerId: 'Id',
      Owner: '->User',
      ParentId: 'Id',
      Parent: '->Account',
      What: '->*'
    },
    children: { Contacts: 'Contact' }
  },
  Contact: {
    fields: { Id: 'Id', LastName: 'String', AccountId: 'Id', Account: '->Account' },
    children: {}
  },
  User: { fields: { Id: 'Id', Name: 'String', IsActive: 'Boolean' } },
  // a custom object kept with the standard ones (an installed package's): the project adds fields
  Legacy__c: { fields: { Id: 'Id', Old__c: 'String' } },
  AccountTeamMember: {
    source: 'hand-written',
    fields: { Id: 'Id', AccountId: 'Id', Account: '->Account', Ghost: '->Nowhere' },
    childOf: { Account: 'AccountTeamMembers', Missing: 'Nothing' }
  }
};

export const xml = (root, body) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://soap.sforce.com/2006/04/metadata">\n${body}\n</${root}>\n`;

/** `files`: { 'relative/path': text }. Returns { dir, write(path, text), dispose() }. */
export function miniProject(files = {}, { standard = STANDARD } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'integrity-unit-'));
  const write = (path, text) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('sfdx-project.json', JSON.stringify({ packageDirectories: [{ path: 'force-app' }] }));
  write('config/standard-objects.json', JSON.stringify({ objects: standard }));
  mkdirSync(join(dir, 'force-app/main'), { recursive: true });
  for (const [path, text] of Object.entries(files)) write(path, text);
  return { dir, write, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A custom field file's text. */
export const fieldXml = (fullName, type, extra = '') =>
  xml('CustomField', `<fullName>${fullName}</fullName>\n<type>${type}</type>${extra}`);

/** Line (1-based) of `snippet` in `text`, found by the test itself (not by the rule under test). */
export function lineIn(text, snippet) {
  const at = text.indexOf(snippet);
  assert.notEqual(at, -1, `${snippet} is not in the text`);
  return text.slice(0, at).split('\n').length;
}

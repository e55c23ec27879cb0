/// <reference types="node" />
/*
 * Proof that a label import in Jest carries the text of its labels file: a component's
 * placeholders are filled as the user reads them, and a label that no labels file defines fails
 * instead of turning into its own name.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatLabel } from 'c/ldsUtils';
import BOARD_TITLE from '@salesforce/label/c.Board_Title';
import RESULTS_SUMMARY from '@salesforce/label/c.Board_Results_Summary';
import ACTION_FAILED_FOR from '@salesforce/label/c.Board_Action_Failed_For';
import {
  labelModulesDir,
  rewriteLabelSpecifiers,
  syncLabelModules,
  syncedSource
} from '../labelModules.js';

// Built at run time: the transformer rewrites every quoted label specifier in this file too.
const PLATFORM = ['@salesforce', 'label', ''].join('/');

describe('custom labels in Jest', () => {
  it('imports the text of the labels file, not the label name', () => {
    expect(BOARD_TITLE).toBe('Response review');
  });

  it('keeps the placeholders for formatLabel to fill, each with its own value', () => {
    expect(RESULTS_SUMMARY).toBe('{0} done, {1} refused');
    expect(formatLabel(RESULTS_SUMMARY, 3, 1)).toBe('3 done, 1 refused');
    expect(formatLabel(ACTION_FAILED_FOR, 'Ask account team', 'Ada Lovelace', 'Not allowed')).toBe(
      'Ask account team for Ada Lovelace could not be done: Not allowed'
    );
  });

  it('fails on a label that no labels file defines', () => {
    expect(() => jest.requireActual('@salesforce/label/c.No_Such_Label_Anywhere')).toThrow(
      /Could not locate module jest-labels\/c\.No_Such_Label_Anywhere/
    );
  });
});

describe('rewriteLabelSpecifiers', () => {
  it('points imports and jest.mock ids at the generated label modules', () => {
    const source = [
      `import TITLE from '${PLATFORM}c.Board_Title';`,
      `jest.mock("${PLATFORM}c.Board_Title", () => ({ default: 'x' }));`
    ].join('\n');
    expect(rewriteLabelSpecifiers(source, 'a.ts')).toBe(
      [
        `import TITLE from 'jest-labels/c.Board_Title';`,
        `jest.mock("jest-labels/c.Board_Title", () => ({ default: 'x' }));`
      ].join('\n')
    );
  });

  it('leaves a module without labels as it is', () => {
    const source = `import { LightningElement } from 'lwc';`;
    expect(rewriteLabelSpecifiers(source, 'a.ts')).toBe(source);
  });

  it.each([
    ['a label of another namespace', `import X from '${PLATFORM}ns.Title';`],
    ['a label named at run time', 'const id = `' + PLATFORM + 'c.${name}`;']
  ])('refuses %s, which would fall back to its name', (_case, source) => {
    expect(() => rewriteLabelSpecifiers(source, 'force-app/x.ts')).toThrow(
      `force-app/x.ts: a label specifier Jest cannot resolve to its text; write it as '${PLATFORM}c.Name'.`
    );
  });
});

describe('syncLabelModules', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'jest-labels-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  const moduleText = (name: string) =>
    JSON.parse(readFileSync(join(labelModulesDir(root), `c.${name}.json`), 'utf8'));

  it('writes one ES module per label, with the text as its default export', () => {
    syncLabelModules(root, new Map([['Greeting', 'Hello {0}']]));
    expect(moduleText('Greeting')).toEqual({ __esModule: true, default: 'Hello {0}' });
  });

  it('rewrites changed labels only and deletes the modules of labels that are gone', () => {
    syncLabelModules(
      root,
      new Map([
        ['Kept', 'same'],
        ['Changed', 'before'],
        ['Gone', 'bye']
      ])
    );
    const result = syncLabelModules(
      root,
      new Map([
        ['Kept', 'same'],
        ['Changed', 'after'],
        ['Added', 'new']
      ])
    );
    expect(result).toEqual({
      written: ['c.Changed.json', 'c.Added.json'],
      removed: ['c.Gone.json']
    });
    expect(moduleText('Changed').default).toBe('after');
    expect(readdirSync(labelModulesDir(root)).sort()).toEqual([
      'c.Added.json',
      'c.Changed.json',
      'c.Kept.json',
      'index.json'
    ]);
  });

  it('rewrites a module that was edited or deleted by hand, even when its label did not change', () => {
    syncLabelModules(root, new Map([['Kept', 'same']]));
    writeFileSync(join(labelModulesDir(root), 'index.json'), 'not json');
    expect(syncLabelModules(root, new Map([['Kept', 'same']])).written).toEqual(['c.Kept.json']);
    rmSync(join(labelModulesDir(root), 'c.Kept.json'));
    expect(syncLabelModules(root, new Map([['Kept', 'same']])).written).toEqual(['c.Kept.json']);
  });

  it('remembers what the labels were read from until a module goes missing', () => {
    expect(syncedSource(root)).toBeNull();
    syncLabelModules(root, new Map([['Kept', 'same']]), 'hash-1');
    expect(syncedSource(root)).toBe('hash-1');
    syncLabelModules(root, new Map([['Kept', 'same']]), 'hash-2');
    expect(syncedSource(root)).toBe('hash-2');
    rmSync(join(labelModulesDir(root), 'c.Kept.json'));
    expect(syncedSource(root)).toBeNull();
  });
});

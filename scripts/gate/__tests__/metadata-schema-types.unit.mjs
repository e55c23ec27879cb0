/*
 * The Metadata API types the metadata-schema checker reads: a type's fields with those it
 * inherits, opaque bases, and the cache that spares the 1.5 s compiler-API extraction (one file per
 * declaration and extractor version, written whole, read back on the next run).
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { toolRoot } from '../../lib/project.mjs';
import {
  fieldsOf,
  hasOpaqueBase,
  metadataTypes,
  schemaOf,
  TYPES_PACKAGE_DIR,
  typesPackageVersion
} from '../metadata-schema/types.mjs';

const SCHEMA = {
  types: {
    Metadata: { fields: { fullName: { type: 'string' }, shared: { type: 'string' } } },
    Node: { base: 'Metadata', fields: { label: { type: 'string' }, shared: { type: 'number' } } },
    Leaf: { base: 'Node', fields: { size: { type: 'number' } } },
    Alone: { fields: { only: { type: 'boolean' } } },
    Alert: { base: 'Action', fields: { to: { type: 'string' } } },
    Orphan: { base: 'Missing', fields: { own: { type: 'string' } } }
  },
  enums: {},
  opaque: { Action: true, Blob: true }
};

describe('fieldsOf', () => {
  test('a type’s own fields and those of every base, the nearest base winning', () => {
    assert.deepEqual(fieldsOf(SCHEMA, 'Leaf'), {
      fullName: { type: 'string' },
      shared: { type: 'number' },
      label: { type: 'string' },
      size: { type: 'number' }
    });
    assert.deepEqual(Object.keys(fieldsOf(SCHEMA, 'Leaf')), [
      'fullName',
      'shared',
      'label',
      'size'
    ]);
  });

  test('a type without a base has its own fields only', () => {
    assert.deepEqual(fieldsOf(SCHEMA, 'Alone'), { only: { type: 'boolean' } });
  });

  test('a base that is no type (opaque or unknown) adds nothing', () => {
    assert.deepEqual(fieldsOf(SCHEMA, 'Alert'), { to: { type: 'string' } });
    assert.deepEqual(fieldsOf(SCHEMA, 'Orphan'), { own: { type: 'string' } });
  });

  test('an unknown or opaque type has no fields', () => {
    assert.deepEqual(fieldsOf(SCHEMA, 'Nothing'), {});
    assert.deepEqual(fieldsOf(SCHEMA, 'Blob'), {});
    assert.deepEqual(fieldsOf(SCHEMA, undefined), {});
  });
});

describe('hasOpaqueBase', () => {
  test('an opaque type, or a type with an opaque base', () => {
    assert.equal(hasOpaqueBase(SCHEMA, 'Blob'), true);
    assert.equal(hasOpaqueBase(SCHEMA, 'Alert'), true);
  });

  test('types whose bases are all known, or unknown but not opaque', () => {
    assert.equal(hasOpaqueBase(SCHEMA, 'Leaf'), false);
    assert.equal(hasOpaqueBase(SCHEMA, 'Alone'), false);
    assert.equal(hasOpaqueBase(SCHEMA, 'Orphan'), false);
    assert.equal(hasOpaqueBase(SCHEMA, 'Nothing'), false);
  });
});

describe('schemaOf: the cache', () => {
  const dirs = [];
  const freshDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'metadata-types-'));
    dirs.push(dir);
    return join(dir, 'nested', 'cache');
  };
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** The cache file name: the extractor version (3) and the declaration, hashed. */
  const cacheName = (source) =>
    `${createHash('sha256').update(`3\n${source}`).digest('hex').slice(0, 16)}.json`;

  const counting = (schema) => {
    const calls = [];
    const extractor = async (source) => {
      calls.push(source);
      return schema;
    };
    return { calls, extractor };
  };

  test('the first read extracts and writes the cache whole, in a folder it creates', async () => {
    const dir = freshDir();
    const { calls, extractor } = counting({
      types: { A: { fields: {} } },
      enums: { E: ['x'] },
      opaque: {}
    });
    const schema = await schemaOf('declare A', dir, extractor);
    assert.deepEqual(schema, { types: { A: { fields: {} } }, enums: { E: ['x'] }, opaque: {} });
    assert.deepEqual(calls, ['declare A']);
    assert.deepEqual(readdirSync(dir), [cacheName('declare A')]);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, cacheName('declare A')), 'utf8')), schema);
  });

  test('the next read takes the cache, without extracting', async () => {
    const dir = freshDir();
    await schemaOf('declare B', dir, counting({ types: {}, enums: {}, opaque: {} }).extractor);
    writeFileSync(join(dir, cacheName('declare B')), JSON.stringify({ from: 'cache' }));
    const { calls, extractor } = counting({ from: 'extractor' });
    assert.deepEqual(await schemaOf('declare B', dir, extractor), { from: 'cache' });
    assert.deepEqual(calls, []);
  });

  test('another declaration is another cache file, never the stale one', async () => {
    const dir = freshDir();
    await schemaOf('declare C', dir, counting({ v: 1 }).extractor);
    const { calls, extractor } = counting({ v: 2 });
    assert.deepEqual(await schemaOf('declare D', dir, extractor), { v: 2 });
    assert.deepEqual(calls, ['declare D']);
    assert.deepEqual(
      readdirSync(dir).sort(),
      [cacheName('declare C'), cacheName('declare D')].sort()
    );
  });

  test('an unreadable cache file is extracted again and replaced', async () => {
    const dir = freshDir();
    await schemaOf('declare E', dir, counting({ v: 1 }).extractor);
    writeFileSync(join(dir, cacheName('declare E')), '{ half a fil');
    const { calls, extractor } = counting({ v: 3 });
    assert.deepEqual(await schemaOf('declare E', dir, extractor), { v: 3 });
    assert.equal(calls.length, 1);
    assert.deepEqual(JSON.parse(readFileSync(join(dir, cacheName('declare E')), 'utf8')), { v: 3 });
  });
});

describe('metadataTypes', () => {
  test('the installed package’s version and types, read once', async () => {
    const { version } = JSON.parse(readFileSync(join(TYPES_PACKAGE_DIR, 'package.json'), 'utf8'));
    assert.equal(typesPackageVersion(), version);
    const schema = await metadataTypes();
    assert.equal(schema.version, version);
    assert.equal(schema.types.CustomField.base, 'Metadata');
    assert.deepEqual(schema.types.CustomField.fields.label, { type: 'string', optional: true });
    assert.equal(schema.enums.FieldType.includes('Checkbox'), true);
    assert.equal(schema.opaque.WorkflowAction, true);
    assert.equal(await metadataTypes(), schema);
    // cached in the checkout's .cache/metadata-schema, under the hash of version 3 and the declaration
    const source = readFileSync(join(TYPES_PACKAGE_DIR, 'lib', 'metadata.d.ts'), 'utf8');
    const hash = createHash('sha256').update(`3\n${source}`).digest('hex').slice(0, 16);
    assert.equal(existsSync(join(toolRoot, '.cache', 'metadata-schema', `${hash}.json`)), true);
  });
});

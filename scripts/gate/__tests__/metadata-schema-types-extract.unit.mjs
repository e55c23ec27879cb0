/*
 * The extraction of the Metadata API types from @salesforce/types' metadata.d.ts (with the
 * TypeScript compiler API), on a small declaration of each shape the generator writes: enums (one
 * value or several), types with and without a base, arrays, optional fields, each scalar, dates,
 * the ID alias, opaque aliases and *Folder aliases, and ApiSchemaTypes left out.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../metadata-schema/types.mjs';

const SOURCE = `
export type DeleteConstraint = 'Cascade' | 'Restrict' | 'SetNull';
export type Single = 'Only';
export type Mixed = 'a' | Other;
export type ID = string;
export type WorkflowAction = string;
export type Metadata = {
    fullName?: string;
    module?: string;
};
export type Folder = Metadata & {
    name: string;
    shares: FolderShare[];
};
export type EmailFolder = string;
export type FolderShare = {
    id: ID;
    ids?: ID[];
    count: number;
    flag?: boolean;
    anything: any;
    when?: Date;
    constraint: DeleteConstraint;
    [key: string]: unknown;
    method(): void;
};
export type WorkflowAlert = WorkflowAction & {
    template: string;
};
export type Weird = Metadata & FolderShare & { x: string };
export type Triple = Metadata & { x: string } & FolderShare;
export type ApiSchemaTypes = {
    Folder: Folder;
};
export declare const notAType: number;
`;

test('each declaration shape is read into types, enums and opaque names', async () => {
  const schema = await extract(SOURCE);
  assert.deepEqual(schema.enums, {
    DeleteConstraint: ['Cascade', 'Restrict', 'SetNull'],
    Single: ['Only']
  });
  assert.deepEqual(schema.opaque, { WorkflowAction: true });
  assert.deepEqual(schema.types, {
    Metadata: {
      fields: {
        fullName: { type: 'string', optional: true },
        module: { type: 'string', optional: true }
      }
    },
    Folder: {
      base: 'Metadata',
      fields: {
        name: { type: 'string', optional: false },
        shares: { type: 'FolderShare', array: true, optional: false }
      }
    },
    EmailFolder: { base: 'Folder', fields: {} },
    FolderShare: {
      fields: {
        id: { type: 'string', optional: false },
        ids: { type: 'string', array: true, optional: true },
        count: { type: 'number', optional: false },
        flag: { type: 'boolean', optional: true },
        anything: { type: 'any', optional: false },
        when: { type: 'dateTime', optional: true },
        constraint: { type: 'DeleteConstraint', optional: false }
      }
    },
    WorkflowAlert: {
      base: 'WorkflowAction',
      fields: { template: { type: 'string', optional: false } }
    }
  });
});

test('a *Folder alias without a Folder type is opaque', async () => {
  const schema = await extract('export type EmailFolder = string;\nexport type ID = string;\n');
  assert.deepEqual(schema, { types: {}, enums: {}, opaque: { EmailFolder: true } });
});

test('a field type the extraction does not know is refused, naming its kind', async () => {
  await assert.rejects(extract('export type T = { x: string | number; };'), {
    message: 'metadata.d.ts: unexpected field type UnionType'
  });
});

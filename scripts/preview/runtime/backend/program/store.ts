/*
 * The preview's in-memory "org": the records of the sample data set (fetched from the preview
 * server, which reads scripts/data/ at serve time), indexed for the controllers. Status rules come
 * from c/referenceProgram, the module the components use: this file holds no status of its own.
 */
import { REVIEW_STATUS } from 'c/referenceProgram';
import { autoNumber } from '../../ids.mjs';
import type {
  CampaignMember,
  ProgramConfig,
  ProgramSetting,
  Records,
  SObject,
  SObjectType,
  Seed
} from './types.js';

const DAY = 24 * 60 * 60 * 1000;

/** A refusal the way an AuraHandledException reaches a component: its message only. */
export class ApexError extends Error {}

/** Apex's String.format: {0}, {1} … replaced by the arguments. */
export function format(text: string, ...args: unknown[]): string {
  return String(text).replace(/\{(\d+)\}/g, (whole, index) =>
    args[Number(index)] === undefined ? whole : String(args[Number(index)])
  );
}

export function todayGmt(now: number = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + days * DAY).toISOString().slice(0, 10);
}

export function startOfDay(day: string): string {
  return `${day}T00:00:00.000Z`;
}

/** Orders responses as the board's query does: CreatedDate, then Id. */
export function compareResponses(
  a: Pick<CampaignMember, 'CreatedDate' | 'Id'>,
  b: Pick<CampaignMember, 'CreatedDate' | 'Id'>
): number {
  if (a.CreatedDate !== b.CreatedDate) return a.CreatedDate < b.CreatedDate ? -1 : 1;
  if (a.Id === b.Id) return 0;
  return a.Id < b.Id ? -1 : 1;
}

export class Store {
  currentUserId: string;
  config: Partial<Record<string, ProgramConfig>>;
  settings: ProgramSetting;
  autoNumbers: Record<string, string>;
  flows: Record<string, unknown>;
  byId: Map<string, SObject>;
  tables: Record<string, Map<string, SObject>>;
  sequence: number;
  responsesByCampaign: Map<string, CampaignMember[]>;

  constructor(seed: Seed) {
    this.currentUserId = seed.currentUserId;
    this.config = seed.config ?? {};
    this.settings = seed.settings ?? {};
    this.autoNumbers = seed.autoNumbers ?? {};
    this.flows = seed.flows ?? {};
    this.byId = new Map();
    this.tables = {};
    this.sequence = 0;
    this.insert('User', seed.users ?? []);
    for (const [sobject, records] of Object.entries(seed.records ?? {})) {
      this.insert(sobject, records ?? []);
    }
    for (const response of this.all('CampaignMember')) {
      // Status_Changed_On__c: set by the trigger when the status moves; a New response never moved.
      const moved =
        (response.Review_Status__c ?? REVIEW_STATUS.NEW) === REVIEW_STATUS.NEW
          ? Date.parse(response.CreatedDate)
          : Math.min(
              Date.parse(seed.loadedAt ?? new Date().toISOString()),
              Date.parse(response.CreatedDate) + (response.Preview_Moved_After_Days ?? 1) * DAY
            );
      response.Status_Changed_On__c ??= new Date(moved).toISOString();
      delete response.Preview_Moved_After_Days;
    }
    this.responsesByCampaign = new Map();
    for (const response of this.all('CampaignMember')) this.indexResponse(response);
    for (const list of this.responsesByCampaign.values()) list.sort(compareResponses);
  }

  insert(sobject: string, records: SObject[]): void {
    const table = (this.tables[sobject] ??= new Map());
    for (const record of records) {
      table.set(record.Id, record);
      this.byId.set(record.Id, record);
    }
  }

  indexResponse(response: CampaignMember): void {
    const list = this.responsesByCampaign.get(response.CampaignId) ?? [];
    list.push(response);
    this.responsesByCampaign.set(response.CampaignId, list);
  }

  /** Adds a response generated after the load (the bench) and keeps the campaign index sorted. */
  addResponses(responses: CampaignMember[]): void {
    this.insert('CampaignMember', responses);
    for (const response of responses) this.indexResponse(response);
    const campaigns = new Set(responses.map((response) => response.CampaignId));
    for (const id of campaigns) this.responsesByCampaign.get(id)?.sort(compareResponses);
  }

  /** The record with this Id, of whatever object. */
  get(id: string | null | undefined): SObject | undefined {
    return id ? this.byId.get(id) : undefined;
  }

  /** The record of `sobject` with this Id, as a query of that object by Id finds it. */
  find<K extends SObjectType>(sobject: K, id: string | null | undefined): Records[K] | undefined {
    return id ? this.table(sobject).get(id) : undefined;
  }

  all<K extends SObjectType>(sobject: K): Records[K][] {
    return [...this.table(sobject).values()];
  }

  /**
   * A table with its records' shape. The records are the seed's JSON (scripts/data/, shaped like
   * the org's records by sample-data.mjs) or what the stand-ins created: taking them to have their
   * object's shape is the one unchecked step, as Apex takes a query's rows to be its object's.
   */
  private table<K extends SObjectType>(sobject: K): Map<string, Records[K]> {
    return (this.tables[sobject] ?? new Map()) as Map<string, Records[K]>;
  }

  responsesOf(campaignId: string): CampaignMember[] {
    return this.responsesByCampaign.get(campaignId) ?? [];
  }

  nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}PV${String(this.sequence).padStart(10, '0')}AAA`;
  }

  /** A new record, as DML would insert it (owner, creation time, auto-number Name). */
  create<K extends SObjectType>(
    sobject: K,
    prefix: string,
    fields: Omit<Records[K], 'Id' | 'OwnerId' | 'CreatedById' | 'CreatedDate'>
  ): Records[K] {
    // (the given fields and the stamped ones make the object's record: TypeScript cannot see
    // that an Omit<> spread rebuilds a generic type)
    const record = {
      Id: this.nextId(prefix),
      OwnerId: this.currentUserId,
      CreatedById: this.currentUserId,
      CreatedDate: new Date().toISOString(),
      ...fields
    } as Records[K];
    const autoNumberFormat = this.autoNumbers[sobject];
    if (autoNumberFormat) {
      record.Name = autoNumber(autoNumberFormat, (this.tables[sobject]?.size ?? 0) + 1);
    }
    this.insert(sobject, [record]);
    return record;
  }

  userName(id: string | null | undefined): string | null {
    return this.find('User', id)?.Name ?? null;
  }
}

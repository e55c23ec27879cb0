/*
 * The preview backend: every `@salesforce/apex/Class.method` import of a component lands here.
 * It seeds the store from the preview server's /__preview/data.json (scripts/data/ read at serve
 * time), applies the page's scenario (URL parameters, for people and for the e2e tests) and answers
 * like the platform: a promise of a structured clone of the result, or a rejection shaped like an
 * AuraHandledException ({ body: { message }, status }).
 *
 * Scenario parameters: ?latency=<ms> (server round trip), ?fail=<Class.method>[,…] (that method
 * fails), ?empty (landing-page campaigns without responses), ?bench=<n> (n generated responses;
 * the bench pages carry a default in their page config, so they work when opened from the index).
 */
import { ApexError, Store } from './program/store.js';
import type { Registry, Seed, SeedRecords } from './program/types.js';
import { methods as boardMethods } from './review-board/board.js';
import { benchMethods } from './review-board/bench.js';
import { generateResponses } from './review-board/generate.js';
import { chatterMethods } from './account-team-chatter/chatter.js';
import { flowMethods } from './nomination/wizard.js';
import { homeMethods } from './nomination/home.js';
import { gitLabIssueMethods } from './gitlab-issue/gitlab-issue.js';
import { accountMethods } from './account-panel/account.js';
import { attributionMethods } from './attribution/attribution.js';

/** One Apex call as the e2e tests and the bench read it. */
export interface CallEntry {
  name: string;
  params: unknown;
  startedAt: number;
  endedAt: number | null;
  ok: boolean;
}

/**
 * The stand-ins, one folder per capability of force-app/main/ (docs/ARCHITECTURE.md): every
 * @AuraEnabled method has one (Registry).
 */
export const methods: Registry = {
  ...boardMethods,
  ...benchMethods,
  ...chatterMethods,
  ...flowMethods,
  ...homeMethods,
  ...gitLabIssueMethods,
  ...accountMethods,
  ...attributionMethods
};

/** The page's scenario: its URL parameters, else the page config's defaults (the bench pages). */
export interface Scenario {
  latency: number;
  fail: Set<string>;
  empty: boolean;
  bench: number;
}

/** What the preview shares on globalThis: the page's config in, the backend's calls out. */
const previewGlobal = globalThis as typeof globalThis & {
  __PREVIEW__?: { latency?: number; bench?: number };
  __previewBackend?: { calls: CallEntry[]; scenario: Scenario; store?: Store };
};

const params = new URLSearchParams(globalThis.location?.search ?? '');
export const scenario: Scenario = {
  latency: Number(params.get('latency') ?? previewGlobal.__PREVIEW__?.latency ?? 0),
  fail: new Set((params.get('fail') ?? '').split(',').filter(Boolean)),
  empty: params.has('empty'),
  bench: Number(params.get('bench') ?? previewGlobal.__PREVIEW__?.bench ?? 0)
};

/** Every call, for the e2e tests and the bench: { name, params, startedAt, endedAt, ok }. */
export const calls: CallEntry[] = [];
const backendGlobal: NonNullable<typeof previewGlobal.__previewBackend> = { calls, scenario };
previewGlobal.__previewBackend = backendGlobal;

let store: Store | undefined;
export const ready = (async () => {
  const response = await fetch('/__preview/data.json');
  const seed = (await response.json()) as Seed & { records: SeedRecords };
  if (scenario.empty) {
    const landing = new Set(
      (seed.records.Campaign ?? [])
        .filter((campaign) => campaign.Reference_Program__c)
        .map((c) => c.Id)
    );
    seed.records.CampaignMember = (seed.records.CampaignMember ?? []).filter(
      (member) => !landing.has(member.CampaignId)
    );
  }
  store = new Store(seed);
  if (scenario.bench > 0) generateResponses(store, scenario.bench);
  backendGlobal.store = store;
  return store;
})();

export function getStore(): Store | undefined {
  return store;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function auraError(message: string, status = 400) {
  return {
    body: { message, exceptionType: 'System.AuraHandledException' },
    status,
    statusText: 'Bad Request'
  };
}

/** Calls a controller method the way `@salesforce/apex/Class.method` does on the platform. */
export async function call(name: string, args: unknown = {}): Promise<unknown> {
  const entry: CallEntry = {
    name,
    params: args,
    startedAt: performance.now(),
    endedAt: null,
    ok: false
  };
  calls.push(entry);
  if (typeof performance.mark === 'function') performance.mark(`apex:${name}`);
  const current = await ready;
  await delay(scenario.latency);
  try {
    if (scenario.fail.has(name)) {
      throw auraError(`Local preview: ${name} failed on purpose (?fail=${name}).`, 500);
    }
    const method = methods[name];
    if (!method) {
      throw auraError(
        `Local preview: ${name} has no stand-in in scripts/preview/runtime/backend.`,
        500
      );
    }
    // Parameters and results cross a wire on the platform: nothing is shared by reference. The
    // parameters go through JSON as they do there (a component's @api arrays are read-only
    // proxies, which structuredClone refuses).
    const result = structuredClone(method(current, JSON.parse(JSON.stringify(args ?? {}))));
    entry.ok = true;
    return result;
  } catch (error) {
    if (error instanceof ApexError) throw auraError(error.message);
    if ((error as { body?: unknown } | null)?.body) throw error;
    throw auraError(`Local preview: ${(error as Error | null)?.message ?? error}`, 500);
  } finally {
    entry.endedAt = performance.now();
  }
}

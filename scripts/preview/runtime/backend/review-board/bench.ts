/*
 * Backend methods of the bench's baseline only (no Apex twin): all of a campaign's responses in one
 * call, as rows of the board's shape, oldest first, up to `limit`.
 */
import { getResponses, toRow } from './board.js';
import type { Store } from '../program/store.js';

export const benchMethods = {
  'PreviewBench.getAllResponses': (
    store: Store,
    { campaignId, limit = 2000 }: { campaignId: string; limit?: number }
  ) => {
    getResponses(store, { campaignId, pageSize: 1 });
    const campaign = store.find('Campaign', campaignId);
    const rules = { untouchedBefore: '', createdSince: campaign?.Last_Review_Date__c ?? null };
    return store
      .responsesOf(campaignId)
      .slice(0, limit)
      .map((response) => toRow(store, response, rules));
  }
};

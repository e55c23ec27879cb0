/*
 * The preview's page list: the visible wizard link opens a landing-page response the wizard can
 * nominate (judged by c/referenceProgram itself, not by the list's own reading of the rule), and
 * a hidden one keeps a response that cannot, for the refused-Finish test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectRoot } from '../../lib/project.mjs';
import { registerBackendLoader } from '../runtime/backend/__tests__/loader.mjs';
import { loadSampleData } from '../sample-data.mjs';
import { listPages } from '../server.mjs';

registerBackendLoader();
const { canMoveReview } = await import('c/referenceProgram');

test('the visible wizard link opens a response that may move to Nominated; a hidden one may not', () => {
  const data = loadSampleData(projectRoot());
  const responses = new Map(data.records.CampaignMember.map((one) => [one.Id, one]));
  const wizards = listPages(data, ['wizard']).filter(
    (page) => page.flowInputs.isLandingPageResponse
  );
  const status = (page) => responses.get(page.recordId).Review_Status__c || 'New';

  const visible = wizards.filter((page) => !page.hidden);
  assert.equal(visible.length, 1, 'one visible landing-page wizard link');
  assert.ok(canMoveReview(status(visible[0]), 'Nominated'), `${status(visible[0])} → Nominated`);
  const refused = wizards.find((page) => page.hidden);
  assert.ok(refused, 'a hidden landing-page wizard for the refusal');
  assert.equal(
    canMoveReview(status(refused), 'Nominated'),
    false,
    `${status(refused)} → Nominated`
  );
});

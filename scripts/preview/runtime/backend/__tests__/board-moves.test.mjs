/*
 * The preview's review moves stamp Status_Changed_On__c as the Apex trigger does
 * (ReferenceResponseService.checkReviewMoves): only when the status really moves, so a call
 * outcome that keeps a response in Call Scheduled does not clear "overdue". And the stand-ins look a
 * record up in its object's table (Store.find), as the Apex queries that object by Id.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { registerBackendLoader } from './loader.mjs';

registerBackendLoader();
const { logCall } = await import('../review-board/board.js');
const { Store, todayGmt } = await import('../program/store.js');
const { flowMethods } = await import('../nomination/wizard.js');

const LONG_AGO = '2026-01-05T09:00:00.000Z';

function storeWith(status) {
  return new Store({
    currentUserId: '005PV0000000001AAA',
    users: [{ Id: '005PV0000000001AAA', Name: 'Pat Preview' }],
    records: {
      Campaign: [{ Id: '701PV0000000001AAA', Name: 'Customer', Reference_Program__c: 'Customer' }],
      Account: [{ Id: '001PV0000000001AAA', Name: 'Kestrel Bank' }],
      Contact: [
        {
          Id: '003PV0000000001AAA',
          Name: 'Lena Hoffmann',
          AccountId: '001PV0000000001AAA'
        }
      ],
      CampaignMember: [
        {
          Id: '00vPV0000000001AAA',
          CampaignId: '701PV0000000001AAA',
          ContactId: '003PV0000000001AAA',
          CreatedDate: '2026-01-01T09:00:00.000Z',
          Review_Status__c: status,
          Status_Changed_On__c: LONG_AGO
        }
      ]
    }
  });
}

test('a No-show on a scheduled call keeps it scheduled and keeps when it last moved', () => {
  const store = storeWith('Call_Scheduled');
  const [result] = logCall(store, {
    responseIds: ['00vPV0000000001AAA'],
    callDate: todayGmt(),
    outcome: 'No_Show'
  });
  const response = store.get('00vPV0000000001AAA');
  assert.equal(result.ok, true);
  assert.equal(response.Review_Status__c, 'Call_Scheduled');
  assert.equal(response.Call_Outcome__c, 'No_Show');
  assert.equal(response.Status_Changed_On__c, LONG_AGO, 'staying is not a move: no new stamp');
});

test('a held call moves the response to Call Held and stamps the move', () => {
  const store = storeWith('Call_Scheduled');
  const [result] = logCall(store, {
    responseIds: ['00vPV0000000001AAA'],
    callDate: todayGmt(),
    outcome: 'Held_Positive'
  });
  const response = store.get('00vPV0000000001AAA');
  assert.equal(result.ok, true);
  assert.equal(response.Review_Status__c, 'Call_Held');
  assert.ok(response.Status_Changed_On__c > LONG_AGO, 'a real move is stamped');
});

test('the wizard refuses the Id of another object as its account or its response', () => {
  const store = storeWith('Call_Held');
  const load = flowMethods['PreviewFlow.loadNominationContext'];
  assert.equal(
    load(store, { accountId: '003PV0000000001AAA' }).errorMessage,
    "Account 003PV0000000001AAA is not an account Id: start the nomination from the account's page."
  );
  assert.equal(
    load(store, { responseId: '001PV0000000001AAA' }).errorMessage,
    'Source Response Id 001PV0000000001AAA is not a campaign response you can see.'
  );
  assert.equal(load(store, { responseId: '00vPV0000000001AAA' }).accountName, 'Kestrel Bank');
});

test('the wizard refuses a response that cannot move to Nominated when it loads, as Finish does', () => {
  const store = storeWith('Not_A_Fit');
  const refusal = 'A response cannot move from Not a Fit to Nominated.';
  const load = flowMethods['PreviewFlow.loadNominationContext'];
  const submit = flowMethods['PreviewFlow.submitNomination'];

  const context = load(store, { responseId: '00vPV0000000001AAA' });
  assert.equal(context.errorMessage, refusal);
  assert.equal(context.accountName, undefined, 'no page is prefilled for it');
  const outcome = submit(store, {
    responseId: '00vPV0000000001AAA',
    accountId: '001PV0000000001AAA',
    championContactId: '003PV0000000001AAA',
    program: 'Customer',
    campaignId: '701PV0000000001AAA',
    selectedTypes: 'Logo',
    sourcedFromLandingPage: true,
    landingPageResponseId: '00vPV0000000001AAA'
  });
  assert.equal(outcome.errorMessage, refusal);
  const ready = load(storeWith('Call_Held'), { responseId: '00vPV0000000001AAA' });
  assert.equal(ready.errorMessage, null, 'a response at Call Held starts the wizard');
  assert.equal(ready.accountName, 'Kestrel Bank');
});

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

// The response's campaign is a landing-page program's (Customer) unless told otherwise.
function storeWith(
  status,
  campaign = { Id: '701PV0000000001AAA', Name: 'Customer', Reference_Program__c: 'Customer' }
) {
  return new Store({
    currentUserId: '005PV0000000001AAA',
    users: [{ Id: '005PV0000000001AAA', Name: 'Pat Preview' }],
    records: {
      Campaign: [campaign],
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

const load = flowMethods['PreviewFlow.loadNominationContext'];
const submit = flowMethods['PreviewFlow.submitNomination'];
const finishing = (overrides = {}) => ({
  responseId: '00vPV0000000001AAA',
  accountId: '001PV0000000001AAA',
  championContactId: '003PV0000000001AAA',
  program: 'Customer',
  campaignId: '701PV0000000001AAA',
  selectedTypes: 'Logo',
  sourcedFromLandingPage: true,
  landingPageResponseId: '00vPV0000000001AAA',
  ...overrides
});

test('the wizard refuses a response its board has not readied when it loads, as Finish does, saying where to act', () => {
  const closed =
    'This response was closed as Not a Fit on the review board of “Customer”. ' +
    'That decision is final: it cannot be nominated.';
  const store = storeWith('Not_A_Fit');
  const context = load(store, { responseId: '00vPV0000000001AAA' });
  assert.equal(context.errorMessage, closed);
  assert.equal(context.accountName, undefined, 'no page is prefilled for it');
  assert.equal(submit(store, finishing()).errorMessage, closed, 'Finish: the same words');

  assert.equal(
    load(storeWith('New'), { responseId: '00vPV0000000001AAA' }).errorMessage,
    'This response is at New on the review board of “Customer”. ' +
      'Move it forward there first, then nominate it.',
    'a New response is sent to its campaign review board'
  );
  const ready = load(storeWith('Call_Held'), { responseId: '00vPV0000000001AAA' });
  assert.equal(ready.errorMessage, null, 'a response at Call Held starts the wizard');
  assert.equal(ready.accountName, 'Kestrel Bank');
  assert.equal(ready.isLandingPageResponse, true);
});

test('a response at Nominated whose nomination is gone is already nominated, at load and Finish', () => {
  const store = storeWith('Nominated');
  const already = 'This response has already been nominated.';
  assert.equal(load(store, { responseId: '00vPV0000000001AAA' }).errorMessage, already);
  assert.equal(submit(store, finishing()).errorMessage, already);
  assert.equal(store.all('Reference_Nomination__c').length, 0, 'nothing saved');
});

test('a webinar response is on no review board: New, it starts the wizard and Finish links it', () => {
  const webinar = { Id: '701PV0000000001AAA', Name: 'Q4 Product Webinar' };
  const store = storeWith('New', webinar);
  const context = load(store, { responseId: '00vPV0000000001AAA', program: 'Startups' });
  assert.equal(context.errorMessage, null, 'no review-status refusal');
  assert.equal(context.isLandingPageResponse, false, 'no landing-page checkbox to tick');
  assert.equal(context.accountName, 'Kestrel Bank');
  const outcome = submit(
    store,
    finishing({
      program: 'Startups',
      campaignId: webinar.Id,
      sourcedFromLandingPage: false,
      landingPageResponseId: null
    })
  );
  assert.equal(outcome.errorMessage, null);
  assert.equal(outcome.isSuccess, true);
  const response = store.get('00vPV0000000001AAA');
  assert.equal(response.Nomination__c, outcome.nominationId, 'the response links its nomination');
  assert.equal(response.Review_Status__c, 'New', 'no board: its review status does not move');
  assert.equal(response.Status_Changed_On__c, LONG_AGO, 'and is not stamped');
});

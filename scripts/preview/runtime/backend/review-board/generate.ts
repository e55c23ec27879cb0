/*
 * The bench's data: a landing-page campaign with `count` generated responses (contacts on a few
 * hundred accounts, leads without account), statuses spread over the whole review vocabulary,
 * sign-ups over the past year. Generated in the browser, only when the page asks for ?bench=<n>.
 */
import { PROGRAM, REVIEW_STATUSES } from 'c/referenceProgram';
import { BENCH_CAMPAIGN_ID, salesforceId } from '../../ids.mjs';
import type { Store } from '../program/store.js';
import type { Account, CampaignMember, Contact, Lead } from '../program/types.js';
const DAY = 24 * 60 * 60 * 1000;
const FIRST = [
  'Ada',
  'Grace',
  'Linus',
  'Margaret',
  'Alan',
  'Barbara',
  'Ken',
  'Radia',
  'Tim',
  'Frances',
  'Dennis',
  'Hedy'
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Torvalds',
  'Hamilton',
  'Turing',
  'Liskov',
  'Thompson',
  'Perlman',
  'Berners-Lee',
  'Allen',
  'Ritchie',
  'Lamarr'
];
const WORDS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Wonka',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
  'Hooli',
  'Vandelay'
];

/** A small deterministic PRNG (mulberry32): the same data on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateResponses(store: Store, count: number, now: number = Date.now()): string {
  const next = random(5);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const owners = store.all('User').filter((user) => user.Id !== store.currentUserId);
  store.insert('Campaign', [
    {
      Id: BENCH_CAMPAIGN_ID,
      Name: `Benchmark: Customer landing page (${count.toLocaleString('en-US')} responses)`,
      Reference_Program__c: PROGRAM.CUSTOMER,
      IsActive: true,
      Last_Review_Date__c: new Date(now - 20 * DAY).toISOString().slice(0, 10),
      CreatedDate: new Date(now - 400 * DAY).toISOString()
    }
  ]);
  const accounts: Account[] = [];
  for (let i = 0; i < 400; i++) {
    accounts.push({
      Id: salesforceId('001', 900000 + i),
      Name: `${pick(WORDS)} ${pick(WORDS)} ${i}`,
      OwnerId: pick(owners).Id
    });
  }
  store.insert('Account', accounts);
  const people: ['Lead' | 'Contact', Contact & Lead][] = [];
  const responses: CampaignMember[] = [];
  for (let i = 0; i < count; i++) {
    const isLead = i % 9 === 0;
    const first = pick(FIRST);
    const last = pick(LAST);
    // one shape for both: a lead gets its Company, a contact its AccountId
    const person: Contact & Lead = {
      Id: salesforceId(isLead ? '00Q' : '003', 900000 + i),
      FirstName: first,
      LastName: `${last} ${i}`,
      Name: `${first} ${last} ${i}`,
      Email: `${first}.${last}${i}@example.com`.toLowerCase()
    };
    if (isLead) person.Company = `${pick(WORDS)} Labs ${i % 1000}`;
    else person.AccountId = accounts[i % accounts.length]?.Id;
    people.push([isLead ? 'Lead' : 'Contact', person]);
    const created = now - Math.floor(next() * 365 * DAY);
    responses.push({
      Id: salesforceId('00v', 900000 + i),
      CampaignId: BENCH_CAMPAIGN_ID,
      [isLead ? 'LeadId' : 'ContactId']: person.Id,
      Status: 'Responded',
      Review_Status__c: pick(REVIEW_STATUSES),
      CreatedDate: new Date(created).toISOString(),
      Status_Changed_On__c: new Date(
        Math.min(now, created + Math.floor(next() * 30) * DAY)
      ).toISOString()
    });
  }
  store.insert(
    'Contact',
    people.filter(([type]) => type === 'Contact').map(([, p]) => p)
  );
  store.insert(
    'Lead',
    people.filter(([type]) => type === 'Lead').map(([, p]) => p)
  );
  store.addResponses(responses);
  return BENCH_CAMPAIGN_ID;
}

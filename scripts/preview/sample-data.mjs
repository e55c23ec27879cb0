/*
 * The preview's records: the one sample data set of scripts/data/ (the sf data tree files, loaded
 * in plan.json order), read at serve time, given Salesforce-shaped Ids, with the `@Ref` references
 * replaced by those Ids, exactly as `sf data import tree` does for a scratch org.
 *
 * What a scratch org adds after the load (see scripts/data/README.md) is added here the same way,
 * and only that: the loading user owns every record, users exist for owners and Customer Success
 * Managers (org:setup assigns real users), CreatedDate is the sign-up time, and a
 * response is linked to the nomination that names it in Source_Response_Id__c.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAutoNumberFormats, readCustomMetadata } from './metadata.mjs';
import { autoNumber, salesforceId } from './runtime/ids.mjs';
import { readFlowScreens } from './flow-screens.mjs';

export { salesforceId };

/** Key prefixes of the standard objects; the package's custom objects get a0… in load order. */
const KEY_PREFIX = {
  User: '005',
  Account: '001',
  Contact: '003',
  Lead: '00Q',
  Campaign: '701',
  CampaignMember: '00v',
  AccountTeamMember: '01M',
  Task: '00T',
  FeedItem: '0D5'
};
/**
 * Users a scratch org would have after org:setup: the loading user (owner of every record, as
 * `sf data import tree` leaves it), account owners, CSMs; one former owner is inactive so the
 * board's "no active owner" problem has a case; one user is in the Community Programs group and one
 * in the Sales Support group (public groups the account panel mentions).
 */
const PREVIEW_USERS = [
  { Name: 'Pat Preview', Title: 'Program Manager, Customer References', IsActive: true },
  { Name: 'Morgan Owens', Title: 'Account Executive', IsActive: true },
  { Name: 'Riley Chen', Title: 'Account Executive', IsActive: true },
  { Name: 'Sam Former', Title: 'Account Executive (left)', IsActive: false },
  { Name: 'Jordan Success', Title: 'Customer Success Manager', IsActive: true },
  { Name: 'Avery Care', Title: 'Customer Success Manager', IsActive: true },
  { Name: 'Casey Crm', Title: 'Customer Reference Manager', IsActive: true },
  // Members of the public groups the Default Reference Program Setting names (by setting field).
  {
    Name: 'Quinn Community',
    Title: 'Community Programs Manager',
    IsActive: true,
    Preview_Group__c: 'Community_Programs_Group__c'
  },
  {
    Name: 'Drew Support',
    Title: 'Sales Support',
    IsActive: true,
    Preview_Group__c: 'Sales_Support_Group__c'
  }
];

const DAY = 24 * 60 * 60 * 1000;

function readPlan(dataDir) {
  return JSON.parse(readFileSync(join(dataDir, 'plan.json'), 'utf8'));
}

/**
 * The sample data as the preview backend receives it:
 * { loadedAt, currentUserId, users, records: { Account: [...], ... }, config, settings }.
 * `now` fixes the load time (tests); by default it is the time of the request.
 */
export function loadSampleData(root, { now = Date.now() } = {}) {
  const dataDir = join(root, 'scripts', 'data');
  const plan = readPlan(dataDir);
  const idByRef = new Map();
  const records = {};
  const customPrefixes = new Map();
  let sequence = 0;

  const prefixOf = (sobject) => {
    if (KEY_PREFIX[sobject]) return KEY_PREFIX[sobject];
    if (!customPrefixes.has(sobject)) customPrefixes.set(sobject, `a0${customPrefixes.size}`);
    return customPrefixes.get(sobject);
  };

  const users = PREVIEW_USERS.map((user, i) => ({
    Id: salesforceId(KEY_PREFIX.User, i + 1),
    ...user
  }));
  const [currentUser, ...others] = users;
  const owners = others.filter((user) => user.Title.startsWith('Account Executive'));
  const csms = others.filter((user) => user.Title === 'Customer Success Manager');

  // First pass: every record gets its Id, so references can point forward or backward.
  const raw = [];
  for (const step of plan) {
    for (const file of step.files) {
      // the org's landing-page history: the preview draws its own (addAttributionHistory), with the
      // sign-up dates an import into an org cannot set
      if (file.startsWith('History_')) continue;
      const tree = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
      for (const record of tree.records) {
        const sobject = record.attributes?.type ?? step.sobject;
        sequence += 1;
        const id = salesforceId(prefixOf(sobject), sequence);
        idByRef.set(record.attributes?.referenceId, id);
        raw.push({ sobject, id, record });
      }
    }
  }

  const resolve = (value) =>
    typeof value === 'string' && value.startsWith('@') && idByRef.has(value.slice(1))
      ? idByRef.get(value.slice(1))
      : value;

  const loadStart = now - raw.length * 1000;
  const autoNumbers = readAutoNumberFormats(root);
  raw.forEach(({ sobject, id, record }, index) => {
    const fields = { Id: id };
    for (const [name, value] of Object.entries(record)) {
      if (name !== 'attributes') fields[name] = resolve(value);
    }
    fields.OwnerId = currentUser.Id;
    fields.CreatedById = currentUser.Id;
    fields.CreatedDate = new Date(loadStart + index * 1000).toISOString();
    records[sobject] ??= [];
    records[sobject].push(fields);
    // An auto-number Name is the platform's: the data files cannot set it.
    if (autoNumbers[sobject])
      fields.Name = autoNumber(autoNumbers[sobject], records[sobject].length);
  });

  finishAccounts(records.Account ?? [], owners, csms, records);
  finishPeople(records.Contact ?? [], records.Lead ?? []);
  finishResponses(records.CampaignMember ?? [], records.Reference_Nomination__c ?? [], now);
  // attribution (issue 18): 13 months of landing-page history, appended after the data set
  addAttributionHistory(records, {
    now,
    owner: owners[0],
    csm: csms[0],
    loader: currentUser,
    newId: (sobject) => salesforceId(prefixOf(sobject), (sequence += 1)),
    autoNumbers: readAutoNumberFormats(root)
  });

  const metadata = readCustomMetadata(root);
  return addNominationPreview(root, {
    loadedAt: new Date(now).toISOString(),
    currentUserId: currentUser.Id,
    users,
    records,
    config: metadata.Reference_Program ?? {},
    settings: metadata.Reference_Program_Setting?.Default ?? {},
    autoNumbers
  });
}

/** Owners round-robin (one by the inactive user), a CSM on most accounts, none on two. */
function finishAccounts(accounts, owners, csms, records) {
  const team = [];
  accounts.forEach((account, i) => {
    account.OwnerId = owners[i % owners.length].Id;
    if (i % 7 === 6) return;
    team.push({
      Id: salesforceId(KEY_PREFIX.AccountTeamMember, i + 1),
      AccountId: account.Id,
      UserId: csms[i % csms.length].Id,
      TeamMemberRole: 'Customer Success Manager'
    });
  });
  records.AccountTeamMember = team;
}

function finishPeople(contacts, leads) {
  for (const person of [...contacts, ...leads]) {
    person.Name = [person.FirstName, person.LastName].filter(Boolean).join(' ');
  }
}

/**
 * Responses arrive over the weeks before the load (the landing page's sign-ups), oldest first;
 * each moved to its status a few days after arriving. The response named by a nomination's
 * Source_Response_Id__c is linked to it, as the org setup script does.
 */
function finishResponses(responses, nominations, now) {
  const count = responses.length;
  responses.forEach((response, i) => {
    const daysAgo = Math.round(((count - i) * 60) / count);
    const created = now - daysAgo * DAY - (i % 5) * 3600 * 1000;
    response.CreatedDate = new Date(created).toISOString();
    // The backend sets Status_Changed_On__c from this, by the vocabulary's rules (no status here).
    response.Preview_Moved_After_Days = 1 + (i % 4);
  });
  const responseById = new Map(responses.map((response) => [response.Id, response]));
  for (const nomination of nominations) {
    const response = responseById.get(nomination.Source_Response_Id__c);
    if (response) response.Nomination__c = nomination.Id;
  }
}

// ---------------------------------------------------------------------------------------------
// attribution (issue 18): landing-page history for the funnel, the trend and the reports.
// Appended to the data set, never changing its records: per landing-page campaign, one sign-up in
// each of the 13 months before the data set's own 60 days, each taken as far through the process
// as HISTORY_STAGES says (0 Not a Fit unasked … 4 nominated), the nominations with the landing-page
// checkbox and a status of their age. People and accounts of their own (hidden account pages);
// no response is New, so the board's New queue is the data set's.
// ---------------------------------------------------------------------------------------------
const HISTORY_MONTHS = 13;
const HISTORY_STAGES = [4, 0, 4, 2, 4, 1, 4, 3, 4, 4, 2, 4, 4];
const HISTORY_NOMINATION_STATUSES = [
  'Active_Reference',
  'Active_Reference',
  'Withdrawn',
  'Active_Reference',
  'In_Progress',
  'Active_Reference',
  'Declined',
  'In_Progress',
  'Accepted',
  'Active_Reference',
  'Nominated',
  'Accepted',
  'Nominated'
];
const HISTORY_FIRST_NAMES = ['Alex', 'Blair', 'Cameron', 'Dana', 'Eli', 'Frankie', 'Gale'];
const HISTORY_LAST_NAMES = ['Archer', 'Brooks', 'Castillo', 'Dunn', 'Ekström', 'Fontaine'];
const HISTORY_COMPANIES = ['Harbor', 'Juniper', 'Keystone', 'Lumen', 'Meridian', 'Northwind'];

const isoDay = (time) => new Date(time).toISOString().slice(0, 10);

function monthsBefore(now, months, day) {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - months, day, 15);
}

export function addAttributionHistory(records, { now, owner, csm, loader, newId, autoNumbers }) {
  const campaigns = (records.Campaign ?? []).filter((campaign) => campaign.Reference_Program__c);
  for (const sobject of [
    'Account',
    'AccountTeamMember',
    'Contact',
    'CampaignMember',
    'Reference_Nomination__c'
  ]) {
    records[sobject] ??= [];
  }
  let n = 0;
  campaigns.forEach((campaign, c) => {
    for (let k = 0; k < HISTORY_MONTHS; k++) {
      const stage = HISTORY_STAGES[(k + c * 3) % HISTORY_STAGES.length];
      const signedUp = monthsBefore(now, HISTORY_MONTHS + 2 - k, 3 + c * 4);
      const first = HISTORY_FIRST_NAMES[n % HISTORY_FIRST_NAMES.length];
      const last = HISTORY_LAST_NAMES[(n + c) % HISTORY_LAST_NAMES.length];
      const company = `${HISTORY_COMPANIES[n % HISTORY_COMPANIES.length]} ${campaign.Reference_Program__c.replace('_', ' ')} ${k + 1}`;
      n += 1;
      const account = { Id: newId('Account'), Name: company, OwnerId: owner.Id };
      const contact = {
        Id: newId('Contact'),
        AccountId: account.Id,
        FirstName: first,
        LastName: last,
        Name: `${first} ${last}`,
        Email: `${first}.${last}@${company.split(' ')[0]}.example.com`.toLowerCase()
      };
      const response = {
        Id: newId('CampaignMember'),
        CampaignId: campaign.Id,
        ContactId: contact.Id,
        Status: 'Responded',
        CreatedDate: new Date(signedUp).toISOString(),
        Review_Status__c: stage === 4 ? 'Nominated' : 'Not_A_Fit',
        Preview_Moved_After_Days: 20
      };
      if (stage >= 1)
        response.Account_Team_Asked_On__c = new Date(signedUp + 2 * DAY).toISOString();
      if (stage === 1) response.Account_Team_Verdict__c = 'Declined';
      if (stage >= 2) {
        response.Account_Team_Replied_On__c = new Date(signedUp + 4 * DAY).toISOString();
        response.Account_Team_Verdict__c = 'Confirmed';
      }
      // the step dates the org's triggers set (Verdict_Given_On__c, Accepted_On__c, Became_Active_On__c)
      if (stage >= 1) response.Verdict_Given_On__c = new Date(signedUp + 5 * DAY).toISOString();
      if (stage >= 3) response.Call_Date__c = isoDay(signedUp + 10 * DAY);
      records.Account.push(account);
      records.AccountTeamMember.push({
        Id: newId('AccountTeamMember'),
        AccountId: account.Id,
        UserId: csm.Id,
        TeamMemberRole: 'Customer Success Manager'
      });
      records.Contact.push(contact);
      records.CampaignMember.push(response);
      if (stage === 4) {
        const status = HISTORY_NOMINATION_STATUSES[(k + c) % HISTORY_NOMINATION_STATUSES.length];
        const nomination = {
          Id: newId('Reference_Nomination__c'),
          OwnerId: loader.Id,
          CreatedById: loader.Id,
          CreatedDate: new Date(signedUp + 20 * DAY).toISOString(),
          Account__c: account.Id,
          Champion_Contact__c: contact.Id,
          Program__c: campaign.Reference_Program__c,
          Source_Campaign__c: campaign.Id,
          Source_Response_Id__c: response.Id,
          Sourced_From_Landing_Page__c: true,
          Status__c: status,
          Nominated_On__c: isoDay(signedUp + 20 * DAY),
          Account_Team_Verdict__c: 'Confirmed',
          GitLab_Sync_Status__c: 'Created',
          GitLab_Issue_IID__c: 40 + n,
          GitLab_Issue_URL__c: `https://gitlab.com/customer-reference-program/references/-/issues/${40 + n}`
        };
        if (['Accepted', 'In_Progress', 'Active_Reference'].includes(status)) {
          nomination.Accepted_On__c = isoDay(signedUp + 24 * DAY);
        }
        if (status === 'Active_Reference')
          nomination.Became_Active_On__c = isoDay(signedUp + 50 * DAY);
        if (status === 'Declined' || status === 'Withdrawn') {
          nomination.Status_Reason__c = 'The customer chose not to take part this year.';
        }
        records.Reference_Nomination__c.push(nomination);
        if (autoNumbers.Reference_Nomination__c) {
          nomination.Name = autoNumber(
            autoNumbers.Reference_Nomination__c,
            records.Reference_Nomination__c.length
          );
        }
        response.Nomination__c = nomination.Id;
      }
    }
  });
}

// ---- Nomination and CRM (issue 17) -------------------------------------------------------------

/** Customer Reference Managers beyond Casey Crm: one more active, one who left (never offered). */
const PREVIEW_CRMS = [
  { Name: 'Robin Reference', Title: 'Customer Reference Manager', IsActive: true },
  { Name: 'Toni Gone', Title: 'Customer Reference Manager (left)', IsActive: false }
];

/**
 * What the nomination's record page and the wizard need on top of the data set: the users holding
 * the Reference_CRM permission set (Preview_Crm__c, as org:setup would assign it), and the screens
 * of the wizard flow read from its XML for the lightning-flow stand-in.
 */
function addNominationPreview(root, data) {
  for (const crm of PREVIEW_CRMS) {
    data.users.push({ Id: salesforceId(KEY_PREFIX.User, data.users.length + 1), ...crm });
  }
  for (const user of data.users) {
    if (user.Title.startsWith('Customer Reference Manager')) user.Preview_Crm__c = true;
  }
  // The Open Source and Education nominations already moved on have their CRM; the others show the
  // path for a program without a default CRM (none of the sample programs names one).
  const casey = data.users.find((user) => user.Name === 'Casey Crm');
  for (const nomination of data.records.Reference_Nomination__c ?? []) {
    if (['Open_Source', 'Education'].includes(nomination.Program__c)) {
      nomination.Assigned_CRM__c ??= casey?.Id;
    }
  }
  const wizard = readFlowScreens(root, 'Reference_Nomination_Wizard');
  data.flows = wizard ? { [wizard.flowApiName]: wizard } : {};
  return data;
}

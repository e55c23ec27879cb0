/*
 * Builders of the account story's parts, shared by the panel's test and its children's tests: each
 * returns a complete DTO as the Apex returns it, with the fields a test cares about overridden.
 */
type Membership = Apex.ReferenceAccountPanelService.Membership;
type Nomination = Apex.ReferenceAccountPanelService.Nomination;
type Response = Apex.ReferenceAccountPanelService.Response;

export function response(overrides: Partial<Response>): Response {
  return {
    id: '00v000000000001AAA',
    campaignId: '701000000000001AAA',
    campaignName: 'Reference landing page Customer',
    program: 'Customer',
    personId: '003000000000001AAA',
    personName: 'Pat Person',
    reviewStatus: 'New',
    latestReply: null,
    latestReplyAuthorName: null,
    latestReplyOn: null,
    nominationId: null,
    canAskAccountTeam: false,
    canNominate: false,
    ...overrides
  };
}

export function nomination(overrides: Partial<Nomination>): Nomination {
  return {
    id: 'a01000000000001AAA',
    name: 'NOM-00001',
    program: 'Education',
    status: 'Nominated',
    referenceTypes: [],
    sourcedFromLandingPage: false,
    crmId: null,
    crmName: null,
    gitLabStatus: 'Not_Queued',
    gitLabIssueIid: null,
    gitLabIssueUrl: null,
    gitLabError: null,
    canRetryGitLab: false,
    ...overrides
  };
}

export function membership(overrides: Partial<Membership>): Membership {
  return {
    id: 'a02000000000001AAA',
    name: 'CPM-00001',
    program: 'Education',
    storedStatus: 'Active',
    standing: 'Active',
    verificationRoute: 'Automated_Third_Party',
    subscriptionStart: '2025-06-01',
    subscriptionEnd: '2026-05-31',
    daysUntilRenewal: 364,
    programYear: 1,
    renewalIsPaid: false,
    pastFreeYear: false,
    freeUntil: null,
    ultimateSupportIncluded: false,
    transitionToPaid: false,
    seats: 10,
    opportunity: null,
    canAskToFixOwner: false,
    canRequestClosedLost: false,
    ...overrides
  };
}

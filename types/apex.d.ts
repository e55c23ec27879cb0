// Generated from the @AuraEnabled Apex by npm run types:apex. Do not edit.
// The integrity checker of npm run check fails when this file is stale.

declare namespace Apex {
  interface GitLabIssueStatus {
    nominationId: string | null;
    status: string | null;
    issueIid: number | null;
    issueUrl: string | null;
    lastError: string | null;
    attempts: number | null;
    canRetry: boolean | null;
  }
}

declare namespace Apex.AccountTeamChatterController {
  interface AskPreview {
    posts: Apex.AccountTeamChatterController.PostPreview[] | null;
    responses: Apex.AccountTeamChatterController.ResponsePreview[] | null;
  }
}

declare namespace Apex.AccountTeamChatterController {
  interface PostPreview {
    accountId: string | null;
    accountName: string | null;
    outcome: string | null;
    text: string | null;
    mentioned: string[] | null;
    warnings: string[] | null;
    responseCount: number | null;
  }
}

declare namespace Apex.AccountTeamChatterController {
  interface ResponseOutcome {
    responseId: string | null;
    outcome: string | null;
    message: string | null;
  }
}

declare namespace Apex.AccountTeamChatterController {
  interface ResponsePreview {
    responseId: string | null;
    name: string | null;
    accountName: string | null;
    outcome: string | null;
    message: string | null;
  }
}

declare namespace Apex.CommunityProgramsChatterService {
  interface PostOutcome {
    feedElementId: string | null;
    subjectId: string | null;
    mentionedNames: string[] | null;
    warnings: string[] | null;
  }
}

declare namespace Apex.NominationHomeService {
  interface Crm {
    userId: string | null;
    name: string | null;
    title: string | null;
  }
}

declare namespace Apex.NominationHomeService {
  interface Home {
    id: string | null;
    name: string | null;
    status: string | null;
    statusReason: string | null;
    program: string | null;
    accountId: string | null;
    accountName: string | null;
    championId: string | null;
    championName: string | null;
    championHasEmail: boolean | null;
    referenceTypes: string[] | null;
    sourcedFromLandingPage: boolean | null;
    sourceCampaignName: string | null;
    sourceResponseId: string | null;
    responsePersonName: string | null;
    accountTeamVerdict: string | null;
    accountTeamReply: string | null;
    accountTeamReplyAuthorName: string | null;
    accountTeamRepliedOn: string | null;
    notes: string | null;
    nominatedOn: string | null;
    nominatedByName: string | null;
    gitLab: Apex.GitLabIssueStatus | null;
    canRetryGitLab: boolean | null;
    crmId: string | null;
    crmName: string | null;
    programHasDefaultCrm: boolean | null;
    canAssignCrm: boolean | null;
    hasIntroEmail: boolean | null;
    introEmailSentOn: string | null;
    introEmailSentByName: string | null;
    nextStep: string | null;
    nextStepOwner: string | null;
  }
}

declare namespace Apex.NominationWizardResponses {
  interface Option {
    value: string | null;
    label: string | null;
  }
}

declare namespace Apex.ReferenceAccountPanelService {
  interface AccountStory {
    accountId: string | null;
    accountName: string | null;
    today: string | null;
    owner: Apex.ReferenceAccountPanelService.Person | null;
    customerSuccessManagers: Apex.ReferenceAccountPanelService.Person[] | null;
    responses: Apex.ReferenceAccountPanelService.Response[] | null;
    moreResponses: boolean | null;
    nominations: Apex.ReferenceAccountPanelService.Nomination[] | null;
    memberships: Apex.ReferenceAccountPanelService.Membership[] | null;
    warnings: string[] | null;
    canEngageCommunityPrograms: boolean | null;
    canNominate: boolean | null;
  }
}

declare namespace Apex.ReferenceAccountPanelService {
  interface Membership {
    id: string | null;
    name: string | null;
    program: string | null;
    storedStatus: string | null;
    standing: string | null;
    verificationRoute: string | null;
    subscriptionStart: string | null;
    subscriptionEnd: string | null;
    daysUntilRenewal: number | null;
    programYear: number | null;
    renewalIsPaid: boolean | null;
    pastFreeYear: boolean | null;
    freeUntil: string | null;
    ultimateSupportIncluded: boolean | null;
    transitionToPaid: boolean | null;
    seats: number | null;
    opportunity: Apex.ReferenceAccountPanelService.RenewalOpportunity | null;
    canAskToFixOwner: boolean | null;
    canRequestClosedLost: boolean | null;
  }
}

declare namespace Apex.ReferenceAccountPanelService {
  interface Nomination {
    id: string | null;
    name: string | null;
    program: string | null;
    status: string | null;
    referenceTypes: string[] | null;
    sourcedFromLandingPage: boolean | null;
    crmId: string | null;
    crmName: string | null;
    gitLabStatus: string | null;
    gitLabIssueIid: number | null;
    gitLabIssueUrl: string | null;
    gitLabError: string | null;
    canRetryGitLab: boolean | null;
  }
}

declare namespace Apex.ReferenceAccountPanelService {
  interface Person {
    userId: string | null;
    name: string | null;
    isActive: boolean | null;
  }
}

declare namespace Apex.ReferenceAccountPanelService {
  interface RenewalOpportunity {
    id: string | null;
    name: string | null;
    ownerName: string | null;
    stageName: string | null;
    closeDate: string | null;
    isClosed: boolean | null;
    wrongOwner: boolean | null;
    expiredBeforeReturn: boolean | null;
  }
}

declare namespace Apex.ReferenceAccountPanelService {
  interface Response {
    id: string | null;
    campaignId: string | null;
    campaignName: string | null;
    program: string | null;
    personId: string | null;
    personName: string | null;
    reviewStatus: string | null;
    latestReply: string | null;
    latestReplyAuthorName: string | null;
    latestReplyOn: string | null;
    nominationId: string | null;
    canAskAccountTeam: boolean | null;
    canNominate: boolean | null;
  }
}

declare namespace Apex.ReferenceAttributionService {
  interface Chart {
    feedsProgram: boolean | null;
    program: string | null;
    funnel: Apex.ReferenceAttributionService.FunnelStep[] | null;
    trend: Apex.ReferenceAttributionService.MonthAdditions[] | null;
  }
}

declare namespace Apex.ReferenceAttributionService {
  interface FunnelStep {
    step: string | null;
    label: string | null;
    count: number | null;
  }
}

declare namespace Apex.ReferenceAttributionService {
  interface MonthAdditions {
    year: number | null;
    month: number | null;
    added: number | null;
    active: number | null;
  }
}

declare namespace Apex.ReferenceResponseBoardService {
  interface Board {
    campaignId: string | null;
    campaignName: string | null;
    program: string | null;
    feedsProgram: boolean | null;
    callType: string | null;
    advisesCrm: boolean | null;
    cadenceDays: number | null;
    reviewers: string[] | null;
    lastReviewDate: string | null;
    lastReviewedByName: string | null;
    verdictSources: Apex.ReferenceResponseBoardService.Option[] | null;
    callOutcomes: Apex.ReferenceResponseBoardService.Option[] | null;
    maxCallDaysAhead: number | null;
    callNotesMaxLength: number | null;
    maxPageSize: number | null;
  }
}

declare namespace Apex.ReferenceResponseBoardService {
  interface Option {
    value: string | null;
    label: string | null;
  }
}

declare namespace Apex.ReferenceResponseBoardService {
  interface ResponsePage {
    rows: Apex.ReferenceResponseBoardService.ResponseRow[] | null;
    hasMore: boolean | null;
    nextCreatedDate: string | null;
    nextId: string | null;
    nextGroup: number | null;
  }
}

declare namespace Apex.ReferenceResponseBoardService {
  interface ResponseRow {
    id: string | null;
    createdDate: string | null;
    personId: string | null;
    personType: string | null;
    personName: string | null;
    company: string | null;
    accountId: string | null;
    accountName: string | null;
    accountOwnerName: string | null;
    accountOwnerActive: boolean | null;
    csmNames: string | null;
    status: string | null;
    statusChangedOn: string | null;
    callDate: string | null;
    reply: string | null;
    replyAuthorName: string | null;
    repliedOn: string | null;
    verdict: string | null;
    verdictReason: string | null;
    nominationId: string | null;
    nominationStatus: string | null;
    gitLabSyncStatus: string | null;
    gitLabIssueUrl: string | null;
    gitLabIssueIid: number | null;
    gitLabLastError: string | null;
    needsAction: boolean | null;
    overdue: boolean | null;
    newSinceReview: boolean | null;
    problems: string[] | null;
    email: string | null;
    replyAuthorIsOwner: boolean | null;
    verdicts: string[] | null;
    verdictSource: string | null;
    verdictReplyAuthor: string | null;
    verdictReplyText: string | null;
    reviewNotes: string | null;
    callOutcome: string | null;
    callOutcomeLabel: string | null;
    callNotes: string | null;
    activeReferenceSince: string | null;
  }
}

declare namespace Apex.ReferenceReviewQueue {
  interface Counts {
    total: number | null;
    newSinceReview: number | null;
    overdue: number | null;
    needsAction: number | null;
    byStatus: Apex.ReferenceReviewQueue.StatusCount[] | null;
  }
}

declare namespace Apex.ReferenceReviewQueue {
  interface StatusCount {
    status: string | null;
    responses: number | null;
  }
}

declare namespace Apex.ReferenceReviewService {
  interface RowResult {
    responseId: string | null;
    ok: boolean | null;
    message: string | null;
    personName: string | null;
  }
}

declare module '@salesforce/apex/AccountTeamChatterController.previewAsk' {
  const previewAsk: Apex.Call<
    { responseIds?: string[] | null; note?: string | null },
    Apex.AccountTeamChatterController.AskPreview
  >;
  export default previewAsk;
}

declare module '@salesforce/apex/AccountTeamChatterController.askAccountTeam' {
  const askAccountTeam: Apex.Call<
    { responseIds?: string[] | null; note?: string | null },
    Apex.AccountTeamChatterController.ResponseOutcome[]
  >;
  export default askAccountTeam;
}

declare module '@salesforce/apex/GitLabIssueController.retry' {
  const retry: Apex.Call<{ nominationId?: string | null }, Apex.GitLabIssueStatus>;
  export default retry;
}

declare module '@salesforce/apex/GitLabIssueController.statusOf' {
  const statusOf: Apex.Call<{ nominationId?: string | null }, Apex.GitLabIssueStatus>;
  export default statusOf;
}

declare module '@salesforce/apex/GitLabIssueController.statusesOf' {
  const statusesOf: Apex.Call<{ nominationIds?: string[] | null }, Apex.GitLabIssueStatus[]>;
  export default statusesOf;
}

declare module '@salesforce/apex/GitLabIssueLink.allowedHost' {
  const allowedHost: Apex.Wireable<{}, string>;
  export default allowedHost;
}

declare module '@salesforce/apex/NominationHomeController.getHome' {
  const getHome: Apex.Wireable<{ nominationId?: string | null }, Apex.NominationHomeService.Home>;
  export default getHome;
}

declare module '@salesforce/apex/NominationHomeController.searchCrms' {
  const searchCrms: Apex.Wireable<{ searchTerm?: string | null }, Apex.NominationHomeService.Crm[]>;
  export default searchCrms;
}

declare module '@salesforce/apex/NominationHomeController.assignCrm' {
  const assignCrm: Apex.Call<
    { nominationId?: string | null; crmId?: string | null },
    Apex.NominationHomeService.Home
  >;
  export default assignCrm;
}

declare module '@salesforce/apex/NominationHomeController.sendIntroEmail' {
  const sendIntroEmail: Apex.Call<
    { nominationId?: string | null; sendAgain?: boolean | null },
    string
  >;
  export default sendIntroEmail;
}

declare module '@salesforce/apex/NominationWizardResponses.getLandingPageResponses' {
  const getLandingPageResponses: Apex.Wireable<
    { accountId?: string | null },
    Apex.NominationWizardResponses.Option[]
  >;
  export default getLandingPageResponses;
}

declare module '@salesforce/apex/ReferenceAccountPanelController.getAccountStory' {
  const getAccountStory: Apex.Wireable<
    { accountId?: string | null },
    Apex.ReferenceAccountPanelService.AccountStory
  >;
  export default getAccountStory;
}

declare module '@salesforce/apex/ReferenceAccountPanelController.engageCommunityPrograms' {
  const engageCommunityPrograms: Apex.Call<
    { accountId?: string | null; note?: string | null },
    Apex.CommunityProgramsChatterService.PostOutcome
  >;
  export default engageCommunityPrograms;
}

declare module '@salesforce/apex/ReferenceAccountPanelController.askSalesSupportToFixOwner' {
  const askSalesSupportToFixOwner: Apex.Call<
    { membershipId?: string | null; note?: string | null },
    Apex.CommunityProgramsChatterService.PostOutcome
  >;
  export default askSalesSupportToFixOwner;
}

declare module '@salesforce/apex/ReferenceAccountPanelController.requestClosedLost' {
  const requestClosedLost: Apex.Call<
    { membershipId?: string | null; note?: string | null },
    Apex.CommunityProgramsChatterService.PostOutcome
  >;
  export default requestClosedLost;
}

declare module '@salesforce/apex/ReferenceAttributionController.getChart' {
  const getChart: Apex.Wireable<
    { campaignId?: string | null },
    Apex.ReferenceAttributionService.Chart
  >;
  export default getChart;
}

declare module '@salesforce/apex/ReferenceResponseBoardController.getBoard' {
  const getBoard: Apex.Call<
    { campaignId?: string | null },
    Apex.ReferenceResponseBoardService.Board
  >;
  export default getBoard;
}

declare module '@salesforce/apex/ReferenceResponseBoardController.getCounts' {
  const getCounts: Apex.Call<{ campaignId?: string | null }, Apex.ReferenceReviewQueue.Counts>;
  export default getCounts;
}

declare module '@salesforce/apex/ReferenceResponseBoardController.getResponses' {
  const getResponses: Apex.Call<
    {
      campaignId?: string | null;
      status?: string | null;
      view?: string | null;
      search?: string | null;
      newestFirst?: boolean | null;
      afterCreatedDate?: string | null;
      afterId?: string | null;
      pageSize?: number | null;
      needsActionFirst?: boolean | null;
      afterGroup?: number | null;
    },
    Apex.ReferenceResponseBoardService.ResponsePage
  >;
  export default getResponses;
}

declare module '@salesforce/apex/ReferenceResponseBoardController.recordVerdict' {
  const recordVerdict: Apex.Call<
    { responseIds?: string[] | null; verdict?: string | null; reason?: string | null },
    Apex.ReferenceReviewService.RowResult[]
  >;
  export default recordVerdict;
}

declare module '@salesforce/apex/ReferenceResponseBoardController.recordVerdictFrom' {
  const recordVerdictFrom: Apex.Call<
    {
      responseIds?: string[] | null;
      verdict?: string | null;
      reason?: string | null;
      source?: string | null;
      replyAuthor?: string | null;
      replyText?: string | null;
    },
    Apex.ReferenceReviewService.RowResult[]
  >;
  export default recordVerdictFrom;
}

declare module '@salesforce/apex/ReferenceResponseBoardController.logCall' {
  const logCall: Apex.Call<
    {
      responseIds?: string[] | null;
      callDate?: string | null;
      outcome?: string | null;
      notes?: string | null;
    },
    Apex.ReferenceReviewService.RowResult[]
  >;
  export default logCall;
}

declare module '@salesforce/apex/ReferenceResponseBoardController.markAgreedToPartner' {
  const markAgreedToPartner: Apex.Call<
    { responseIds?: string[] | null },
    Apex.ReferenceReviewService.RowResult[]
  >;
  export default markAgreedToPartner;
}

declare module '@salesforce/apex/ReferenceResponseBoardController.markNotAFit' {
  const markNotAFit: Apex.Call<
    { responseIds?: string[] | null; reason?: string | null },
    Apex.ReferenceReviewService.RowResult[]
  >;
  export default markNotAFit;
}

declare module '@salesforce/apex/ReferenceResponseBoardController.markReviewComplete' {
  const markReviewComplete: Apex.Call<
    { campaignId?: string | null },
    Apex.ReferenceResponseBoardService.Board
  >;
  export default markReviewComplete;
}

declare namespace Apex {
  /** Every @AuraEnabled method by 'Class.method': its @salesforce/apex module's default. */
  interface Methods {
    'AccountTeamChatterController.previewAsk': typeof import('@salesforce/apex/AccountTeamChatterController.previewAsk').default;
    'AccountTeamChatterController.askAccountTeam': typeof import('@salesforce/apex/AccountTeamChatterController.askAccountTeam').default;
    'GitLabIssueController.retry': typeof import('@salesforce/apex/GitLabIssueController.retry').default;
    'GitLabIssueController.statusOf': typeof import('@salesforce/apex/GitLabIssueController.statusOf').default;
    'GitLabIssueController.statusesOf': typeof import('@salesforce/apex/GitLabIssueController.statusesOf').default;
    'GitLabIssueLink.allowedHost': typeof import('@salesforce/apex/GitLabIssueLink.allowedHost').default;
    'NominationHomeController.getHome': typeof import('@salesforce/apex/NominationHomeController.getHome').default;
    'NominationHomeController.searchCrms': typeof import('@salesforce/apex/NominationHomeController.searchCrms').default;
    'NominationHomeController.assignCrm': typeof import('@salesforce/apex/NominationHomeController.assignCrm').default;
    'NominationHomeController.sendIntroEmail': typeof import('@salesforce/apex/NominationHomeController.sendIntroEmail').default;
    'NominationWizardResponses.getLandingPageResponses': typeof import('@salesforce/apex/NominationWizardResponses.getLandingPageResponses').default;
    'ReferenceAccountPanelController.getAccountStory': typeof import('@salesforce/apex/ReferenceAccountPanelController.getAccountStory').default;
    'ReferenceAccountPanelController.engageCommunityPrograms': typeof import('@salesforce/apex/ReferenceAccountPanelController.engageCommunityPrograms').default;
    'ReferenceAccountPanelController.askSalesSupportToFixOwner': typeof import('@salesforce/apex/ReferenceAccountPanelController.askSalesSupportToFixOwner').default;
    'ReferenceAccountPanelController.requestClosedLost': typeof import('@salesforce/apex/ReferenceAccountPanelController.requestClosedLost').default;
    'ReferenceAttributionController.getChart': typeof import('@salesforce/apex/ReferenceAttributionController.getChart').default;
    'ReferenceResponseBoardController.getBoard': typeof import('@salesforce/apex/ReferenceResponseBoardController.getBoard').default;
    'ReferenceResponseBoardController.getCounts': typeof import('@salesforce/apex/ReferenceResponseBoardController.getCounts').default;
    'ReferenceResponseBoardController.getResponses': typeof import('@salesforce/apex/ReferenceResponseBoardController.getResponses').default;
    'ReferenceResponseBoardController.recordVerdict': typeof import('@salesforce/apex/ReferenceResponseBoardController.recordVerdict').default;
    'ReferenceResponseBoardController.recordVerdictFrom': typeof import('@salesforce/apex/ReferenceResponseBoardController.recordVerdictFrom').default;
    'ReferenceResponseBoardController.logCall': typeof import('@salesforce/apex/ReferenceResponseBoardController.logCall').default;
    'ReferenceResponseBoardController.markAgreedToPartner': typeof import('@salesforce/apex/ReferenceResponseBoardController.markAgreedToPartner').default;
    'ReferenceResponseBoardController.markNotAFit': typeof import('@salesforce/apex/ReferenceResponseBoardController.markNotAFit').default;
    'ReferenceResponseBoardController.markReviewComplete': typeof import('@salesforce/apex/ReferenceResponseBoardController.markReviewComplete').default;
  }
}

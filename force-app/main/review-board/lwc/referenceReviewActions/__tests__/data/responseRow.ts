/*
 * A board row as the Apex returns it: a contact's New response on an account with an active
 * owner and a CSM. Shared by the tests of c/referenceReviewActions and the board's children.
 */
import type { Row } from 'c/referenceReviewActions';

export function responseRow(overrides: Partial<Row> = {}): Row {
  return {
    id: '00v000000000001AAA',
    createdDate: '2025-09-01T10:00:00.000Z',
    personId: '003000000000001AAA',
    personType: 'Contact',
    personName: 'Chris Champion',
    company: null,
    accountId: '001000000000001AAA',
    accountName: 'Acme University',
    accountOwnerName: 'Olivia Owner',
    accountOwnerActive: true,
    csmNames: 'Sam Success',
    status: 'New',
    statusChangedOn: null,
    callDate: null,
    reply: null,
    replyAuthorName: null,
    repliedOn: null,
    verdict: null,
    verdictReason: null,
    nominationId: null,
    nominationStatus: null,
    gitLabSyncStatus: null,
    gitLabIssueUrl: null,
    gitLabIssueIid: null,
    gitLabLastError: null,
    needsAction: true,
    overdue: false,
    newSinceReview: false,
    problems: [],
    email: 'chris@example.edu',
    replyAuthorIsOwner: false,
    verdicts: ['Confirmed', 'Declined'],
    verdictSource: null,
    verdictReplyAuthor: null,
    verdictReplyText: null,
    reviewNotes: null,
    callOutcome: null,
    callOutcomeLabel: null,
    callNotes: null,
    activeReferenceSince: null,
    ...overrides
  };
}

import {
  CALL_TYPES,
  MEMBERSHIP_STATUSES,
  NOMINATION_STATUSES,
  PROGRAMS,
  REFERENCE_TYPES,
  REVIEW_STATUSES,
  VERDICTS,
  VERIFICATION_ROUTES,
  advisesCrmOnAgreement,
  callTypeFor,
  callTypeLabel,
  canMoveNomination,
  canMoveReview,
  isCallType,
  isCommunityProgram,
  isLandingPageProgram,
  isMembershipStatus,
  isNominationStatus,
  isOpenNomination,
  isProgram,
  isReferenceType,
  isReviewStatus,
  isVerdict,
  isVerificationRoute,
  isGitLabSyncStatus,
  GITLAB_SYNC_STATUSES,
  membershipStatusLabel,
  needsAction,
  nextNominationStatuses,
  nextReviewStatuses,
  nominationNeedsReason,
  nominationStatusLabel,
  programLabel,
  referenceTypeLabel,
  reviewStatusLabel,
  verdictLabel,
  verificationRouteFor,
  verificationRouteLabel
} from 'c/referenceProgram';
import type {
  CallType,
  MembershipStatus,
  NominationStatus,
  Program,
  ReferenceType,
  ReviewStatus,
  Verdict,
  VerificationRoute
} from 'c/referenceProgram';

// The expected values are written out from docs/VOCABULARY.md on purpose: a test that read them
// back from the module could not notice a changed picklist value.

const REVIEW_MOVES: Record<ReviewStatus, ReviewStatus[]> = {
  New: ['Account_Team_Asked', 'Confirmed', 'Declined', 'Not_A_Fit'],
  Account_Team_Asked: ['Account_Team_Replied', 'Confirmed', 'Declined', 'Not_A_Fit'],
  Account_Team_Replied: ['Account_Team_Asked', 'Confirmed', 'Declined', 'Not_A_Fit'],
  Confirmed: ['Declined', 'Call_Scheduled', 'Call_Held', 'Not_A_Fit'],
  Declined: ['Account_Team_Asked', 'Confirmed', 'Not_A_Fit'],
  Call_Scheduled: ['Call_Held', 'Not_A_Fit'],
  Call_Held: ['Agreed_To_Partner', 'Nominated', 'Not_A_Fit'],
  Agreed_To_Partner: ['Nominated', 'Not_A_Fit'],
  Nominated: [],
  Not_A_Fit: []
};

const NOMINATION_MOVES: Record<NominationStatus, NominationStatus[]> = {
  Nominated: ['Accepted', 'Declined', 'Withdrawn'],
  Accepted: ['In_Progress', 'Declined', 'Withdrawn'],
  In_Progress: ['Active_Reference', 'Declined', 'Withdrawn'],
  Active_Reference: ['Withdrawn'],
  Declined: [],
  Withdrawn: []
};

function pairs<S extends string>(moves: Record<S, S[]>): [S, S][] {
  return (Object.keys(moves) as S[]).flatMap((from) => moves[from].map((to): [S, S] => [from, to]));
}

function refusedPairs<S extends string>(statuses: readonly S[], moves: Record<S, S[]>): [S, S][] {
  return statuses.flatMap((from) =>
    statuses.filter((to) => !moves[from].includes(to)).map((to): [S, S] => [from, to])
  );
}

describe('API values', () => {
  it('lists the programs', () => {
    expect(PROGRAMS).toEqual(['Customer', 'Open_Source', 'Education', 'Startups']);
  });

  it('lists the review statuses in lifecycle order', () => {
    expect(REVIEW_STATUSES).toEqual([
      'New',
      'Account_Team_Asked',
      'Account_Team_Replied',
      'Confirmed',
      'Declined',
      'Call_Scheduled',
      'Call_Held',
      'Agreed_To_Partner',
      'Nominated',
      'Not_A_Fit'
    ]);
  });

  it('lists the verdicts', () => {
    expect(VERDICTS).toEqual(['Confirmed', 'Declined']);
  });

  it('lists the nomination statuses in lifecycle order', () => {
    expect(NOMINATION_STATUSES).toEqual([
      'Nominated',
      'Accepted',
      'In_Progress',
      'Active_Reference',
      'Declined',
      'Withdrawn'
    ]);
  });

  it('lists the reference types', () => {
    expect(REFERENCE_TYPES).toEqual([
      'Logo',
      'Live_Sales_Reference_Call',
      'Case_Study',
      'Blog',
      'Video',
      'Podcast',
      'Usage_Quote',
      'Event_Speaker',
      'Analyst_Reference',
      'Press_Reference',
      'Peer_Review',
      'Customer_Advisory_Board'
    ]);
  });

  it('lists the membership statuses', () => {
    expect(MEMBERSHIP_STATUSES).toEqual([
      'Applied',
      'Verified',
      'Active',
      'Renewal_Due',
      'Expired',
      'Transitioned_To_Paid'
    ]);
  });

  it('lists the verification routes and call types', () => {
    expect(VERIFICATION_ROUTES).toEqual(['Automated_Third_Party', 'Manual_Proof_Of_Use']);
    expect(CALL_TYPES).toEqual(['Intro_Call', 'Discovery_Call']);
  });
});

describe('review transitions', () => {
  test.each(pairs(REVIEW_MOVES))('a response may move from %s to %s', (from, to) => {
    expect(canMoveReview(from, to)).toBe(true);
  });

  test.each(refusedPairs(REVIEW_STATUSES, REVIEW_MOVES))(
    'a response may not move from %s to %s',
    (from, to) => {
      expect(canMoveReview(from, to)).toBe(false);
    }
  );

  test.each([
    ['New', 'Nominated'],
    ['Declined', 'Call_Held'],
    ['Call_Scheduled', 'Agreed_To_Partner'],
    ['Nominated', 'New'],
    ['Not_A_Fit', 'New'],
    ['Confirmed', 'Confirmed']
  ] satisfies [ReviewStatus, ReviewStatus][])('refuses the shortcut %s to %s', (from, to) => {
    expect(canMoveReview(from, to)).toBe(false);
  });

  test.each(Object.entries(REVIEW_MOVES))('offers from %s exactly %j', (from, expected) => {
    expect(nextReviewStatuses(from as ReviewStatus)).toEqual(expected);
  });

  test.each(['Nominated', 'Not_A_Fit'] satisfies ReviewStatus[])('%s is terminal', (status) => {
    expect(nextReviewStatuses(status)).toHaveLength(0);
  });

  test.each([
    ['New', true],
    ['Account_Team_Asked', false],
    ['Account_Team_Replied', true],
    ['Confirmed', true],
    ['Declined', false],
    ['Call_Scheduled', false],
    ['Call_Held', true],
    ['Agreed_To_Partner', true],
    ['Nominated', false],
    ['Not_A_Fit', false]
  ] satisfies [ReviewStatus, boolean][])('needsAction(%s) is %s', (status, expected) => {
    expect(needsAction(status)).toBe(expected);
  });
});

describe('nomination transitions', () => {
  test.each(pairs(NOMINATION_MOVES))('a nomination may move from %s to %s', (from, to) => {
    expect(canMoveNomination(from, to)).toBe(true);
  });

  test.each(refusedPairs(NOMINATION_STATUSES, NOMINATION_MOVES))(
    'a nomination may not move from %s to %s',
    (from, to) => {
      expect(canMoveNomination(from, to)).toBe(false);
    }
  );

  test.each(Object.entries(NOMINATION_MOVES))('offers from %s exactly %j', (from, expected) => {
    expect(nextNominationStatuses(from as NominationStatus)).toEqual(expected);
  });

  test.each(['Declined', 'Withdrawn'] satisfies NominationStatus[])('%s is terminal', (status) => {
    expect(nextNominationStatuses(status)).toHaveLength(0);
  });

  test.each([
    ['Nominated', true, false],
    ['Accepted', true, false],
    ['In_Progress', true, false],
    ['Active_Reference', true, false],
    ['Declined', false, true],
    ['Withdrawn', false, true]
  ] satisfies [NominationStatus, boolean, boolean][])(
    '%s: open %s, needs a reason %s',
    (status, open, needsReason) => {
      expect(isOpenNomination(status)).toBe(open);
      expect(nominationNeedsReason(status)).toBe(needsReason);
    }
  );
});

describe('programs', () => {
  test.each([
    ['Customer', true, false, 'Intro_Call', false, undefined],
    ['Open_Source', true, true, 'Discovery_Call', true, 'Manual_Proof_Of_Use'],
    ['Education', true, true, 'Discovery_Call', true, 'Automated_Third_Party'],
    ['Startups', false, true, 'Discovery_Call', true, 'Manual_Proof_Of_Use']
  ] satisfies [Program, boolean, boolean, CallType, boolean, VerificationRoute | undefined][])(
    '%s: landing page %s, community %s, first call %s, CRM advised %s, verified by %s',
    (program, landingPage, community, callType, advisesCrm, route) => {
      expect(isLandingPageProgram(program)).toBe(landingPage);
      expect(isCommunityProgram(program)).toBe(community);
      expect(callTypeFor(program)).toBe(callType);
      expect(advisesCrmOnAgreement(program)).toBe(advisesCrm);
      expect(verificationRouteFor(program)).toBe(route);
    }
  );
});

describe('guards for server data', () => {
  const guards: [string, (value: unknown) => boolean, readonly string[]][] = [
    ['isProgram', isProgram, PROGRAMS],
    ['isCallType', isCallType, CALL_TYPES],
    ['isReviewStatus', isReviewStatus, REVIEW_STATUSES],
    ['isVerdict', isVerdict, VERDICTS],
    ['isNominationStatus', isNominationStatus, NOMINATION_STATUSES],
    ['isReferenceType', isReferenceType, REFERENCE_TYPES],
    ['isMembershipStatus', isMembershipStatus, MEMBERSHIP_STATUSES],
    ['isVerificationRoute', isVerificationRoute, VERIFICATION_ROUTES],
    ['isGitLabSyncStatus', isGitLabSyncStatus, GITLAB_SYNC_STATUSES]
  ];

  test.each(guards)('%s accepts every value of its list', (_name, guard, values) => {
    expect(values.length).toBeGreaterThan(0);
    values.forEach((value) => expect(guard(value)).toBe(true));
  });

  test.each(guards)(
    '%s refuses other spellings, other types and missing values',
    (_name, guard, values) => {
      const [first] = values;
      [
        first?.toLowerCase(),
        first?.toUpperCase(),
        ` ${first}`,
        '',
        'Unknown',
        undefined,
        null,
        42,
        [first],
        { value: first }
      ].forEach((value) => expect(guard(value)).toBe(false));
    }
  );

  it('does not take a value of one vocabulary for another', () => {
    expect(isReviewStatus('Accepted')).toBe(false);
    expect(isNominationStatus('Account_Team_Asked')).toBe(false);
    expect(isProgram('Intro_Call')).toBe(false);
  });
});

describe('labels', () => {
  // What the user reads for each value, written out from the labels files: a renamed or
  // mistyped label shows up here as a test change.
  const shows = <V extends string>(labels: Record<V, string>) =>
    Object.entries(labels) as [V, string][];

  test.each(
    shows<Program>({
      Customer: 'Customer',
      Open_Source: 'Open Source',
      Education: 'Education',
      Startups: 'Startups'
    })
  )('program %s shows %s', (value, label) => {
    expect(programLabel(value)).toBe(label);
  });

  test.each(shows<CallType>({ Intro_Call: 'Intro Call', Discovery_Call: 'Discovery Call' }))(
    'call type %s shows %s',
    (value, label) => {
      expect(callTypeLabel(value)).toBe(label);
    }
  );

  test.each(
    shows<ReviewStatus>({
      New: 'New',
      Account_Team_Asked: 'Account Team Asked',
      Account_Team_Replied: 'Account Team Replied',
      Confirmed: 'Confirmed',
      Declined: 'Declined',
      Call_Scheduled: 'Call Scheduled',
      Call_Held: 'Call Held',
      Agreed_To_Partner: 'Agreed to Partner',
      Nominated: 'Nominated',
      Not_A_Fit: 'Not a Fit'
    })
  )('review status %s shows %s', (value, label) => {
    expect(reviewStatusLabel(value)).toBe(label);
  });

  test.each(shows<Verdict>({ Confirmed: 'Confirmed', Declined: 'Declined' }))(
    'verdict %s shows %s',
    (value, label) => {
      expect(verdictLabel(value)).toBe(label);
    }
  );

  test.each(
    shows<NominationStatus>({
      Nominated: 'Nominated',
      Accepted: 'Accepted',
      In_Progress: 'In Progress',
      Active_Reference: 'Active Reference',
      Declined: 'Declined',
      Withdrawn: 'Withdrawn'
    })
  )('nomination status %s shows %s', (value, label) => {
    expect(nominationStatusLabel(value)).toBe(label);
  });

  test.each(
    shows<ReferenceType>({
      Logo: 'Logo',
      Case_Study: 'Case Study',
      Usage_Quote: 'Usage Quote',
      Video: 'Video',
      Blog: 'Blog',
      Podcast: 'Podcast',
      Event_Speaker: 'Event Speaker',
      Live_Sales_Reference_Call: 'Live Sales Reference Call',
      Press_Reference: 'Press Reference',
      Analyst_Reference: 'Analyst Reference',
      Peer_Review: 'Peer Review',
      Customer_Advisory_Board: 'Customer Advisory Board'
    })
  )('reference type %s shows %s', (value, label) => {
    expect(referenceTypeLabel(value)).toBe(label);
  });

  test.each(
    shows<MembershipStatus>({
      Applied: 'Applied',
      Verified: 'Verified',
      Active: 'Active',
      Renewal_Due: 'Renewal Due',
      Expired: 'Expired',
      Transitioned_To_Paid: 'Transitioned to Paid'
    })
  )('membership status %s shows %s', (value, label) => {
    expect(membershipStatusLabel(value)).toBe(label);
  });

  test.each(
    shows<VerificationRoute>({
      Automated_Third_Party: 'Automated third-party verification',
      Manual_Proof_Of_Use: 'Manual proof of use'
    })
  )('verification route %s shows %s', (value, label) => {
    expect(verificationRouteLabel(value)).toBe(label);
  });
});

import {
  ACTION,
  PROBLEM,
  REVIEW_ACTIONS,
  actionLabel,
  isReviewAction,
  needsCallDate,
  needsInput,
  needsReason,
  reviewStatusText,
  rowActions,
  rowsOffering
} from 'c/referenceReviewActions';
import type { Action, Row } from 'c/referenceReviewActions';
import { responseRow } from './data/responseRow';

/** A contact's response on an account with an active team, in `status`. */
// The verdicts each status may receive, as ReferenceReviewService.verdictsFor answers them.
const VERDICTS_BY_STATUS: Record<string, string[]> = {
  New: ['Confirmed', 'Declined'],
  Account_Team_Asked: ['Confirmed', 'Declined'],
  Account_Team_Replied: ['Confirmed', 'Declined'],
  Confirmed: ['Declined'],
  Declined: ['Confirmed']
};
const row = (status: string | null, overrides: Partial<Row> = {}): Row =>
  responseRow({ status, verdicts: VERDICTS_BY_STATUS[status ?? ''] ?? [], ...overrides });

describe('c/referenceReviewActions', () => {
  describe('the actions a response offers', () => {
    it.each<[string, Action[]]>([
      ['New', ['ask', 'confirm', 'decline', 'notAFit']],
      ['Account_Team_Asked', ['confirm', 'decline', 'notAFit']],
      ['Account_Team_Replied', ['ask', 'confirm', 'decline', 'notAFit']],
      ['Confirmed', ['decline', 'logCall', 'notAFit']],
      ['Declined', ['ask', 'confirm', 'notAFit']],
      ['Call_Scheduled', ['logCall', 'notAFit']],
      ['Call_Held', ['agreed', 'notAFit', 'nominate']],
      ['Agreed_To_Partner', ['notAFit', 'nominate']],
      ['Nominated', []],
      ['Not_A_Fit', []]
    ])('follows the shared transitions from %s', (status, expected) => {
      expect(rowActions(row(status))).toEqual(expected);
    });

    it('offers nothing on a status this client does not know, or none', () => {
      expect(rowActions(row('Retired_Status'))).toEqual([]);
      expect(rowActions(row(null))).toEqual([]);
    });

    it('does not ask the account team of a response without an account or a person', () => {
      expect(rowActions(row('New', { problems: [PROBLEM.NO_ACCOUNT] }))).not.toContain('ask');
      expect(rowActions(row('New', { problems: [PROBLEM.PERSON_MISSING] }))).not.toContain('ask');
      // an inactive owner or CSM does not stop the question
      expect(
        rowActions(row('New', { problems: [PROBLEM.NO_ACTIVE_OWNER, PROBLEM.NO_ACTIVE_CSM] }))
      ).toContain('ask');
      expect(rowActions(row('New', { problems: null }))).toContain('ask');
    });

    it('nominates only a response with an account and no nomination yet', () => {
      expect(rowActions(row('Call_Held', { accountId: null }))).not.toContain('nominate');
      expect(rowActions(row('Call_Held', { nominationId: 'a01000000000001AAA' }))).not.toContain(
        'nominate'
      );
    });

    it('offers only the verdicts the server allows (none for a lead without account)', () => {
      expect(rowActions(row('New', { verdicts: [] }))).toEqual(['ask', 'notAFit']);
      expect(rowActions(row('Confirmed'))).not.toContain('confirm');
      expect(rowActions(row('New', { verdicts: null }))).not.toContain('confirm');
    });

    it('lists the rows a bulk action applies to', () => {
      const confirmed = row('Confirmed', { id: 'a' });
      const fresh = row('New', { id: 'b' });
      expect(rowsOffering(ACTION.CONFIRM, [confirmed, fresh]).map((one) => one.id)).toEqual(['b']);
      expect(rowsOffering(ACTION.LOG_CALL, [confirmed, fresh]).map((one) => one.id)).toEqual(['a']);
    });

    it('offers to open a lead, last', () => {
      expect(rowActions(row('New', { personType: 'Lead', accountId: null, verdicts: [] }))).toEqual(
        ['ask', 'notAFit', 'openLead']
      );
      expect(rowActions(row('Nominated', { personType: 'Lead' }))).toEqual(['openLead']);
    });
  });

  describe('the review actions', () => {
    it('lists the review actions in the order the bulk bar shows them', () => {
      expect(REVIEW_ACTIONS).toEqual(['confirm', 'decline', 'logCall', 'agreed', 'notAFit']);
      expect(REVIEW_ACTIONS.every(isReviewAction)).toBe(true);
      expect([ACTION.ASK, ACTION.NOMINATE, ACTION.OPEN_LEAD].some(isReviewAction)).toBe(false);
    });

    it('asks for a reason to decline or close, and for the date of a call', () => {
      expect(REVIEW_ACTIONS.filter(needsReason)).toEqual(['decline', 'notAFit']);
      expect(REVIEW_ACTIONS.filter(needsCallDate)).toEqual(['logCall']);
      expect(REVIEW_ACTIONS.filter(needsInput)).toEqual([
        'confirm',
        'decline',
        'logCall',
        'notAFit'
      ]);
      expect(needsReason(undefined)).toBe(false);
      expect(needsCallDate(undefined)).toBe(false);
    });

    it('names every action with its label', () => {
      expect(Object.values(ACTION).map(actionLabel)).toEqual([
        'Ask account team',
        'Nominate',
        'Confirm',
        'Decline',
        'Log call',
        'Agreed to partner',
        'Not a fit',
        'Open lead'
      ]);
    });
  });

  it('reads a review status by its label, and an unknown one as sent', () => {
    expect(reviewStatusText('Call_Held')).toBe('Call Held');
    expect(reviewStatusText('Retired_Status')).toBe('Retired_Status');
    expect(reviewStatusText(null)).toBe('');
    expect(reviewStatusText(undefined)).toBe('');
  });
});

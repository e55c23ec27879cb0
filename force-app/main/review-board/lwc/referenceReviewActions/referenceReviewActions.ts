import {
  REVIEW_STATUS,
  VERDICT,
  canMoveReview,
  isReviewStatus,
  reviewStatusLabel
} from 'c/referenceProgram';
import type { ReviewStatus } from 'c/referenceProgram';
import { LABELS } from './labels';

/*
 * What a reviewer can do to a landing-page response on the board: the actions, their names, the
 * review status each moves a response to, and which of them a response offers. Shared by the
 * board (which runs them), its table (a row's menu) and its action form (the bulk bar).
 */

/** A response as the board lists it. */
export type Row = Apex.ReferenceResponseBoardService.ResponseRow;
/** The server's verdict on one response of an action. */
export type RowResult = Apex.ReferenceReviewService.RowResult;

export const ACTION = {
  ASK: 'ask',
  NOMINATE: 'nominate',
  CONFIRM: 'confirm',
  DECLINE: 'decline',
  LOG_CALL: 'logCall',
  AGREED: 'agreed',
  NOT_A_FIT: 'notAFit',
  OPEN_LEAD: 'openLead'
} as const;
export type Action = (typeof ACTION)[keyof typeof ACTION];
/** The actions the board records itself through ReferenceResponseBoardController. */
export type ReviewAction = Exclude<Action, 'openLead' | 'ask' | 'nominate'>;

/** One action on one or more responses: what a row menu or the bulk bar asks the board to do. */
export interface ActionRequest<A extends Action = Action> {
  action: A;
  responseIds: string[];
}

/** Problem codes, as ReferenceResponseBoardService's PROBLEM_ constants. */
export const PROBLEM = {
  NO_ACCOUNT: 'NO_ACCOUNT',
  NO_ACTIVE_OWNER: 'NO_ACTIVE_OWNER',
  NO_ACTIVE_CSM: 'NO_ACTIVE_CSM',
  PERSON_MISSING: 'PERSON_MISSING'
} as const;

const ACTION_LABELS: Readonly<Record<Action, string>> = {
  [ACTION.ASK]: LABELS.ASK,
  [ACTION.NOMINATE]: LABELS.NOMINATE,
  [ACTION.CONFIRM]: LABELS.CONFIRM,
  [ACTION.DECLINE]: LABELS.DECLINE,
  [ACTION.LOG_CALL]: LABELS.LOG_CALL,
  [ACTION.AGREED]: LABELS.AGREED,
  [ACTION.NOT_A_FIT]: LABELS.NOT_A_FIT,
  [ACTION.OPEN_LEAD]: LABELS.OPEN_LEAD
};

// The status each action moves a response to: offered only where the shared transitions allow it.
const ACTION_TARGET: Readonly<Record<ReviewAction, ReviewStatus>> = {
  [ACTION.CONFIRM]: REVIEW_STATUS.CONFIRMED,
  [ACTION.DECLINE]: REVIEW_STATUS.DECLINED,
  [ACTION.LOG_CALL]: REVIEW_STATUS.CALL_HELD,
  [ACTION.AGREED]: REVIEW_STATUS.AGREED_TO_PARTNER,
  [ACTION.NOT_A_FIT]: REVIEW_STATUS.NOT_A_FIT
};

/** The review actions, in the order the menus and the bulk bar offer them. */
export const REVIEW_ACTIONS = Object.keys(ACTION_TARGET) as ReviewAction[];

/** A review status as people read it; a status this client does not know shows as sent. */
export function reviewStatusText(status: string | null | undefined): string {
  return isReviewStatus(status) ? reviewStatusLabel(status) : (status ?? '');
}

export function actionLabel(action: Action): string {
  return ACTION_LABELS[action];
}

export function isReviewAction(action: Action): action is ReviewAction {
  return action in ACTION_TARGET;
}

/** Declining, closing as not a fit and logging a call ask for input before they run. */
export function needsInput(action: ReviewAction): boolean {
  return needsReason(action) || needsCallDate(action) || isVerdict(action);
}

/** Confirming and declining record the account team's verdict, with where it came from. */
export function isVerdict(action: Action | undefined): boolean {
  return action === ACTION.CONFIRM || action === ACTION.DECLINE;
}

/** Declining and closing as not a fit say why. */
export function needsReason(action: ReviewAction | undefined): boolean {
  return action === ACTION.DECLINE || action === ACTION.NOT_A_FIT;
}

/** A call is logged with its date. */
export function needsCallDate(action: ReviewAction | undefined): boolean {
  return action === ACTION.LOG_CALL;
}

// The verdicts a response may receive are the server's rule (ReferenceReviewService.verdictsFor):
// none without an account team, and a recorded verdict may be changed until the call.
function canDo(action: ReviewAction, row: Row): boolean {
  const status = row.status;
  if (!isReviewStatus(status)) {
    return false;
  }
  if (action === ACTION.CONFIRM || action === ACTION.DECLINE) {
    const verdict = action === ACTION.CONFIRM ? VERDICT.CONFIRMED : VERDICT.DECLINED;
    // Stryker disable next-line ArrayDeclaration: a made-up entry is never a verdict, so includes is false either way
    return (row.verdicts ?? []).includes(verdict) && canMoveReview(status, ACTION_TARGET[action]);
  }
  // Stryker disable next-line ConditionalExpression,BlockStatement: today only Confirmed may move to Call Scheduled, and it may move to Call Held too (ReferenceProgram's transitions), so the Call Held test alone decides the same; kept for a table where Scheduled is open and Held is not
  if (action === ACTION.LOG_CALL) {
    return (
      canMoveReview(status, REVIEW_STATUS.CALL_HELD) ||
      canMoveReview(status, REVIEW_STATUS.CALL_SCHEDULED)
    );
  }
  return canMoveReview(status, ACTION_TARGET[action]);
}

// The account team is asked in Chatter on the account: a response without one cannot be asked.
function canAsk(row: Row): boolean {
  // Stryker disable next-line ArrayDeclaration: a made-up entry is never a blocking problem code
  const blocked = (row.problems ?? []).some(
    (code) => code === PROBLEM.NO_ACCOUNT || code === PROBLEM.PERSON_MISSING
  );
  return (
    !blocked &&
    isReviewStatus(row.status) &&
    canMoveReview(row.status, REVIEW_STATUS.ACCOUNT_TEAM_ASKED)
  );
}

// A nomination needs the customer's account; the shared transitions say when it may happen.
function canNominate(row: Row): boolean {
  return (
    !!row.accountId &&
    !row.nominationId &&
    isReviewStatus(row.status) &&
    canMoveReview(row.status, REVIEW_STATUS.NOMINATED)
  );
}

/** The actions a response offers, in menu order: ask, the review actions, nominate, open lead. */
export function rowActions(row: Row): Action[] {
  const actions: Action[] = REVIEW_ACTIONS.filter((action) => canDo(action, row));
  if (canAsk(row)) {
    actions.unshift(ACTION.ASK);
  }
  if (canNominate(row)) {
    actions.push(ACTION.NOMINATE);
  }
  if (row.personType === 'Lead') {
    actions.push(ACTION.OPEN_LEAD);
  }
  return actions;
}

/** The rows among `rows` that offer `action` (a bulk action applies to these only). */
export function rowsOffering(action: Action, rows: Row[]): Row[] {
  return rows.filter((row) => rowActions(row).includes(action));
}

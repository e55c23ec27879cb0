import { formatLabel, formatLabelOr } from 'c/ldsUtils';
import {
  MEMBERSHIP_STATUS,
  PROGRAM,
  VERIFICATION_ROUTE,
  isMembershipStatus,
  isVerificationRoute,
  membershipStatusLabel,
  verificationRouteLabel
} from 'c/referenceProgram';
import { programText, recordUrl, text } from 'c/accountPanelFormat';
import { LABELS } from './labels';

/*
 * One community program membership as the panel shows it. The standing, the days to renewal and
 * the rules of engagement are judged on the server (CommunityProgramStanding.cls); this module
 * only words them.
 */

type StoryMembership = Apex.ReferenceAccountPanelService.Membership;

export interface OpportunityView {
  title: string;
  url: string;
  owner: string;
  stage: string;
  wrongOwnerText: string | null;
  expiredText: string | null;
}

export interface MembershipView {
  key: string;
  id: string;
  headingId: string;
  program: string;
  standing: string;
  standingClass: string;
  route: string;
  routeHint: string;
  hasTerm: boolean;
  start: string | null;
  end: string | null;
  renewalText: string;
  seats: string;
  showFreeUntil: boolean;
  freeUntil: string | null;
  paidRenewalText: string;
  transitionToPaid: boolean;
  opportunity: OpportunityView | null;
  canFixOwner: boolean;
  canRequestClosedLost: boolean;
  fixOwnerText: string;
  closedLostText: string;
}

const STANDING_BADGES: Readonly<Record<string, string>> = {
  [MEMBERSHIP_STATUS.ACTIVE]: 'slds-badge slds-theme_success',
  [MEMBERSHIP_STATUS.RENEWAL_DUE]: 'slds-badge slds-theme_warning',
  [MEMBERSHIP_STATUS.EXPIRED]: 'slds-badge slds-theme_error',
  [MEMBERSHIP_STATUS.TRANSITIONED_TO_PAID]: 'slds-badge slds-badge_inverse'
};

function renewalText(membership: StoryMembership): string {
  const days = membership.daysUntilRenewal;
  if (days === null) {
    return '';
  }
  switch (membership.standing) {
    case MEMBERSHIP_STATUS.EXPIRED:
      return formatLabel(LABELS.expired, -days);
    case MEMBERSHIP_STATUS.RENEWAL_DUE:
      return days === 0 ? LABELS.renewalDueToday : formatLabel(LABELS.renewalDue, days);
    case MEMBERSHIP_STATUS.ACTIVE:
      return formatLabel(LABELS.renewsIn, days);
    default:
      return '';
  }
}

function routeHint(route: string | null): string {
  if (route === VERIFICATION_ROUTE.AUTOMATED) {
    return LABELS.verificationAutomatedHint;
  }
  return route === VERIFICATION_ROUTE.MANUAL ? LABELS.verificationManualHint : '';
}

function paidRenewalText(membership: StoryMembership): string {
  if (membership.renewalIsPaid !== true) {
    return '';
  }
  // without a program year the year is not named ("Year : …" otherwise)
  return membership.pastFreeYear && membership.programYear != null
    ? formatLabel(LABELS.startupsYear, membership.programYear)
    : LABELS.startupsPaid;
}

function opportunityView(membership: StoryMembership): OpportunityView | null {
  const opportunity = membership.opportunity;
  if (!opportunity) {
    return null;
  }
  return {
    title: text(opportunity.name),
    url: recordUrl(opportunity.id),
    owner: formatLabelOr(
      LABELS.opportunityOwner,
      LABELS.opportunityOwnerUnknown,
      opportunity.ownerName
    ),
    stage: text(opportunity.stageName),
    wrongOwnerText: opportunity.wrongOwner
      ? formatLabelOr(LABELS.wrongOwner, LABELS.wrongOwnerUnnamed, opportunity.ownerName)
      : null,
    expiredText: opportunity.expiredBeforeReturn ? LABELS.expiredBeforeReturn : null
  };
}

/** A membership of the account story, worded for the panel. */
export function membershipView(membership: StoryMembership): MembershipView {
  const id = text(membership.id);
  const program = programText(membership.program);
  const route = membership.verificationRoute;
  const standing = membership.standing;
  const isStartups = membership.program === PROGRAM.STARTUPS;
  return {
    key: id,
    id,
    headingId: `membership-${id}`,
    program,
    standing: isMembershipStatus(standing) ? membershipStatusLabel(standing) : text(standing),
    standingClass: STANDING_BADGES[text(standing)] ?? 'slds-badge',
    route: isVerificationRoute(route) ? verificationRouteLabel(route) : text(route),
    routeHint: routeHint(route),
    hasTerm: Boolean(membership.subscriptionStart || membership.subscriptionEnd),
    start: membership.subscriptionStart,
    end: membership.subscriptionEnd,
    renewalText: renewalText(membership),
    seats: membership.seats === null ? '' : formatLabel(LABELS.seats, membership.seats),
    showFreeUntil: isStartups && !membership.pastFreeYear && Boolean(membership.freeUntil),
    freeUntil: membership.freeUntil,
    paidRenewalText: paidRenewalText(membership),
    transitionToPaid: membership.transitionToPaid === true,
    opportunity: opportunityView(membership),
    canFixOwner: membership.canAskToFixOwner === true,
    canRequestClosedLost: membership.canRequestClosedLost === true,
    fixOwnerText: `${LABELS.fixOwner}: ${program}`,
    closedLostText: `${LABELS.requestClosedLost}: ${program}`
  };
}

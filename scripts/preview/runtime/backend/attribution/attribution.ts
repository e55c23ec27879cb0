/*
 * ReferenceAttributionController for the preview, on the sample data: the funnel of the campaign's
 * program and its landing-page additions over the last 12 months, counted with the same rules as
 * ReferenceAttributionService.cls and ReferenceAttributionSelector.cls (a call dated today or
 * earlier is held unless it was a no-show or rescheduled; Accepted, In Progress and Active
 * Reference count as accepted; additions are nominations with the landing-page checkbox, by the
 * calendar month of Nominated On).
 */
import { NOMINATION_STATUS, VERDICT } from 'c/referenceProgram';
import STEP_RESPONSES from '@salesforce/label/c.Attribution_Step_Responses';
import STEP_ASKED from '@salesforce/label/c.Attribution_Step_Asked';
import STEP_REPLIED from '@salesforce/label/c.Attribution_Step_Replied';
import STEP_CONFIRMED from '@salesforce/label/c.Attribution_Step_Confirmed';
import STEP_CALL_HELD from '@salesforce/label/c.Attribution_Step_Call_Held';
import STEP_NOMINATED from '@salesforce/label/c.Attribution_Step_Nominated';
import STEP_ACCEPTED from '@salesforce/label/c.Attribution_Step_Accepted';
import { todayGmt } from '../program/store.js';
import type { Store } from '../program/store.js';
import type { CampaignMember, ParamsOf, ResultOf } from '../program/types.js';
import { standIns } from '../program/types.js';
import type GetChart from '@salesforce/apex/ReferenceAttributionController.getChart';

/** ReferenceAttributionService.Chart, as the controller's getChart returns it. */
type Chart = ResultOf<typeof GetChart>;
type MonthAdditions = Apex.ReferenceAttributionService.MonthAdditions & {
  added: number;
  active: number;
};
/** A funnel step: its value (ReferenceAttributionService.FUNNEL_STEPS), label, and who reached it. */
type Step = [string, string, (response: CampaignMember) => boolean];

// ReferenceAttributionService.FUNNEL_STEPS and TREND_MONTHS.
const TREND_MONTHS = 12;
const ACCEPTED_OR_LATER = new Set<string | null | undefined>([
  NOMINATION_STATUS.ACCEPTED,
  NOMINATION_STATUS.IN_PROGRESS,
  NOMINATION_STATUS.ACTIVE_REFERENCE
]);

// A missed or moved call keeps its past date: not held (Funnel_Call_Held__c, countCallsHeld).
const CALL_OUTCOMES_NOT_HELD = new Set<string | null | undefined>(['No_Show', 'Rescheduled']);
const isCallHeld =
  (today: string) =>
  (r: CampaignMember): boolean =>
    Boolean(r.Call_Date__c) &&
    (r.Call_Date__c ?? '') <= today &&
    !CALL_OUTCOMES_NOT_HELD.has(r.Call_Outcome__c);

function getChart(store: Store, { campaignId }: ParamsOf<typeof GetChart>): Chart {
  const campaign = store.find('Campaign', campaignId);
  const program = campaign?.Reference_Program__c;
  if (!program) return { feedsProgram: false, program: null, funnel: [], trend: [] };
  const today = todayGmt();
  const campaigns = new Set(
    store
      .all('Campaign')
      .filter((one) => one.Reference_Program__c === program)
      .map((one) => one.Id)
  );
  const responses = store.all('CampaignMember').filter((one) => campaigns.has(one.CampaignId));
  const reached = (test: (response: CampaignMember) => boolean): number =>
    responses.filter(test).length;
  const steps: Step[] = [
    ['Responses', STEP_RESPONSES, () => true],
    ['Account_Team_Asked', STEP_ASKED, (r) => Boolean(r.Account_Team_Asked_On__c)],
    ['Account_Team_Replied', STEP_REPLIED, (r) => Boolean(r.Account_Team_Replied_On__c)],
    ['Confirmed', STEP_CONFIRMED, (r) => r.Account_Team_Verdict__c === VERDICT.CONFIRMED],
    ['Call_Held', STEP_CALL_HELD, isCallHeld(today)],
    ['Nominated', STEP_NOMINATED, (r) => Boolean(r.Nomination__c)],
    [
      'Accepted',
      STEP_ACCEPTED,
      (r) =>
        ACCEPTED_OR_LATER.has(store.find('Reference_Nomination__c', r.Nomination__c)?.Status__c)
    ]
  ];
  const funnel = steps.map(([step, label, test]) => ({ step, label, count: reached(test) }));

  const [year = 0, month = 1] = today.split('-').map(Number);
  const trend: MonthAdditions[] = [];
  for (let offset = TREND_MONTHS - 1; offset >= 0; offset--) {
    const first = new Date(Date.UTC(year, month - 1 - offset, 1));
    trend.push({
      year: first.getUTCFullYear(),
      month: first.getUTCMonth() + 1,
      added: 0,
      active: 0
    });
  }
  const byKey = new Map(trend.map((one) => [`${one.year}-${one.month}`, one]));
  for (const nomination of store.all('Reference_Nomination__c')) {
    const day = nomination.Nominated_On__c;
    if (nomination.Program__c !== program || nomination.Sourced_From_Landing_Page__c !== true) {
      continue;
    }
    if (!day || day > today) continue;
    const [y = 0, m = 1] = day.split('-').map(Number);
    const bucket = byKey.get(`${y}-${m}`);
    if (!bucket) continue;
    bucket.added += 1;
    if (nomination.Status__c === NOMINATION_STATUS.ACTIVE_REFERENCE) bucket.active += 1;
  }
  return { feedsProgram: true, program, funnel, trend };
}

export const attributionMethods = standIns({
  'ReferenceAttributionController.getChart': getChart
});

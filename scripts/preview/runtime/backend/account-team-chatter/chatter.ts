/*
 * AccountTeamChatterController for the preview: the ask is planned per account (owner and CSMs
 * mentioned, a comment on the existing thread when one exists, leads and accountless contacts
 * refused) and "posting" moves each response to Account_Team_Asked where c/referenceProgram allows
 * it. No Chatter exists here: the post is recorded as a FeedItem in the in-memory store.
 */
import { REVIEW_STATUS, canMoveReview, reviewStatusLabel } from 'c/referenceProgram';
import STATUS_MOVE from '@salesforce/label/c.Error_Review_Status_Move';
import { ApexError, format } from '../program/store.js';
import type { Store } from '../program/store.js';
import type { FeedItem, ParamsOf, ResultOf, User } from '../program/types.js';
import { standIns } from '../program/types.js';
import type PreviewAsk from '@salesforce/apex/AccountTeamChatterController.previewAsk';
import type AskAccountTeam from '@salesforce/apex/AccountTeamChatterController.askAccountTeam';

type ResponsePreview = Apex.AccountTeamChatterController.ResponsePreview;
type PostPreview = Apex.AccountTeamChatterController.PostPreview & {
  accountId: string;
  mentioned: string[];
  warnings: string[];
  responseCount: number;
  /** While planning: who signed up on the account (a person the response no longer has: none). */
  people?: (string | undefined)[];
};
/** previewAsk and askAccountTeam take the same parameters. */
type AskParams = ParamsOf<typeof PreviewAsk> & ParamsOf<typeof AskAccountTeam>;

const ASKED = 'asked';
const COMMENTED = 'commented';
const REFUSED = 'refused';

function plan(
  store: Store,
  responseIds: string[] | null | undefined,
  note: string | null | undefined
): { posts: PostPreview[]; responses: ResponsePreview[] } {
  if (!Array.isArray(responseIds) || responseIds.length === 0) {
    throw new ApexError('Select at least one response.');
  }
  const posts = new Map<string, PostPreview>();
  const responses: ResponsePreview[] = [];
  for (const responseId of [...new Set(responseIds)]) {
    const response = store.find('CampaignMember', responseId);
    const contact = store.find('Contact', response?.ContactId);
    const person = contact ?? store.find('Lead', response?.LeadId);
    const account = store.find('Account', contact?.AccountId);
    const from = response?.Review_Status__c || REVIEW_STATUS.NEW;
    let refusal: string | null = null;
    if (!response) refusal = 'This response no longer exists.';
    else if (!account) refusal = 'No account: match the person to an account first.';
    else if (
      from !== REVIEW_STATUS.ACCOUNT_TEAM_ASKED &&
      !canMoveReview(from, REVIEW_STATUS.ACCOUNT_TEAM_ASKED)
    ) {
      refusal = format(
        STATUS_MOVE,
        reviewStatusLabel(from),
        reviewStatusLabel(REVIEW_STATUS.ACCOUNT_TEAM_ASKED)
      );
    }
    // (no response or no account always carries a refusal; the test tells TypeScript so)
    if (refusal || !response || !account) {
      responses.push({
        responseId,
        name: person?.Name ?? null,
        accountName: account?.Name ?? null,
        outcome: REFUSED,
        message: refusal
      });
      continue;
    }
    const outcome = response.Chatter_Post_Id__c ? COMMENTED : ASKED;
    if (!posts.has(account.Id)) {
      const owner = store.find('User', account.OwnerId);
      const csms = store
        .all('AccountTeamMember')
        .filter((member) => member.AccountId === account.Id)
        .map((member) => store.find('User', member.UserId))
        .filter((user): user is User => Boolean(user?.IsActive));
      const mentioned = [owner, ...csms]
        .filter((user) => user?.IsActive)
        .map((user) => user?.Name as string);
      const warnings: string[] = [];
      if (!owner?.IsActive) warnings.push('The account owner is inactive.');
      if (csms.length === 0) warnings.push('The account has no active Customer Success Manager.');
      posts.set(account.Id, {
        accountId: account.Id,
        accountName: account.Name,
        outcome,
        mentioned,
        warnings,
        people: [],
        responseCount: 0,
        text: null
      });
    }
    const post = posts.get(account.Id) as PostPreview & { people: (string | undefined)[] };
    post.people.push(person?.Name);
    post.responseCount += 1;
    responses.push({
      responseId,
      name: person?.Name ?? null,
      accountName: account.Name,
      outcome,
      message: null
    });
  }
  for (const post of posts.values()) {
    const mentions = post.mentioned.map((name) => `@${name}`).join(' ');
    post.text =
      `${mentions} ${(post.people ?? []).join(', ')} signed up for the reference program. Is ${post.accountName} happy enough to be a reference?${note ? ` ${note}` : ''}`.trim();
    delete post.people;
  }
  return { posts: [...posts.values()], responses };
}

function previewAsk(store: Store, { responseIds, note }: AskParams): ResultOf<typeof PreviewAsk> {
  return plan(store, responseIds, note);
}

function askAccountTeam(
  store: Store,
  { responseIds, note }: AskParams
): ResultOf<typeof AskAccountTeam> {
  const planned = plan(store, responseIds, note);
  const postByAccount = new Map<string, FeedItem>();
  for (const post of planned.posts) {
    postByAccount.set(
      post.accountId,
      store.create('FeedItem', '0D5', { ParentId: post.accountId, Body: post.text ?? '' })
    );
  }
  return planned.responses.map((one) => {
    if (one.outcome === REFUSED)
      return { responseId: one.responseId, outcome: REFUSED, message: one.message };
    const response = store.find('CampaignMember', one.responseId);
    if (!response) return { responseId: one.responseId, outcome: REFUSED, message: null };
    const contact = store.find('Contact', response.ContactId);
    response.Chatter_Post_Id__c ??= postByAccount.get(contact?.AccountId ?? '')?.Id;
    if ((response.Review_Status__c || REVIEW_STATUS.NEW) !== REVIEW_STATUS.ACCOUNT_TEAM_ASKED) {
      response.Review_Status__c = REVIEW_STATUS.ACCOUNT_TEAM_ASKED;
      response.Status_Changed_On__c = new Date().toISOString();
    }
    response.Account_Team_Asked_On__c = new Date().toISOString();
    return { responseId: one.responseId, outcome: one.outcome, message: null };
  });
}

export const chatterMethods = standIns({
  'AccountTeamChatterController.previewAsk': previewAsk,
  'AccountTeamChatterController.askAccountTeam': askAccountTeam
});

import { createElement } from 'lwc';
import AccountPanelCommunityPrograms, { CHATTER_ACTION } from 'c/accountPanelCommunityPrograms';
import type { ChatterPostedDetail } from 'c/accountPanelCommunityPrograms';
import engageCommunityPrograms from '@salesforce/apex/ReferenceAccountPanelController.engageCommunityPrograms';
import askSalesSupportToFixOwner from '@salesforce/apex/ReferenceAccountPanelController.askSalesSupportToFixOwner';
import requestClosedLost from '@salesforce/apex/ReferenceAccountPanelController.requestClosedLost';
import { flushPromises } from 'test/flushPromises';
import { $, $$, textOf } from 'test/shadowQuery';
import { membership } from '../../referenceAccountPanel/__tests__/data/accountStory';

jest.mock(
  '@salesforce/apex/ReferenceAccountPanelController.engageCommunityPrograms',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ReferenceAccountPanelController.askSalesSupportToFixOwner',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/ReferenceAccountPanelController.requestClosedLost',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

type Membership = Apex.ReferenceAccountPanelService.Membership;
type Button = HTMLElement & { disabled: boolean; label: string; title: string };

const ACCOUNT_ID = '001000000000001AAA';
const POSTED = {
  feedElementId: '0D5000000000001AAA',
  subjectId: ACCOUNT_ID,
  mentionedNames: ['Cora Community', 'Carl Community'],
  warnings: ['2 group members are not mentioned.']
};
const mockEngage = engageCommunityPrograms as unknown as jest.Mock;
const mockFixOwner = askSalesSupportToFixOwner as unknown as jest.Mock;
const mockClosedLost = requestClosedLost as unknown as jest.Mock;

const EDUCATION = membership({});
const OPEN_SOURCE = membership({
  id: 'a02000000000002AAA',
  program: 'Open_Source',
  standing: 'Renewal_Due',
  verificationRoute: 'Manual_Proof_Of_Use',
  daysUntilRenewal: 30,
  transitionToPaid: true,
  opportunity: {
    id: '006000000000001AAA',
    name: 'Open Source renewal',
    ownerName: 'Ada Owner',
    stageName: 'Prospecting',
    closeDate: '2025-07-01',
    isClosed: false,
    wrongOwner: true,
    expiredBeforeReturn: false
  },
  canAskToFixOwner: true
});
const STARTUPS_EXPIRED = membership({
  id: 'a02000000000003AAA',
  program: 'Startups',
  standing: 'Expired',
  verificationRoute: 'Manual_Proof_Of_Use',
  subscriptionStart: '2024-04-27',
  subscriptionEnd: '2025-04-26',
  daysUntilRenewal: -36,
  programYear: 2,
  renewalIsPaid: true,
  pastFreeYear: true,
  freeUntil: '2025-04-26',
  opportunity: {
    id: '006000000000002AAA',
    name: 'Startups renewal',
    ownerName: 'Cora Community',
    stageName: 'Prospecting',
    closeDate: '2025-04-30',
    isClosed: false,
    wrongOwner: false,
    expiredBeforeReturn: true
  },
  canRequestClosedLost: true
});
const STARTUPS_FIRST_YEAR = membership({
  id: 'a02000000000004AAA',
  program: 'Startups',
  standing: 'Renewal_Due',
  verificationRoute: 'Manual_Proof_Of_Use',
  daysUntilRenewal: 0,
  renewalIsPaid: true,
  pastFreeYear: false,
  freeUntil: '2025-06-01'
});
const ALL = [EDUCATION, OPEN_SOURCE, STARTUPS_EXPIRED, STARTUPS_FIRST_YEAR];

interface SectionProps {
  accountId?: string;
  memberships?: Membership[] | null;
  canEngage?: boolean;
}

async function render(props: SectionProps): Promise<HTMLElement> {
  const element = createElement('c-account-panel-community-programs', {
    is: AccountPanelCommunityPrograms
  });
  Object.assign(element, { accountId: ACCOUNT_ID, ...props });
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

function card(element: HTMLElement, id: string): HTMLElement {
  return $(element, `li.membership[data-id="${id}"]`)!;
}

function inCard(item: HTMLElement, selector: string): string {
  return (item.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function listenPosted(element: HTMLElement): CustomEvent<ChatterPostedDetail>[] {
  const events: CustomEvent<ChatterPostedDetail>[] = [];
  element.addEventListener('posted', (event) =>
    events.push(event as CustomEvent<ChatterPostedDetail>)
  );
  return events;
}

async function click(element: HTMLElement, selector: string): Promise<void> {
  ($(element, selector) as HTMLElement).click();
  await flushPromises();
}

async function typeNote(element: HTMLElement, detail: { value?: string }): Promise<void> {
  $(element, 'lightning-textarea')!.dispatchEvent(new CustomEvent('change', { detail }));
  await flushPromises();
}

describe('c-account-panel-community-programs', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
    jest.restoreAllMocks();
  });

  describe('standing', () => {
    it('shows each membership with its standing, route, term, renewal and support note', async () => {
      const element = await render({ memberships: ALL });

      expect(textOf(element, 'h3')).toBe('Community programs');
      const education = card(element, 'a02000000000001AAA');
      expect(inCard(education, 'h4')).toBe('Education');
      expect(inCard(education, '.standing')).toBe('Active');
      expect(education.querySelector('.standing')!.parentElement!.className).toBe(
        'slds-badge slds-theme_success'
      );
      expect(inCard(education, '.verification')).toBe(
        'Automated third-party verification Verified automatically by a third party; rejections go back to the verifier.'
      );
      const term = [...education.querySelectorAll('.term lightning-formatted-date-time')].map(
        (date) => (date as HTMLElement & { value: string }).value
      );
      expect(term).toEqual(['2025-06-01', '2026-05-31']);
      expect(inCard(education, '.seats')).toBe('10 seats');
      expect(inCard(education, '.renewal')).toBe('Annual renewal in 364 days.');
      expect(inCard(education, '.no-ultimate')).toBe('No Ultimate support through the program.');
      expect(education.querySelector('.transition-to-paid')).toBeNull();
      expect(education.querySelector('.paid-renewal')).toBeNull();
      expect(education.querySelector('.opportunity')).toBeNull();

      const openSource = card(element, 'a02000000000002AAA');
      expect(inCard(openSource, '.renewal')).toBe('Renewal due: the term ends in 30 days.');
      expect(inCard(openSource, '.verification')).toContain(
        'Reviewed by hand with a proof-of-use screenshot.'
      );
      expect(openSource.querySelector('.transition-to-paid')).not.toBeNull();
      expect(openSource.querySelector('.opportunity a')!.getAttribute('href')).toBe(
        '/lightning/r/006000000000001AAA/view'
      );
      expect(inCard(openSource, '.opportunity-owner')).toBe('Owner: Ada Owner');
      expect(inCard(openSource, '.wrong-owner')).toBe(
        'Owner Ada Owner is not in the Community Programs team.'
      );
      const fixOwner = openSource.querySelector('.fix-owner') as Button;
      expect(fixOwner.title).toBe('Ask Sales Support to fix the owner: Open Source');
      expect(openSource.querySelector('.closed-lost')).toBeNull();

      const expired = card(element, 'a02000000000003AAA');
      expect(expired.querySelector('.standing')!.parentElement!.className).toBe(
        'slds-badge slds-theme_error'
      );
      expect(inCard(expired, '.renewal')).toBe('Expired: the term ended 36 days ago.');
      expect(inCard(expired, '.paid-renewal')).toBe(
        'Year 2: the free year is over. The renewal is paid, with no special pricing.'
      );
      expect(expired.querySelector('.free-until')).toBeNull();
      expect(inCard(expired, '.expired-before-return')).toBe(
        'Expired before the member came back: close this renewal as lost.'
      );
      const closedLost = expired.querySelector('.closed-lost') as Button;
      expect(closedLost.title).toBe('Request closed-lost: Startups');
      expect(expired.querySelector('.wrong-owner')).toBeNull();

      const firstYear = card(element, 'a02000000000004AAA');
      expect(inCard(firstYear, '.free-until')).toBe('Free for the first year only, until');
      expect(inCard(firstYear, '.paid-renewal')).toBe(
        'The renewal is paid, with no special pricing.'
      );
      expect(inCard(firstYear, '.renewal')).toBe('Renewal due: the term ends today.');
      expect(firstYear.querySelector('.standing')!.parentElement!.className).toBe(
        'slds-badge slds-theme_warning'
      );
      expect($(element, '.no-memberships')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('words what it cannot count or does not know without failing', async () => {
      const element = await render({
        memberships: [
          membership({ id: 'a02000000000009AAA', program: 'Future_Program', standing: 'Applied' }),
          membership({
            id: 'a02000000000010AAA',
            standing: 'Transitioned_To_Paid',
            verificationRoute: 'Other_Route',
            subscriptionStart: null,
            subscriptionEnd: null,
            seats: null
          }),
          membership({ id: 'a02000000000011AAA', daysUntilRenewal: null, verificationRoute: null }),
          membership({
            id: null,
            program: null,
            standing: null,
            renewalIsPaid: true,
            pastFreeYear: true,
            programYear: null,
            opportunity: {
              id: null,
              name: null,
              ownerName: null,
              stageName: null,
              closeDate: null,
              isClosed: null,
              wrongOwner: null,
              expiredBeforeReturn: null
            }
          })
        ]
      });

      const applied = card(element, 'a02000000000009AAA');
      expect(inCard(applied, 'h4')).toBe('Future_Program');
      expect(inCard(applied, '.standing')).toBe('Applied');
      expect(applied.querySelector('.standing')!.parentElement!.className).toBe('slds-badge');
      expect(inCard(applied, '.renewal')).toBe('');
      const paid = card(element, 'a02000000000010AAA');
      expect(paid.querySelector('.standing')!.parentElement!.className).toBe(
        'slds-badge slds-badge_inverse'
      );
      expect(inCard(paid, '.verification')).toBe('Other_Route');
      expect(inCard(paid, '.renewal')).toBe('');
      expect(paid.querySelector('.term')).toBeNull();
      const uncounted = card(element, 'a02000000000011AAA');
      expect(inCard(uncounted, '.renewal')).toBe('');
      expect(inCard(uncounted, '.verification')).toBe('');
      const blank = card(element, '');
      expect(inCard(blank, '.standing')).toBe('');
      // no program year: the year is not named
      expect(inCard(blank, '.paid-renewal')).toBe('The renewal is paid, with no special pricing.');
      expect(blank.querySelector('.opportunity a')!.getAttribute('href')).toBe('');
      expect(blank.querySelector('.fix-owner')).toBeNull();
      expect(blank.querySelector('.closed-lost')).toBeNull();
      expect(inCard(blank, '.opportunity-owner')).toBe('Owner not known');
    });

    it('says an opportunity owner outside the team in a whole sentence when the name is not known', async () => {
      const element = await render({
        memberships: [
          { ...OPEN_SOURCE, opportunity: { ...OPEN_SOURCE.opportunity!, ownerName: ' ' } }
        ]
      });

      const openSource = card(element, 'a02000000000002AAA');
      expect(inCard(openSource, '.opportunity-owner')).toBe('Owner not known');
      expect(inCard(openSource, '.wrong-owner')).toBe(
        'Its owner is not in the Community Programs team.'
      );
    });

    it('says so when the account has no membership, and offers no engagement unless allowed', async () => {
      const element = await render({ memberships: [] });

      expect(textOf(element, '.no-memberships')).toBe(
        'This account is not a member of a community program.'
      );
      expect($(element, '.engage')).toBeNull();
      expect($(element, '.composer')).toBeNull();
      await expect(element).toBeAccessible();
      const withoutList = await render({ memberships: null, canEngage: true });
      expect(textOf(withoutList, '.no-memberships')).toBe(
        'This account is not a member of a community program.'
      );
      expect(($(withoutList, '.engage') as Button).label).toBe(
        'Engage the Community Programs team'
      );
    });
  });

  describe('Chatter actions', () => {
    it('engages the Community Programs team with a required note, then fires posted', async () => {
      const element = await render({ memberships: ALL, canEngage: true });
      const focus = jest.spyOn(HTMLElement.prototype, 'focus');
      const posted = listenPosted(element);
      const toasts: CustomEvent[] = [];
      element.addEventListener('lightning__showtoast', (event) =>
        toasts.push(event as CustomEvent)
      );
      mockEngage.mockResolvedValueOnce(POSTED);

      await click(element, '.engage');
      expect(textOf(element, '.composer-title')).toBe('Engage the Community Programs team');
      expect($(element, '.composer')!.getAttribute('aria-label')).toBe(
        'Engage the Community Programs team'
      );
      const textarea = $(element, 'lightning-textarea') as HTMLElement & {
        label: string;
        required: boolean;
      };
      expect(textarea.label).toBe('Note');
      expect(textarea.required).toBe(true);
      // Keyboard and screen-reader users land in the form they opened.
      expect(focus.mock.contexts).toContain(textarea);
      const post = $(element, 'lightning-button.post') as Button;
      expect(post.disabled).toBe(true);
      await typeNote(element, { value: '   ' });
      expect(post.disabled).toBe(true);
      await expect(element).toBeAccessible();

      await typeNote(element, { value: '  Renewal talk next week  ' });
      expect(post.disabled).toBe(false);
      await click(element, 'lightning-button.post');

      expect(mockEngage).toHaveBeenCalledWith({
        accountId: ACCOUNT_ID,
        note: 'Renewal talk next week'
      });
      expect(toasts).toHaveLength(1);
      expect(toasts[0]!.detail).toEqual({
        title: 'Posted in Chatter, mentioning Cora Community, Carl Community.',
        message: '2 group members are not mentioned.',
        variant: 'success'
      });
      expect(posted).toHaveLength(1);
      expect(posted[0]!.detail).toEqual({ action: CHATTER_ACTION.ENGAGE, targetId: ACCOUNT_ID });
      expect(posted[0]!.bubbles).toBe(false);
      expect($(element, '.composer')).toBeNull();
    });

    it('asks Sales Support to fix the owner with an optional note, then fires posted', async () => {
      const element = await render({ memberships: ALL });
      const posted = listenPosted(element);
      mockFixOwner.mockResolvedValueOnce({ ...POSTED, mentionedNames: null, warnings: null });

      await click(element, '.fix-owner');
      expect(textOf(element, '.composer-title')).toBe(
        'Ask Sales Support to fix the owner: Open Source'
      );
      const textarea = $(element, 'lightning-textarea') as HTMLElement & { label: string };
      expect(textarea.label).toBe('Note (optional)');
      expect(($(element, 'lightning-button.post') as Button).disabled).toBe(false);
      await click(element, 'lightning-button.post');

      expect(mockFixOwner).toHaveBeenCalledWith({ membershipId: 'a02000000000002AAA', note: '' });
      expect(posted.map((event) => event.detail)).toEqual([
        { action: CHATTER_ACTION.FIX_OWNER, targetId: 'a02000000000002AAA' }
      ]);
    });

    it('shows the error when the closed-lost post fails, fires nothing, and cancels', async () => {
      const element = await render({ memberships: ALL });
      const posted = listenPosted(element);
      mockClosedLost.mockRejectedValueOnce({ body: { message: 'Chatter did not take the post.' } });

      await click(element, '.closed-lost');
      await typeNote(element, { value: 'Member left in March' });
      await click(element, 'lightning-button.post');

      expect(mockClosedLost).toHaveBeenCalledWith({
        membershipId: 'a02000000000003AAA',
        note: 'Member left in March'
      });
      const error = $(element, 'c-error-panel.post-error') as HTMLElement & {
        friendlyMessage: string;
        errors: unknown;
      };
      expect(error.friendlyMessage).toBe('The Chatter post could not be made.');
      expect(error.errors).toEqual({ body: { message: 'Chatter did not take the post.' } });
      expect(posted).toHaveLength(0);
      // the note is kept and Post works again, so the user can retry
      expect(($(element, 'lightning-textarea') as HTMLElement & { value: string }).value).toBe(
        'Member left in March'
      );
      expect(($(element, 'lightning-button.post') as Button).disabled).toBe(false);
      expect($(element, '.composer lightning-spinner')).toBeNull();
      await expect(element).toBeAccessible();

      await click(element, 'lightning-button.cancel');
      expect($(element, '.composer')).toBeNull();
      expect(posted).toHaveLength(0);
    });

    it('posts a closed-lost request without a note, and words the toast from every warning', async () => {
      const element = await render({ memberships: ALL });
      const toasts: CustomEvent[] = [];
      element.addEventListener('lightning__showtoast', (event) =>
        toasts.push(event as CustomEvent)
      );
      mockClosedLost.mockResolvedValueOnce({
        ...POSTED,
        mentionedNames: ['Cora Community'],
        warnings: ['1 group member is inactive.', '2 group members are not mentioned.']
      });

      await click(element, '.closed-lost');
      expect(
        ($(element, 'lightning-textarea') as HTMLElement & { required: boolean }).required
      ).toBe(false);
      expect(($(element, 'lightning-button.post') as Button).disabled).toBe(false);
      await click(element, 'lightning-button.post');

      expect(mockClosedLost).toHaveBeenCalledWith({ membershipId: 'a02000000000003AAA', note: '' });
      expect(toasts.map((toast) => toast.detail)).toEqual([
        {
          title: 'Posted in Chatter, mentioning Cora Community.',
          message: '1 group member is inactive. 2 group members are not mentioned.',
          variant: 'success'
        }
      ]);
    });

    it.each([null, []])(
      'says "Posted in Chatter." when the service names no one mentioned (%p)',
      async (mentionedNames) => {
        const element = await render({ memberships: ALL });
        const toasts: CustomEvent[] = [];
        element.addEventListener('lightning__showtoast', (event) =>
          toasts.push(event as CustomEvent)
        );
        mockFixOwner.mockResolvedValueOnce({ ...POSTED, mentionedNames });

        await click(element, '.fix-owner');
        await click(element, 'lightning-button.post');

        expect(toasts[0]!.detail.title).toBe('Posted in Chatter.');
      }
    );

    it('shows no warning text when the service sends none', async () => {
      const element = await render({ memberships: ALL });
      const toasts: CustomEvent[] = [];
      element.addEventListener('lightning__showtoast', (event) =>
        toasts.push(event as CustomEvent)
      );
      mockFixOwner.mockResolvedValueOnce({ ...POSTED, warnings: null });

      await click(element, '.fix-owner');
      await click(element, 'lightning-button.post');

      expect(toasts[0]!.detail.message).toBe('');
    });

    it('starts a fresh note when another action is opened, and reads a missing value as empty', async () => {
      const element = await render({ memberships: ALL, canEngage: true });

      await click(element, '.engage');
      await typeNote(element, { value: 'Draft' });
      await click(element, '.fix-owner');
      const textarea = $(element, 'lightning-textarea') as HTMLElement & { value: string };
      expect(textarea.value).toBe('');
      await typeNote(element, {});
      expect(textarea.value).toBe('');
    });

    it('ignores a second click on Post while the first is posting', async () => {
      const element = await render({ memberships: ALL, canEngage: true });
      const posted = listenPosted(element);
      let resolvePost: (value: unknown) => void = () => undefined;
      mockEngage.mockReturnValueOnce(new Promise((resolve) => (resolvePost = resolve)));

      await click(element, '.engage');
      await typeNote(element, { value: 'Hello' });
      await click(element, 'lightning-button.post');
      const post = $(element, 'lightning-button.post') as Button;
      expect(post.disabled).toBe(true);
      expect($(element, '.composer lightning-spinner')).not.toBeNull();
      post.click();
      resolvePost(POSTED);
      await flushPromises();

      expect(mockEngage).toHaveBeenCalledTimes(1);
      expect(posted).toHaveLength(1);
      expect($$(element, '.composer')).toHaveLength(0);
    });
  });
});

import { createElement } from 'lwc';
import ReferenceAccountPanel from 'c/referenceAccountPanel';
import getAccountStory from '@salesforce/apex/ReferenceAccountPanelController.getAccountStory';
import engageCommunityPrograms from '@salesforce/apex/ReferenceAccountPanelController.engageCommunityPrograms';
import askSalesSupportToFixOwner from '@salesforce/apex/ReferenceAccountPanelController.askSalesSupportToFixOwner';
import requestClosedLost from '@salesforce/apex/ReferenceAccountPanelController.requestClosedLost';
import { refreshApex } from '@salesforce/apex';
import AskAccountTeamModal from 'c/askAccountTeamModal';
import NominationWizardModal from 'c/nominationWizardModal';
import { flushPromises } from 'test/flushPromises';
import { $, $$, textOf } from 'test/shadowQuery';

jest.mock(
  '@salesforce/apex/ReferenceAccountPanelController.getAccountStory',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
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
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});
jest.mock('c/nominationWizardModal', () => ({
  __esModule: true,
  default: { open: jest.fn() },
  WIZARD_FINISHED: 'finished'
}));
jest.mock('c/askAccountTeamModal', () => ({
  __esModule: true,
  default: { open: jest.fn() },
  OUTCOME: { asked: 'asked', commented: 'commented', refused: 'refused' }
}));

// Account stories as ReferenceAccountPanelController.getAccountStory returns them.
import { membership, nomination, response } from './data/accountStory';

type AccountStory = Apex.ReferenceAccountPanelService.AccountStory;

function emptyStory(): AccountStory {
  return {
    accountId: '001000000000001AAA',
    accountName: 'Acme',
    today: '2025-06-01',
    owner: { userId: '005000000000001AAA', name: 'Ada Owner', isActive: true },
    customerSuccessManagers: [],
    responses: [],
    moreResponses: false,
    nominations: [],
    memberships: [],
    warnings: [],
    canEngageCommunityPrograms: false,
    canNominate: false
  };
}

function fullStory(): AccountStory {
  return {
    ...emptyStory(),
    customerSuccessManagers: [
      { userId: '005000000000002AAA', name: 'Cid Success', isActive: false }
    ],
    responses: [
      response({
        latestReply: 'Great customer, go ahead.',
        latestReplyAuthorName: 'Ada Owner',
        latestReplyOn: '2025-05-20T10:00:00.000Z',
        canAskAccountTeam: true
      }),
      response({
        id: '00v000000000002AAA',
        personId: '003000000000002AAA',
        personName: 'Sam Signup',
        reviewStatus: 'Call_Held',
        canNominate: true
      })
    ],
    moreResponses: true,
    nominations: [
      nomination({
        referenceTypes: ['Logo', 'Case_Study'],
        sourcedFromLandingPage: true,
        crmId: '005000000000003AAA',
        crmName: 'Cleo Crm',
        gitLabStatus: 'Created',
        gitLabIssueIid: 7,
        gitLabIssueUrl: 'https://gitlab.example.com/refs/-/issues/7'
      }),
      nomination({
        id: 'a01000000000002AAA',
        status: 'Accepted',
        referenceTypes: null,
        gitLabStatus: 'Failed',
        gitLabError: 'GitLab answered 401',
        canRetryGitLab: true
      }),
      nomination({
        id: 'a01000000000003AAA',
        gitLabStatus: 'Failed',
        gitLabError: 'GitLab answered 500',
        canRetryGitLab: false
      })
    ],
    memberships: [
      membership({}),
      membership({
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
      }),
      membership({
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
      }),
      membership({
        id: 'a02000000000004AAA',
        program: 'Startups',
        standing: 'Renewal_Due',
        verificationRoute: 'Manual_Proof_Of_Use',
        subscriptionStart: '2024-06-02',
        subscriptionEnd: '2025-06-01',
        daysUntilRenewal: 0,
        programYear: 1,
        renewalIsPaid: true,
        pastFreeYear: false,
        freeUntil: '2025-06-01'
      })
    ],
    warnings: ['The account should stay in the name of its AE/SAE.'],
    canEngageCommunityPrograms: true,
    canNominate: true
  };
}

type WireAdapter = { emit: (value: unknown) => void; error: (body?: unknown) => void };
const storyAdapter = getAccountStory as unknown as WireAdapter;
const mockEngage = engageCommunityPrograms as unknown as jest.Mock;
const mockFixOwner = askSalesSupportToFixOwner as unknown as jest.Mock;
const mockClosedLost = requestClosedLost as unknown as jest.Mock;
const mockRefresh = refreshApex as unknown as jest.Mock;
const mockAsk = AskAccountTeamModal.open as unknown as jest.Mock;
const mockWizard = NominationWizardModal.open as unknown as jest.Mock;

const ACCOUNT_ID = '001000000000001AAA';
const POSTED = {
  feedElementId: '0D5000000000001AAA',
  subjectId: ACCOUNT_ID,
  mentionedNames: ['Cora Community', 'Carl Community'],
  warnings: ['2 group members are not mentioned.']
};

// A few microtask turns: a modal or Apex call resolves, then the panel re-renders or refreshes.

function render(): HTMLElement {
  const element = createElement('c-reference-account-panel', { is: ReferenceAccountPanel });
  (element as unknown as { recordId: string }).recordId = ACCOUNT_ID;
  document.body.appendChild(element);
  return element;
}

// The panel hands each part of the story to a child; its elements are in the child's shadow root.
function child(element: HTMLElement, tag: string): HTMLElement {
  const found = $(element, tag);
  if (!found) {
    throw new Error(`the panel renders no ${tag}`);
  }
  return found;
}

const teamOf = (element: HTMLElement) => child(element, 'c-account-panel-team');
const responsesOf = (element: HTMLElement) => child(element, 'c-account-panel-responses');
const nominationsOf = (element: HTMLElement) => child(element, 'c-account-panel-nominations');
const communityOf = (element: HTMLElement) => child(element, 'c-account-panel-community-programs');

async function renderWith(story: unknown): Promise<HTMLElement> {
  const element = render();
  storyAdapter.emit(story);
  await flushPromises();
  return element;
}

function membershipItem(element: HTMLElement, id: string): HTMLElement {
  return $(communityOf(element), `li.membership[data-id="${id}"]`)!;
}

function inItem(item: HTMLElement, selector: string): string {
  return (item.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function typeNote(element: HTMLElement, value: string): Promise<void> {
  $(communityOf(element), 'lightning-textarea')!.dispatchEvent(
    new CustomEvent('change', { detail: { value } })
  );
  await flushPromises();
}

describe('c-reference-account-panel', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  // ---------- States ----------

  it('shows a spinner while the story loads', async () => {
    const element = render();
    await flushPromises();

    const spinner = $(element, 'lightning-spinner') as HTMLElement & { alternativeText: string };
    expect(spinner).not.toBeNull();
    expect(spinner.alternativeText).toBe("Loading the account's reference story");
    expect($(element, '.reference-section')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows the error panel when the story cannot load', async () => {
    const element = render();
    storyAdapter.error({ message: 'You do not have access.' });
    await flushPromises();

    const panel = $(element, 'c-error-panel.load-error') as HTMLElement & {
      friendlyMessage: string;
      errors: unknown;
    };
    expect(panel.friendlyMessage).toBe('The reference story of this account could not load.');
    expect(panel.errors).toBeTruthy();
    expect($(element, 'lightning-spinner')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('says so when the account has nothing yet, and offers no action', async () => {
    const element = await renderWith(emptyStory());

    expect(textOf(responsesOf(element), '.no-responses')).toBe(
      'No landing-page responses from this account.'
    );
    expect(textOf(nominationsOf(element), '.no-nominations')).toBe(
      'No nominations for this account.'
    );
    expect(textOf(communityOf(element), '.no-memberships')).toBe(
      'This account is not a member of a community program.'
    );
    expect(textOf(teamOf(element), '.csms')).toBe('No Customer Success Manager');
    expect($(communityOf(element), '.engage')).toBeNull();
    expect($(responsesOf(element), '.nominate-account')).toBeNull();
    expect($(element, '.warnings')).toBeNull();
    await expect(element).toBeAccessible();
  });

  // ---------- Reference program ----------

  it('tells the reference story: team, responses with replies, nominations with GitLab', async () => {
    const element = await renderWith(fullStory());

    expect(textOf(teamOf(element), '.owner')).toBe('Ada Owner');
    expect(textOf(teamOf(element), '.csms li')).toContain('Cid Success');
    expect(textOf(teamOf(element), '.csms .slds-badge')).toBe('Inactive');

    const rows = $$(responsesOf(element), 'tr.response');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe(
      '/lightning/r/003000000000001AAA/view'
    );
    expect(inItem(rows[0]!, '.review-status')).toBe('New');
    expect(inItem(rows[0]!, '.reply')).toContain('Great customer');
    expect(inItem(rows[0]!, '.reply')).toContain('by Ada Owner');
    expect(rows[0]!.querySelector('.ask')).not.toBeNull();
    expect(rows[0]!.querySelector('.nominate')).toBeNull();
    expect(inItem(rows[1]!, '.reply')).toBe('No reply yet');
    expect(rows[1]!.querySelector('.ask')).toBeNull();
    expect(rows[1]!.querySelector('.nominate')).not.toBeNull();
    expect(textOf(responsesOf(element), '.more-responses')).toBe('Showing the newest 2 responses.');

    const nominations = $$(nominationsOf(element), 'tr.nomination');
    expect(nominations).toHaveLength(3);
    expect(inItem(nominations[0]!, '.nomination-status')).toBe('Nominated');
    expect(inItem(nominations[0]!, '.reference-types')).toBe('Logo, Case Study');
    expect(inItem(nominations[0]!, '.landing-page')).toBe('Yes');
    expect(inItem(nominations[0]!, '.crm')).toBe('Cleo Crm');
    const gitLab = nominations[0]!.querySelector('c-git-lab-issue-status') as HTMLElement &
      Record<'nominationId' | 'status' | 'issueUrl' | 'issueIid', unknown>;
    expect(gitLab.nominationId).toBe('a01000000000001AAA');
    expect(gitLab.status).toBe('Created');
    expect(gitLab.issueUrl).toBe('https://gitlab.example.com/refs/-/issues/7');
    expect(gitLab.issueIid).toBe(7);
    expect(inItem(nominations[1]!, '.reference-types')).toBe('None');
    expect(inItem(nominations[1]!, '.landing-page')).toBe('No');
    expect(inItem(nominations[1]!, '.crm')).toBe('Not assigned');
    expect(nominations[1]!.querySelector('c-git-lab-issue-status')).not.toBeNull();
    // A failed issue the user may not retry: the reason without the Retry button.
    expect(nominations[2]!.querySelector('c-git-lab-issue-status')).toBeNull();
    expect(inItem(nominations[2]!, '.gitlab-failed')).toBe('Failed: GitLab answered 500');
    await expect(element).toBeAccessible();
  });

  it('shows account-level rules-of-engagement warnings', async () => {
    const element = await renderWith(fullStory());

    const warnings = $$(element, '.warnings li').map((item) => item.textContent!.trim());
    expect(warnings).toEqual(['The account should stay in the name of its AE/SAE.']);
  });

  it('asks the account team through the Chatter modal and refreshes when it posted', async () => {
    const element = await renderWith(fullStory());
    mockAsk.mockResolvedValueOnce([{ responseId: '00v000000000001AAA', outcome: 'asked' }]);

    $(responsesOf(element), 'tr.response .ask')!.click();
    await flushPromises();

    expect(mockAsk).toHaveBeenCalledWith({
      size: 'medium',
      label: 'Ask the account team',
      responseIds: ['00v000000000001AAA']
    });
    expect(mockRefresh).toHaveBeenCalledTimes(1);
  });

  it('does not refresh when the Chatter modal is cancelled', async () => {
    const element = await renderWith(fullStory());
    mockAsk.mockResolvedValueOnce(undefined);

    $(responsesOf(element), 'tr.response .ask')!.click();
    await flushPromises();

    expect(mockRefresh).not.toHaveBeenCalled();
  });

  it('nominates a response through the wizard and refreshes when it finished', async () => {
    const element = await renderWith(fullStory());
    mockWizard.mockResolvedValueOnce('finished');

    $(responsesOf(element), 'tr.response .nominate')!.click();
    await flushPromises();

    expect(mockWizard).toHaveBeenCalledWith({
      size: 'large',
      label: 'Nominate Sam Signup',
      responseId: '00v000000000002AAA',
      accountId: ACCOUNT_ID
    });
    expect(mockRefresh).toHaveBeenCalledTimes(1);
  });

  it('nominates the account without a response and stays put when the wizard is closed', async () => {
    const element = await renderWith(fullStory());
    mockWizard.mockResolvedValueOnce(undefined);

    $(responsesOf(element), '.nominate-account')!.click();
    await flushPromises();

    expect(mockWizard).toHaveBeenCalledWith(
      expect.objectContaining({ responseId: undefined, accountId: ACCOUNT_ID })
    );
    expect(mockRefresh).not.toHaveBeenCalled();
  });

  it('titles the wizard "Nominate" when the account it nominates has no name', async () => {
    const element = await renderWith({ ...fullStory(), accountName: null });
    mockWizard.mockResolvedValueOnce(undefined);

    $(responsesOf(element), '.nominate-account')!.click();
    await flushPromises();

    expect(mockWizard).toHaveBeenCalledWith(expect.objectContaining({ label: 'Nominate' }));
  });

  it('shows its title once: the reference section is named for screen readers only', async () => {
    const element = await renderWith(fullStory());

    const visibleHeadings = [...element.shadowRoot!.querySelectorAll('h2, h3')].filter(
      (heading) => !heading.classList.contains('slds-assistive-text')
    );
    expect(visibleHeadings.map((heading) => heading.textContent!.trim())).not.toContain(
      'Reference program'
    );
    expect($(element, '.reference-section h3')!.classList).toContain('slds-assistive-text');
  });

  it('refreshes when the GitLab status component reports a retry', async () => {
    const element = await renderWith(fullStory());

    $(nominationsOf(element), 'c-git-lab-issue-status')!.dispatchEvent(
      new CustomEvent('statuschange')
    );
    await flushPromises();

    expect(mockRefresh).toHaveBeenCalledTimes(1);
  });

  // ---------- Community programs ----------

  it('shows each membership with its standing, route, term, renewal and support note', async () => {
    const element = await renderWith(fullStory());

    const education = membershipItem(element, 'a02000000000001AAA');
    expect(inItem(education, '.standing')).toBe('Active');
    expect(inItem(education, '.verification')).toBe(
      'Automated third-party verification Verified automatically by a third party; rejections go back to the verifier.'
    );
    expect(inItem(education, '.renewal')).toBe('Annual renewal in 364 days.');
    expect(inItem(education, '.seats')).toBe('10 seats');
    expect(inItem(education, '.no-ultimate')).toBe('No Ultimate support through the program.');
    expect(education.querySelector('.paid-renewal')).toBeNull();
    expect(education.querySelector('.opportunity')).toBeNull();

    const openSource = membershipItem(element, 'a02000000000002AAA');
    expect(inItem(openSource, '.standing')).toBe('Renewal Due');
    expect(inItem(openSource, '.verification')).toContain(
      'Reviewed by hand with a proof-of-use screenshot.'
    );
    expect(inItem(openSource, '.renewal')).toBe('Renewal due: the term ends in 30 days.');
    expect(inItem(openSource, '.wrong-owner')).toBe(
      'Owner Ada Owner is not in the Community Programs team.'
    );
    expect(openSource.querySelector('.fix-owner')).not.toBeNull();
    expect(openSource.querySelector('.expired-before-return')).toBeNull();
    expect(openSource.querySelector('.transition-to-paid')).not.toBeNull();

    const startups = membershipItem(element, 'a02000000000003AAA');
    expect(inItem(startups, '.standing')).toBe('Expired');
    expect(inItem(startups, '.renewal')).toBe('Expired: the term ended 36 days ago.');
    expect(inItem(startups, '.paid-renewal')).toBe(
      'Year 2: the free year is over. The renewal is paid, with no special pricing.'
    );
    expect(startups.querySelector('.free-until')).toBeNull();
    expect(inItem(startups, '.expired-before-return')).toBe(
      'Expired before the member came back: close this renewal as lost.'
    );
    expect(startups.querySelector('.closed-lost')).not.toBeNull();
    expect(startups.querySelector('.wrong-owner')).toBeNull();

    const firstYear = membershipItem(element, 'a02000000000004AAA');
    expect(inItem(firstYear, '.free-until')).toBe('Free for the first year only, until');
    expect(inItem(firstYear, '.paid-renewal')).toBe(
      'The renewal is paid, with no special pricing.'
    );
    expect(inItem(firstYear, '.renewal')).toBe('Renewal due: the term ends today.');
    expect(firstYear.querySelector('.fix-owner')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('words renewals it cannot count and values it does not know without failing', async () => {
    const story = emptyStory();
    story.memberships = [
      membership({ id: 'a02000000000009AAA', program: 'Future_Program', standing: 'Applied' }),
      membership({
        id: 'a02000000000010AAA',
        standing: 'Unknown_Standing',
        verificationRoute: 'Other_Route',
        daysUntilRenewal: 12,
        subscriptionStart: null,
        subscriptionEnd: null,
        seats: null
      }),
      membership({ id: 'a02000000000011AAA', daysUntilRenewal: null, verificationRoute: null })
    ];
    const element = await renderWith(story);

    const applied = membershipItem(element, 'a02000000000009AAA');
    expect(inItem(applied, 'h4')).toBe('Future_Program');
    expect(inItem(applied, '.standing')).toBe('Applied');
    expect(inItem(applied, '.renewal')).toBe('');
    const unknown = membershipItem(element, 'a02000000000010AAA');
    expect(inItem(unknown, '.standing')).toBe('Unknown_Standing');
    expect(inItem(unknown, '.verification')).toBe('Other_Route');
    expect(inItem(unknown, '.renewal')).toBe('');
    expect(unknown.querySelector('.term')).toBeNull();
    expect(inItem(membershipItem(element, 'a02000000000011AAA'), '.renewal')).toBe('');
  });

  it('passes unknown program and status values through as they are', async () => {
    const story = fullStory();
    story.responses![0]!.program = 'Other';
    story.responses![0]!.reviewStatus = 'Other_Status';
    story.nominations![0]!.status = 'Other_Status';
    story.nominations![0]!.referenceTypes = ['Other_Type'];
    story.owner = null;
    const element = await renderWith(story);

    const row = $$(responsesOf(element), 'tr.response')[0]!;
    expect(inItem(row, '.review-status')).toBe('Other_Status');
    expect(inItem($$(nominationsOf(element), 'tr.nomination')[0]!, '.nomination-status')).toBe(
      'Other_Status'
    );
    expect(inItem($$(nominationsOf(element), 'tr.nomination')[0]!, '.reference-types')).toBe(
      'Other_Type'
    );
    expect(textOf(teamOf(element), '.owner')).toBe('');
  });

  it('tolerates a story with empty lists and missing names', async () => {
    const story: AccountStory = {
      ...emptyStory(),
      owner: { userId: null, name: null, isActive: null },
      customerSuccessManagers: null,
      responses: [
        response({
          id: null,
          personId: null,
          personName: null,
          program: null,
          reviewStatus: null,
          latestReply: 'Yes',
          canAskAccountTeam: null,
          canNominate: null
        })
      ],
      nominations: [
        nomination({
          id: null,
          name: null,
          program: null,
          status: null,
          gitLabStatus: null,
          gitLabError: null,
          canRetryGitLab: null
        })
      ],
      memberships: [
        membership({
          id: null,
          program: null,
          standing: null,
          renewalIsPaid: true,
          pastFreeYear: true,
          programYear: null,
          transitionToPaid: null,
          canAskToFixOwner: null,
          canRequestClosedLost: null,
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
      ],
      warnings: null,
      canEngageCommunityPrograms: null,
      canNominate: null
    };
    const element = await renderWith(story);

    expect(textOf(teamOf(element), '.owner')).toBe('');
    expect(textOf(teamOf(element), '.csms')).toBe('No Customer Success Manager');
    const row = $$(responsesOf(element), 'tr.response')[0]!;
    expect(row.querySelector('a')!.getAttribute('href')).toBe('');
    expect(inItem(row, '.reply')).toBe('Yes');
    expect(row.querySelector('lightning-button')).toBeNull();
    expect(inItem($$(nominationsOf(element), 'tr.nomination')[0]!, '.nomination-status')).toBe('');
    expect($$(nominationsOf(element), 'c-git-lab-issue-status')).toHaveLength(1);
    // no program year: the year is not named
    expect(textOf(communityOf(element), '.paid-renewal')).toBe(
      'The renewal is paid, with no special pricing.'
    );
    expect(textOf(communityOf(element), '.standing')).toBe('');
    expect($(element, '.warnings')).toBeNull();
    expect($(responsesOf(element), '.more-responses')).toBeNull();
  });

  it('keeps an empty note when the textarea reports no value', async () => {
    const element = await renderWith(fullStory());
    $(communityOf(element), '.fix-owner')!.click();
    await flushPromises();
    $(communityOf(element), 'lightning-textarea')!.dispatchEvent(
      new CustomEvent('change', { detail: {} })
    );
    await flushPromises();

    expect(
      ($(communityOf(element), 'lightning-textarea') as HTMLElement & { value: string }).value
    ).toBe('');
  });

  it('engages the Community Programs team with a required note', async () => {
    const element = await renderWith(fullStory());
    mockEngage.mockResolvedValueOnce(POSTED);
    const toasts: CustomEvent[] = [];
    element.addEventListener('lightning__showtoast', (event) => toasts.push(event as CustomEvent));

    $(communityOf(element), '.engage')!.click();
    await flushPromises();
    expect(textOf(communityOf(element), '.composer-title')).toBe(
      'Engage the Community Programs team'
    );
    const post = $(communityOf(element), 'lightning-button.post') as HTMLElement & {
      disabled: boolean;
    };
    expect(post.disabled).toBe(true);
    await expect(element).toBeAccessible();

    await typeNote(element, '  Renewal talk next week  ');
    expect(post.disabled).toBe(false);
    post.click();
    await flushPromises();

    expect(mockEngage).toHaveBeenCalledWith({
      accountId: ACCOUNT_ID,
      note: 'Renewal talk next week'
    });
    expect(toasts).toHaveLength(1);
    expect(toasts[0]!.detail.variant).toBe('success');
    expect(toasts[0]!.detail.message).toBe('2 group members are not mentioned.');
    expect($(communityOf(element), '.composer')).toBeNull();
    expect(mockRefresh).toHaveBeenCalledTimes(1);
  });

  it('asks Sales Support to fix the owner with an optional note', async () => {
    const element = await renderWith(fullStory());
    mockFixOwner.mockResolvedValueOnce({ ...POSTED, mentionedNames: null, warnings: null });

    $(communityOf(element), '.fix-owner')!.click();
    await flushPromises();
    expect(textOf(communityOf(element), '.composer-title')).toBe(
      'Ask Sales Support to fix the owner: Open Source'
    );
    const post = $(communityOf(element), 'lightning-button.post') as HTMLElement & {
      disabled: boolean;
    };
    expect(post.disabled).toBe(false);
    post.click();
    await flushPromises();

    expect(mockFixOwner).toHaveBeenCalledWith({ membershipId: 'a02000000000002AAA', note: '' });
    expect(mockRefresh).toHaveBeenCalledTimes(1);
  });

  it('requests closed-lost and shows the error when the post fails, then cancels', async () => {
    const element = await renderWith(fullStory());
    mockClosedLost.mockRejectedValueOnce({ body: { message: 'Chatter did not take the post.' } });

    $(communityOf(element), '.closed-lost')!.click();
    await flushPromises();
    await typeNote(element, 'Member left in March');
    ($(communityOf(element), 'lightning-button.post') as HTMLElement).click();
    await flushPromises();

    expect(mockClosedLost).toHaveBeenCalledWith({
      membershipId: 'a02000000000003AAA',
      note: 'Member left in March'
    });
    const error = $(communityOf(element), 'c-error-panel.post-error') as HTMLElement & {
      friendlyMessage: string;
    };
    expect(error.friendlyMessage).toBe('The Chatter post could not be made.');
    expect($(communityOf(element), '.composer')).not.toBeNull();
    expect(mockRefresh).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();

    ($(communityOf(element), 'lightning-button.cancel') as HTMLElement).click();
    await flushPromises();
    expect($(communityOf(element), '.composer')).toBeNull();
  });

  it('ignores a second click on Post while the first is posting', async () => {
    const element = await renderWith(fullStory());
    let resolvePost: (value: unknown) => void = () => undefined;
    mockEngage.mockReturnValueOnce(new Promise((resolve) => (resolvePost = resolve)));

    $(communityOf(element), '.engage')!.click();
    await flushPromises();
    await typeNote(element, 'Hello');
    const post = $(communityOf(element), 'lightning-button.post') as HTMLElement & {
      disabled: boolean;
    };
    post.click();
    await flushPromises();
    expect(post.disabled).toBe(true);
    expect($(communityOf(element), '.composer lightning-spinner')).not.toBeNull();
    post.click();
    resolvePost(POSTED);
    await flushPromises();

    expect(mockEngage).toHaveBeenCalledTimes(1);
  });
});

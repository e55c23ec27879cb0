import { createElement } from 'lwc';
import NominationHome from 'c/nominationHome';
import getHome from '@salesforce/apex/NominationHomeController.getHome';
import sendIntroEmail from '@salesforce/apex/NominationHomeController.sendIntroEmail';
import { refreshApex } from '@salesforce/apex';
import { flushPromises } from 'test/flushPromises';
import { $, textOf } from 'test/shadowQuery';

jest.mock(
  '@salesforce/apex/NominationHomeController.getHome',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/NominationHomeController.sendIntroEmail',
  () => ({ default: jest.fn() }),
  {
    virtual: true
  }
);
jest.mock(
  '@salesforce/apex/NominationHomeController.searchCrms',
  () => {
    const { createApexTestWireAdapter } = require('@salesforce/sfdx-lwc-jest');
    return { default: createApexTestWireAdapter(jest.fn()) };
  },
  { virtual: true }
);
jest.mock('@salesforce/apex/NominationHomeController.assignCrm', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex', () => ({ refreshApex: jest.fn(() => Promise.resolve()) }), {
  virtual: true
});
type Home = Apex.NominationHomeService.Home;
const homeAdapter = getHome as unknown as { emit(value: unknown): void; error(): void };
const sendMock = sendIntroEmail as unknown as jest.Mock;
type GitLabElement = HTMLElement &
  Record<'nominationId' | 'status' | 'issueUrl' | 'issueIid' | 'lastError', unknown>;

function home(overrides: Partial<Home> = {}): Home {
  return {
    id: 'a01000000000001AAA',
    name: 'NOM-00001',
    status: 'Nominated',
    statusReason: null,
    program: 'Open_Source',
    accountId: '001000000000001AAA',
    accountName: 'Northwind Logistics',
    championId: '003000000000001AAA',
    championName: 'Ada Lovelace',
    championHasEmail: true,
    referenceTypes: ['Logo', 'Case_Study'],
    sourcedFromLandingPage: true,
    sourceCampaignName: 'Open Source landing page',
    sourceResponseId: '00v000000000001AAA',
    responsePersonName: 'Ada Lovelace',
    accountTeamVerdict: 'Confirmed',
    accountTeamReply: 'Happy customer, go ahead.',
    accountTeamReplyAuthorName: 'Morgan Owens',
    accountTeamRepliedOn: '2026-11-20T10:00:00.000Z',
    notes: 'Logo and case study.',
    nominatedOn: '2026-11-21',
    nominatedByName: 'Pat Preview',
    gitLab: {
      nominationId: 'a01000000000001AAA',
      status: 'Created',
      issueIid: 118,
      issueUrl: 'https://gitlab.example.com/refs/-/issues/118',
      lastError: null,
      attempts: 1
    },
    canRetryGitLab: false,
    crmId: '005000000000007AAA',
    crmName: 'Casey Crm',
    programHasDefaultCrm: true,
    canAssignCrm: true,
    hasIntroEmail: true,
    nextStep:
      'Email the customer introducing Casey Crm, then Casey Crm accepts or declines the nomination.',
    nextStepOwner: 'The program manager',
    ...overrides
  } as Home;
}

async function render(data?: Home): Promise<HTMLElement> {
  const element = createElement('c-nomination-home', { is: NominationHome });
  Object.assign(element, { recordId: 'a01000000000001AAA' });
  document.body.appendChild(element);
  if (data) {
    homeAdapter.emit(data);
  }
  await flushPromises();
  return element;
}

describe('c-nomination-home', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  describe('what the page shows', () => {
    it('shows the nomination in labels, its account team reply and the next step with who acts', async () => {
      const element = await render(home());

      expect(textOf(element, '.status')).toBe('Nominated');
      expect(textOf(element, '.program')).toBe('Open Source');
      expect($(element, '.account a')!.getAttribute('href')).toBe(
        '/lightning/r/001000000000001AAA/view'
      );
      expect(textOf(element, '.champion')).toBe('Ada Lovelace');
      expect($(element, '.champion a')!.getAttribute('href')).toBe(
        '/lightning/r/003000000000001AAA/view'
      );
      expect(textOf(element, '.reference-types')).toBe('Logo, Case Study');
      expect(textOf(element, '.landing-page')).toBe('Yes');
      expect(textOf(element, '.source')).toBe('Open Source landing page · Ada Lovelace');
      expect(textOf(element, '.verdict')).toContain('Confirmed');
      expect(textOf(element, '.reply')).toBe('Happy customer, go ahead.');
      // dates as the board shows them (its options), in the user's locale (Jest's stand-in: en-US)
      expect(textOf(element, '.reply-by')).toBe('Morgan Owens, Nov 20, 2026');
      expect(textOf(element, '.nominated')).toBe('Nov 21, 2026 · Pat Preview');
      expect(textOf(element, '.next-step-text')).toBe(home().nextStep);
      expect(textOf(element, '.next-step-owner')).toBe('Who acts: The program manager');
      expect(textOf(element, '.crm-name')).toBe('Casey Crm');
    });

    it('passes the GitLab issue to c-git-lab-issue-status: number, link, status', async () => {
      const element = await render(home());

      const gitLab = $(element, 'c-git-lab-issue-status') as GitLabElement;
      expect(gitLab.nominationId).toBe('a01000000000001AAA');
      expect(gitLab.status).toBe('Created');
      expect(gitLab.issueIid).toBe(118);
      expect(gitLab.issueUrl).toBe('https://gitlab.example.com/refs/-/issues/118');
    });

    it('shows a failed issue with Retry to who may retry, and the reason to others', async () => {
      const failed = {
        nominationId: 'a01000000000001AAA',
        status: 'Failed',
        issueIid: null,
        issueUrl: null,
        lastError: '403 Forbidden',
        attempts: 3,
        canRetry: true
      };
      const retryable = await render(home({ gitLab: failed, canRetryGitLab: true }));
      expect(($(retryable, 'c-git-lab-issue-status') as GitLabElement).lastError).toBe(
        '403 Forbidden'
      );
      document.body.removeChild(retryable);

      const readOnly = await render(home({ gitLab: failed, canRetryGitLab: false }));
      expect($(readOnly, 'c-git-lab-issue-status')).toBeNull();
      expect(textOf(readOnly, '.gitlab-failed')).toBe(
        'Failed: 403 Forbidden. A program manager can retry it.'
      );
    });

    it('says a failed issue without a recorded reason in a whole sentence', async () => {
      const element = await render(
        home({
          gitLab: {
            nominationId: 'a01000000000001AAA',
            status: 'Failed',
            issueIid: null,
            issueUrl: null,
            lastError: null,
            attempts: 1,
            canRetry: false
          },
          canRetryGitLab: false
        })
      );

      expect(textOf(element, '.gitlab-failed')).toBe('Failed. A program manager can retry it.');
    });

    it('shows an issue not requested yet when the server sends no GitLab status at all', async () => {
      // The DTO allows gitLab: null (Apex sets it today): the page must still render.
      const element = await render(home({ gitLab: null, canRetryGitLab: false }));

      const gitLab = $(element, 'c-git-lab-issue-status') as GitLabElement;
      expect(gitLab).not.toBeNull();
      expect(gitLab.nominationId).toBe('a01000000000001AAA');
      expect(gitLab.status).toBeUndefined();
      expect(gitLab.issueIid).toBeUndefined();
      expect(gitLab.issueUrl).toBeUndefined();
      expect(gitLab.lastError).toBeUndefined();
      expect(textOf(gitLab, 'span')).toBe('No GitLab issue');
      expect($(element, '.gitlab-failed')).toBeNull();
      expect(textOf(element, '.status')).toBe('Nominated');
      await expect(element).toBeAccessible();
    });

    it('says None, No or nothing where the nomination has nothing to show', async () => {
      // The champion contact was deleted (the lookup is cleared), no reference type is left, the
      // nomination did not come from a landing page and the account team has not answered.
      const element = await render(
        home({
          championId: null,
          championName: null,
          referenceTypes: [],
          sourcedFromLandingPage: false,
          sourceCampaignName: null,
          sourceResponseId: null,
          responsePersonName: null,
          accountTeamVerdict: null,
          accountTeamReply: null,
          accountTeamReplyAuthorName: null,
          accountTeamRepliedOn: null,
          nominatedOn: null,
          statusReason: null,
          notes: null
        })
      );

      expect(textOf(element, '.champion')).toBe('None');
      expect($(element, '.champion a')).toBeNull();
      expect(textOf(element, '.reference-types')).toBe('None');
      expect(textOf(element, '.landing-page')).toBe('No');
      expect(textOf(element, '.source')).toBe('None');
      expect(textOf(element, '.verdict')).toBe('Verdict: None');
      expect($(element, '.reply')).toBeNull();
      expect($(element, '.no-reply')).not.toBeNull();
      expect(textOf(element, '.nominated')).toBe('Pat Preview');
      expect($(element, '.status-reason')).toBeNull();
      expect($(element, '.notes')).toBeNull();
    });

    it('says None when the reference types are missing altogether', async () => {
      const element = await render(home({ referenceTypes: null }));

      expect(textOf(element, '.reference-types')).toBe('None');
    });

    it('shows a value it has no label for as the server sent it', async () => {
      // A picklist value added in Setup after this component was written.
      const element = await render(
        home({ status: 'On_Hold', program: 'Partner', referenceTypes: ['Logo', 'Webinar'] })
      );

      expect(textOf(element, '.status')).toBe('On_Hold');
      expect(textOf(element, '.program')).toBe('Partner');
      expect(textOf(element, '.reference-types')).toBe('Logo, Webinar');
    });

    it('shows an empty status and program, never "null", when the server sends none', async () => {
      const element = await render(home({ status: null, program: null }));

      expect(textOf(element, '.status')).toBe('');
      expect(textOf(element, '.program')).toBe('');
    });

    it.each([null, '', ' '])(
      'leaves "who acts" out when the server names nobody (%p), never "Who acts:" alone',
      async (nextStepOwner) => {
        const element = await render(home({ nextStepOwner }));

        expect($(element, '.next-step-owner')).toBeNull();
        expect(textOf(element, '.next-step-text')).toBe(home().nextStep);
      }
    );

    it('says when a reply without a known author came, never a bare date', async () => {
      const element = await render(home({ accountTeamReplyAuthorName: null }));

      expect(textOf(element, '.reply-by')).toBe('Replied Nov 20, 2026');
    });

    it('says who replied when the reply has no time, never "Morgan Owens, "', async () => {
      const element = await render(home({ accountTeamRepliedOn: null }));

      expect(textOf(element, '.reply-by')).toBe('Replied by Morgan Owens');
    });

    it('shows the reply alone when neither its author nor its time is known', async () => {
      const element = await render(
        home({ accountTeamReplyAuthorName: ' ', accountTeamRepliedOn: null })
      );

      expect(textOf(element, '.reply')).toBe('Happy customer, go ahead.');
      expect($(element, '.reply-by')).toBeNull();
    });

    it('says when the program has no default CRM and offers the picker', async () => {
      const element = await render(
        home({ crmId: null, crmName: null, programHasDefaultCrm: false })
      );

      expect(textOf(element, '.crm-name')).toBe('Not assigned');
      expect($(element, '.no-default-crm')).not.toBeNull();
      expect($(element, 'c-nomination-crm-picker')).not.toBeNull();
    });

    it('says nothing of a missing default CRM once a CRM is assigned, or when the program has one', async () => {
      const assigned = await render(home({ programHasDefaultCrm: false }));
      expect($(assigned, '.no-default-crm')).toBeNull();
      document.body.removeChild(assigned);

      const withDefault = await render(
        home({ crmId: null, crmName: null, programHasDefaultCrm: true })
      );
      expect($(withDefault, '.no-default-crm')).toBeNull();
    });

    it('links nowhere for an account the server does not name', async () => {
      const element = await render(home({ accountId: null }));

      expect($(element, '.account a')!.getAttribute('href')).toBe('');
    });

    it('offers neither the picker nor the intro email to who may not edit', async () => {
      const element = await render(home({ canAssignCrm: false }));

      expect($(element, 'c-nomination-crm-picker')).toBeNull();
      expect($(element, '.send-intro-email')).toBeNull();
    });

    it('has no intro email for a Customer nomination', async () => {
      const element = await render(home({ program: 'Customer', hasIntroEmail: false }));

      expect($(element, '.send-intro-email')).toBeNull();
    });

    it('shows the load error in the error panel', async () => {
      const element = await render();
      homeAdapter.error();
      await flushPromises();

      expect($(element, 'c-error-panel.load-error')).not.toBeNull();
    });
  });

  describe('actions', () => {
    it('sends the intro email and says so inline', async () => {
      sendMock.mockResolvedValue('Ada Lovelace');
      const element = await render(home());

      $(element, '.send-intro-email')!.click();
      await flushPromises();

      expect(sendMock).toHaveBeenCalledWith({
        nominationId: 'a01000000000001AAA',
        sendAgain: false
      });
      expect(textOf(element, '.email-sent')).toBe(
        'Intro email sent to Ada Lovelace, with the CRM in copy.'
      );
      expect($(element, '.email-error')).toBeNull();
    });

    it.each([null, ''])(
      'confirms a sent intro email in a whole sentence when the champion name is not returned (%p)',
      async (championName) => {
        sendMock.mockResolvedValue(championName);
        const element = await render(home());

        $(element, '.send-intro-email')!.click();
        await flushPromises();

        expect(textOf(element, '.email-sent')).toBe(
          'Intro email sent to the champion, with the CRM in copy.'
        );
      }
    );

    it('offers the intro email with nothing said before the first send, and disables it while sending', async () => {
      sendMock.mockReturnValue(new Promise(() => undefined));
      const element = await render(home());
      const button = $(element, '.send-intro-email') as HTMLElement & { disabled: boolean };
      expect(button.disabled).toBe(false);
      expect($(element, '.email-sent')).toBeNull();
      expect($(element, '.email-error')).toBeNull();

      button.click();
      await flushPromises();

      expect(button.disabled).toBe(true);
    });

    it('shows every reason of a refusal, one after the other', async () => {
      sendMock.mockRejectedValue({
        body: [{ message: 'Ada Lovelace has no email address.' }, { message: 'Try later.' }]
      });
      const element = await render(home());

      $(element, '.send-intro-email')!.click();
      await flushPromises();

      expect(textOf(element, '.email-error')).toBe('Ada Lovelace has no email address. Try later.');
    });

    it('shows a refused intro email inline, in the server words', async () => {
      sendMock.mockRejectedValue({ body: { message: 'Ada Lovelace has no email address.' } });
      const element = await render(home());

      $(element, '.send-intro-email')!.click();
      await flushPromises();

      expect(textOf(element, '.email-error')).toBe('Ada Lovelace has no email address.');
      expect($(element, '.email-sent')).toBeNull();
    });

    it('reads the home again after sending, so the page says when and by whom', async () => {
      sendMock.mockResolvedValue('Ada Lovelace');
      const element = await render(home());

      $(element, '.send-intro-email')!.click();
      await flushPromises();

      expect(refreshApex).toHaveBeenCalledTimes(1);
    });

    describe('an intro email already sent', () => {
      const SENT_ON = '2026-11-24T09:30:00.000Z';
      const sentHome = (): Home =>
        home({ introEmailSentOn: SENT_ON, introEmailSentByName: 'Pat Preview' });
      const day = 'Nov 24, 2026';
      // The stub lightning-button cannot hold focus: record what the component focuses instead.
      let focusSpy: jest.SpyInstance;
      const focused = (): unknown => {
        const instances = focusSpy.mock.instances;
        return instances[instances.length - 1];
      };
      beforeEach(() => {
        focusSpy = jest.spyOn(HTMLElement.prototype, 'focus');
      });
      afterEach(() => {
        focusSpy.mockRestore();
      });

      it('says when and by whom it was sent', async () => {
        const element = await render(sentHome());

        expect(textOf(element, '.email-sent-on')).toBe(`Intro email sent ${day} by Pat Preview.`);
      });

      it('says when it was sent, without "by" a sender no one knows', async () => {
        const element = await render(
          home({ introEmailSentOn: SENT_ON, introEmailSentByName: null })
        );

        expect(textOf(element, '.email-sent-on')).toBe(`Intro email sent ${day}.`);
        $(element, '.send-intro-email')!.click();
        await flushPromises();
        expect(textOf(element, '.resend-question')).toBe(
          `The intro email was already sent ${day}. Send it again?`
        );
      });

      it('moves focus to the outcome after a first send, success or refusal', async () => {
        sendMock.mockResolvedValue('Ada Lovelace');
        const element = await render(home());

        $(element, '.send-intro-email')!.click();
        await flushPromises();

        const sent = $(element, '.email-sent')!;
        expect(focused()).toBe(sent);
        expect(sent.getAttribute('tabindex')).toBe('-1');

        sendMock.mockRejectedValue({ body: { message: 'Ada Lovelace has no email address.' } });
        $(element, '.send-intro-email')!.click();
        await flushPromises();

        const refused = $(element, '.email-error')!;
        expect(focused()).toBe(refused);
        expect(refused.getAttribute('tabindex')).toBe('-1');
      });

      it('says nothing of a send before the first one', async () => {
        const element = await render(home());

        expect($(element, '.email-sent-on')).toBeNull();
      });

      it('asks before sending it a second time, with focus on "Send again"; sends only once confirmed', async () => {
        sendMock.mockResolvedValue('Ada Lovelace');
        const element = await render(sentHome());

        $(element, '.send-intro-email')!.click();
        await flushPromises();

        expect(sendMock).not.toHaveBeenCalled();
        expect(textOf(element, '.resend-question')).toBe(
          `The intro email was already sent ${day} by Pat Preview. Send it again?`
        );
        expect($(element, '.resend-confirm')!.closest('[aria-live="polite"]')).not.toBeNull();
        expect(focused()).toBe($(element, 'lightning-button.send-again'));
        await expect(element).toBeAccessible();

        $(element, 'lightning-button.send-again')!.click();
        await flushPromises();

        expect(sendMock).toHaveBeenCalledWith({
          nominationId: 'a01000000000001AAA',
          sendAgain: true
        });
        expect($(element, '.resend-confirm')).toBeNull();
        expect(textOf(element, '.email-sent')).toBe(
          'Intro email sent to Ada Lovelace, with the CRM in copy.'
        );
        // the pressed button was disabled while sending, then removed: focus on the outcome
        expect(focused()).toBe($(element, '.email-sent'));
      });

      it('clears the last outcome when asking again', async () => {
        sendMock.mockResolvedValueOnce('Ada Lovelace');
        sendMock.mockRejectedValueOnce({ body: { message: 'Ada Lovelace has no email address.' } });
        const element = await render(sentHome());
        const press = async (selector: string): Promise<void> => {
          $(element, selector)!.click();
          await flushPromises();
        };

        await press('.send-intro-email');
        await press('lightning-button.send-again');
        expect($(element, '.email-sent')).not.toBeNull();
        await press('.send-intro-email');
        expect($(element, '.email-sent')).toBeNull();
        await press('lightning-button.cancel-resend');

        await press('.send-intro-email');
        await press('lightning-button.send-again');
        expect($(element, '.email-error')).not.toBeNull();
        await press('.send-intro-email');
        expect($(element, '.email-error')).toBeNull();
        expect($(element, '.resend-question')).not.toBeNull();
      });

      it('Cancel sends nothing and gives focus back to "Send intro email"', async () => {
        const element = await render(sentHome());

        $(element, '.send-intro-email')!.click();
        await flushPromises();
        $(element, 'lightning-button.cancel-resend')!.click();
        await flushPromises();

        expect(sendMock).not.toHaveBeenCalled();
        expect($(element, '.resend-confirm')).toBeNull();
        expect(focused()).toBe($(element, 'lightning-button.send-intro-email'));
      });
    });

    it('reads the home again after a CRM change or a GitLab retry', async () => {
      const element = await render(home());

      $(element, 'c-nomination-crm-picker')!.dispatchEvent(new CustomEvent('crmassigned'));
      $(element, 'c-git-lab-issue-status')!.dispatchEvent(new CustomEvent('statuschange'));
      await flushPromises();

      expect(refreshApex).toHaveBeenCalledTimes(2);
    });
  });

  it('is accessible', async () => {
    const element = await render(home());

    await expect(element).toBeAccessible();
  });
});

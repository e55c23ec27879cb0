import { createElement } from 'lwc';
import AccountPanelResponses from 'c/accountPanelResponses';
import type { AskAccountTeamDetail, NominateDetail } from 'c/accountPanelResponses';
import { flushPromises } from 'test/flushPromises';
import { $, $$, textOf } from 'test/shadowQuery';
import { response } from '../../referenceAccountPanel/__tests__/data/accountStory';

type Response = Apex.ReferenceAccountPanelService.Response;

interface ResponsesProps {
  responses?: Response[] | null;
  moreResponses?: boolean;
  canNominateAccount?: boolean;
  accountName?: string | null;
}

const REPLIED = response({
  latestReply: 'Great customer, go ahead.',
  latestReplyAuthorName: 'Ada Owner',
  latestReplyOn: '2025-05-20T10:00:00.000Z',
  canAskAccountTeam: true
});
const CALL_HELD = response({
  id: '00v000000000002AAA',
  personId: '003000000000002AAA',
  personName: 'Sam Signup',
  program: 'Open_Source',
  reviewStatus: 'Call_Held',
  canNominate: true
});

async function render(props: ResponsesProps): Promise<HTMLElement> {
  const element = createElement('c-account-panel-responses', { is: AccountPanelResponses });
  Object.assign(element, props);
  document.body.appendChild(element);
  await flushPromises();
  return element;
}

/** The events of one kind the component fires, in order. */
function listen<Detail>(element: HTMLElement, type: string): CustomEvent<Detail>[] {
  const events: CustomEvent<Detail>[] = [];
  element.addEventListener(type, (event) => events.push(event as CustomEvent<Detail>));
  return events;
}

function cell(row: HTMLElement, selector: string): string {
  return (row.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('c-account-panel-responses', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  describe('rendering', () => {
    it('lists each response with its person, program, status, latest reply and actions', async () => {
      const element = await render({ responses: [REPLIED, CALL_HELD], moreResponses: true });

      const rows = $$(element, 'tr.response');
      expect(rows).toHaveLength(2);
      expect(rows[0]!.dataset.id).toBe('00v000000000001AAA');
      const link = rows[0]!.querySelector('a')!;
      expect(link.getAttribute('href')).toBe('/lightning/r/003000000000001AAA/view');
      expect(link.textContent).toBe('Pat Person');
      expect(cell(rows[0]!, 'td')).toBe('Customer');
      expect(cell(rows[0]!, '.review-status')).toBe('New');
      expect(cell(rows[0]!, '.reply')).toContain('Great customer, go ahead.');
      expect(cell(rows[0]!, '.reply')).toContain('by Ada Owner');
      const replyOn = rows[0]!.querySelector('lightning-formatted-date-time') as HTMLElement & {
        value: string;
      };
      expect(replyOn.value).toBe('2025-05-20T10:00:00.000Z');
      const ask = rows[0]!.querySelector('.ask') as HTMLElement & { label: string; title: string };
      expect(ask.label).toBe('Ask the account team');
      expect(ask.title).toBe('Ask the account team: Pat Person');
      expect(rows[0]!.querySelector('.nominate')).toBeNull();

      expect(cell(rows[1]!, 'td')).toBe('Open Source');
      expect(cell(rows[1]!, '.review-status')).toBe('Call Held');
      expect(cell(rows[1]!, '.reply')).toBe('No reply yet');
      expect(rows[1]!.querySelector('.ask')).toBeNull();
      const nominate = rows[1]!.querySelector('.nominate') as HTMLElement & {
        label: string;
        title: string;
      };
      expect(nominate.label).toBe('Nominate');
      expect(nominate.title).toBe('Nominate Sam Signup');

      expect(textOf(element, 'caption')).toBe('Landing-page responses');
      expect(textOf(element, '.more-responses')).toBe('Showing the newest 2 responses.');
      expect($(element, '.no-responses')).toBeNull();
      await expect(element).toBeAccessible();
    });

    it('says so when there is no response, and offers to nominate the account when allowed', async () => {
      const element = await render({
        responses: [],
        canNominateAccount: true,
        accountName: 'Acme'
      });

      expect(textOf(element, '.no-responses')).toBe('No landing-page responses from this account.');
      expect($(element, 'table')).toBeNull();
      expect($(element, '.more-responses')).toBeNull();
      const button = $(element, '.nominate-account') as HTMLElement & { label: string };
      expect(button.label).toBe('Nominate this account');
      await expect(element).toBeAccessible();
    });

    it('offers no account nomination and no more-responses note unless the story says so', async () => {
      const element = await render({ responses: [REPLIED] });

      expect($(element, '.nominate-account')).toBeNull();
      expect($(element, '.more-responses')).toBeNull();
    });

    it('passes unknown values through and tolerates missing ones', async () => {
      const element = await render({
        responses: [
          response({ program: 'Other', reviewStatus: 'Other_Status' }),
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
        ]
      });

      const [unknown, blank] = $$(element, 'tr.response');
      expect(cell(unknown!, 'td')).toBe('Other');
      expect(cell(unknown!, '.review-status')).toBe('Other_Status');
      expect(blank!.querySelector('a')!.getAttribute('href')).toBe('');
      expect(cell(blank!, '.review-status')).toBe('');
      expect(cell(blank!, '.reply')).toBe('Yes');
      expect(blank!.querySelector('lightning-button')).toBeNull();
    });

    it('titles the actions of a response whose person has no name without a hole', async () => {
      const element = await render({
        responses: [response({ personName: null, canAskAccountTeam: true, canNominate: true })]
      });

      const row = $$(element, 'tr.response')[0]!;
      const title = (selector: string): string =>
        (row.querySelector(selector) as HTMLElement & { title: string }).title;
      expect(title('.ask')).toBe('Ask the account team');
      expect(title('.nominate')).toBe('Nominate');
    });

    it('shows nothing to act on when the story has no response list', async () => {
      const element = await render({ responses: null });
      expect(textOf(element, '.no-responses')).toBe('No landing-page responses from this account.');
    });
  });

  describe('events', () => {
    it('fires askaccountteam with the response, for the panel to open the Chatter modal', async () => {
      const element = await render({ responses: [REPLIED, CALL_HELD] });
      const asks = listen<AskAccountTeamDetail>(element, 'askaccountteam');

      ($(element, 'tr.response .ask') as HTMLElement).click();

      expect(asks).toHaveLength(1);
      expect(asks[0]!.detail).toEqual({ responseId: '00v000000000001AAA' });
      // The panel listens on this element: the event neither bubbles nor leaves the shadow tree.
      expect(asks[0]!.bubbles).toBe(false);
      expect(asks[0]!.composed).toBe(false);
    });

    it('fires nominate with the response and the person, for the wizard', async () => {
      const element = await render({ responses: [REPLIED, CALL_HELD] });
      const nominations = listen<NominateDetail>(element, 'nominate');

      ($(element, 'tr.response .nominate') as HTMLElement).click();

      expect(nominations).toHaveLength(1);
      expect(nominations[0]!.detail).toEqual({
        responseId: '00v000000000002AAA',
        nomineeName: 'Sam Signup'
      });
    });

    it('fires nominate without a response and with the account name for the account', async () => {
      const element = await render({
        responses: [],
        canNominateAccount: true,
        accountName: 'Acme'
      });
      const nominations = listen<NominateDetail>(element, 'nominate');

      ($(element, '.nominate-account') as HTMLElement).click();

      expect(nominations).toHaveLength(1);
      expect(nominations[0]!.detail).toEqual({ responseId: undefined, nomineeName: 'Acme' });
      expect('responseId' in nominations[0]!.detail).toBe(true);
    });

    it('names nobody when the account or the person has no name', async () => {
      const element = await render({
        responses: [response({ personName: null, canNominate: true })],
        canNominateAccount: true,
        accountName: null
      });
      const nominations = listen<NominateDetail>(element, 'nominate');

      ($(element, '.nominate-account') as HTMLElement).click();
      ($(element, 'tr.response .nominate') as HTMLElement).click();

      expect(nominations.map((event) => event.detail)).toEqual([
        { responseId: undefined, nomineeName: '' },
        { responseId: '00v000000000001AAA', nomineeName: '' }
      ]);
    });
  });
});

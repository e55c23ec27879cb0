import { createElement } from 'lwc';
import AskAccountTeamModal, { OUTCOME } from 'c/askAccountTeamModal';
import previewAsk from '@salesforce/apex/AccountTeamChatterController.previewAsk';
import askAccountTeam from '@salesforce/apex/AccountTeamChatterController.askAccountTeam';
import { closeResults } from '../../../../../test/jest-mocks/lightning/modal';
import { flushPromises } from 'test/flushPromises';

jest.mock(
  'lightning/modal',
  () => jest.requireActual('../../../../../test/jest-mocks/lightning/modal'),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/AccountTeamChatterController.previewAsk',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/AccountTeamChatterController.askAccountTeam',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const mockPreviewAsk = previewAsk as unknown as jest.Mock;
const mockAskAccountTeam = askAccountTeam as unknown as jest.Mock;

type ModalElement = HTMLElement & { responseIds?: string[]; label?: string };
type ErrorPanelElement = HTMLElement & { friendlyMessage?: string; errors?: unknown };

const RESPONSE_A = '00v000000000001AAA';
const RESPONSE_B = '00v000000000002AAA';
const RESPONSE_LEAD = '00v000000000003AAA';

const PREVIEW: Apex.AccountTeamChatterController.AskPreview = {
  posts: [
    {
      accountId: '001000000000001AAA',
      accountName: 'Acme',
      outcome: OUTCOME.asked,
      text: '@Ada Owner @Cy Csm \nPlease confirm...',
      mentioned: ['Ada Owner', 'Cy Csm'],
      warnings: [],
      responseCount: 1
    },
    {
      accountId: '001000000000002AAA',
      accountName: 'Globex',
      outcome: OUTCOME.commented,
      text: '@Gil Owner \nAsking again...',
      mentioned: ['Gil Owner'],
      warnings: [
        'Globex has no active Customer Success Manager: only the Account Owner is mentioned.'
      ],
      responseCount: 1
    }
  ],
  responses: [
    {
      responseId: RESPONSE_A,
      name: 'Dana',
      accountName: 'Acme',
      outcome: OUTCOME.asked,
      message: ''
    },
    {
      responseId: RESPONSE_B,
      name: 'Eli',
      accountName: 'Globex',
      outcome: OUTCOME.commented,
      message: 'Globex has no active Customer Success Manager: only the Account Owner is mentioned.'
    },
    {
      responseId: RESPONSE_LEAD,
      name: 'Fay',
      accountName: null,
      outcome: OUTCOME.refused,
      message: 'No account on this response (a lead, or a contact without one): no team to ask.'
    }
  ]
};

const OUTCOMES: Apex.AccountTeamChatterController.ResponseOutcome[] = [
  {
    responseId: RESPONSE_A,
    outcome: OUTCOME.asked,
    message: 'Posted on Acme, mentioning Ada Owner, Cy Csm.'
  },
  {
    responseId: RESPONSE_B,
    outcome: OUTCOME.commented,
    message: 'Asked again in the existing thread on Globex.'
  },
  { responseId: RESPONSE_LEAD, outcome: OUTCOME.refused, message: 'No account on this response.' }
];

function render(props: Partial<ModalElement> = {}): ModalElement {
  const element = createElement('c-ask-account-team-modal', {
    is: AskAccountTeamModal
  }) as ModalElement;
  Object.assign(element, { responseIds: [RESPONSE_A, RESPONSE_B, RESPONSE_LEAD] }, props);
  document.body.appendChild(element);
  return element;
}

function $(element: HTMLElement, selector: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(selector);
}

function $$(element: HTMLElement, selector: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

function button(element: HTMLElement, name: string): HTMLElement & { disabled?: boolean } {
  return $(element, `lightning-button.${name}`) as HTMLElement & { disabled?: boolean };
}

// Which control received focus, by its first class (lightning-button.close → 'close').
const focusedSpy = jest.fn();

describe('c-ask-account-team-modal', () => {
  beforeEach(() => {
    jest.spyOn(HTMLElement.prototype, 'focus').mockImplementation(function (this: HTMLElement) {
      focusedSpy(String(this.className).split(' ')[0]);
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    closeResults.length = 0;
    jest.clearAllMocks();
  });

  it('previews each account post: who is mentioned, the warnings, and every response', async () => {
    mockPreviewAsk.mockResolvedValue(PREVIEW);
    const element = render({ label: 'Ask account team' });
    await flushPromises();

    expect(mockPreviewAsk).toHaveBeenCalledWith({
      responseIds: [RESPONSE_A, RESPONSE_B, RESPONSE_LEAD],
      note: ''
    });
    const header = $(element, 'lightning-modal-header') as HTMLElement & { label?: string };
    expect(header.label).toBe('Ask account team');
    const posts = $$(element, 'li.post');
    expect(posts).toHaveLength(2);
    expect(posts[0]!.querySelector('.account-name')!.textContent).toBe('Acme');
    expect(posts[0]!.querySelector('.mentioned')!.textContent).toContain('Ada Owner, Cy Csm');
    expect(
      (posts[0]!.querySelector('lightning-badge') as HTMLElement & { label?: string }).label
    ).toBe('New post');
    expect(
      (posts[1]!.querySelector('lightning-badge') as HTMLElement & { label?: string }).label
    ).toBe('Comment on the existing thread');
    expect(posts[1]!.querySelector('.warning')!.textContent).toContain(
      'no active Customer Success'
    );
    expect(posts[0]!.querySelector('.post-text')!.textContent).toContain('Please confirm');
    const rows = $$(element, 'li.response');
    expect(rows.map((row) => row.dataset.outcome)).toEqual([
      OUTCOME.asked,
      OUTCOME.commented,
      OUTCOME.refused
    ]);
    expect(rows[2]!.querySelector('.message')!.textContent).toContain('no team to ask');
    expect(button(element, 'post').disabled).toBe(false);
    await expect(element).toBeAccessible();
  });

  it('refreshes the preview with the note once the note field is left', async () => {
    mockPreviewAsk.mockResolvedValue(PREVIEW);
    const element = render();
    await flushPromises();

    const note = $(element, 'lightning-textarea.note')!;
    note.dispatchEvent(new CustomEvent('change', { detail: { value: 'Met them at the summit' } }));
    note.dispatchEvent(new CustomEvent('blur'));
    await flushPromises();
    note.dispatchEvent(new CustomEvent('blur'));
    await flushPromises();

    expect(mockPreviewAsk).toHaveBeenCalledTimes(2);
    expect(mockPreviewAsk).toHaveBeenLastCalledWith({
      responseIds: [RESPONSE_A, RESPONSE_B, RESPONSE_LEAD],
      note: 'Met them at the summit'
    });
  });

  it('posts with the note, shows each outcome with refused rows, and closes with the outcomes', async () => {
    mockPreviewAsk.mockResolvedValue(PREVIEW);
    mockAskAccountTeam.mockResolvedValue(OUTCOMES);
    const opened = AskAccountTeamModal.open({
      size: 'medium',
      label: 'Ask account team',
      responseIds: [RESPONSE_A, RESPONSE_B, RESPONSE_LEAD]
    });
    const element = document.body.lastChild as HTMLElement;
    await flushPromises();

    const note = $(element, 'lightning-textarea.note')!;
    note.dispatchEvent(new CustomEvent('change', { detail: {} }));
    note.dispatchEvent(new CustomEvent('change', { detail: { value: 'Keen' } }));
    // before posting nothing is asked yet: only the refused row carries a badge
    expect(
      $$(element, 'li.response').map((row) => row.querySelector('lightning-badge') !== null)
    ).toEqual([false, false, true]);
    button(element, 'post').click();
    await flushPromises();

    expect(mockAskAccountTeam).toHaveBeenCalledWith({
      responseIds: [RESPONSE_A, RESPONSE_B, RESPONSE_LEAD],
      note: 'Keen'
    });
    // the footer changed under the focus: it is put on Close, inside the dialog
    expect(focusedSpy).toHaveBeenCalledWith('close');
    expect($(element, 'li.post')).toBeNull();
    const rows = $$(element, 'li.outcome');
    expect(rows.map((row) => row.dataset.outcome)).toEqual([
      OUTCOME.asked,
      OUTCOME.commented,
      OUTCOME.refused
    ]);
    expect(rows[0]!.querySelector('.name')!.textContent).toBe('Dana · Acme');
    expect(rows[2]!.querySelector('.name')!.textContent).toBe('Fay');
    // a refusal is a warning, every other outcome a success
    expect(
      rows.map((row) => row.querySelector('lightning-badge')!.className.split(' ')[0])
    ).toEqual(['slds-theme_success', 'slds-theme_success', 'slds-theme_warning']);
    expect(
      (rows[2]!.querySelector('lightning-badge') as HTMLElement & { label?: string }).label
    ).toBe('Not asked');
    await expect(element).toBeAccessible();

    button(element, 'close').click();
    await expect(opened).resolves.toEqual(OUTCOMES);
  });

  it('names rows it did not preview by their Id and shows unknown outcomes as they are', async () => {
    const unknownId = '00v000000000009AAA';
    mockPreviewAsk.mockResolvedValue(PREVIEW);
    mockAskAccountTeam.mockResolvedValue([
      { responseId: unknownId, outcome: 'later', message: null },
      { responseId: null, outcome: null, message: null }
    ]);
    const element = render();
    await flushPromises();

    button(element, 'post').click();
    await flushPromises();

    const rows = $$(element, 'li.outcome');
    expect(rows[0]!.querySelector('.name')!.textContent).toBe(unknownId);
    expect(
      (rows[0]!.querySelector('lightning-badge') as HTMLElement & { label?: string }).label
    ).toBe('later');
    expect(rows[1]!.dataset.outcome).toBe('');
    expect(rows[1]!.querySelector('.name')!.textContent).toBe('');
    expect(rows[1]!.querySelector('.message')!.textContent).toBe('');
  });

  it('asks for no response when opened without any', async () => {
    mockPreviewAsk.mockResolvedValue({ posts: [], responses: [] });
    const element = createElement('c-ask-account-team-modal', { is: AskAccountTeamModal });
    document.body.appendChild(element);
    await flushPromises();

    expect(mockPreviewAsk).toHaveBeenCalledWith({ responseIds: [], note: '' });
  });

  it('posts an empty note once the user clears the field', async () => {
    mockPreviewAsk.mockResolvedValue(PREVIEW);
    mockAskAccountTeam.mockResolvedValue(OUTCOMES);
    const element = render();
    await flushPromises();

    const note = $(element, 'lightning-textarea.note')!;
    note.dispatchEvent(new CustomEvent('change', { detail: { value: 'Keen' } }));
    note.dispatchEvent(new CustomEvent('change', { detail: {} }));
    button(element, 'post').click();
    await flushPromises();

    expect(mockAskAccountTeam).toHaveBeenCalledWith({
      responseIds: [RESPONSE_A, RESPONSE_B, RESPONSE_LEAD],
      note: ''
    });
  });

  it('cannot be closed while posting, and can again once the post is done or refused', async () => {
    mockPreviewAsk.mockResolvedValue(PREVIEW);
    let refuse: (reason: unknown) => void = () => undefined;
    mockAskAccountTeam.mockReturnValueOnce(new Promise((_resolve, reject) => (refuse = reject)));
    const element = render() as ModalElement & { disableClose?: boolean };
    await flushPromises();
    expect(element.disableClose).toBe(false);

    button(element, 'post').click();
    await Promise.resolve();
    expect(element.disableClose).toBe(true);
    refuse({ body: { message: 'Chatter is unavailable.' } });
    await flushPromises();
    expect(element.disableClose).toBe(false);

    mockAskAccountTeam.mockResolvedValueOnce(OUTCOMES);
    button(element, 'post').click();
    await flushPromises();
    expect(element.disableClose).toBe(false);
  });

  it('treats a preview without lists as nothing to post', async () => {
    mockPreviewAsk.mockResolvedValue({ posts: null, responses: null });
    const element = render();
    await flushPromises();

    expect($(element, 'p.nothing')).not.toBeNull();
    expect($$(element, 'li.response')).toHaveLength(0);
    expect(button(element, 'post').disabled).toBe(true);
  });

  it('shows a post whose details Apex left empty, and an empty result list', async () => {
    mockPreviewAsk.mockResolvedValue({
      posts: [
        {
          accountId: null,
          accountName: null,
          outcome: null,
          text: null,
          mentioned: null,
          warnings: null,
          responseCount: null
        }
      ],
      responses: []
    });
    mockAskAccountTeam.mockResolvedValue(null);
    const element = render();
    await flushPromises();

    const post = $(element, 'li.post')!;
    expect(post.querySelector('.account-name')!.textContent).toBe('');
    expect(post.querySelector('.mentioned')!.textContent).toBe('Mentioned: ');
    expect(post.querySelector('.post-text')!.textContent).toBe('');
    expect(post.querySelector('.warning')).toBeNull();
    button(element, 'post').click();
    await flushPromises();

    expect($(element, 'ul.outcomes')).not.toBeNull();
    expect($$(element, 'li.outcome')).toHaveLength(0);
  });

  it('says when nothing can be posted and keeps Post disabled', async () => {
    mockPreviewAsk.mockResolvedValue({
      posts: [],
      responses: [PREVIEW.responses![2]!]
    });
    const element = render();
    await flushPromises();

    expect($(element, 'p.nothing')!.textContent).toBe(
      'None of the selected responses can be asked.'
    );
    expect(button(element, 'post').disabled).toBe(true);
    expect($$(element, 'li.response')[0]!.dataset.outcome).toBe(OUTCOME.refused);
    await expect(element).toBeAccessible();
  });

  it('shows a readable error when the preview fails', async () => {
    const failure = { body: { message: 'You lack access to the reference program data.' } };
    mockPreviewAsk.mockRejectedValue(failure);
    const element = render();
    await flushPromises();

    const panel = $(element, 'c-error-panel') as ErrorPanelElement;
    expect(panel.friendlyMessage).toBe('The preview could not be prepared.');
    expect(panel.errors).toEqual(failure);
    expect($(element, 'li.post')).toBeNull();
    expect($(element, 'p.nothing')).toBeNull();
    expect($(element, 'lightning-textarea.note')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows a readable error when posting fails and keeps the preview for another try', async () => {
    const failure = { body: { message: 'Chatter is unavailable.' } };
    mockPreviewAsk.mockResolvedValue(PREVIEW);
    mockAskAccountTeam.mockRejectedValue(failure);
    const element = render();
    await flushPromises();

    button(element, 'post').click();
    await flushPromises();

    expect(focusedSpy).toHaveBeenCalledWith('post');
    const panel = $(element, 'c-error-panel') as ErrorPanelElement;
    expect(panel.friendlyMessage).toBe('The account team could not be asked.');
    expect(panel.errors).toEqual(failure);
    expect($$(element, 'li.post')).toHaveLength(2);
    expect(button(element, 'post').disabled).toBe(false);
    await expect(element).toBeAccessible();
  });

  it('shows a spinner while preparing and posting', async () => {
    let resolvePreview: (value: unknown) => void = () => undefined;
    mockPreviewAsk.mockReturnValue(new Promise((resolve) => (resolvePreview = resolve)));
    const element = render();
    await Promise.resolve();

    const spinner = $(element, 'lightning-spinner') as HTMLElement & { alternativeText?: string };
    expect(spinner.alternativeText).toBe('Preparing the posts');
    // nothing of the preview (no "nothing to post", no note) before it has come
    expect($(element, 'p.nothing')).toBeNull();
    expect($(element, 'lightning-textarea.note')).toBeNull();
    resolvePreview(PREVIEW);
    await flushPromises();
    expect($(element, 'lightning-spinner')).toBeNull();

    let resolvePost: (value: unknown) => void = () => undefined;
    mockAskAccountTeam.mockReturnValue(new Promise((resolve) => (resolvePost = resolve)));
    button(element, 'post').click();
    await Promise.resolve();
    const posting = $(element, 'lightning-spinner') as HTMLElement & { alternativeText?: string };
    expect(posting.alternativeText).toBe('Posting in Chatter');
    expect(button(element, 'cancel').disabled).toBe(true);
    resolvePost(OUTCOMES);
    await flushPromises();
    expect($$(element, 'li.outcome')).toHaveLength(3);
  });

  it('closes with nothing when cancelled', async () => {
    mockPreviewAsk.mockResolvedValue(PREVIEW);
    const opened = AskAccountTeamModal.open({ responseIds: [RESPONSE_A] });
    const element = document.body.lastChild as HTMLElement;
    await flushPromises();

    const header = $(element, 'lightning-modal-header') as HTMLElement & { label?: string };
    expect(header.label).toBe('What will be posted');
    button(element, 'cancel').click();

    await expect(opened).resolves.toBeUndefined();
    expect(mockAskAccountTeam).not.toHaveBeenCalled();
    expect(closeResults).toEqual([undefined]);
  });
});

import { createElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';
import { flushPromises } from 'test/flushPromises';

type ErrorPanelElement = HTMLElement & { friendlyMessage?: string; errors?: unknown };

function render(props: Partial<ErrorPanelElement>): ErrorPanelElement {
  const element = createElement('c-error-panel', { is: ErrorPanel }) as ErrorPanelElement;
  Object.assign(element, props);
  document.body.appendChild(element);
  return element;
}

describe('c-error-panel', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
    jest.clearAllMocks();
  });

  it('shows the default message and no details when there is no error', async () => {
    const element = render({});
    await flushPromises();

    const message = element.shadowRoot!.querySelector('.friendly-message');
    expect(message!.textContent).toBe(
      'Something went wrong. Try again, or pass the details below to your admin.'
    );
    expect(element.shadowRoot!.querySelector('.toggle')).toBeNull();
    expect(element.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows the friendly message and reveals the reduced errors on demand', async () => {
    const element = render({
      friendlyMessage: 'The board could not load.',
      errors: [{ body: { message: 'Insufficient access' } }, new Error('Second')]
    });
    await flushPromises();

    expect(element.shadowRoot!.querySelector('.friendly-message')!.textContent).toBe(
      'The board could not load.'
    );
    const toggle = element.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
    expect(toggle.textContent!.trim()).toBe('Show details');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(element.shadowRoot!.querySelector('.details')).toBeNull();

    toggle.click();
    await flushPromises();

    const items = [...element.shadowRoot!.querySelectorAll('.details li')].map(
      (item) => item.textContent
    );
    expect(items).toEqual(['Insufficient access', 'Second']);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent!.trim()).toBe('Hide details');
    await expect(element).toBeAccessible();

    toggle.click();
    await flushPromises();
    expect(element.shadowRoot!.querySelector('.details')).toBeNull();
  });
});

/** Queries inside a rendered component's shadow root, for component tests. */
export function $(element: HTMLElement, selector: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(element: HTMLElement, selector: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** The text of the first match, whitespace folded, '' when nothing matches. */
export function textOf(element: HTMLElement, selector: string): string {
  return ($(element, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

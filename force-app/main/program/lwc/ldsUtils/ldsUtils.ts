/*
 * The one error path of the UI (lwc-recipes style): whatever a wire, an imperative Apex call, a
 * UI API call or a plain JavaScript error rejects with, reduceErrors turns it into readable lines.
 */

interface MessageHolder {
  message?: unknown;
}

interface ErrorBody {
  message?: unknown;
  pageErrors?: MessageHolder[];
  fieldErrors?: Record<string, MessageHolder[]>;
  output?: {
    errors?: MessageHolder[];
    fieldErrors?: Record<string, MessageHolder[]>;
  };
}

interface ErrorLike {
  body?: ErrorBody | MessageHolder[] | null;
  message?: unknown;
  statusText?: unknown;
}

function messagesOf(holders: readonly MessageHolder[] | undefined): string[] {
  if (!holders) {
    return [];
  }
  return holders
    .map((holder) => holder?.message)
    .filter((message): message is string => typeof message === 'string');
}

function fieldMessagesOf(fieldErrors: Record<string, MessageHolder[]> | undefined): string[] {
  return Object.values(fieldErrors ?? {}).flatMap((holders) => messagesOf(holders));
}

function messagesOfBody(body: ErrorBody): string[] {
  const messages = [
    ...messagesOf(body.pageErrors),
    ...fieldMessagesOf(body.fieldErrors),
    ...messagesOf(body.output?.errors),
    ...fieldMessagesOf(body.output?.fieldErrors)
  ];
  if (messages.length > 0) {
    return messages;
  }
  return typeof body.message === 'string' ? [body.message] : [];
}

function messagesOfOne(error: unknown): string[] {
  if (typeof error === 'string') {
    return [error];
  }
  if (typeof error !== 'object' || error === null) {
    return [];
  }
  const { body, message, statusText } = error as ErrorLike;
  if (Array.isArray(body)) {
    return messagesOf(body);
  }
  // a body of another shape (a string from a proxy) has none of the message fields: nothing read
  if (body) {
    const fromBody = messagesOfBody(body);
    if (fromBody.length > 0) {
      return fromBody;
    }
  }
  if (typeof message === 'string') {
    return [message];
  }
  return typeof statusText === 'string' ? [statusText] : [];
}

/**
 * Reduces one or more errors into a list of readable messages, without blanks or repeats.
 * @param error a single error or an array of errors, of any shape the platform rejects with
 */
export function reduceErrors(error: unknown): string[] {
  const errors: unknown[] = Array.isArray(error) ? error : [error];
  const messages = errors.flatMap((one) => messagesOfOne(one)).map((text) => text.trim());
  return [...new Set(messages.filter((text) => text.length > 0))];
}

/**
 * Fills a custom label's {0}, {1} … placeholders, like Apex String.format; a placeholder without a
 * value stays as written.
 * @param template the label text
 * @param values the values, in placeholder order
 */
export function formatLabel(template: string, ...values: unknown[]): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = values[Number(index)];
    return value === undefined || value === null ? placeholder : String(value);
  });
}

/**
 * formatLabel, or the label's variant without the placeholders when a value is missing (null,
 * undefined or blank), so a user never reads a sentence with a hole in it ("Failed: . …"). The
 * variant keeps the template's numbering: it may still use the values that are there.
 * @param template the label text with every value
 * @param variant the label text for when a value is missing
 * @param values the values, in placeholder order
 */
export function formatLabelOr(template: string, variant: string, ...values: unknown[]): string {
  const missing = values.some(
    (value) => value === undefined || value === null || String(value).trim() === ''
  );
  return formatLabel(missing ? variant : template, ...values);
}

import { isProgram, programLabel } from 'c/referenceProgram';

/*
 * How the account panel and its children word the values of an account story: the server sends
 * nulls and API values; the panel shows text and labels, and passes unknown values through as
 * they are.
 */

/** The value, or '' for a missing one. */
export function text(value: string | null | undefined): string {
  return value ?? '';
}

/** The record page URL of a record, or '' when there is no record. */
export function recordUrl(recordId: string | null | undefined): string {
  return recordId ? `/lightning/r/${recordId}/view` : '';
}

/** The label of a program API value; an unknown value as it is. */
export function programText(value: string | null): string {
  return isProgram(value) ? programLabel(value) : text(value);
}

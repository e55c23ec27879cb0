/*
 * Salesforce-shaped record Ids for the preview's records (server and browser share this file).
 */
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * A Salesforce 18-character Id: key prefix, number, and the case-safe checksum suffix.
 * @param {string} prefix
 * @param {number} n
 * @returns {string}
 */
export function salesforceId(prefix, n) {
  const base = `${prefix}${String(n).padStart(15 - prefix.length, '0')}`;
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const char = base[chunk * 5 + i];
      if (char >= 'A' && char <= 'Z') bits |= 1 << i;
    }
    suffix += CHECKSUM_ALPHABET[bits];
  }
  return base + suffix;
}

/** The campaign the bench generates its responses in (?bench=<n>). */
export const BENCH_CAMPAIGN_ID = salesforceId('701', 900001);

/**
 * An auto-number Name as the platform fills it: autoNumber('NOM-{00000}', 7) is 'NOM-00007'.
 * @param {string} format
 * @param {number} number
 * @returns {string}
 */
export function autoNumber(format, number) {
  return format.replace(/\{(0+)\}/, (whole, zeros) => String(number).padStart(zeros.length, '0'));
}

/*
 * The order in which npm test hands the script tests to node --test, which runs two files at a
 * time: the longest first, so that neither lane is left finishing a long file alone at the end.
 * Ranked by CPU seconds measured per file (Chromium included, the preview already built) on
 * 2026-11-28; a file not listed runs after these, in the order it was found.
 */
export const LONGEST_FIRST = [
  'scripts/preview/__tests__/e2e-nomination.test.mjs', // 118 CPU s
  'scripts/gate/__tests__/planted-defects.test.mjs', // 64
  'scripts/preview/__tests__/e2e.test.mjs', // 41
  'scripts/preview/__tests__/e2e-board.test.mjs', // 39
  'scripts/preview/__tests__/e2e-attribution.test.mjs', // 22
  'scripts/gate/__tests__/apex-test-context.test.mjs' // 18
];

/** `files` (project-relative, with forward slashes), the LONGEST_FIRST ones first, none dropped. */
export function scriptTestOrder(files) {
  const rank = (file) =>
    LONGEST_FIRST.includes(file) ? LONGEST_FIRST.indexOf(file) : LONGEST_FIRST.length;
  return [...files].sort((a, b) => rank(a) - rank(b));
}

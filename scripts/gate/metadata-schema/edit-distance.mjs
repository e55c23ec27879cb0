/*
 * For "did you mean": the close names of a misspelled element, attribute or enum value.
 */

/** Edit distance where swapping two neighbours counts one (lable -> label). */
export function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** Whether `name` is a near miss of `known` (same name in another case, or a small typo). */
export function isNearMiss(name, known) {
  const a = name.toLowerCase();
  const b = known.toLowerCase();
  return a === b || editDistance(a, b) <= Math.max(1, Math.floor(name.length / 4));
}

/*
 * For "did you mean": the close names of a misspelled element, attribute or enum value.
 */

/** Edit distance where swapping two neighbours counts one (lable -> label). */
export function editDistance(a, b) {
  // the first row is j, the first column i; every other cell is computed below
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : i))
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: in the first row or column a[-1] or b[-1] is undefined, so the swap test fails without the guard too
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
  // the same name in another case is at distance 0
  return editDistance(a, b) <= Math.max(1, Math.floor(name.length / 4));
}

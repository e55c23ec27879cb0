/*
 * A test that catches every exception and never reads it counts any failure as the refusal it
 * expects: a validation rule, a null pointer or a missing field then passes a "not allowed" test
 * (PermissionSetAccessTest once did). Flagged: in an @IsTest class, `catch (Exception e)` or
 * `catch (System.Exception e)` whose block never mentions `e`. Catching the expected type, or
 * reading the exception (its type, status code or message) to assert on it, passes.
 */

/** The source with comments and string literals blanked (same length, so offsets and lines hold). */
export function blankCommentsAndStrings(source) {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'/g, (match) =>
    match.replace(/[^\n]/g, ' ')
  );
}

/** Index of the `}` closing the block that opens at `open` (a `{`), or -1. */
function blockEnd(code, open) {
  let depth = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which is no brace
  for (let i = open; i < code.length; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Problems ({ file, line, message }) of one Apex file; none unless it is a test class. */
export function catchAnyProblems({ rel, source }) {
  const code = blankCommentsAndStrings(source);
  if (!/@IsTest\b[^{;]*\bclass\b/i.test(code)) return [];
  const problems = [];
  for (const match of code.matchAll(
    /\bcatch\s*\(\s*(?:System\s*\.\s*)?Exception\s+(\w+)\s*\)\s*\{/gi
  )) {
    const open = match.index + match[0].length - 1;
    const end = blockEnd(code, open);
    // Stryker disable next-line ArithmeticOperator: the character before the brace is ")" or a space, never part of a name
    const body = code.slice(open + 1, end === -1 ? code.length : end);
    if (new RegExp(`\\b${match[1]}\\b`, 'i').test(body)) continue;
    problems.push({
      file: rel,
      line: code.slice(0, match.index).split('\n').length,
      message: `[catch-any-exception] catch (${match[0].match(/\(\s*([^)]*?)\s*\)/)[1]}) never reads ${match[1]}: any failure (a validation rule, a null pointer) then counts as the expected refusal; catch the expected type or assert its type, status code or message`
    });
  }
  return problems;
}

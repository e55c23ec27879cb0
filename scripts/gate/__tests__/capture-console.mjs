/**
 * For tests of a command line's main() called in-process: what it writes to console.error and
 * console.log, collected instead of printed, and process.exitCode put back after the test.
 * @param {import('node:test').TestContext} t
 * @returns {{ errors: string[], logs: string[] }}
 */
export function captureConsole(t) {
  const captured = { errors: [], logs: [] };
  t.mock.method(console, 'error', (line) => captured.errors.push(line));
  t.mock.method(console, 'log', (line) => captured.logs.push(line));
  const exitCode = process.exitCode;
  t.after(() => {
    process.exitCode = exitCode;
  });
  return captured;
}

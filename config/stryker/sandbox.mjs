/**
 * What Stryker leaves out of its sandbox copy of the project, for both configs. Anchored at the
 * project root: a bare 'reports' would also drop force-app/main/attribution/reports (gitignore
 * semantics), and the gate's tests read the project as it is.
 */
export const IGNORED = ['/.cache', '/coverage', '/reports', '/.sf', '/.sfdx', '/test-results'];

export const TEMP_DIR = '.cache/stryker-tmp';

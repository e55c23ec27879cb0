/** Types of labelModules.js (plain CommonJS: Jest loads it before any transform). */
export function labelModuleMapper(): Record<string, string>;
export function labelModulesDir(rootDir: string): string;
export function rewriteLabelSpecifiers(source: string, filePath: string): string;
export function syncLabelModules(
  rootDir: string,
  labels: Map<string, string>,
  source?: string | null
): { written: string[]; removed: string[] };
export function syncedSource(rootDir: string): string | null;

/* sf project convert source: the package as the Metadata API would receive it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSf } from '../../lib/tools.mjs';
import { packageDirectories, rel } from '../../lib/project.mjs';

export const convert = {
  name: 'convert',
  description: 'sf project convert source into a temporary folder',
  run(root) {
    const outputDir = join(mkdtempSync(join(tmpdir(), 'crp-convert-')), 'mdapi');
    try {
      const args = ['project', 'convert', 'source', '--output-dir', outputDir, '--json'];
      for (const dir of packageDirectories(root)) args.push('--source-dir', rel(dir, root));
      const { status, output } = runSf(args, { cwd: root });
      if (status === 0) return { problems: [] };
      let message = output.trim();
      try {
        message = JSON.parse(output.slice(output.indexOf('{'))).message ?? message;
      } catch {
        // not JSON: keep the raw output
      }
      return {
        problems: [{ file: 'force-app', line: 0, message: `sf project convert source: ${message}` }]
      };
    } finally {
      rmSync(join(outputDir, '..'), { recursive: true, force: true });
    }
  }
};

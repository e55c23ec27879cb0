/* npm run build inside the gate: TypeScript -> .js, then the real LWC compiler on every bundle. */
import { build } from '../../build/build.mjs';
import { lwcBundles } from '../../lib/project.mjs';

export const lwcBuild = {
  name: 'lwc-build',
  description: 'TypeScript stripped to .js, every bundle accepted by the LWC compiler',
  run(root) {
    return { problems: build(root), summary: `${lwcBundles(root).length} bundle(s)` };
  }
};

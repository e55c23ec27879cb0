/* The Apex and the preview's backend against the shared rule vectors (config/rule-vectors/). */
import { checkRuleDrift } from '../rule-drift.mjs';

export const ruleDrift = {
  name: 'rule-drift',
  description:
    'config/rule-vectors/: generated Apex tests up to date, constants equal in Apex and the preview',
  async run(root) {
    return { problems: await checkRuleDrift(root) };
  }
};

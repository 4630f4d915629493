/** The scenarios shipped with Ballast (scenarios/ in the package): where they are, and the baseline among them. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** scenarios/ beside src/ and dist/ (this file is src/scenario/ or dist/scenario/). */
export const SHIPPED_SCENARIOS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scenarios');

/** The name of the scenario every other is read against: the 2016 policy carried on. */
export const CONTINUITY = 'continuity';

/** The shipped continuity scenario's file. */
export const CONTINUITY_FILE = join(SHIPPED_SCENARIOS_DIR, `${CONTINUITY}.yaml`);

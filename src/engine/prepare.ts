/**
 * Compiling a scenario for the engine (main thread: it reads the World), cached by the
 * scenario's content and the data folder.
 */
import { coreOf, compileScenario, type CompiledScenario, type ScenarioCore } from '../scenario/compile.js';
import { scenarioHash } from '../scenario/hash.js';
import type { Scenario } from '../scenario/schema.js';
import { preparedOf, type Prepared } from './block.js';

const compiledCache = new Map<string, CompiledScenario>();

export function compiledOf(scenario: Scenario, dataDir: string): CompiledScenario {
  const key = `${dataDir}\u0000${scenarioHash(scenario)}`;
  let c = compiledCache.get(key);
  if (!c) {
    c = compileScenario(scenario, { dataDir });
    if (compiledCache.size > 16) compiledCache.clear();
    compiledCache.set(key, c);
  }
  return c;
}

/** The compiled scenario, its worker-safe core, and this thread's run buffers for it. */
export function prepare(scenario: Scenario, dataDir: string): Prepared & { compiled: CompiledScenario; core: ScenarioCore } {
  const compiled = compiledOf(scenario, dataDir);
  const core = coreOf(compiled);
  return { ...preparedOf(core), compiled, core };
}

/**
 * Compiling a scenario for the engine (main thread: it reads the World), cached by the
 * scenario's content and the data folder.
 */
import { coreOf, compileScenario, type CompiledScenario, type CompileOptions, type ScenarioCore } from '../scenario/compile.js';
import { scenarioHash } from '../scenario/hash.js';
import type { Scenario } from '../scenario/schema.js';
import { preparedOf, type Prepared } from './block.js';

const compiledCache = new Map<string, CompiledScenario>();

/** How the parameters are treated: the mode and, for a posterior other than the shipped one, the posterior itself. */
export type ParameterOptions = Pick<CompileOptions, 'parameters' | 'posterior'>;

export function compiledOf(scenario: Scenario, dataDir: string, o: ParameterOptions = {}): CompiledScenario {
  // A posterior passed in is not cached (a hindcast's own): only the shipped one and fixed values are.
  if (o.posterior !== undefined) return compileScenario(scenario, { dataDir, ...o });
  const key = `${dataDir}\u0000${scenarioHash(scenario)}\u0000${o.parameters ?? 'fixed'}`;
  let c = compiledCache.get(key);
  if (!c) {
    c = compileScenario(scenario, { dataDir, ...o });
    if (compiledCache.size > 16) compiledCache.clear();
    compiledCache.set(key, c);
  }
  return c;
}

/** The compiled scenario, its worker-safe core, and this thread's run buffers for it. */
export function prepare(scenario: Scenario, dataDir: string, o: ParameterOptions = {}): Prepared & { compiled: CompiledScenario; core: ScenarioCore } {
  const compiled = compiledOf(scenario, dataDir, o);
  const core = coreOf(compiled);
  return { ...preparedOf(core), compiled, core };
}

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

/** A number for each posterior passed in (a hindcast's own), so that its compilations are cached like the shipped one's. */
const posteriorIds = new WeakMap<object, number>();
let nextPosteriorId = 0;
const posteriorKey = (o: ParameterOptions): string => {
  if (o.posterior === undefined) return 'shipped';
  let id = posteriorIds.get(o.posterior);
  if (id === undefined) { id = nextPosteriorId++; posteriorIds.set(o.posterior, id); }
  return `posterior ${id}`;
};

export function compiledOf(scenario: Scenario, dataDir: string, o: ParameterOptions = {}): CompiledScenario {
  // A run, its assembly and its representative runs compile the same scenario: once, for fixed values, the shipped posterior or one passed in.
  const key = `${dataDir}\u0000${scenarioHash(scenario)}\u0000${o.parameters ?? 'fixed'}\u0000${posteriorKey(o)}`;
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

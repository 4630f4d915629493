/**
 * The scenarios the server offers (shipped and saved), each validated once per version of its
 * text: listing them, or running one by name, reads the store but never re-validates an
 * unchanged scenario. Scenario text served over HTTP never names a server path, so stored
 * scenarios are validated as request text is: `parameter_file` refused.
 */
import { createHash } from 'node:crypto';
import { validateScenario, type Scenario, type ScenarioResult, type ValidateOptions } from '../scenario/index.js';
import type { Store } from '../store/index.js';
import { BoundedMap } from './bounded-map.js';

/** Runs one ensemble may ask for over HTTP (the CLI has no such limit). */
export const MAX_RUNS = 200_000;

/** How text that arrives over HTTP (or is stored for it) is validated: no file is read, runs are capped. */
export const HTTP_VALIDATION: Pick<ValidateOptions, 'parameterFile' | 'maxRuns'> = { parameterFile: 'refuse', maxRuns: MAX_RUNS };

export interface CatalogEntry {
  readonly name: string;
  readonly shipped: boolean;
  readonly text: string;
  readonly result: ScenarioResult<Scenario>;
}

export class ScenarioCatalog {
  private readonly validated = new BoundedMap<string, ScenarioResult<Scenario>>(512);
  /** Validations run so far (each (name, text) once while it stays in the cache). */
  validations = 0;

  constructor(private readonly store: Store, private readonly dataDir: string) {}

  /** Validates scenario text as the API does, once per (name, text). */
  check(name: string, text: string): ScenarioResult<Scenario> {
    const key = `${name}\u0000${createHash('sha256').update(text).digest('hex')}`;
    let r = this.validated.get(key);
    if (r === undefined) {
      r = validateScenario(text, { file: `${name}.yaml`, dataDir: this.dataDir, ...HTTP_VALIDATION });
      this.validations++;
      this.validated.set(key, r);
    }
    return r;
  }

  async list(): Promise<CatalogEntry[]> {
    return (await this.store.listScenarios()).map((s) => ({ ...s, result: this.check(s.name, s.text) }));
  }

  async get(name: string): Promise<CatalogEntry | null> {
    const s = await this.store.getScenario(name);
    return s ? { ...s, result: this.check(s.name, s.text) } : null;
  }
}

/** The scenario layer's public API: the format, its validation, and the scenario hash. */
export { scenarioSchema, eventSchema, scenarioJsonSchema, EVENT_TYPES, GUARANTEES, RHETORICS, DOCTRINES, RIVALS, TREATIES, type Scenario, type ScenarioEvent, type EventType } from './schema.js';
export { SCENARIO_ERROR_CODES, ScenarioError, formatScenarioIssue, type ScenarioErrorCode, type ScenarioIssue, type ScenarioResult } from './errors.js';
export { validateScenario, readScenarioFile, readScenarioText, loadScenario, type ValidateOptions } from './validate.js';
export type { ParameterFileMode } from './parameter-file.js';
export { SCENARIO_LIMITS } from './limits.js';
export { parseSource, formatPath, type FieldPath, type ParsedSource, type SourcePosition } from './locate.js';
export { scenarioHash, canonicalJson } from './hash.js';
export { monthIndex, monthText } from './month.js';
export { readRegularFile, type FileRead } from './read-file.js';
export { SHIPPED_SCENARIOS_DIR, CONTINUITY, CONTINUITY_FILE } from './shipped.js';

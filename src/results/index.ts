/** The results layer's public API: run, compare, explain; summaries and result files. */
export { runScenario, compareScenarios, explainAlly, type Comparison, type Explanation } from './simulate.js';
export { assembleResult, traceRun, RESULT_SCHEMA, QUANTILES, type EnsembleResult, type AllyResult, type Band } from './assemble.js';
export { formatSummary } from './summary.js';
export { formatComparison, formatExplanation } from './explain-format.js';
export { resultFiles, writeResultFiles, type RunManifest } from './export.js';
export { wilson, meanInterval, histogramQuantile } from './intervals.js';
export { TraceLog } from './trace-log.js';

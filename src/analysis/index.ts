/** The analytics layer's public API: established models of the field, each with its citation. */
export { ANALYSIS_ERROR_CODES, AnalysisError, type AnalysisIssue, type AnalysisErrorCode, type AnalysisResult } from './errors.js';

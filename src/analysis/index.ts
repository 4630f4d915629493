/** The analytics layer's public API: established models of the field, each with its citation. */
export { ANALYSIS_ERROR_CODES, AnalysisError, type AnalysisIssue, type AnalysisErrorCode, type AnalysisResult } from './errors.js';
export { ranks } from './stats/ranks.js';
export { pearson } from './stats/pearson.js';
export { spearman } from './stats/spearman.js';
export { partialSpearman, partialCorrelation } from './stats/partial-spearman.js';
export { kendallTauB } from './stats/kendall-tau-b.js';
export { regularizedIncompleteBeta } from './stats/incomplete-beta.js';
export { tCdf, tTwoTailed, correlationTest, type CorrelationTest } from './stats/student-t.js';
export { sScore, distance, type DistanceMetric } from './similarity/s-score.js';
export { cohenKappa, scottPi } from './similarity/chance-corrected.js';
export { similarity, similarityMeasure, readSimilarityInput, SIMILARITY_MEASURES, type Similarity, type SimilarityInput, type SimilarityMeasure } from './similarity/similarity.js';
export { atopValue, alliancePortfolios, unProfiles, unRange, ATOP_MAX, SIMILARITY_BASES, type SimilarityBasis } from './similarity/profiles.js';
export { stateSimilarity, similarityMatrix, type StateSimilarity, type StateSimilarityOptions, type SimilarityMatrix } from './similarity/state-similarity.js';
export { burdenSharing, checkBurdenAllies, type BurdenAlly, type BurdenSharing, type AllyShare, type RankTest } from './burden/burden-sharing.js';
export { natoBurdenSharing, natoBurdenByYear, natoCompliance, natoAllies, NATO_GUIDELINE_PCT_GDP, type NatoBurden, type Compliance, type BurdenYear } from './burden/nato-burden.js';
export { hasExposedBorder, EXPOSED_BORDERS } from './burden/exposed-borders.js';
export { readBurdenInput } from './burden/burden-input.js';

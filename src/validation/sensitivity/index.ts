/** Sensitivity analysis: Morris screening and Sobol' indices of the model's outcomes over the parameter registry's ranges. */
export { sensitivity, SENSITIVITY_METHODS, SENSITIVITY_DEFAULTS, type SensitivityMethod, type SensitivityOptions, type SensitivityResult, type SensitivityParameter, type MorrisRanked, type SobolRanked } from './sensitivity.js';
export { evaluateModel, OUTCOME_MEANING, type SensitivityOutcome, type ModelEvaluationOptions, type ModelOutputs } from './model-outcome.js';
export { morrisDesign, elementaryEffects, morrisEffects, MORRIS_DEFAULT_LEVELS, type MorrisDesign, type MorrisOptions, type ElementaryEffects } from './morris.js';
export { saltelliDesign, sobolIndices, type SaltelliDesign, type SaltelliOptions, type SobolIndex } from './sobol.js';
export { ishigami, ishigamiIndices, ISHIGAMI_DEFAULTS, ISHIGAMI_RANGE, type IshigamiConstants, type IshigamiIndices } from './ishigami.js';
export { DEFAULT_SENSITIVITY_PARAMETERS, UNFITTED_PARAMETERS, SENSITIVITY_SPACES, sensitivityParameters, toParameterValues, toPosteriorValues, posteriorMarginals, posteriorParameters, type SensitivitySpace } from './parameter-set.js';
export { bootstrapIntervals, quantileSorted, type BootstrapOptions } from './bootstrap.js';

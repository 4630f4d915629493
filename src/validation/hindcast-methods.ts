/** What a hindcast scores (hindcast.ts): the model and its two baselines. A module of its own, so the CLI's report can list them without loading the hindcast. */
export const METHODS = ['model', 'persistence', 'trend'] as const;
export type Method = (typeof METHODS)[number];

/**
 * The random streams of a sensitivity analysis. Every draw comes from Xoshiro128 seeded by
 * (seed, 0, stream); the engine's runs use streams 0–4 (src/engine/streams.ts), so the design
 * and the bootstrap never share numbers with the model's runs for the same seed.
 */
export const DESIGN_STREAM = 16;
export const BOOTSTRAP_STREAM = 17;

/** The one thing the model needs of randomness: uniform draws from a stream the engine seeds. */
export interface Rng {
  /** A uniform float in [0, 1). */
  next(): number;
}

/** The defaults of the local triad dynamics (triad-dynamics.ts): a module of their own, so the CLI's option help shows them without loading the simulation. */
export const TRIAD_DYNAMICS_DEFAULTS = {
  nodes: 50,
  seed: 1,
  /** Each link starts friendly with this probability. */
  initialFriendly: 0.5,
  /** Sweeps discarded before measuring; one sweep is C(N, 3) updates (each triad once on average: our time unit). */
  burnInSweeps: 20,
  /** Sweeps measured: ρ is read at the end of each. */
  sweeps: 200,
} as const;

/**
 * The Ishigami function (Ishigami & Homma 1990), the standard check of variance-based
 * sensitivity methods: strongly non-linear, non-monotonic, and with an interaction (x1 × x3)
 * whose input has no first-order effect at all. Inputs are uniform on [−π, π]³.
 *
 *   f(x) = sin x1 + a sin² x2 + b x3⁴ sin x1
 *
 * Its Sobol indices have closed forms (Sobol' & Levitan 1999; Saltelli et al. 2008).
 */

export interface IshigamiConstants {
  /** Weight of sin² x2 (default 7, Ishigami & Homma 1990). */
  readonly a: number;
  /** Weight of the x3⁴ sin x1 interaction (default 0.1). */
  readonly b: number;
}

export const ISHIGAMI_DEFAULTS: IshigamiConstants = Object.freeze({ a: 7, b: 0.1 });

/** The bounds of each input. */
export const ISHIGAMI_RANGE = Object.freeze({ min: -Math.PI, max: Math.PI });

/** f(x1, x2, x3) = sin x1 + a sin² x2 + b x3⁴ sin x1. */
export function ishigami(x1: number, x2: number, x3: number, { a, b }: IshigamiConstants = ISHIGAMI_DEFAULTS): number {
  const s2 = Math.sin(x2);
  return Math.sin(x1) * (1 + b * x3 ** 4) + a * s2 * s2;
}

export interface IshigamiIndices {
  /** Output variance V(Y). */
  readonly variance: number;
  /** First-order indices S1, S2, S3. */
  readonly first: readonly [number, number, number];
  /** Total indices ST1, ST2, ST3. */
  readonly total: readonly [number, number, number];
}

/**
 * The analytic indices. With V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V3 = 0 and the only interaction
 * V13 = b²π⁸(1/18 − 1/50), V = V1 + V2 + V13:
 * S = (V1, V2, 0)/V, ST = (V1 + V13, V2, V13)/V. For a = 7, b = 0.1: S = 0.314, 0.442, 0;
 * ST = 0.558, 0.442, 0.244.
 */
export function ishigamiIndices({ a, b }: IshigamiConstants = ISHIGAMI_DEFAULTS): IshigamiIndices {
  const pi4 = Math.PI ** 4, pi8 = pi4 * pi4;
  const v1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
  const v2 = (a * a) / 8;
  const v13 = b * b * pi8 * (1 / 18 - 1 / 50);
  const v = v1 + v2 + v13;
  return { variance: v, first: [v1 / v, v2 / v, 0], total: [(v1 + v13) / v, v2 / v, v13 / v] };
}

/**
 * Every rule and threshold that turns a year's data into alliance ties, hostility and
 * propensity (relations.ts applies them; docs/analysis/structure.md restates them). A module of
 * its own, light enough for the CLI's option help to quote without loading the data layer.
 */
import { TIE_BITS } from '../../data/tie-bits.js';

export const RELATION_RULES = {
  /**
   * An alliance tie: an ATOP defence obligation (TIE_BITS.defense) in either direction (Leeds et
   * al. 2002). Non-aggression is left out by default: in 2016 ATOP codes a non-aggression
   * obligation for 953 of the 1,378 roster pairs (Russia and China included), which would make
   * the graph nearly complete and say nothing about alignment.
   */
  allianceTies: TIE_BITS.defense,
  /**
   * Rivalry (docs/DESIGN.md §2 Concepts, "rival"): a rival (Russia, China, Iran, North Korea: roles.rival) paired with an
   * ally or with the patron. Rivals are not rivals of each other, nor of gray-zone or partner
   * states: the data hold no dispute measure for those pairs (assumption; a limitation).
   */
  rivalry: 'roles.rival × (roles.ally ∪ roles.patron)',
  /**
   * UN anchor: ideal-point distances (Bailey, Strezhnev & Voeten 2017) are read against the
   * distance between the USA and Russia in the same year, so the threshold moves with the
   * scale of the estimates instead of being a bare number (2016: 2.32).
   */
  unAnchor: ['USA', 'RUS'] as const,
  /** Signed network: a pair at least as far apart at the UN as the anchor pair is hostile. */
  unHostileAtAnchorMultiple: 1,
  /**
   * Landscape propensity p_ij = alliance·A_ij + un·U_ij − rivalry·R_ij, with A, R ∈ {0, 1} and
   * U_ij = clamp(1 − 2 d_ij / d_anchor, −1, 1): +1 for identical UN ideal points, 0 at half the
   * USA–Russia distance, −1 at that distance or more; 0 where an ideal point is missing
   * (Taiwan, Kosovo). Equal weights (assumption: no source ranks the three; docs show what
   * changes when one is varied). Each term lies in [−1, 1], as Axelrod & Bennett's ±1 factors do.
   */
  propensityWeights: { alliance: 1, un: 1, rivalry: 1 },
} as const;

/**
 * A short plain-English label for each parameter of the registry (issue 13, item 4): what the
 * dashboard, the briefing, the CLI's tables and docs/MODEL.md show people, while the code name
 * stays in tooltips, <code> and the exports (CSV and JSON keep `name`). The registry
 * (parameters.ts) merges each label into its spec; the type makes the compiler demand exactly one
 * label per parameter. A module of its own, importing only a type, so the dashboard can import it
 * without the registry's calibrated defaults (calibrated-defaults.ts, ~35 kB).
 * Sentence case, at most 48 characters, unique, no code names (test/model/equations.test.ts).
 */
import type { ParameterName } from './parameters.js';

export const PARAMETER_LABELS: { readonly [K in ParameterName]: string } = {
  // Credibility
  cred_prior_strength: 'Strength of the baseline credibility belief',
  cred_forgetting: 'Share of past evidence kept each month',
  cred_base: 'Baseline credibility with no ballast',
  cred_baseline_floor: 'Lowest baseline credibility',
  cred_baseline_ceiling: 'Highest baseline credibility',
  cred_ballast_gain: 'Credibility gained from full ballast',
  // Patron signals
  signal_talk_weight: 'Weight of a month of rhetoric',
  rhetoric_supportive: 'Honouring implied by supportive rhetoric',
  rhetoric_neutral: 'Honouring implied by neutral rhetoric',
  rhetoric_ambivalent: 'Honouring implied by ambivalent rhetoric',
  rhetoric_hostile: 'Honouring implied by hostile rhetoric',
  signal_costly_weight: 'Weight of a deployment or withdrawal',
  signal_troops_ref: "Troops for a deployment's full weight",
  signal_spill: 'Spill-over of a costly signal to other allies',
  signal_conditional_weight: 'Monthly doubt from a conditional guarantee',
  signal_transactional_weight: 'Monthly doubt from a transactional guarantee',
  signal_withdrawn_weight: 'Monthly doubt from a withdrawn guarantee',
  signal_treaty_exit_weight: 'Doubt a treaty exit sows in co-signatories',
  signal_jcpoa_eu_share: "Iran-deal exit's reach to other EU members",
  signal_reassurance_weight: 'Weight of a reassurance declaration',
  relevance_distance_km: 'Distance at which relevance fades (km)',
  distance_unknown_km: 'Distance assumed where data are missing (km)',
  cross_theatre_weight: 'Knock-on between theatres (Europe ↔ Asia)',
  relevance_shared_treaty: 'Added relevance of a treaty partner',
  // Rival probes
  probe_base_rate: 'Base rate of rival probes (per month)',
  probe_ally_factor: 'Probe-rate multiplier for treaty allies',
  revisionism_rus: "Russia's revisionism",
  revisionism_chn: "China's revisionism",
  revisionism_prk: "North Korea's revisionism",
  revisionism_irn: "Iran's revisionism",
  probe_resolve_sensitivity: 'How doubt about U.S. resolve invites probes',
  probe_crisis_multiplier: 'Probe-rate multiplier in a crisis',
  probe_accession_multiplier: 'Probe-rate multiplier after an accession',
  response_firm: 'Chance of answering probes: firm doctrine',
  response_measured: 'Chance of answering probes: measured doctrine',
  response_passive: 'Chance of answering probes: passive doctrine',
  signal_probe_weight: "Weight of a probe's outcome for allies",
  resolve_prior_strength: "Strength of rivals' belief in U.S. resolve",
  resolve_update_weight: "Weight of a probe's outcome for rivals",
  resolve_watch_weight: 'Share of U.S. signals rivals read too',
  probe_hostility_step: 'Hostility added by each probe',
  // Threat
  threat_power_exponent: 'Diminishing returns of power in threat',
  threat_distance_km: 'Distance at which threat fades (km)',
  threat_maritime_reach_chn: "China's maritime reach (distance divisor)",
  threat_offence_weight: 'Weight of offensive power in threat',
  threat_hostility_weight: 'Weight of hostility in threat',
  threat_hostility_scale: 'UN-vote distance counting as full hostility',
  // Stance choice
  review_rate: 'Monthly chance an ally reviews its stance',
  review_shock_multiplier: 'Review-rate multiplier after a shock',
  shock_months: 'Months of heightened reviews after a shock',
  review_trigger_relevance: 'Probe relevance that triggers a review',
  util_credibility: 'Weight of credibility in staying aligned',
  util_credibility_reference: 'Credibility at which alignment is neutral',
  util_threat_balancing: 'Balancing against threat with a credible ally',
  util_affinity: 'Weight of affinity to the rival',
  util_accommodation: 'Pull toward accommodating the rival',
  foothold_exposure: 'Exposure from an unanswered gray-zone probe',
  exposure_distance_km: 'Distance at which exposure fades (km)',
  util_peer: "Weight of peers' stances (contagion)",
  util_bilateral: 'Appeal of a bilateral deal (Europe)',
  util_cover: 'Appeal of European cover against threat',
  util_networking: 'Appeal of regional networking (Asia-Pacific)',
  const_accommodation: 'Base propensity to accommodate the rival',
  const_bilateral: 'Base propensity for a bilateral deal',
  const_cover: 'Base propensity for European cover',
  const_networking: 'Base propensity for regional networking',
  switch_cost: 'Fixed cost of changing stance',
  switch_cost_ballast: 'Stance-change cost per unit of ballast',
  peer_distance_km: "Distance at which peers' pull fades (km)",
  // Ballast
  ballast_troops_ref: 'U.S. troops for full troop ballast',
  ballast_w_troops: 'Weight of U.S. troops in ballast',
  ballast_w_command: 'Weight of integrated command in ballast',
  ballast_w_nuclear: 'Weight of hosted U.S. nuclear arms in ballast',
  ballast_w_bases: 'Weight of U.S. bases in ballast',
  ballast_w_efp: 'Weight of a NATO battlegroup in ballast',
  ballast_w_values: 'Weight of shared values in ballast',
  ballast_values_ref: 'Democracy score for full values ballast',
  ballast_bases_ref: 'U.S. bases for full bases ballast',
  // European cover
  cover_protection: 'Protection a Franco-British guarantee gives',
  cover_acceptance: 'Public acceptance of European nuclear cover',
  // Nuclear ladder
  nuclear_explore_rate: 'Base rate of starting nuclear exploration',
  nuclear_regime_effect: 'Effect of democracy on nuclear exploration',
  nuclear_regime_reference: 'Reference democracy level for proliferation',
  nuclear_pursue_rate: 'Rate from exploration to a weapons programme',
  nuclear_acquire_rate: 'Rate from a programme to nuclear weapons',
  nuclear_reverse_rate: 'Rate of stepping back from the bomb',
  nuclear_willingness_gain: 'Willingness from unanswered nuclear threat',
  nuclear_willingness_threshold: 'Nuclear threat needed before willingness',
  nuclear_latent_opportunity: 'Nuclear opportunity with fuel-cycle plants',
  nuclear_other_opportunity: 'Nuclear opportunity without fuel-cycle plants',
  nuclear_npt_restraint: 'Restraint from the Non-Proliferation Treaty',
  nuclear_commitment_restraint: 'Restraint from a binding non-nuclear pledge',
  nuclear_capacity_gdp_ref: 'GDP for full capacity to build the bomb',
  nuclear_hazard_cap: 'Cap on the monthly chance of a nuclear step',
  // Defence effort
  effort_adjustment: 'Speed of spending adjustment per year',
  effort_intercept: 'Base spending target (% of GDP)',
  effort_threat: 'Spending response to threat',
  effort_credibility_gap: 'Spending response to uncovered threat',
  effort_peers: "Spending response to other allies' spending",
  effort_pressure: 'Spending rise under U.S. pressure',
  effort_noise: 'Year-to-year spending noise',
  // Cohesion and outcomes
  cohesion_bilateral: 'Cohesion counted for a bilateral pact',
  cohesion_cover: 'Cohesion counted for European cover',
  cohesion_networking: 'Cohesion counted for regional networking',
  outcome_holds: 'Cohesion at which the alliance holds',
  outcome_strained: 'Cohesion at which the alliance is strained',
  outcome_fragmenting: 'Cohesion at which the alliance fragments',
};

/** A parameter's label by its code name; a name the registry does not know is shown as it is. */
export function parameterLabel(name: string): string {
  return Object.prototype.hasOwnProperty.call(PARAMETER_LABELS, name) ? PARAMETER_LABELS[name as ParameterName] : name;
}

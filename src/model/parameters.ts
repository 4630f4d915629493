/**
 * The parameter registry: every number the model uses, with its default, plausible range,
 * unit, and source or the word "assumption" with a reason. Scenario files override values by
 * name; docs/MODEL.md, the CLI and the dashboard read this table, none keeps a copy.
 * Citation keys are resolved in docs/MODEL.md, References.
 */

export interface ParameterSpec {
  readonly name: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly unit: string;
  /** Citation key(s) and page, "fit: …" for a value estimated from the data, or "assumption: why". */
  readonly source: string;
  readonly meaning: string;
}

const p = <N extends string>(name: N, def: number, min: number, max: number, unit: string, source: string, meaning: string): ParameterSpec & { readonly name: N } =>
  ({ name, default: def, min, max, unit, source, meaning });

export const PARAMETERS = [
  // --- Credibility (Beta belief; docs/MODEL.md §6.4) ---
  p('cred_prior_strength', 20, 5, 60, 'pseudo-observations', 'assumption: a belief worth about two years of monthly signals; Beta prior strength', 'alpha + beta of the structural baseline toward which beliefs are pulled'),
  p('cred_forgetting', 0.97, 0.9, 0.995, 'per month', 'assumption: half-life of evidence about 2 years (0.97^23 = 0.5); cf. Weisiger & Yarhi-Milo 2015 on the persistence of reputations', 'share of past evidence kept each month (delta)'),
  p('cred_base', 0.5, 0.22, 0.745, 'probability', 'BerkemeierFuhrmann2018: allies honoured 50% of commitments overall (22% after 1945); LeedsLongMitchell2000: 74.5%', 'baseline credibility of a patron with no ballast'),
  p('cred_baseline_floor', 0.01, 0, 0.2, 'probability', 'assumption: no ally is certain it would be abandoned', 'lowest baseline credibility'),
  p('cred_baseline_ceiling', 0.99, 0.8, 1, 'probability', 'assumption: no ally is certain it would be defended', 'highest baseline credibility'),
  p('cred_ballast_gain', 0.3, 0.1, 0.45, 'probability per unit ballast', 'assumption, checked against Pew 2015: 68% median across NATO publics (DEU 68, ITA 68, ESP 70, CAN 72)', 'rise of baseline credibility from no ballast to full ballast'),
  // --- Patron signals (docs/MODEL.md §6.2) ---
  p('signal_talk_weight', 0.05, 0, 0.3, 'pseudo-observations per month', 'Fearon1997: cheap talk carries little information; Pew 2017: confidence in the president fell 64% to 22% while belief in defence moved little', 'weight of a month of rhetoric'),
  p('rhetoric_supportive', 0.9, 0.5, 1, 'probability', 'assumption: what supportive rhetoric says about honouring', 'honoured-value of supportive rhetoric'),
  p('rhetoric_neutral', 0.65, 0.3, 0.9, 'probability', 'assumption', 'honoured-value of neutral rhetoric'),
  p('rhetoric_ambivalent', 0.4, 0.1, 0.7, 'probability', 'assumption', 'honoured-value of ambivalent rhetoric'),
  p('rhetoric_hostile', 0.15, 0, 0.4, 'probability', 'assumption', 'honoured-value of hostile rhetoric'),
  p('signal_costly_weight', 4, 1, 10, 'pseudo-observations', 'Fearon1997 (sunk costs, tying hands); assumption for the scale: a deployment counts as four months of clear evidence', 'weight of a deployment, withdrawal or exercise for the ally it touches'),
  p('signal_troops_ref', 1000, 100, 10000, 'troops', 'assumption: a battalion-to-brigade presence is the costly signal of EFP (about 1,000 per battlegroup)', 'troops at which a deployment carries its full weight'),
  p('signal_spill', 0.3, 0, 1, 'share', 'assumption: interdependence of commitments (Schelling 1966; Weisiger & Yarhi-Milo 2015) spreads part of a signal to other allies by relevance', 'share of a costly signal reaching other allies, times relevance'),
  p('signal_conditional_weight', 0.4, 0.05, 1.5, 'pseudo-observations per month', 'assumption: the essay argues a guarantee conditional on paying (the 2% threshold) erodes the belief of allies under the threshold', 'monthly negative evidence for allies under the spending threshold under a conditional guarantee'),
  p('signal_transactional_weight', 0.25, 0, 1, 'pseudo-observations per month', 'assumption', 'monthly negative evidence for every ally under a transactional guarantee'),
  p('signal_withdrawn_weight', 2, 0.5, 5, 'pseudo-observations per month', 'assumption', 'monthly negative evidence for every ally when the guarantee is withdrawn'),
  p('signal_treaty_exit_weight', 3, 0.5, 8, 'pseudo-observations', 'assumption: the essay: withdrawal from the JCPOA would be read first by its European co-signatories', 'negative evidence for the co-signatories of a treaty the patron leaves (others get signal_spill of it)'),
  p('signal_jcpoa_eu_share', 0.5, 0, 1, 'share', 'Heisbourg2016: a U.S. exit from the JCPOA would be read first by its European co-signatories (France, the UK, Germany) and by the EU, which negotiated it; the half share for the other EU members is an assumption', 'share of the JCPOA exit signal reaching EU members other than the E3'),
  p('signal_reassurance_weight', 3, 0.5, 8, 'pseudo-observations', 'assumption: a summit declaration with institutional content (e.g. the 2023 Washington Declaration)', 'positive evidence for the allies a reassurance event names'),
  p('relevance_distance_km', 2000, 500, 6000, 'km', 'assumption: a loss-of-strength gradient (Boulding 1962) on capital distance', 'distance at which relevance falls by 1/e'),
  p('distance_unknown_km', 20000, 5000, 20037, 'km', 'assumption: a pair of states whose capital distance is missing counts as half the earth\'s circumference apart (20,037 km at most), so it neither threatens nor is relevant', 'distance used where the data have none'),
  p('cross_theatre_weight', 0.1, 0, 0.5, 'relevance', 'Henry2022: the United States\' Asian allies watched its conduct toward its other allies (1949-1969); the preprint "Is Alliance Credibility Interdependent?" (OSF, doi:10.31219/osf.io/p59ju): expert-rated credibility of U.S. alliances is strongly correlated within regions and little between them; the value, about a quarter of the relevance of an ally 2,000 km away in the same theatre, is an assumption inside that evidence', 'relevance of the patron\'s conduct in one theatre to an ally in another (the knock-on from Europe to Asia), whatever the distance'),
  p('relevance_shared_treaty', 0.5, 0, 1, 'share', 'assumption', 'added relevance when the target is an ally in the same treaty'),
  // --- Rival probes (docs/MODEL.md §6.3) ---
  p('probe_base_rate', 0.004, 0.0005, 0.02, 'per target per month', 'assumption, order of magnitude of Russian gray-zone actions in Europe 2008-2016 (Georgia 2008, Crimea and Donbas 2014, Montenegro coup plot 2016: about 4 in 9 years over 9 targets)', 'hazard of a probe against a gray-zone state by a rival of revisionism 1 facing a resolute patron'),
  p('probe_ally_factor', 0.1, 0, 0.5, 'share', 'assumption: probes against treaty allies are rarer than against gray zones (Article 5 deterrence)', 'hazard multiplier for targets that are allies'),
  p('revisionism_rus', 1, 0, 2, 'index', 'assumption: the essay singles out Russian subversion in the Balkans, Moldova and Belarus', 'revisionism of Russia'),
  p('revisionism_chn', 0.6, 0, 2, 'index', 'assumption: pressure in the South China Sea and on Taiwan, below Russia\'s use of force', 'revisionism of China'),
  p('revisionism_prk', 0.5, 0, 2, 'index', 'assumption', 'revisionism of North Korea'),
  p('revisionism_irn', 0.4, 0, 2, 'index', 'assumption: Iran is a threat source; it has no gray-zone targets in the roster', 'revisionism of Iran'),
  p('probe_resolve_sensitivity', 2.5, 0, 5, 'log-hazard per unit', 'assumption: deterrence theory (Huth 1988): low perceived resolve invites challenges', 'rise of log-hazard as the rival\'s perceived resolve falls from 1 to 0'),
  p('probe_crisis_multiplier', 4, 1, 10, 'ratio', 'assumption: a crisis event (Transnistria, Belarus) makes probes there several times likelier', 'hazard multiplier at a target in crisis'),
  p('probe_accession_multiplier', 2, 1, 5, 'ratio', 'assumption: accessions provoke (the 2016 Montenegro coup plot preceded accession)', 'hazard multiplier in the theatre for shock_months after an accession'),
  p('response_firm', 0.85, 0.5, 1, 'probability', 'assumption', 'probability that the patron honours a commitment test under a firm doctrine'),
  p('response_measured', 0.55, 0.2, 0.9, 'probability', 'assumption', 'probability of honouring under a measured doctrine'),
  p('response_passive', 0.2, 0, 0.5, 'probability', 'assumption', 'probability of honouring under a passive doctrine'),
  p('signal_probe_weight', 4, 1, 10, 'pseudo-observations', 'assumption: a commitment test is as informative as a deployment', 'weight of a probe\'s outcome for an ally of relevance 1'),
  p('resolve_prior_strength', 10, 2, 40, 'pseudo-observations', 'assumption', 'strength of a rival\'s belief about the patron\'s resolve in a theatre'),
  p('resolve_update_weight', 2, 0.5, 6, 'pseudo-observations', 'assumption', 'weight of a probe\'s outcome in the rival\'s belief about resolve'),
  p('resolve_watch_weight', 0.5, 0, 1, 'share', 'WeisigerYarhiMilo2015: adversaries read a state\'s past conduct when judging its resolve; Press2005: they look at present power and interests instead; the midpoint between the two readings is an assumption', 'share of the evidence the patron\'s conduct gives its allies in a theatre (troop moves, guarantee terms, rhetoric, treaty exits) that the rivals there read too'),
  p('probe_hostility_step', 0.15, 0, 0.5, 'index', 'assumption: a probe raises the threat allies perceive from its author', 'rise of hostility per probe, decaying at cred_forgetting'),
  // --- Threat (Walt 1987; docs/MODEL.md §6.5) ---
  p('threat_power_exponent', 0.5, 0.2, 1, 'exponent', 'assumption: diminishing returns of aggregate power (Walt 1987, ch. 2)', 'a in power^a'),
  p('threat_distance_km', 1500, 300, 5000, 'km', 'Boulding1962 loss-of-strength gradient; assumption for the scale', 'd0 in exp(-d/d0)'),
  p('threat_offence_weight', 0.5, 0, 2, 'ratio', 'Walt1987 (offensive power); assumption: nuclear-armed rivals count as offensive', 'b in (1 + b offence)'),
  p('threat_hostility_weight', 1, 0, 3, 'ratio', 'Walt1987 (aggressive intentions), measured by UN ideal-point distance (BaileyStrezhnevVoeten2017)', 'c in (1 + c hostility)'),
  p('threat_hostility_scale', 2, 0.5, 4, 'ideal-point units', 'assumption: the ideal-point distance (about 2 between Russia and a Western ally in 2016) that counts as hostility 1', 'ideal-point distance mapped to hostility 1'),
  // --- Stance choice (McFadden multinomial logit; Granovetter 1978; docs/MODEL.md §6.6) ---
  p('review_rate', 0.0833, 0.02, 0.34, 'per month', 'assumption: governments review alignment about once a year', 'monthly probability that an ally reviews its stance'),
  p('review_shock_multiplier', 3, 1, 6, 'ratio', 'assumption: shocks and elections prompt reviews', 'review-rate multiplier for shock_months after a shock touching the ally'),
  p('shock_months', 6, 1, 24, 'months', 'assumption: a government reconsiders its alignment over the half year after a shock (a budget cycle, a summit)', 'months of heightened stance reviews after a shock touching the ally (a whole number)'),
  p('review_trigger_relevance', 0.3, 0, 1, 'relevance', 'assumption: a probe close enough to matter (relevance above 0.3: the same theatre within about 2,400 km) prompts a review', 'relevance of a probe above which an ally reviews its stance'),
  p('util_credibility', 12, 2, 24, 'utility per unit credibility', 'assumption: the essay: allies stay aligned while the guarantee is believed', 'weight of credibility in the aligned utility'),
  p('util_credibility_reference', 0.5, 0.2, 0.8, 'probability', 'assumption: the credibility at which the aligned utility is zero (the base rate of honoured alliances, BerkemeierFuhrmann2018)', 'C_ref in θc·(C − C_ref)'),
  p('util_threat_balancing', 1.5, 0, 4, 'utility per unit threat x credibility', 'Walt1987: states balance against threat when an ally is credible', 'weight of threat x credibility in the aligned utility'),
  p('util_affinity', 4, 0, 10, 'utility per unit affinity', 'assumption; affinity from UN agreement with the rival minus with the USA (BaileyStrezhnevVoeten2017)', 'weight of affinity to the rival in the hedging utility'),
  p('util_bandwagon', 1.5, 0, 4, 'utility per unit threat x (1 - credibility)', 'Walt1987: weak states without a credible ally bandwagon', 'weight of unanswered threat in the hedging utility'),
  p('util_peer', 4, 0, 10, 'utility per unit peer share', 'Granovetter1978, Watts2002: threshold contagion ("house of cards" in the essay)', 'weight of the relevance-weighted share of peers in the same stance'),
  p('util_bilateral', 3, 0, 8, 'utility', 'assumption: the essay: a shift from NATO to bespoke bilateral pacts under a transactional patron', 'appeal of a bespoke bilateral deal when the guarantee is conditional or transactional'),
  p('util_regional', 2.5, 0, 8, 'utility per unit threat x (1 - credibility)', 'assumption: the essay: a Franco-British nuclear guarantee, European or Asian minilateral cover', 'appeal of regional cover against unanswered threat'),
  p('const_hedging', -2.5, -8, 2, 'utility', 'assumption: set so that hedging is rare among allies in 2016 (Turkey and the Philippines the likeliest)', 'intercept of hedging'),
  p('const_bilateral', -3, -8, 2, 'utility', 'assumption', 'intercept of a bilateral deal'),
  p('const_regional', -3, -8, 2, 'utility', 'assumption', 'intercept of regional cover'),
  p('switch_cost', 1, 0, 4, 'utility', 'assumption: leaving a stance costs something by itself', 'fixed cost of changing stance'),
  p('switch_cost_ballast', 3, 0, 8, 'utility per unit ballast', 'Heisbourg2016: built-in inertia (troops, integrated command) makes alliances resilient; the scale is an assumption', 'cost of changing stance per unit of ballast'),
  p('peer_distance_km', 1500, 300, 5000, 'km', 'assumption', 'distance at which a peer\'s weight falls by 1/e'),
  // --- Ballast (docs/MODEL.md §6.4) ---
  p('ballast_troops_ref', 50000, 5000, 100000, 'troops', 'assumption: Japan and Germany (about 40,000-50,000 U.S. troops) at full troop ballast', 'U.S. troops giving the troop component 1 (log scale)'),
  p('ballast_w_troops', 0.4, 0, 1, 'weight', 'assumption; weights sum to 1', 'weight of U.S. troops in ballast'),
  p('ballast_w_command', 0.2, 0, 1, 'weight', 'assumption', 'weight of NATO integrated command (or a combined command: CFC in Korea)'),
  p('ballast_w_nuclear', 0.15, 0, 1, 'weight', 'assumption', 'weight of hosting U.S. nuclear weapons'),
  p('ballast_w_bases', 0.1, 0, 1, 'weight', 'assumption', 'weight of U.S. bases (Vine)'),
  p('ballast_w_efp', 0.15, 0, 1, 'weight', 'assumption', 'weight of hosting an EFP battlegroup'),
  p('ballast_bases_ref', 5, 1, 20, 'bases', 'assumption: five or more U.S. bases (Vine 2015) give the bases component its full weight', 'U.S. bases at which the bases component of ballast is 1'),
  // --- Nuclear ladder (Debs & Monteiro 2017; Bleek 2017) ---
  p('nuclear_explore_rate', 0.0004, 0, 0.005, 'per month', 'Bleek2017: 31 states explored in 1945-2015 (about 0.002 per state-year); assumption: twice that for a willing and able state before the willingness multiplier', 'monthly hazard of starting to explore at full willingness and opportunity'),
  p('nuclear_pursue_rate', 0.009, 0, 0.05, 'per month', 'Bleek2017: 17 of 31 explorers pursued; assumption: over about five years', 'monthly hazard of exploring -> programme'),
  p('nuclear_acquire_rate', 0.006, 0, 0.05, 'per month', 'Bleek2017: 10 of 17 programmes acquired weapons, typically after 5-10 years', 'monthly hazard of programme -> armed'),
  p('nuclear_reverse_rate', 0.02, 0, 0.1, 'per month', 'assumption: restored credibility reverses exploration (South Korea 1975, Taiwan 1988 under U.S. pressure)', 'monthly hazard of stepping back, times credibility'),
  p('nuclear_willingness_gain', 5, 0, 30, 'ratio', 'DebsMonteiro2017: willingness rises with a security threat that allies do not answer', 'multiplier of (nuclear threat x (1 - credibility)) above the threshold'),
  p('nuclear_willingness_threshold', 0.5, 0, 2, 'threat units', 'assumption', 'unanswered nuclear threat below which there is no willingness'),
  p('nuclear_latent_opportunity', 1, 0, 1, 'ratio', 'FuhrmannTkach2015: latent states (enrichment or reprocessing) can move fast', 'opportunity of a latent state'),
  p('nuclear_other_opportunity', 0.3, 0, 1, 'ratio', 'assumption: states without fuel-cycle plants need years more', 'opportunity of a non-latent state'),
  p('nuclear_npt_restraint', 0.5, 0, 1, 'ratio', 'assumption: NPT membership and safeguards slow a programme', 'hazard multiplier for an NPT party'),
  p('nuclear_hazard_cap', 0.5, 0.05, 1, 'per month', 'assumption: even a willing and able state takes more than a month to move a rung (Bleek 2017: years between rungs)', 'the most a monthly hazard of moving up the ladder can be'),
  // --- Defence effort (partial adjustment; docs/MODEL.md §6.8) ---
  p('effort_adjustment', 0.0411, 0.01, 0.8, 'per year', 'fit: OLS on the SIPRI panel of allies 1991-2016 (docs/MODEL.md, Calibration); 0.044 when fitted on 1991-2011', 'kappa: share of the gap to the target closed each budget year'),
  p('effort_intercept', 2.4736, -2, 4, '% of GDP', 'fit: OLS on 1991-2016', 'a in the target'),
  p('effort_threat', 0.0859, -2, 3, '% of GDP per threat unit', 'fit: OLS on 1991-2016 (not distinguishable from 0: t = 0.6)', 'b: target response to threat'),
  p('effort_credibility_gap', -0.8451, -3, 3, '% of GDP per unit', 'fit: OLS on 1991-2016, with the ballast baseline as the measure of credibility (not distinguishable from 0)', 'c: target response to 1 - credibility'),
  p('effort_peers', -0.8256, -1, 1.5, 'ratio', 'fit: OLS on 1991-2016: negative, as free riding predicts (Olson & Zeckhauser 1966)', 'd: target response to the mean of other allies'),
  p('effort_pressure', 0.3, 0, 1.5, '% of GDP', 'assumption: not identifiable before 2017; the 2014 Wales pledge and later U.S. pressure', 'e: target rise for allies under the threshold under a conditional guarantee'),
  p('effort_noise', 0.1258, 0, 0.5, '% of GDP (s.d.)', 'fit: residual s.d. of the OLS on 1991-2016', 'annual shock to spending'),
  // --- Outcomes (docs/MODEL.md §6.9) ---
  p('outcome_holds', 0.85, 0.5, 1, 'cohesion', 'assumption: the system holds while 85% of allied capability stays aligned', 'cohesion at or above which the system holds'),
  p('outcome_strained', 0.7, 0.3, 0.95, 'cohesion', 'assumption', 'cohesion at or above which it is strained (below holds)'),
  p('outcome_fragmenting', 0.5, 0.1, 0.9, 'cohesion', 'assumption', 'cohesion at or above which it is fragmenting; below, unravelled'),
] as const;

export type ParameterName = (typeof PARAMETERS)[number]['name'];

/** Index of each parameter in a Float64Array of values: P.cred_forgetting etc. */
export const P = Object.fromEntries(PARAMETERS.map((s, i) => [s.name, i])) as { readonly [K in ParameterName]: number };

export const PARAMETER_BY_NAME: ReadonlyMap<string, ParameterSpec> = new Map(PARAMETERS.map((s) => [s.name, s]));

/** The defaults with overrides applied, as the flat array the model reads. Overrides must be validated first. */
export function parameterValues(overrides: Readonly<Record<string, number>> = {}): Float64Array {
  const v = new Float64Array(PARAMETERS.length);
  PARAMETERS.forEach((s, i) => { v[i] = overrides[s.name] ?? s.default; });
  return v;
}

/**
 * The scenario's assumptions in plain words (issue 13, items 4 and 6): each event as a sentence a
 * reader of a briefing understands, with states by name. Code names stay in exports and tooltips.
 */
import type { Scenario, ScenarioEvent } from '../scenario/schema.js';
import { policyTimeline } from '../scenario/policy.js';
import { RIVAL_NAMES } from '../vocabulary.js';

/** "Jan 2017". */
export function monthInWords(month: string): string {
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "Poland, Estonia and Latvia". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * A state's name as it stands inside a sentence: "the Netherlands", "the United Kingdom", "the
 * Philippines" take the definite article (as English writes them in running text); the rest as they are.
 */
export function inText(name: string): string {
  return /^(United |Czech Republic$|Netherlands$|Philippines$|Bahamas$|Gambia$|Maldives$|Marshall Islands$|Solomon Islands$|Comoros$|Seychelles$|Central African Republic$|Dominican Republic$|Holy See$)/.test(name) ? `the ${name}` : name;
}

const RIVAL = RIVAL_NAMES;
const GUARANTEE_WORDS: Record<string, string> = {
  unconditional: 'unconditional', conditional: 'conditional on spending', transactional: 'transactional', withdrawn: 'withdrawn',
};

/** One event as a sentence without its timing: "the U.S. withdraws 4,000 troops from Poland". `name` gives a state's name by ISO3. */
export function eventInWords(e: ScenarioEvent, nameOf: (iso3: string) => string): string {
  const name = (iso3: string) => inText(nameOf(iso3));
  const n = (x: number) => x.toLocaleString('en-US');
  switch (e.type) {
    case 'deployment': return `the U.S. deploys ${n(e.troops)} troops to ${name(e.location)}`;
    case 'withdrawal': return `the U.S. withdraws ${n(e.troops)} troops from ${name(e.location)} (or countermands their deployment)`;
    case 'exercise': return `a large exercise with ${listInWords(e.locations.map(name))}`;
    case 'reassurance': return `the U.S. reassures ${listInWords(e.states.map(name))} (a summit declaration or institutional commitment)`;
    case 'rhetoric': return `the U.S.'s rhetoric toward its allies turns ${e.value}`;
    case 'guarantee': return `the U.S. guarantee becomes ${GUARANTEE_WORDS[e.value] ?? e.value}${e.value === 'conditional' && e.spending_threshold !== undefined ? ` (${+(e.spending_threshold * 100).toFixed(2)}% of GDP)` : ''}`;
    case 'doctrine': return `the U.S. answers rivals' probes with a ${e.value} doctrine`;
    case 'treaty_exit': return e.treaty === 'NATO' ? 'the U.S. leaves NATO' : `the U.S. leaves the ${e.treaty}`;
    case 'accession': return `${name(e.state)} joins ${e.alliance}`;
    case 'exit': return `${name(e.state)} leaves ${e.alliance}`;
    case 'election': return `an election in ${name(e.state)} ${e.shift > 0 ? 'moves its government toward its theatre\'s rival' : e.shift < 0 ? 'moves its government away from its theatre\'s rival' : 'leaves its government\'s leaning as it was'}`;
    case 'crisis': return `a crisis in ${name(e.location)} makes ${RIVAL[e.rival]}'s probes there likelier for ${e.months} months`;
    case 'probe': return `${RIVAL[e.rival]} probes ${name(e.location)}: a test of the U.S. commitment`;
    case 'gdp_shock': return `GDP ${e.pct >= 0 ? 'rises' : 'falls'} by ${Math.abs(e.pct)}% in ${e.states === 'all' ? 'every state' : listInWords(e.states.map(name))}`;
    case 'nuclear_guarantee': return `${listInWords(e.providers.map(name))} extend${e.providers.length === 1 ? 's' : ''} a nuclear guarantee to ${e.states === 'eu' ? 'the EU members' : e.states === 'nato_europe' ? 'NATO\'s European members' : listInWords(e.states.map(name))}`;
    case 'bilateral_pact': return `${name(e.state)} signs a bespoke bilateral pact with the U.S.`;
    case 'efp': return `a NATO battlegroup led by ${name(e.framework)} is in place in ${name(e.state)}`;
  }
}

/** "In Jan 2017", "in a month from Apr 2017 to Jun 2017", with "with probability 50%" when uncertain. */
export function timingInWords(e: ScenarioEvent): string {
  const when = e.at ? `In ${monthInWords(e.at)}` : e.window ? `In a month from ${monthInWords(e.window[0])} to ${monthInWords(e.window[1])}` : 'At some month';
  return e.probability < 1 ? `${when}, with probability ${Math.round(e.probability * 100)}%,` : when;
}

/** The scenario's assumptions as sentences: timing, the policy after the start month, each event, parameter overrides. */
export function assumptionsInWords(s: Scenario, name: (iso3: string) => string): string[] {
  const after = Object.fromEntries(policyTimeline(s).map((t) => [t.lever, t.afterStart]));
  const out = [
    `The simulation starts from the ${s.world} data and runs ${s.horizon_months} months from ${monthInWords(s.start)}.`,
    `From the first month the U.S. guarantee is ${GUARANTEE_WORDS[String(after.guarantee)] ?? after.guarantee}${after.guarantee === 'conditional' ? ` (${+(Number(after.spending_threshold) * 100).toFixed(2)}% of GDP)` : ''}, its rhetoric ${after.rhetoric} and its doctrine toward probes ${after.doctrine}.`,
    // In the order they happen (by their first possible month; the file's order among equals).
    ...s.events.map((e, i) => ({ e, i, month: e.at ?? e.window?.[0] ?? '' })).sort((a, b) => a.month.localeCompare(b.month) || a.i - b.i)
      .map(({ e }) => `${timingInWords(e)} ${eventInWords(e, name)}${e.note ? ` — ${e.note}` : ''}.`),
  ];
  const overrides = Object.entries(s.parameters);
  if (overrides.length > 0) out.push(`The scenario sets ${overrides.length} model parameter${overrides.length === 1 ? '' : 's'} itself: ${overrides.map(([k, v]) => `${k} = ${v}`).join(', ')}.`);
  return out;
}

/**
 * One step of an event chain (EnsembleResult.chains: "probe_failed BIH", "accommodation PHL",
 * "withdrawal POL 4000", "crisis RUS in MDA") in words: "Bosnia & Herzegovina is probed and the
 * U.S. does not answer", "the Philippines accommodate their rival", "the U.S. withdraws 4,000
 * troops from Poland". A label it does not know is returned as it is (the code name is the truth).
 */
export function chainStepInWords(label: string, nameOf: (iso3: string) => string): string {
  const name = (iso3: string) => inText(nameOf(iso3));
  const [kind = '', a = '', ...rest] = label.split(' ');
  const rival = (code: string) => (code in RIVAL ? RIVAL[code as keyof typeof RIVAL] : code);
  switch (kind) {
    case 'probe_honoured': return `${name(a)} is probed and the U.S. answers`;
    case 'probe_failed': return `${name(a)} is probed and the U.S. does not answer`;
    case 'accommodation': return `${name(a)} accommodates its rival`;
    case 'bilateral': return `${name(a)} takes a bilateral pact with the U.S.`;
    case 'cover': return `${name(a)} turns to European cover`;
    case 'networking': return `${name(a)} networks with the region's allies`;
    case 'exploring': return `${name(a)} explores nuclear weapons`;
    case 'programme': return `${name(a)} starts a nuclear weapons programme`;
    case 'exit': return rest.length === 0 && a ? `${name(a)} leaves the alliance` : label;
    case 'withdrawal': return /^\d+$/.test(rest[0] ?? '') ? `the U.S. withdraws ${Number(rest[0]).toLocaleString('en-US')} troops from ${name(a)}` : label;
    case 'deployment': return /^\d+$/.test(rest[0] ?? '') ? `the U.S. deploys ${Number(rest[0]).toLocaleString('en-US')} troops to ${name(a)}` : label;
    case 'crisis': return rest[0] === 'in' && rest[1] ? `a crisis with ${rival(a)} over ${name(rest[1])}` : label;
    case 'probe': return rest[0] === 'in' && rest[1] ? `${rival(a)} probes ${name(rest[1])}` : label;
    case 'accession': return a ? `${name(a)} joins NATO` : label;
    case 'election': return a ? `an election in ${name(a)}` : label;
    case 'bilateral_pact': return a ? `${name(a)} signs a bilateral pact with the U.S.` : label;
    case 'rhetoric': return a ? `U.S. rhetoric turns ${a}` : label;
    case 'guarantee': return a ? `the U.S. guarantee becomes ${GUARANTEE_WORDS[a] ?? a}` : label;
    case 'doctrine': return a ? `the U.S. doctrine turns ${a}` : label;
    case 'treaty_exit': return a ? `the U.S. leaves the ${a}` : label;
    default: return label;
  }
}

/** A whole chain: its steps in words, joined by semicolons, capitalised. */
export function chainInWords(chain: readonly string[], name: (iso3: string) => string): string {
  if (chain.length === 0) return 'no salient event';
  const s = chain.map((l) => chainStepInWords(l, name)).join('; ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * One source of evidence in an ally's credibility (Explanation.signals: "probe ROU (honoured)",
 * "rhetoric (hostile)", "conditional guarantee", "withdrawal POL 4000", "treaty exit JCPOA") in
 * words. A source it does not know is returned as it is.
 */
export function evidenceInWords(source: string, nameOf: (iso3: string) => string): string {
  const name = (iso3: string) => inText(nameOf(iso3));
  const probe = /^probe ([A-Z]{3}) \((honoured|not honoured)\)$/.exec(source);
  if (probe) return `${name(probe[1]!)} is probed and the U.S. ${probe[2] === 'honoured' ? 'answers' : 'does not answer'}`;
  const rhetoric = /^rhetoric \((\w+)\)$/.exec(source);
  if (rhetoric) return `the U.S.'s ${rhetoric[1]} rhetoric, month by month`;
  if (source.startsWith('conditional guarantee')) return 'a guarantee conditional on spending, while it spends under the threshold';
  if (source === 'transactional guarantee') return 'a transactional guarantee, month by month';
  if (source === 'guarantee withdrawn') return 'the guarantee withdrawn, month by month';
  const exit = /^treaty exit (\S+)$/.exec(source);
  if (exit) return exit[1] === 'NATO' ? 'the U.S. leaves NATO' : `the U.S. leaves the ${exit[1]}`;
  return chainStepInWords(source, nameOf);
}

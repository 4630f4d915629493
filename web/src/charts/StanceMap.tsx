/**
 * A map of one result: each ally filled by its probability of a stance at the horizon (the
 * heat map's and the network's colour scale for that stance), in the Europe, Asia-Pacific or
 * world view. States that are not allies in the result, or whose theatre does not offer the
 * stance, are white; the ally table below lists the same probabilities.
 */
import { useMemo, useState } from 'react';
import type { StateRecord } from '../../../src/data/state-record.js';
import type { ResultsResponse } from '../api.js';
import { pct } from '../format.js';
import { HORIZON_STANCES, horizonStanceOption as optionLabel, horizonStanceShort as shortLabel, stanceAtHorizon } from '../stance-at-horizon.js';
import type { MapMeasure } from '../world-metrics.js';
import { Legend } from './Legend.js';
import { stanceColour } from './NetworkGraph.js';
import { MAP_VIEWS, WorldMap, type MapView } from './WorldMap.js';

export const NOT_APPLICABLE = '#ffffff';

/** The measure a map draws for a stance of a result: probability at the horizon, white where it does not apply. */
export function stanceMeasure(result: Pick<ResultsResponse, 'allies' | 'months' | 'runs'>, stance: string): MapMeasure {
  const p = stanceAtHorizon(result, stance), colour = stanceColour(stance);
  const horizon = result.months[result.months.length - 1] ?? '';
  return {
    id: 'stance', label: `P(${shortLabel(stance)}) at ${horizon}`, unit: 'probability across runs',
    text: (s: StateRecord) => (p.has(s.iso3) ? `P(${shortLabel(stance)}) = ${pct(p.get(s.iso3))}` : 'not an ally in the result, or its theatre does not offer the stance'),
    source: () => `Ballast result, ${result.runs.toLocaleString('en-US')} runs, at ${horizon}`,
    colour: (s: StateRecord) => (p.has(s.iso3) ? colour(p.get(s.iso3)!) : NOT_APPLICABLE),
    legend: { kind: 'continuous', domain: [0, 1], ticks: [0, 0.25, 0.5, 0.75, 1], log: false, colourAt: colour, extra: { label: 'not an ally, or the stance is not offered in its theatre', colour: NOT_APPLICABLE } },
  };
}

export function StanceMap({ result, states }: { result: ResultsResponse; states: readonly StateRecord[] }) {
  const [stance, setStance] = useState(HORIZON_STANCES[0]!);
  const [view, setView] = useState<MapView>('europe');
  const measure = useMemo(() => stanceMeasure(result, stance), [result, stance]);
  return (
    <div data-testid="stance-map">
      <div className="row">
        <label>Stance<select value={stance} onChange={(e) => setStance(e.target.value)}>{HORIZON_STANCES.map((s) => <option key={s} value={s}>{optionLabel(s)}</option>)}</select></label>
        <fieldset className="toggle">
          <legend>View</legend>
          {MAP_VIEWS.map((v) => <label key={v.id} className="inline"><input type="radio" name="stance-map-view" value={v.id} checked={view === v.id} onChange={() => setView(v.id)} />{v.label}</label>)}
        </fieldset>
      </div>
      <WorldMap states={states} metric={measure} view={view} troops={false} testid="stance-map-svg" />
      <Legend metric={measure} troops={false} />
    </div>
  );
}

/** Allies × months coloured by the probability of a stance across runs (Observable Plot cells). */
import { useMemo, useState } from 'react';
import * as Plot from '@observablehq/plot';
import type { ResultsResponse } from '../api.js';
import { isStance, STANCE_LABEL, STANCE_SCHEME, stanceWithTheatres } from '../labels.js';
import { stanceCells, type Cell } from '../stance-cells.js';
import { PlotFigure } from './PlotFigure.js';

/** The stance shown first: the defection. */
const FIRST = 'accommodation';

export function StanceHeatmap({ result, onPick }: { result: ResultsResponse; onPick: (iso3: string, month: string) => void }) {
  const stances = Object.keys(result.allies[0]?.stance ?? {}).filter(isStance);
  const [stance, setStance] = useState<string>(stances.includes(FIRST) ? FIRST : stances[0] ?? FIRST);
  const label = isStance(stance) ? STANCE_LABEL[stance] : stance;
  const options = useMemo<Plot.PlotOptions>(() => {
    const { cells, order } = stanceCells(result, stance);
    return {
      width: 980, height: 40 + order.length * 15, marginLeft: 170, marginBottom: 30,
      x: { type: 'band', label: null, ticks: result.months.filter((m) => m.endsWith('-01')), tickFormat: (m: string) => m.slice(0, 4) },
      y: { label: null, domain: order },
      color: { type: 'linear', domain: [0, 1], scheme: isStance(stance) ? STANCE_SCHEME[stance] : 'OrRd', legend: true, label: `P(${label})` },
      marks: [Plot.cell(cells, { x: 'month', y: 'ally', fill: 'p', inset: 0.5, tip: { format: { x: true, y: true, fill: (p: number) => `${(p * 100).toFixed(1)}%` } } })],
    };
  }, [result, stance, label]);
  return (
    <div data-testid="stance-heatmap">
      <fieldset className="toggle" style={{ border: 'none', padding: 0 }}>
        <legend className="small">Colour by the probability of (among runs where the state is an ally that month; only the allies whose theatre offers the stance)</legend>
        {stances.map((s) => (
          <label key={s} className="inline" title={stanceWithTheatres(s)}><input type="radio" name="stance" value={s} checked={s === stance} onChange={() => setStance(s)} />{STANCE_LABEL[s]}</label>
        ))}
      </fieldset>
      <PlotFigure options={options} label={`Probability of ${label} for each ally and month`}
        onPick={(v) => { const c = v as Cell; if (c && typeof c.iso3 === 'string') onPick(c.iso3, c.month); }} />
    </div>
  );
}

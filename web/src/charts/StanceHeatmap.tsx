/**
 * Allies × months coloured by the probability of a stance across runs (Observable Plot cells),
 * or the same as a table (one column a year): the table's cells are buttons, so a keyboard reaches
 * every ally and year, and it is the default on a narrow screen, where the chart's labels would be
 * a few pixels tall.
 */
import { useMemo, useState } from 'react';
import * as Plot from '@observablehq/plot';
import type { ResultsResponse } from '../api.js';
import { monthLabel, pct } from '../format.js';
import { isStance, STANCE_LABEL, STANCE_SCHEME, stanceWithTheatres } from '../labels.js';
import { stanceCells, stanceTable, type Cell } from '../stance-cells.js';
import { stanceColour } from './NetworkGraph.js';
import { PlotFigure } from './PlotFigure.js';

/** The stance shown first: the defection. */
const FIRST = 'accommodation';
/** Below this width the table is the first view (the chart is 980 px wide). */
export const NARROW = '(max-width: 760px)';
const narrow = () => typeof globalThis.matchMedia === 'function' && globalThis.matchMedia(NARROW).matches;

export function StanceHeatmap({ result, onPick }: { result: ResultsResponse; onPick: (iso3: string, month: string) => void }) {
  const stances = Object.keys(result.allies[0]?.stance ?? {}).filter(isStance);
  const [stance, setStance] = useState<string>(stances.includes(FIRST) ? FIRST : stances[0] ?? FIRST);
  const [view, setView] = useState<'chart' | 'table'>(() => (narrow() ? 'table' : 'chart'));
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
      <div className="row">
        <fieldset className="toggle" style={{ border: 'none', padding: 0 }}>
          <legend className="small">Colour by the probability of (among runs where the state is an ally that month; only the allies whose theatre offers the stance)</legend>
          {stances.map((s) => (
            <label key={s} className="inline" title={stanceWithTheatres(s)}><input type="radio" name="stance" value={s} checked={s === stance} onChange={() => setStance(s)} />{STANCE_LABEL[s]}</label>
          ))}
        </fieldset>
        <fieldset className="toggle" style={{ border: 'none', padding: 0 }}>
          <legend className="small">Show as</legend>
          <label className="inline"><input type="radio" name="heatmap-view" value="chart" checked={view === 'chart'} onChange={() => setView('chart')} />chart (every month)</label>
          <label className="inline"><input type="radio" name="heatmap-view" value="table" checked={view === 'table'} onChange={() => setView('table')} />table (one column a year)</label>
        </fieldset>
      </div>
      {view === 'chart' ? (
        <PlotFigure options={options} label={`Probability of ${label} for each ally and month; the table view lists the same`}
          onPick={(v) => { const c = v as Cell; if (c && typeof c.iso3 === 'string') onPick(c.iso3, c.month); }} />
      ) : <HeatTable result={result} stance={stance} label={label} onPick={onPick} />}
    </div>
  );
}

function HeatTable({ result, stance, label, onPick }: { result: ResultsResponse; stance: string; label: string; onPick: (iso3: string, month: string) => void }) {
  const table = useMemo(() => stanceTable(result, stance), [result, stance]);
  const colour = useMemo(() => stanceColour(stance), [stance]);
  return (
    <div className="table-scroll">
      <table className="data heat-table" data-testid="stance-table">
        <caption>Probability of {label}, each ally at the start of each year and at the horizon; choose a cell to explain that ally then</caption>
        <thead><tr><th scope="col">Ally</th>{table.months.map((m) => <th key={m} scope="col" className="num">{monthLabel(m)}</th>)}</tr></thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.iso3}>
              <th scope="row">{r.ally.replace(/ \([A-Z]{3}\)$/, '')}</th>
              {r.p.map((p, i) => (
                <td key={table.months[i]} className="num">
                  {p === null ? <span className="muted" title="not an ally that month">–</span> : (
                    <button type="button" className="heat-cell" style={{ background: colour(p), color: p > 0.55 ? '#fff' : '#1b2430' }}
                      aria-label={`${r.ally.replace(/ \([A-Z]{3}\)$/, '')}, ${monthLabel(table.months[i]!)}: ${pct(p)} ${label}; explain`}
                      onClick={() => onPick(r.iso3, table.months[i]!)}>{pct(p, 0)}</button>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

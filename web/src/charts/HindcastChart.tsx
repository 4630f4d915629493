/**
 * One ally's hindcast against what happened (Observable Plot): the model's 5–95% and 25–75%
 * bands and median by year, the truth as dots, the persistence and trend baselines dashed.
 */
import { useMemo } from 'react';
import * as Plot from '@observablehq/plot';
import type { AllyYear } from '../hindcast.js';
import { PlotFigure } from './PlotFigure.js';

export const HINDCAST_COLOURS = { model: '#1f5fbf', truth: '#1b2430', persistence: '#8a3ea8', trend: '#c2571a' } as const;
const PERSISTENCE_DASH = '6 4';
const TREND_DASH = '2 3';

const f2 = (v: number) => v.toFixed(2);

export function HindcastChart({ rows, ally }: { rows: readonly AllyYear[]; ally: string }) {
  const options = useMemo<Plot.PlotOptions>(() => {
    const years = rows.map((r) => r.year);
    return {
      width: 760, height: 320, marginLeft: 48, marginRight: 20,
      x: { label: 'year', ticks: years, tickFormat: 'd', inset: 16 },
      y: { label: 'defence spending (% of GDP)', grid: true, nice: true },
      marks: [
        Plot.areaY(rows, { x: 'year', y1: 'q05', y2: 'q95', fill: HINDCAST_COLOURS.model, fillOpacity: 0.15 }),
        Plot.areaY(rows, { x: 'year', y1: 'q25', y2: 'q75', fill: HINDCAST_COLOURS.model, fillOpacity: 0.3 }),
        Plot.lineY(rows, { x: 'year', y: 'q50', stroke: HINDCAST_COLOURS.model, strokeWidth: 2 }),
        Plot.lineY(rows, { x: 'year', y: 'persistence', stroke: HINDCAST_COLOURS.persistence, strokeWidth: 1.5, strokeDasharray: PERSISTENCE_DASH }),
        Plot.lineY(rows, { x: 'year', y: 'trend', stroke: HINDCAST_COLOURS.trend, strokeWidth: 1.5, strokeDasharray: TREND_DASH }),
        Plot.dot(rows, { x: 'year', y: 'truth', r: 4.5, fill: HINDCAST_COLOURS.truth, stroke: '#fff', strokeWidth: 1 }),
        Plot.tip(rows, Plot.pointerX({
          x: 'year', y: 'truth',
          title: (d: AllyYear) => `${ally} ${d.year}\ntruth ${f2(d.truth)}\nmodel median ${f2(d.q50)}\n25–75%: ${f2(d.q25)}–${f2(d.q75)}\n5–95%: ${f2(d.q05)}–${f2(d.q95)}\npersistence ${f2(d.persistence)}\ntrend ${f2(d.trend)}`,
        })),
      ],
    };
  }, [rows, ally]);
  const first = rows[0]?.year, last = rows[rows.length - 1]?.year;
  return (
    <>
      <PlotFigure options={options} label={`${ally}'s defence spending ${first ?? ''}–${last ?? ''} in % of GDP: the model's median with 25–75% and 5–95% bands, the truth as dots, the persistence and trend baselines as dashed lines`} />
      <HindcastLegend />
    </>
  );
}

function LineMark({ colour, dash, width = 1.5 }: { colour: string; dash?: string; width?: number }) {
  return <svg className="inline-mark" width={28} height={10} aria-hidden="true"><line x1={1} x2={27} y1={5} y2={5} stroke={colour} strokeWidth={width} strokeDasharray={dash} /></svg>;
}

export function HindcastLegend() {
  const c = HINDCAST_COLOURS;
  return (
    <ul className="toggle small" style={{ listStyle: 'none', padding: 0, margin: '0.3rem 0 0' }} aria-label="Legend">
      <li><svg className="inline-mark" width={12} height={12} aria-hidden="true"><circle cx={6} cy={6} r={4.5} fill={c.truth} /></svg> truth (SIPRI)</li>
      <li><LineMark colour={c.model} width={2} /> model median</li>
      <li><span className="swatch" style={{ background: c.model, opacity: 0.45 }} />model 25–75%</li>
      <li><span className="swatch" style={{ background: c.model, opacity: 0.18 }} />model 5–95%</li>
      <li><LineMark colour={c.persistence} dash={PERSISTENCE_DASH} /> persistence (mean)</li>
      <li><LineMark colour={c.trend} dash={TREND_DASH} /> trend (mean)</li>
    </ul>
  );
}

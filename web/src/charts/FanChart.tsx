/** A metric over months across runs: the 5–95% and 25–75% bands and the median (Observable Plot). */
import { useMemo } from 'react';
import * as Plot from '@observablehq/plot';
import type { ResultsResponse } from '../api.js';
import { monthDate } from '../format.js';
import { PlotFigure } from './PlotFigure.js';

type Metric = ResultsResponse['metrics'][string];

export interface FanRow { date: Date; q05: number | null; q25: number | null; q50: number | null; q75: number | null; q95: number | null; mean: number | null }

/** The band's rows, one per month; months with no value stay as gaps. */
export function fanRows(months: readonly string[], m: Metric): FanRow[] {
  return months.map((month, t) => ({ date: monthDate(month), q05: m.q05[t] ?? null, q25: m.q25[t] ?? null, q50: m.q50[t] ?? null, q75: m.q75[t] ?? null, q95: m.q95[t] ?? null, mean: m.mean[t] ?? null }));
}

export function FanChart({ months, metric, label, unitShare, colour = '#1f5fbf' }: { months: readonly string[]; metric: Metric; label: string; unitShare: boolean; colour?: string }) {
  const options = useMemo<Plot.PlotOptions>(() => {
    const rows = fanRows(months, metric);
    return {
      width: 540, height: 220, marginLeft: 44,
      x: { type: 'utc', label: null },
      y: { label: metric.unit, grid: true, ...(unitShare ? { domain: [0, 1] } : { zero: true }) },
      marks: [
        Plot.areaY(rows, { x: 'date', y1: 'q05', y2: 'q95', fill: colour, fillOpacity: 0.15 }),
        Plot.areaY(rows, { x: 'date', y1: 'q25', y2: 'q75', fill: colour, fillOpacity: 0.3 }),
        Plot.lineY(rows, { x: 'date', y: 'q50', stroke: colour, strokeWidth: 2 }),
        Plot.ruleY(unitShare ? [] : [0]),
        Plot.tip(rows, Plot.pointerX({ x: 'date', y: 'q50', title: (d: FanRow) => `${d.date.toISOString().slice(0, 7)}\nmedian ${fmt(d.q50)}\n25–75%: ${fmt(d.q25)}–${fmt(d.q75)}\n5–95%: ${fmt(d.q05)}–${fmt(d.q95)}` })),
      ],
    };
  }, [months, metric, unitShare, colour]);
  return <PlotFigure options={options} label={`${label} by month: median with 25–75% and 5–95% bands across runs`} />;
}

const fmt = (v: number | null) => (v === null ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(2));

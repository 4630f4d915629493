/**
 * A metric over months across runs: the 5–95% and 25–75% bands and the median (Observable Plot);
 * for cohesion over the posterior also the mean and its 95% total interval (dashed), with a caption
 * that says what the dashes are and their value at the horizon.
 */
import { useMemo } from 'react';
import * as Plot from '@observablehq/plot';
import type { ResultsResponse } from '../api.js';
import { monthDate } from '../format.js';
import { PlotFigure } from './PlotFigure.js';

type Metric = ResultsResponse['metrics'][string];

export interface FanRow { date: Date; q05: number | null; q25: number | null; q50: number | null; q75: number | null; q95: number | null; mean: number | null; totalLo: number | null; totalHi: number | null }

/** The band's rows, one per month; months with no value stay as gaps. */
export function fanRows(months: readonly string[], m: Metric): FanRow[] {
  return months.map((month, t) => ({ date: monthDate(month), q05: m.q05[t] ?? null, q25: m.q25[t] ?? null, q50: m.q50[t] ?? null, q75: m.q75[t] ?? null, q95: m.q95[t] ?? null, mean: m.mean[t] ?? null, totalLo: m.mean_total_lo?.[t] ?? null, totalHi: m.mean_total_hi?.[t] ?? null }));
}

export function FanChart({ months, metric, label, unitShare, colour = '#1f5fbf' }: { months: readonly string[]; metric: Metric; label: string; unitShare: boolean; colour?: string }) {
  const total = metric.mean_total_lo !== undefined && metric.mean_total_lo.some((v) => v !== null);
  const options = useMemo<Plot.PlotOptions>(() => {
    const rows = fanRows(months, metric);
    // The mean and its total interval across the posterior: dashed, so the runs' bands stay the eye's first reading.
    const totalMarks = total ? [
      Plot.lineY(rows, { x: 'date', y: 'mean', stroke: '#333', strokeWidth: 1 }),
      Plot.lineY(rows, { x: 'date', y: 'totalLo', stroke: '#333', strokeDasharray: '4 3', strokeWidth: 1 }),
      Plot.lineY(rows, { x: 'date', y: 'totalHi', stroke: '#333', strokeDasharray: '4 3', strokeWidth: 1 }),
    ] : [];
    return {
      width: 540, height: 220, marginLeft: 44,
      x: { type: 'utc', label: null },
      y: { label: metric.unit, grid: true, ...(unitShare ? { domain: [0, 1] } : { zero: true }) },
      marks: [
        Plot.areaY(rows, { x: 'date', y1: 'q05', y2: 'q95', fill: colour, fillOpacity: 0.15 }),
        Plot.areaY(rows, { x: 'date', y1: 'q25', y2: 'q75', fill: colour, fillOpacity: 0.3 }),
        Plot.lineY(rows, { x: 'date', y: 'q50', stroke: colour, strokeWidth: 2 }),
        ...totalMarks,
        Plot.ruleY(unitShare ? [] : [0]),
        Plot.tip(rows, Plot.pointerX({ x: 'date', y: 'q50', title: (d: FanRow) => `${d.date.toISOString().slice(0, 7)}\nmedian ${fmt(d.q50)}\n25–75%: ${fmt(d.q25)}–${fmt(d.q75)}\n5–95%: ${fmt(d.q05)}–${fmt(d.q95)}${total ? `\nmean ${fmt(d.mean)}, total interval ${fmt(d.totalLo)}–${fmt(d.totalHi)}` : ''}` })),
      ],
    };
  }, [months, metric, unitShare, colour, total]);
  const end = months.length - 1;
  return (
    <>
      <PlotFigure options={options} label={`${label} by month: median with 25–75% and 5–95% bands across runs${total ? '; the mean with its 95% total interval dashed' : ''}`} />
      {total && (
        <p className="small muted" data-testid="fan-total">
          Dashed: the mean and its 95% total interval, where the mean lies given what the data leave uncertain about the calibrated parameters
          ({fmt(metric.mean_total_lo![end] ?? null)}–{fmt(metric.mean_total_hi![end] ?? null)} in the last month, mean {fmt(metric.mean[end] ?? null)}).
        </p>
      )}
    </>
  );
}

const fmt = (v: number | null) => (v === null ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(2));

/** Cohesion of two scenarios over months: each median with its 25–75% band (Observable Plot). */
import { useMemo } from 'react';
import * as Plot from '@observablehq/plot';
import type { CompareResponse } from '../api.js';
import { fanRows, type FanRow } from './FanChart.js';
import { PlotFigure } from './PlotFigure.js';

const COLOURS = ['#c0473a', '#1f5fbf'];

export function CompareCohesion({ compare, titleA, titleB }: { compare: CompareResponse; titleA: string; titleB: string }) {
  const options = useMemo<Plot.PlotOptions>(() => {
    const titles = [titleA, titleB];
    const series = [compare.a, compare.b].flatMap((side, i) => {
      const m = side.metrics.cohesion;
      return m ? fanRows(compare.months, m).map((r) => ({ ...r, scenario: `${i === 0 ? 'A' : 'B'}: ${titles[i]}` })) : [];
    });
    return {
      width: 900, height: 260, marginLeft: 44,
      x: { type: 'utc', label: null },
      y: { label: 'cohesion', domain: [0, 1], grid: true },
      color: { domain: series.length ? [...new Set(series.map((s) => s.scenario))] : [], range: COLOURS, legend: true },
      marks: [
        Plot.areaY(series, { x: 'date', y1: 'q25', y2: 'q75', fill: 'scenario', fillOpacity: 0.2 }),
        Plot.lineY(series, { x: 'date', y: 'q50', stroke: 'scenario', strokeWidth: 2 }),
        Plot.tip(series, Plot.pointer({ x: 'date', y: 'q50', title: (d: FanRow & { scenario: string }) => `${d.scenario}\n${d.date.toISOString().slice(0, 7)}: median ${d.q50?.toFixed(3) ?? '–'}` })),
      ],
    };
  }, [compare, titleA, titleB]);
  return <PlotFigure options={options} label="Cohesion over months for scenarios A and B" />;
}

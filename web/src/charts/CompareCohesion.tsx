/** Cohesion of two scenarios over months, for the system or a theatre: each median with its 25–75% band (Observable Plot). */
import { useMemo } from 'react';
import * as Plot from '@observablehq/plot';
import type { CompareResponse } from '../api.js';
import { ALLIANCE_THEATRES } from '../../../src/vocabulary.js';
import { THEATRE_IN_TEXT, THEATRE_LABEL } from '../labels.js';
import { fanRows, type FanRow } from './FanChart.js';
import { PlotFigure } from './PlotFigure.js';

const COLOURS = ['#c0473a', '#1f5fbf'];

/** The cohesion metrics a comparison can draw: the system's, then each theatre's. */
export const COHESION_SCOPES: readonly { metric: string; label: string; title: string }[] = [
  { metric: 'cohesion', label: 'the whole system', title: 'Cohesion of the whole system' },
  ...ALLIANCE_THEATRES.map((h) => ({ metric: `cohesion_${h}`, label: THEATRE_LABEL[h], title: `Cohesion in ${THEATRE_IN_TEXT[h]}` })),
];

export function CompareCohesion({ compare, metric = 'cohesion', titleA, titleB }: { compare: CompareResponse; metric?: string; titleA: string; titleB: string }) {
  const options = useMemo<Plot.PlotOptions>(() => {
    const titles = [titleA, titleB];
    const series = [compare.a, compare.b].flatMap((side, i) => {
      const m = side.metrics[metric];
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
  }, [compare, metric, titleA, titleB]);
  const scope = COHESION_SCOPES.find((c) => c.metric === metric)?.label ?? metric;
  return <PlotFigure options={options} label={`Cohesion of ${scope} over months for scenarios A and B`} />;
}

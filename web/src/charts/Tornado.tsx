/**
 * A sensitivity tornado (Observable Plot): one horizontal bar per parameter, most influential at
 * the top. Morris: μ* as the bar, σ as a thin line from 0 (how much the effect varies with the
 * other parameters). Sobol': the total index ST as the bar with its 95% interval, the first-order
 * index S1 as a narrower bar inside it (ST − S1 is what the parameter does through interactions).
 * Rows are the parameters' plain-English labels; the tooltip adds the code name.
 */
import { useMemo } from 'react';
import * as Plot from '@observablehq/plot';
import type { SensitivityResponse } from '../api.js';
import { tornadoBars, tornadoExtent, tornadoUnit, type TornadoBar } from '../tornado.js';
import { PlotFigure } from './PlotFigure.js';

export const TORNADO_COLOURS = { bar: '#1f5fbf', inner: '#14213d', line: '#c2571a' } as const;
const ROW = 28;

const f3 = (v: number | null) => (v === null ? '–' : v.toFixed(3));

export function Tornado({ result, outcomeLabel }: { result: SensitivityResponse; outcomeLabel: string }) {
  const bars = useMemo(() => tornadoBars(result), [result]);
  const options = useMemo<Plot.PlotOptions>(() => {
    const labels = bars.map((b) => b.label);
    const c = TORNADO_COLOURS;
    const morris = result.method === 'morris';
    const marks: Plot.Markish[] = morris
      ? [
        Plot.barX(bars, { y: 'label', x: 'value', fill: c.bar, fillOpacity: 0.75, insetTop: 4, insetBottom: 4 }),
        Plot.ruleY(bars, { y: 'label', x1: 0, x2: 'inner', stroke: c.line, strokeWidth: 2 }),
        Plot.tickX(bars, { y: 'label', x: 'inner', stroke: c.line, strokeWidth: 2, insetTop: 8, insetBottom: 8 }),
      ]
      : [
        Plot.barX(bars, { y: 'label', x: 'value', fill: c.bar, fillOpacity: 0.35, insetTop: 3, insetBottom: 3 }),
        Plot.barX(bars, { y: 'label', x: 'inner', fill: c.inner, fillOpacity: 0.85, insetTop: 9, insetBottom: 9 }),
        Plot.ruleY(bars.filter((b) => b.interval), { y: 'label', x1: (b: TornadoBar) => b.interval![0], x2: (b: TornadoBar) => b.interval![1], stroke: c.line, strokeWidth: 1.5 }),
        Plot.tickX(bars.filter((b) => b.interval), { y: 'label', x: (b: TornadoBar) => b.interval![0], stroke: c.line, insetTop: 8, insetBottom: 8 }),
        Plot.tickX(bars.filter((b) => b.interval), { y: 'label', x: (b: TornadoBar) => b.interval![1], stroke: c.line, insetTop: 8, insetBottom: 8 }),
      ];
    marks.push(Plot.ruleX([0]));
    marks.push(Plot.tip(bars, Plot.pointerY({
      y: 'label', x: 'value',
      title: (b: TornadoBar) => morris
        ? `${b.label}\n${b.name} (${b.min} to ${b.max})\nμ* ${f3(b.value)}\nμ ${f3(b.signed)}\nσ ${f3(b.inner)}`
        : `${b.label}\n${b.name} (${b.min} to ${b.max})\nST ${f3(b.value)}${b.interval ? ` [${f3(b.interval[0])}, ${f3(b.interval[1])}]` : ''}\nS1 ${f3(b.inner)}`,
    })));
    return {
      width: 760, height: labels.length * ROW + 46, marginLeft: 270, marginRight: 24,
      x: { domain: [0, tornadoExtent(bars, result.method)], label: tornadoUnit(result.method, result.outcome), grid: true, nice: true },
      y: { domain: labels, label: null },
      marks,
    };
  }, [bars, result.method, result.outcome]);
  const top = bars.slice(0, 3).map((b) => b.label).join('; ');
  return (
    <>
      <PlotFigure options={options} label={`Sensitivity of ${outcomeLabel} to ${bars.length} parameters by ${result.method === 'morris' ? 'Morris μ* with σ' : "Sobol' total index with the first-order index inside"}; most influential: ${top}`} />
      <TornadoLegend method={result.method} />
    </>
  );
}

export function TornadoLegend({ method }: { method: SensitivityResponse['method'] }) {
  const c = TORNADO_COLOURS;
  const line = <svg className="inline-mark" width={24} height={10} aria-hidden="true"><line x1={1} x2={23} y1={5} y2={5} stroke={c.line} strokeWidth={2} /></svg>;
  return (
    <ul className="toggle small" style={{ listStyle: 'none', padding: 0, margin: '0.3rem 0 0' }} aria-label="Legend">
      {method === 'morris' ? (
        <>
          <li><span className="swatch" style={{ background: c.bar, opacity: 0.75 }} />μ*: mean absolute elementary effect (influence)</li>
          <li>{line} σ: spread of the effects (non-linearity or interactions)</li>
        </>
      ) : (
        <>
          <li><span className="swatch" style={{ background: c.bar, opacity: 0.35 }} />ST: total index (alone and through interactions)</li>
          <li><span className="swatch" style={{ background: c.inner, opacity: 0.85 }} />S1: first-order index (alone)</li>
          <li>{line} 95% interval of ST</li>
        </>
      )}
    </ul>
  );
}

/** A chart with its title, unit and source: no figure without them; its SVG can be saved as SVG or PNG. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { chartSvg, savePng, saveSvg, slug } from '../chart-export.js';

export interface ChartFrameProps {
  title: string;
  unit: string;
  source: ReactNode;
  testid?: string;
  children: ReactNode;
  note?: ReactNode;
}

export function ChartFrame({ title, unit, source, testid, children, note }: ChartFrameProps) {
  const figure = useRef<HTMLElement>(null);
  const sourceRef = useRef<HTMLParagraphElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Only a figure that draws an SVG offers to save it (a table does not).
  const [hasSvg, setHasSvg] = useState(false);
  useEffect(() => { const has = figure.current?.querySelector('svg') != null; if (has !== hasSvg) setHasSvg(has); });
  const exportAs = (kind: 'svg' | 'png') => {
    const el = figure.current;
    if (!el) return;
    const svg = chartSvg(el, `${title} (${unit})`, sourceRef.current?.textContent ?? '');
    if (!svg) { setProblem('this figure has no chart to save'); return; }
    setProblem(null);
    if (kind === 'svg') saveSvg(svg, slug(title));
    else savePng(svg, slug(title)).catch((e: Error) => setProblem(e.message));
  };
  return (
    <figure className="chart" data-testid={testid} ref={figure}>
      <figcaption>
        <strong>{title}</strong> <span className="unit">({unit})</span>
      </figcaption>
      {children}
      <p className="source" ref={sourceRef}>Source: {source}{note ? <> · {note}</> : null}</p>
      {hasSvg && <p className="chart-export small">
        Save the chart: <button type="button" className="link" onClick={() => exportAs('svg')} aria-label={`Save “${title}” as SVG`}>SVG</button>{' · '}
        <button type="button" className="link" onClick={() => exportAs('png')} aria-label={`Save “${title}” as PNG`}>PNG</button>
        {problem && <span className="error"> {problem}</span>}
      </p>}
    </figure>
  );
}

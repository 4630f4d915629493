/**
 * Renders an Observable Plot into the page. The plot is rebuilt when its options change; a
 * click on it reports the datum under the pointer (marks with `tip` set plot.value).
 */
import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';

export interface PlotFigureProps {
  options: Plot.PlotOptions;
  /** Called with plot.value on click (the datum the tip shows), when a mark has a tip. */
  onPick?: (value: unknown) => void;
  label: string;
}

export function PlotFigure({ options, onPick, label }: PlotFigureProps) {
  const holder = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    const el = Plot.plot(options);
    el.setAttribute('aria-label', label);
    el.setAttribute('role', 'img');
    const click = () => { const v = (el as unknown as { value?: unknown }).value; if (v !== undefined && v !== null) pick.current?.(v); };
    el.addEventListener('click', click);
    holder.current?.replaceChildren(el);
    return () => { el.removeEventListener('click', click); el.remove(); };
  }, [options, label]);
  return <div ref={holder} className="plot" />;
}

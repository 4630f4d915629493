/** A chart with its title, unit and source: no figure without them. */
import type { ReactNode } from 'react';

export interface ChartFrameProps {
  title: string;
  unit: string;
  source: ReactNode;
  testid?: string;
  children: ReactNode;
  note?: ReactNode;
}

export function ChartFrame({ title, unit, source, testid, children, note }: ChartFrameProps) {
  return (
    <figure className="chart" data-testid={testid}>
      <figcaption>
        <strong>{title}</strong> <span className="unit">({unit})</span>
      </figcaption>
      {children}
      <p className="source">Source: {source}{note ? <> · {note}</> : null}</p>
    </figure>
  );
}

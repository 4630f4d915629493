/** The map's legend: a colour ramp or swatches with the unit, plus the marks drawn over the map. */
import type { MapMeasure } from '../world-metrics.js';

const W = 340, BAR = 12, PAD = 18;

function position(v: number, [lo, hi]: [number, number], log: boolean): number {
  const t = log ? (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : (v - lo) / (hi - lo);
  return PAD + t * (W - 2 * PAD);
}

const tickText = (v: number) => (v >= 1000 ? v.toLocaleString('en-US') : v > 0 && v < 0.01 ? v.toExponential(0) : String(v));

export function Legend({ metric, troops }: { metric: MapMeasure; troops: boolean }) {
  const l = metric.legend;
  return (
    <div className="legend" aria-label={`Legend: ${metric.label}, ${metric.unit}`}>
      {l.kind === 'continuous' ? (
        <svg width={W} height={BAR + 26} viewBox={`0 0 ${W} ${BAR + 26}`} role="img" aria-label={`colour scale from ${tickText(l.domain[0])} to ${tickText(l.domain[1])} ${metric.unit}`}>
          {Array.from({ length: 60 }, (_, i) => {
            const t = i / 59;
            const v = l.log ? Math.exp(Math.log(l.domain[0]) + t * (Math.log(l.domain[1]) - Math.log(l.domain[0]))) : l.domain[0] + t * (l.domain[1] - l.domain[0]);
            const x = position(v, l.domain, l.log);
            return <rect key={i} x={x - (W - 2 * PAD) / 118} y={2} width={(W - 2 * PAD) / 59 + 0.5} height={BAR} fill={l.colourAt(v)} />;
          })}
          {l.ticks.map((v) => (
            <g key={v} transform={`translate(${position(v, l.domain, l.log)},0)`}>
              <line y1={2} y2={BAR + 6} stroke="#333" />
              <text y={BAR + 18} textAnchor="middle" fontSize={10}>{tickText(v)}</text>
            </g>
          ))}
        </svg>
      ) : (
        <ul className="toggle" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {l.items.map((i) => <li key={i.label}><span className="swatch" style={{ background: i.colour }} />{i.label}</li>)}
        </ul>
      )}
      <p className="small muted" style={{ margin: '0.2rem 0' }}>
        {l.kind === 'continuous' && l.extra && <><span className="swatch" style={{ background: l.extra.colour }} />{l.extra.label}{' '}</>}
        <span className="swatch" style={{ background: '#e6e6e6' }} />not followed by Ballast{' '}
        <span className="swatch" style={{ background: '#f7f7f7', backgroundImage: 'repeating-linear-gradient(45deg,#ccc 0 2px,transparent 2px 5px)' }} />no data{' '}
        <span className="swatch" style={{ border: '1.5px dashed #222', background: 'transparent' }} />gray zone{' '}
        {troops && <span style={{ whiteSpace: 'nowrap' }}><svg className="inline-mark" width={16} height={12} aria-hidden="true"><circle cx={8} cy={6} r={5} fill="rgba(20,33,61,0.25)" stroke="#14213d" /></svg> U.S. troops at the capital (area ∝ troops)</span>}
      </p>
    </div>
  );
}

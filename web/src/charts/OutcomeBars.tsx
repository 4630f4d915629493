/** Outcome probabilities as bars with 95% interval whiskers (Wilson intervals from the ensemble). */
import type { ResultsResponse } from '../api.js';
import { pct } from '../format.js';
import { outcomeColour } from '../../../src/results/palette.js';

const ROW = 34;

/** `compact` draws it narrower, for three side by side (the system and each theatre). */
export function OutcomeBars({ outcomes, testid = 'outcomes', scope, compact = false }: { outcomes: ResultsResponse['outcomes']; testid?: string; scope?: string; compact?: boolean }) {
  // The right margin holds "100.0% [99.9%–100.0%]" at 12px.
  const W = compact ? 400 : 560, LEFT = compact ? 88 : 100, RIGHT = compact ? 152 : 170;
  const x = (p: number) => LEFT + p * (W - LEFT - RIGHT);
  const height = outcomes.length * ROW + 26;
  return (
    <svg viewBox={`0 0 ${W} ${height}`} width={W} height={height} data-testid={testid} role="img"
      aria-label={`Outcome probabilities${scope ? `, ${scope}` : ''}: ${outcomes.map((o) => `${o.outcome} ${pct(o.probability)} (95% interval ${pct(o.lo)} to ${pct(o.hi)})`).join('; ')}`}>
      {[0, 0.25, 0.5, 0.75, 1].map((t) => (
        <g key={t} transform={`translate(${x(t)},0)`}>
          <line y1={4} y2={height - 20} stroke="#e1e5ea" />
          <text y={height - 6} textAnchor="middle" fontSize={10} fill="#5b6673">{`${t * 100}%`}</text>
        </g>
      ))}
      {outcomes.map((o, i) => {
        const y = 6 + i * ROW;
        return (
          <g key={o.outcome} data-outcome={o.outcome}>
            <text x={LEFT - 8} y={y + 15} textAnchor="end" fontSize={13}>{o.outcome}</text>
            <rect x={x(0)} y={y + 3} width={Math.max(0.5, x(o.probability) - x(0))} height={ROW - 12} fill={outcomeColour(o.outcome)} />
            <line x1={x(o.lo)} x2={x(o.hi)} y1={y + ROW / 2 - 2} y2={y + ROW / 2 - 2} stroke="#1b2430" strokeWidth={1.5} />
            <line x1={x(o.lo)} x2={x(o.lo)} y1={y + 7} y2={y + ROW - 11} stroke="#1b2430" strokeWidth={1.5} />
            <line x1={x(o.hi)} x2={x(o.hi)} y1={y + 7} y2={y + ROW - 11} stroke="#1b2430" strokeWidth={1.5} />
            <text x={W - RIGHT + 8} y={y + 15} fontSize={12}>{pct(o.probability)} <tspan fill="#5b6673">[{pct(o.lo)}–{pct(o.hi)}]</tspan></text>
          </g>
        );
      })}
    </svg>
  );
}

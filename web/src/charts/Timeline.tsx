/** A representative run's events on a time line (one row per kind), with the list beside it. */
import { useState } from 'react';
import type { ResultsResponse } from '../api.js';
import { monthLabel } from '../format.js';

type Representative = ResultsResponse['representative'][number];
const KIND_LABEL: Record<string, string> = { median: 'the median run', worst_decile: 'the worst-decile run' };
const W = 900, ROW = 16, LEFT = 110;

export function Timeline({ result }: { result: ResultsResponse }) {
  const [kind, setKind] = useState(result.representative[0]?.kind ?? 'median');
  const rep: Representative | undefined = result.representative.find((r) => r.kind === kind);
  if (!rep) return <p>No representative run in this result.</p>;
  const kinds = [...new Set(rep.events.map((e) => e.kind))].sort();
  const h = result.months.length;
  const x = (m: number) => LEFT + ((m + 0.5) / h) * (W - LEFT - 10);
  const height = kinds.length * ROW + 24;
  return (
    <div className="timeline" data-testid="timeline">
      <div className="toggle" role="radiogroup" aria-label="Representative run">
        {result.representative.map((r) => (
          <label key={r.kind} className="inline"><input type="radio" name="rep" checked={r.kind === kind} onChange={() => setKind(r.kind)} />
            {KIND_LABEL[r.kind] ?? r.kind} (run {r.run}: {r.outcome}, cohesion {r.final_cohesion.toFixed(2)})</label>
        ))}
      </div>
      <svg viewBox={`0 0 ${W} ${height}`} width={W} height={height} role="img" aria-label={`${rep.events.length} events of ${KIND_LABEL[rep.kind] ?? rep.kind} by month and kind`}>
        {result.months.map((m, t) => m.endsWith('-01') && (
          <g key={m}><line x1={x(t) - (W - LEFT - 10) / h / 2} x2={x(t) - (W - LEFT - 10) / h / 2} y1={0} y2={height - 16} stroke="#d5dbe2" /><text x={x(t)} y={height - 4} fontSize={10}>{m.slice(0, 4)}</text></g>
        ))}
        {kinds.map((k, i) => <text key={k} x={LEFT - 6} y={i * ROW + 12} fontSize={10} textAnchor="end">{k.replace(/_/g, ' ')}</text>)}
        {rep.events.map((e, i) => (
          <circle key={i} cx={x(e.month)} cy={kinds.indexOf(e.kind) * ROW + 8} r={3.5} fill="#1f5fbf" fillOpacity={0.7}>
            <title>{`${monthLabel(result.months[e.month] ?? '')}: ${e.subject} — ${e.detail}`}</title>
          </circle>
        ))}
      </svg>
      <ol aria-label="Events in order">
        {rep.events.map((e, i) => (
          <li key={i}><span>{monthLabel(result.months[e.month] ?? '')}</span><span>{e.kind.replace(/_/g, ' ')}</span><span>{e.subject} — {e.detail}</span></li>
        ))}
      </ol>
    </div>
  );
}

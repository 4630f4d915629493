/** Network: the alliance network of a year, optionally coloured by a result's stance probabilities. */
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api.js';
import { NetworkGraph, nodeRole, stanceColour, TIE_STYLES } from '../charts/NetworkGraph.js';
import { pct } from '../format.js';
import { ROLE_COLOURS, ROLES } from '../roles.js';
import { HORIZON_STANCES as STANCES, horizonStanceOption as optionLabel, horizonStanceShort as shortLabel, stanceAtHorizon } from '../stance-at-horizon.js';
import { ChartFrame } from '../ui/ChartFrame.js';
import { ErrorNote, Loading } from '../ui/Status.js';
import { WhatIsThis } from '../ui/WhatIsThis.js';
import { useRequest } from '../use-request.js';

export default function Network() {
  const health = useRequest(() => api.health(), []);
  const runs = useRequest(() => api.runs(), []);
  const [year, setYear] = useState(2016);
  const [kinds, setKinds] = useState<Set<string>>(() => new Set(Object.entries(TIE_STYLES).filter(([, t]) => t.shown).map(([k]) => k)));
  const [runId, setRunId] = useState('');
  const [stance, setStance] = useState<string>(STANCES[0]!);
  const network = useRequest(() => api.network(year), [year]);
  const result = useRequest(runId === '' ? null : () => api.results(runId), [runId]);
  useEffect(() => { document.title = `Network ${year} — Ballast`; }, [year]);
  const colour = useMemo(() => stanceColour(stance), [stance]);
  const probability = useMemo(() => (result.data ? stanceAtHorizon(result.data, stance) : null), [result.data, stance]);
  const [first, last] = health.data?.years ?? [1990, 2016];
  const years = Array.from({ length: last - first + 1 }, (_, i) => last - i);
  const done = (runs.data ?? []).filter((r) => r.status === 'done');
  const degree = useMemo(() => {
    const d = new Map<string, number>();
    for (const e of network.data?.edges ?? []) { d.set(e.a, (d.get(e.a) ?? 0) + 1); d.set(e.b, (d.get(e.b) ?? 0) + 1); }
    return d;
  }, [network.data]);
  const horizon = result.data?.months[result.data.months.length - 1];
  const blocsOf = (iso3: string) => (network.data?.blocs ?? []).filter((b) => b.atopid !== 3180 && b.members.includes(iso3)).map((b) => `; ${b.name.replace(/\s*\(.*$/, '')}`).join('')
    + ((network.data?.blocs ?? []).some((b) => b.pending.includes(iso3)) ? '; NATO accession signed, not in force' : '');

  return (
    <>
      <h1>The alliance network, {year}</h1>
      <WhatIsThis>
        <p>
          Each circle is a state, its area proportional to its share of world military-industrial capability (CINC). The United
          States sits at the centre; NATO members on the western arc share one treaty, drawn as one bloc: a spoke from each
          member to the NATO hub, and a dashed spoke for a state whose accession is signed but not yet in force (Montenegro in
          2016). The Asia-Pacific allies on the eastern arc are each tied to the United States alone — hub and spokes. Colours
          are the roles of the World map; rivals have dark rims, gray-zone states dashed ones. Other multilateral pacts (the EU's
          mutual-assistance clause) can be shown as blocs too. Choose a finished run to colour each ally by its probability of a stance at the
          run's horizon: accommodating its theatre's rival (Russia in Europe, China in the Asia-Pacific), or one of the stances
          short of defection that its theatre offers (a bilateral pact with the U.S. or European cover in Europe, regional
          networking in the Asia-Pacific).
        </p>
      </WhatIsThis>
      <div className="row panel">
        <label>Year<select value={year} onChange={(e) => setYear(Number(e.target.value))}>{years.map((y) => <option key={y} value={y}>{y}</option>)}</select></label>
        <fieldset className="toggle">
          <legend>Ties shown</legend>
          {Object.entries(TIE_STYLES).map(([k, s]) => (
            <label key={k} className="inline"><input type="checkbox" checked={kinds.has(k)} onChange={() => setKinds((old) => { const n = new Set(old); if (n.has(k)) n.delete(k); else n.add(k); return n; })} />{s.label}</label>
          ))}
        </fieldset>
        <label>Colour allies by a result
          <select value={runId} onChange={(e) => setRunId(e.target.value)}>
            <option value="">— none: colour by role —</option>
            {done.map((r) => <option key={r.id} value={r.id}>{r.title} ({r.runs.toLocaleString('en-US')} runs, seed {r.seed}, {new Date(r.createdAt).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })})</option>)}
          </select>
        </label>
        <label>Stance<select value={stance} onChange={(e) => setStance(e.target.value)} disabled={runId === ''}>{STANCES.map((s) => <option key={s} value={s}>{optionLabel(s)}</option>)}</select></label>
      </div>
      {runs.data && done.length === 0 && <p className="small muted">No finished run yet: run a scenario to colour the network by its results.</p>}
      {[network.error, result.error, runs.error].map((e, i) => e && <ErrorNote key={i} error={e} />)}
      {(network.loading || result.loading) && <Loading what={result.loading ? 'the result' : 'the network'} />}
      {network.data && (
        <ChartFrame title={`Defence ties among the states Ballast follows, ${network.data.year}`} unit="node area ∝ CINC, share of world capabilities" testid="network"
          source={<>ATOP v5.1 (defence obligations), NATO memberships (data/facts), COW NMC v7.0 (CINC){result.data ? <>; colours: Ballast result {runId.slice(0, 8)}, {result.data.runs.toLocaleString('en-US')} runs, at {horizon}</> : null}</>}>
          <div className="network">
            <NetworkGraph network={network.data} kinds={kinds} probability={probability} stance={stance} />
            <div className="legend-row">
              {probability ? (
                <span>P({shortLabel(stance)}) at {horizon}:{' '}
                  {[0, 0.25, 0.5, 0.75, 1].map((p) => <span key={p}><span className="swatch" style={{ background: colour(p) }} />{pct(p, 0)} </span>)}
                  <span className="swatch" style={{ background: '#fff' }} />not an ally in the result, or its theatre does not offer the stance</span>
              ) : ROLES.map((role) => <span key={role}><span className="swatch" style={{ background: ROLE_COLOURS[role] }} />{role}</span>)}
              {Object.entries(TIE_STYLES).filter(([k]) => kinds.has(k)).map(([k, s]) => <span key={k}><svg width={28} height={8} aria-hidden="true"><line x1={0} x2={28} y1={4} y2={4} stroke={s.stroke} strokeOpacity={Math.max(s.opacity, 0.5)} strokeDasharray={s.dash} strokeWidth={2} /></svg> {s.label}</span>)}
            </div>
          </div>
        </ChartFrame>
      )}
      {network.data && (
        <div className="table-scroll">
          <table className="data" data-testid="network-table">
            <caption>The same states as a table</caption>
            <thead><tr><th scope="col">State</th><th scope="col">Role and blocs</th><th scope="col" className="num">CINC</th><th scope="col" className="num">Defence ties</th>{probability && <th scope="col" className="num">P({shortLabel(stance)}) at {horizon}</th>}</tr></thead>
            <tbody>
              {[...network.data.nodes].sort((a, b) => a.name.localeCompare(b.name)).map((n) => (
                <tr key={n.iso3}>
                  <th scope="row">{n.name} ({n.iso3})</th>
                  <td>{nodeRole(n)}{blocsOf(n.iso3)}</td>
                  <td className="num">{n.cinc === null ? '–' : n.cinc.toFixed(4)}</td><td className="num">{degree.get(n.iso3) ?? 0}</td>
                  {probability && <td className="num">{pct(probability.get(n.iso3))}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

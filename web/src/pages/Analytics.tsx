/** Analytics: burden sharing in NATO (Olson & Zeckhauser 1966) for a year, from GET /api/analyze/burden. */
import { useEffect, useMemo, useState } from 'react';
import * as Plot from '@observablehq/plot';
import type { NatoBurden } from '../../../src/analysis/burden/nato-burden.js';
import { api } from '../api.js';
import { PlotFigure } from '../charts/PlotFigure.js';
import { num } from '../format.js';
import { ChartFrame } from '../ui/ChartFrame.js';
import { ErrorNote, Loading } from '../ui/Status.js';
import { WhatIsThis } from '../ui/WhatIsThis.js';
import { useRequest } from '../use-request.js';

const rho = (r: NatoBurden['spearman']) => (r.rho === null ? 'undefined' : `ρ = ${r.rho.toFixed(3)}, one-tailed p = ${r.pOneTailed === null ? '–' : r.pOneTailed.toFixed(3)} (n = ${r.n})`);

export default function Analytics() {
  const health = useRequest(() => api.health(), []);
  const [year, setYear] = useState(2016);
  const burden = useRequest(() => api.analyze<NatoBurden>('burden', { year }), [year]);
  useEffect(() => { document.title = `Analytics ${year} — Ballast`; }, [year]);
  const [first, last] = health.data?.years ?? [1990, 2016];
  const years = Array.from({ length: last - first + 1 }, (_, i) => last - i);
  const b = burden.data && Array.isArray(burden.data.allies) && burden.data.spearman ? burden.data : null;
  const options = useMemo<Plot.PlotOptions | null>(() => b && {
    width: 760, height: 380, marginLeft: 50, marginRight: 40,
    x: { type: 'log', label: 'GDP (current US$ m, log scale)', grid: true },
    y: { label: 'defence spending (% of GDP)', grid: true, zero: true },
    marks: [
      Plot.ruleY([2], { stroke: '#c0473a', strokeDasharray: '4 3' }),
      Plot.dot(b.allies, { x: 'gdpUsdM', y: 'milexPctGdp', r: 4, fill: (d: NatoBurden['allies'][number]) => (d.exposedBorder ? '#c0473a' : '#1f5fbf'), tip: true, channels: { state: 'id' } }),
      Plot.text(b.allies, { x: 'gdpUsdM', y: 'milexPctGdp', text: 'id', dx: 6, textAnchor: 'start', fontSize: 9 }),
    ],
  }, [b]);

  return (
    <>
      <h1>Burden sharing in NATO, {year}</h1>
      <WhatIsThis>
        <p>
          Olson and Zeckhauser (1966) argued that in an alliance that provides a public good, the large members carry a
          disproportionate share of the burden: defence spending as a share of GDP should rise with GDP. The test is the
          rank correlation (Spearman's ρ) between members' GDP and their defence share of GDP, alone and controlling for GDP per
          capita and for a land border with Russia or Belarus. The dashed line is NATO's 2% guideline. Red dots are members
          with an exposed border. More models are in <code>ballast analyze</code> (docs/ANALYSIS.md).
        </p>
      </WhatIsThis>
      <div className="row panel">
        <label>Year<select value={year} onChange={(e) => setYear(Number(e.target.value))}>{years.map((y) => <option key={y} value={y}>{y}</option>)}</select></label>
      </div>
      {burden.error && <ErrorNote error={burden.error} />}
      {burden.loading && <Loading what="the burden-sharing analysis" />}
      {burden.data && !b && <p className="error">The server answered with an unexpected shape for /api/analyze/burden.</p>}
      {b && options && (
        <>
          <div className="panel" data-testid="burden-summary">
            <p><strong>GDP against defence share:</strong> {rho(b.spearman)}. Partial, controlling for GDP per capita: {rho(b.partialGdpPerCapita)}; for an exposed border: {rho(b.partialExposedBorder)}.</p>
            <p><strong>At or above 2% of GDP:</strong> {b.compliance.atOrAbove.length} of {b.compliance.members} members ({b.compliance.atOrAbove.map((a) => `${a.id} ${a.pctGdp.toFixed(2)}`).join(', ') || 'none'}); {b.compliance.reporting} report a figure.</p>
            {b.excluded.length > 0 && <p className="small muted">Left out: {b.excluded.map((e) => `${e.id} (${e.reason})`).join(', ')}.</p>}
          </div>
          <ChartFrame title={`NATO members' GDP and defence spending, ${b.year}`} unit="GDP in current US$ m (log); defence in % of GDP" source={`${b.vintages.join('; ')}; GDP implied by SIPRI; Olson & Zeckhauser (1966)`}>
            <PlotFigure options={options} label="Scatter of NATO members by GDP and defence share of GDP" />
          </ChartFrame>
          <div className="table-scroll">
            <table className="data">
              <caption>Members by GDP: share of the alliance's defence spending against share of its GDP</caption>
              <thead><tr><th scope="col">Member</th><th scope="col" className="num">GDP (US$ m)</th><th scope="col" className="num">Defence (% GDP)</th><th scope="col" className="num">Share of defence</th><th scope="col" className="num">Share of GDP</th><th scope="col" className="num">Ratio</th></tr></thead>
              <tbody>{b.allies.map((a) => <tr key={a.id}><th scope="row">{a.id}</th><td className="num">{num(a.gdpUsdM)}</td><td className="num">{a.milexPctGdp.toFixed(2)}</td><td className="num">{(a.milexShare * 100).toFixed(1)}%</td><td className="num">{(a.gdpShare * 100).toFixed(1)}%</td><td className="num">{a.shareRatio.toFixed(2)}</td></tr>)}</tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

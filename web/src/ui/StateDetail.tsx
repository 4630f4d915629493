/** One state's data for the year, grouped as the record is, each group with its source and vintage. */
import { useEffect, useRef, type ReactNode } from 'react';
import type { StateRecord } from '../../../src/data/state-record.js';
import { num, pct } from '../format.js';
import { roleOf } from '../world-metrics.js';

function Group({ title, source, rows }: { title: string; source: string | null; rows: [string, ReactNode][] }) {
  return (
    <section>
      <h3>{title}</h3>
      <dl>{rows.map(([k, v]) => <div key={k} style={{ display: 'contents' }}><dt>{k}</dt><dd>{v}</dd></div>)}</dl>
      <p className="source">Source: {source ?? 'no figure'}</p>
    </section>
  );
}

const yes = (b: boolean | null) => (b === null ? '–' : b ? 'yes' : 'no');

export function StateDetail({ state, year, onClose }: { state: StateRecord; year: number; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, [state.iso3]);
  const d = state.defence, t = state.usTroops, u = state.un, c = state.capabilities, a = state.alliances, n = state.nuclear;
  const defenceSource = d.source === null ? null : `headline ${d.vintage ?? (d.source === 'nato' ? 'NATO' : 'SIPRI')}${d.estimate ? ' (an estimate)' : ''}; SIPRI figures: ${d.sipriVintage ?? '–'}${d.natoVintage ? `; NATO figures: ${d.natoVintage}` : ''}`;
  return (
    <section className="panel detail" aria-labelledby="state-detail-title" data-testid="state-detail">
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h2 id="state-detail-title" tabIndex={-1} ref={heading} style={{ margin: 0 }}>{state.name} <span className="muted">({state.iso3}), {year}</span></h2>
        <button type="button" className="secondary" onClick={onClose}>Close</button>
      </div>
      <p className="small">{roleOf(state)} · theatre {state.theatre.replace('_', ' ')} · {state.region ?? 'region unknown'}{state.euMember ? ' · EU member' : ''}</p>
      <Group title="Defence spending" source={defenceSource} rows={[
        ['% of GDP', d.pctGdp === null ? '–' : `${d.pctGdp.toFixed(2)}%`],
        ['current US$ m', num(d.usdCurrentM)],
        ['SIPRI % of GDP', d.sipriPctGdp === null ? '–' : `${d.sipriPctGdp.toFixed(2)}%`],
        ['NATO % of GDP', d.natoPctGdp === null ? '–' : `${d.natoPctGdp.toFixed(2)}%`],
      ]} />
      <Group title="U.S. troops hosted" source={`${t.source}${t.vintage ? `, ${t.vintage}` : ''}`} rows={[
        ['active duty', num(t.activeDuty)], ['army / navy / air force / marines', [t.army, t.navy, t.airForce, t.marines].map((x) => num(x)).join(' / ')],
      ]} />
      <Group title="U.S. bases" source={state.usBases.source} rows={[['bases / lily pads / funded sites', [state.usBases.bases, state.usBases.lilypads, state.usBases.fundedSites].map((x) => num(x)).join(' / ')]]} />
      <Group title="Capabilities" source={c.source} rows={[['CINC (share of world)', c.cinc === null ? '–' : c.cinc.toFixed(4)], ['military personnel (thousands)', num(c.milperK)], ['population (thousands)', num(c.tpopK)]]} />
      <Group title="UN General Assembly votes" source={u.source} rows={[
        ['agreement with the USA', pct(u.agreeUsa)], ['agreement with Russia', pct(u.agreeRus)], ['agreement with China', pct(u.agreeChn)],
        ['ideal point', u.idealPoint === null ? '–' : u.idealPoint.toFixed(2)], ['votes', num(u.votes)],
      ]} />
      <Group title="Alliances" source={a.source} rows={[
        ['U.S. defence pact', yes(a.usDefencePact)], ['U.S. obliged to defend it', yes(a.usDefendsState)], ['U.S. treaties', a.usTreaties.join(', ') || '–'],
        ['NATO accession', a.natoAccession ?? '–'], ['NATO integrated command', yes(state.natoIntegratedCommand)], ['EFP battlegroup', state.efpHost ? `yes (framework ${state.efpHost.framework})` : 'no'],
      ]} />
      <Group title="Nuclear status" source={n.source} rows={[
        ['NPT party', yes(n.nptParty)], ['own weapons', yes(n.ownWeapons)], ['hosts U.S. weapons', yes(n.usWeaponsHosted)], ['latent capability', n.latent ? `yes${n.latentNote ? ` (${n.latentNote})` : ''}` : 'no'],
        ['history', n.history.length === 0 ? 'none' : n.history.map((h) => `${h.level} ${h.from}–${h.until ?? ''}`).join('; ')],
      ]} />
      {state.surveys.length > 0 && (
        <section>
          <h3>Surveys</h3>
          <ul className="small">{state.surveys.map((s, i) => <li key={i}>{s.measure} ({s.year}): {s.pct === null ? '–' : `${s.pct}%`} — <a href={s.sourceUrl}>{s.survey}</a></li>)}</ul>
        </section>
      )}
      <p className="source">Capital: {state.capital.name ?? '–'} ({state.capital.source}). Memberships: {state.memberships.source}.</p>
    </section>
  );
}

/** World: the alliance system in a year, as a map and a table, with every figure's source. */
import { useEffect, useState } from 'react';
import { api } from '../api.js';
import { Legend } from '../charts/Legend.js';
import { MAP_VIEWS, WorldMap, type MapView } from '../charts/WorldMap.js';
import { ATLAS_SOURCE } from '../charts/world-atlas.js';
import { StateDetail } from '../ui/StateDetail.js';
import { StateTable } from '../ui/StateTable.js';
import { ErrorNote, Loading } from '../ui/Status.js';
import { WhatIsThis } from '../ui/WhatIsThis.js';
import { useRequest } from '../use-request.js';
import { WORLD_METRICS, metricById, type MetricId } from '../world-metrics.js';

const SOURCES: Record<MetricId, string> = {
  role: 'Ballast roster and dated memberships (data/facts), ATOP v4.01/v5.1',
  defence: 'NATO, Defence Expenditure of NATO Countries (June 2019) where it has the year, else SIPRI Military Expenditure Database (2025 share / 2024 US$)',
  troops: 'troopdata (Allen, Flynn & Martinez Machain 2022), DMDC active-duty counts',
  unUsa: 'Bailey, Strezhnev & Voeten (2017), UN General Assembly voting, June 2024 estimates',
  unRus: 'Bailey, Strezhnev & Voeten (2017), UN General Assembly voting, June 2024 estimates',
  unChn: 'Bailey, Strezhnev & Voeten (2017), UN General Assembly voting, June 2024 estimates',
  cinc: 'Correlates of War National Material Capabilities v7.0',
};

export default function World() {
  const health = useRequest(() => api.health(), []);
  const [year, setYear] = useState(2016);
  const [metricId, setMetricId] = useState<MetricId>('defence');
  const [selected, setSelected] = useState<string | null>(null);
  const [view, setView] = useState<MapView>('world');
  const world = useRequest(() => api.world(year), [year]);
  const metric = metricById(metricId);
  const years = health.data?.years ?? [1990, 2016];
  useEffect(() => { document.title = `World ${year} — Ballast`; }, [year]);
  const state = world.data?.states.find((s) => s.iso3 === selected) ?? null;

  return (
    <>
      <h1>The alliance system in {year}</h1>
      <WhatIsThis>
        <p>
          Each state Ballast follows — the United States, its NATO and Asia-Pacific treaty allies, partners, the gray-zone states
          where rivals probe, and the rivals — coloured by the measure you choose; the Europe view makes the eastern flank and the Balkans legible. Circles at capitals show the U.S. troops each
          state hosts; dashed outlines mark the gray zones. Grey states are outside the model. Missing figures are hatched:
          a gap in the data is never shown as zero. Choose a state on the map or in the table for every figure with its source and vintage.
        </p>
      </WhatIsThis>
      <div className="row panel">
        <label>
          Year: <strong>{year}</strong>
          <input type="range" min={years[0]} max={years[1]} step={1} value={year} onChange={(e) => setYear(Number(e.target.value))} aria-valuetext={String(year)} />
        </label>
        <label>
          Measure
          <select value={metricId} onChange={(e) => setMetricId(e.target.value as MetricId)}>
            {WORLD_METRICS.map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
          </select>
        </label>
        <fieldset className="toggle">
          <legend>View</legend>
          {MAP_VIEWS.map((v) => <label key={v.id} className="inline"><input type="radio" name="map-view" value={v.id} checked={view === v.id} onChange={() => setView(v.id)} />{v.label}</label>)}
        </fieldset>
        <span className="small muted">Data cover {years[0]}–{years[1]}{world.data ? ` · data version ${world.data.dataVersion}` : ''}</span>
      </div>
      {world.error && <ErrorNote error={world.error} />}
      {world.loading && !world.data && <Loading what={`the ${year} world`} />}
      {world.data && (
        <div className="map-layout">
          <div>
            <figure className="chart" aria-busy={world.loading}>
              <figcaption><strong>{metric.label}, {world.data.year}</strong> <span className="unit">({metric.unit})</span></figcaption>
              <WorldMap states={world.data.states} metric={metric} view={view} selected={selected} onSelect={setSelected} />
              <Legend metric={metric} troops />
              <p className="source">Source: {SOURCES[metric.id]}; U.S. troops: troopdata/DMDC; outlines: {ATLAS_SOURCE}. Each state's vintage is in its detail.</p>
            </figure>
          </div>
          <div>
            {state ? <StateDetail state={state} year={world.data.year} onClose={() => setSelected(null)} /> : (
              <p className="panel small">Choose a state on the map or in the table below to see its data and sources.</p>
            )}
          </div>
        </div>
      )}
      {world.data && <StateTable states={world.data.states} selected={selected} onSelect={setSelected} year={world.data.year} />}
    </>
  );
}

/** Results of one run (an ensemble): outcomes, metrics over time, allies, chains, a run's story, files. */
import { useEffect, useRef, useState } from 'react';
import { api, downloads, type ResultsResponse } from '../api.js';
import { FanChart } from '../charts/FanChart.js';
import { StanceHeatmap } from '../charts/StanceHeatmap.js';
import { StanceMap } from '../charts/StanceMap.js';
import { ATLAS_SOURCE } from '../charts/world-atlas.js';
import { Timeline } from '../charts/Timeline.js';
import { monthLabel } from '../format.js';
import { Headline } from '../ui/Headline.js';
import { recordRoute } from '../record-route.js';
import type { SensitivityView } from '../route.js';
import { alliesIn, THEATRE_IN_TEXT } from '../labels.js';
import { AllyTable } from '../ui/AllyTable.js';
import { ChainList } from '../ui/ChainList.js';
import { ChartFrame } from '../ui/ChartFrame.js';
import { Downloads } from '../ui/Downloads.js';
import { ExplanationPanel } from '../ui/ExplanationPanel.js';
import { NuclearTable } from '../ui/NuclearTable.js';
import { OutcomeGroups } from '../ui/OutcomeGroups.js';
import { RunProgress } from '../ui/RunProgress.js';
import { SensitivityPanel } from '../ui/SensitivityPanel.js';
import { StanceCounts } from '../ui/StanceCounts.js';
import { ErrorNote, Loading } from '../ui/Status.js';
import { WhatIsThis } from '../ui/WhatIsThis.js';
import { useRequest } from '../use-request.js';
import { useRun } from '../use-run.js';
import type { MetricName } from '../../../src/model/metrics.js';

/** The metrics drawn as fan charts: names the model's METRIC_NAMES defines (a typo does not compile). */
const FAN_METRICS = ['cohesion', 'cohesion_europe', 'cohesion_asia_pacific', 'mean_credibility', 'allies_at_2pct', 'accommodation', 'probes'] as const satisfies readonly MetricName[];
const SHARES: ReadonlySet<string> = new Set(['cohesion', 'cohesion_europe', 'cohesion_asia_pacific', 'mean_credibility']);
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const TITLES: Record<(typeof FAN_METRICS)[number], string> = {
  cohesion: 'Cohesion of the whole system', cohesion_europe: `Cohesion in ${THEATRE_IN_TEXT.europe}`, cohesion_asia_pacific: `Cohesion in ${THEATRE_IN_TEXT.asia_pacific}`,
  mean_credibility: 'Mean credibility of the U.S. guarantee', allies_at_2pct: 'Allies at ≥2% of GDP on defence', accommodation: capitalised(alliesIn('accommodation')), probes: 'Rival probes so far',
};

export default function Results({ id, sensitivity = null }: { id: string; sensitivity?: SensitivityView | null }) {
  const first = useRequest(() => api.run(id), [id]);
  const info = useRun(first.data);
  const done = info?.status === 'done';
  const result = useRequest(done ? () => api.results(id) : null, [id, done]);
  useEffect(() => { document.title = `${info?.title ?? 'Results'} — Ballast`; }, [info?.title]);
  // When the run's result arrives, focus moves to its heading (keyboard and screen-reader users start there).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (result.data) heading.current?.focus(); }, [result.data]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>{info?.title ?? 'Results'}</h1>
      {result.data && <Headline id={id} />}
      {result.data && (
        <p className="row">
          <a className="button" href={downloads.brief(id)} download={`ballast-brief-${id}.html`} data-testid="brief">Brief: download a briefing to send</a>
          <span className="small muted">one HTML file with the headline, the assumptions in plain words, the charts and the allies at risk; it opens offline</span>
        </p>
      )}
      <WhatIsThis>
        <p>
          One scenario simulated many times (an ensemble): each run draws its own probes, reviews and choices, so the answer
          is a distribution. The bars give the chance that the alliance ends the horizon holding, strained, fragmenting or
          unravelled, with 95% intervals: for the whole system, for Europe and for the Asia-Pacific, each classified by its own
          cohesion (the share of the allies' military expenditure the alliance can count on: an aligned ally counts fully, one
          in a bilateral pact with the U.S., under European cover or networking regionally counts in part, one accommodating
          the rival, Russia or China, not at all). Beside it, the plain count of allies in each stance. The fan charts show how metrics move month by month: the line is the median run, the bands hold the
          middle 50% and 90% of runs. Choose an ally (in the heat map or the table) to see the terms behind its choices. Near the end, “Which parameters
          matter?” ranks the model's uncertain parameters by how much they move an outcome (a tornado chart).
        </p>
      </WhatIsThis>
      {first.error && <ErrorNote error={first.error} />}
      {first.loading && <Loading what="the run" />}
      {info && !done && <RunProgress info={info} />}
      {result.error && <ErrorNote error={result.error} />}
      {result.loading && <Loading what="the results" />}
      {result.data && <ResultView id={id} result={result.data} scenarioName={info?.scenarioName ?? null} sensitivity={sensitivity} />}
    </>
  );
}

function ResultView({ id, result, scenarioName, sensitivity }: { id: string; result: ResultsResponse; scenarioName: string | null; sensitivity: SensitivityView | null }) {
  const horizon = result.months[result.months.length - 1] ?? result.start;
  const [explain, setExplain] = useState<{ ally: string; month: string } | null>(null);
  const totals = result.outcomes.some((o) => o.total_lo != null);
  // States by name in the event chains (the chains name gray-zone states too, which are not allies).
  const world = useRequest(() => api.world(Number(result.start.slice(0, 4)) - 1), [result.start]);
  const names = Object.fromEntries((world.data?.states ?? []).map((s) => [s.iso3, s.name]));
  const source = <>Ballast model {result.model_version}, data {result.data_version}; {result.runs.toLocaleString('en-US')} runs, seed {result.seed}</>;
  return (
    <>
      <p className="small muted">
        {result.runs.toLocaleString('en-US')} runs, seed {result.seed}, {result.horizon_months} months from {monthLabel(result.start)} to {monthLabel(horizon)};
        data {result.data_version}, model {result.model_version}, scenario {result.scenario.hash.slice(0, 12)}.
        {result.scenario.description ? ` ${result.scenario.description}` : ''}
      </p>
      <ChartFrame title={`Outcome at the horizon (${monthLabel(horizon)})`} unit={`probability, with 95% Wilson (Monte Carlo) interval${totals ? ' (the headline gives the total one)' : ''}; the system and each theatre by its own cohesion`} source={source}>
        <OutcomeGroups outcomes={result.outcomes} theatres={result.theatres} />
      </ChartFrame>
      <ChartFrame title={`Allies in each stance at the horizon (${monthLabel(horizon)})`} unit="allies; median and 90% band across runs" source={source} note="– where the theatre does not offer the stance">
        <StanceCounts result={result} />
      </ChartFrame>
      <div className="grid2">
        {FAN_METRICS.filter((m) => result.metrics[m]).map((m) => {
          const metric = result.metrics[m]!;
          return (
            <ChartFrame key={m} title={TITLES[m] ?? m} unit={metric.unit} source={source} testid={`fan-${m}`} note={metric.meaning}>
              <FanChart months={result.months} metric={metric} label={TITLES[m] ?? m} unitShare={SHARES.has(m)} />
            </ChartFrame>
          );
        })}
      </div>

      {world.data && (
        <ChartFrame title={`Where allies take each stance, at the horizon (${monthLabel(horizon)})`} unit="probability across runs" source={<>{source}; outlines: {ATLAS_SOURCE}</>} testid="stance-map-frame">
          <StanceMap result={result} states={world.data.states} />
        </ChartFrame>
      )}

      <h2>Allies month by month</h2>
      <ChartFrame title="Stance of each ally by month" unit="probability across runs" source={source} note="choose a cell to explain that ally in that month">
        <StanceHeatmap result={result} onPick={(ally, month) => setExplain({ ally, month })} />
      </ChartFrame>
      {explain && <ExplanationPanel id={id} ally={explain.ally} theatre={result.allies.find((a) => a.iso3 === explain.ally)?.drivers.theatre} month={explain.month} months={result.months} names={names} onMonth={(month) => setExplain({ ...explain, month })} onClose={() => setExplain(null)} />}
      <AllyTable result={result} onExplain={(ally) => setExplain({ ally, month: horizon })} />

      <h2>Nuclear weapons</h2>
      <ChartFrame title="Allies climbing the nuclear ladder" unit="probability at the horizon" source={<>{source}; ladder after Debs &amp; Monteiro (2017) and Bleek (2017)</>}>
        <NuclearTable result={result} />
      </ChartFrame>

      <h2>How runs got there</h2>
      <ChartFrame title="Most frequent event chains to each outcome" unit="first salient events of a run; share of the runs with that outcome" source={source}>
        <ChainList result={result} names={names} />
      </ChartFrame>
      <ChartFrame title="A representative run, event by event" unit="months" source={<>{source}; the run re-simulated with a trace</>}>
        <Timeline result={result} />
      </ChartFrame>

      <SensitivityPanel id={id} scenario={scenarioName} source={source} initial={sensitivity} onView={(v) => recordRoute({ page: 'results', id, sensitivity: v })} />

      <h2>Files</h2>
      <Downloads id={id} />
    </>
  );
}

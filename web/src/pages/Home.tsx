/** Home: the essay's framing, what Ballast does, the pages, and the alliance system of 2016 on a map. */
import { useEffect } from 'react';
import { api } from '../api.js';
import { Legend } from '../charts/Legend.js';
import { WorldMap } from '../charts/WorldMap.js';
import { ATLAS_SOURCE } from '../charts/world-atlas.js';
import { ErrorNote, Loading } from '../ui/Status.js';
import { WhatIsThis } from '../ui/WhatIsThis.js';
import { useRequest } from '../use-request.js';
import { metricById } from '../world-metrics.js';
import { ALLIANCE_THEATRES, THEATRE_RIVAL, THEATRE_STANCES } from '../../../src/vocabulary.js';
import { RIVAL_NAME, STANCE_LABEL, THEATRE_IN_TEXT } from '../labels.js';

/** "in Europe: bilateral pact with the U.S. or European cover; in the Asia-Pacific: regional networking", from the vocabulary. */
const SHORT_OF_DEFECTION = ALLIANCE_THEATRES.map((h) => `in ${THEATRE_IN_TEXT[h]}: ${THEATRE_STANCES[h].filter((s) => s !== 'aligned' && s !== 'accommodation').map((s) => STANCE_LABEL[s]).join(' or ')}`).join('; ');
const RIVALS = ALLIANCE_THEATRES.map((h) => `${RIVAL_NAME[THEATRE_RIVAL[h]]} in ${THEATRE_IN_TEXT[h]}`).join(', ');

const PAGES = [
  { href: '#/world', title: 'World', text: 'the alliance system in any year from 1990 to 2016: defence spending, U.S. troops, UN votes, capabilities, with sources' },
  { href: '#/scenarios', title: 'Scenarios', text: 'the essay\'s scenarios; edit one, or write your own, and run it as a Monte Carlo ensemble' },
  { href: '#/compare', title: 'Compare', text: 'two scenarios run by run with common random numbers: what a trigger changes, with intervals' },
  { href: '#/network', title: 'Network', text: 'the alliance network: the U.S. hub, NATO, the bilateral treaties, coloured by the chance that an ally accommodates its theatre\'s rival (Russia or China)' },
  { href: '#/analytics', title: 'Analytics', text: 'the field\'s standard measures: burden sharing (Olson & Zeckhauser) and more' },
];

export default function Home() {
  const world = useRequest(() => api.world(2016), []);
  useEffect(() => { document.title = 'Ballast — the U.S. alliance system under stress'; }, []);
  const metric = metricById('role');
  return (
    <>
      <h1>Ballast: how the U.S. alliance system holds or unravels under stress</h1>
      <WhatIsThis>
        <p>
          Ballast models the U.S. alliance system — the multilateral Atlantic Alliance (NATO) and the hub-and-spokes treaties
          with Japan, South Korea, Australia, the Philippines and Thailand — and simulates, month by month and thousands of times,
          how it holds or unravels when the patron's guarantee wavers.
        </p>
      </WhatIsThis>
      <section className="panel">
        <h2 style={{ marginTop: 0 }}>The question</h2>
        <blockquote>
          <p>
            In December 2016, François Heisbourg described alliances that are durable and highly resilient, with “built-in inertia”:
            U.S. troops permanently deployed in Europe and Asia, integrated command and control, shared standards and shared
            surveillance of the battle space — the ballast of the system. He then described the stresses: a patron making its
            guarantee conditional and transactional, the 2% burden-sharing dispute (“only four of 28 other member countries”),
            populism and pro-Russian parties in Europe, and three triggers of a worst case in which the system unravels within a
            year — countermanding the U.S. contribution to NATO's Enhanced Forward Presence, Russian subversion in the Balkans or
            a crisis over Moldova or Belarus, and a U.S. exit from the Iran nuclear deal — with allies hedging, seeking bespoke
            bilateral deals, or, in Asia, weighing nuclear weapons.
          </p>
          <footer>— after F. Heisbourg, “The Future of the U.S. Alliance System”, <cite>Foreign Affairs</cite>, December 2016</footer>
        </blockquote>
        <p>
          Ballast turns that reasoning into a quantitative, reproducible model built on real data (SIPRI, NATO, the Correlates of
          War, ATOP, troopdata, UN votes): <em>what happens to cohesion, defence spending, accommodation of Russia and China,
          and proliferation, with what probability, over the next 12–48 months, if …?</em> Every run is reproducible from its
          scenario, seed, data version and model version; every figure names its source.
        </p>
        <p>
          Each ally belongs to one theatre, Europe (NATO) or the Asia-Pacific (the five treaty allies), and each month may stay
          aligned, accommodate its theatre's rival ({RIVALS}: the defection), or take a step short of defection ({SHORT_OF_DEFECTION}).
          Outcomes are reported for the whole system and for each theatre.
        </p>
      </section>
      <section>
        <h2>The pages</h2>
        <ul>{PAGES.map((p) => <li key={p.href}><a href={p.href}>{p.title}</a>: {p.text}.</li>)}</ul>
      </section>
      <section>
        <h2>The alliance system in 2016</h2>
        {world.error && <ErrorNote error={world.error} />}
        {world.loading && <Loading what="the 2016 world" />}
        {world.data && (
          <figure className="chart" style={{ maxWidth: 760 }}>
            <figcaption><strong>Roles in the alliance system, 2016</strong> <span className="unit">(category; circles: U.S. active-duty troops hosted)</span></figcaption>
            <WorldMap states={world.data.states} metric={metric} testid="home-map" />
            <Legend metric={metric} troops />
            <p className="source">Source: Ballast roster and memberships (data/facts), ATOP; troops: troopdata/DMDC; outlines: {ATLAS_SOURCE}. <a href="#/world">Explore the map by measure and year</a>.</p>
          </figure>
        )}
      </section>
    </>
  );
}

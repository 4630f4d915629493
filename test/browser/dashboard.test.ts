/**
 * The dashboard as a person sees it, in Debian's chromium against a real server: the map,
 * a worst-case run with its progress bar and results (the system, Europe and the Asia-Pacific,
 * the headline, the stance counts), an invalid edit flagged at its line, a comparison in two
 * columns with each theatre, the network; no console errors; a screenshot of each page.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, SCREENSHOTS, type Harness } from './harness.js';
import { percentNumber } from '../../src/results/headline.js';
import type { HeadlineResponse, ResultsResponse } from '../../src/server/contract.js';

let h: Harness;
beforeAll(async () => { h = await openHarness(); }, 120_000);
afterAll(async () => { await h?.close(); });

const shot = (name: string) => join(SCREENSHOTS, `${name}.png`);

describe('the dashboard', () => {
  it('home page: the map with the 2016 allies coloured, the essay\'s framing, no console errors', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/`);
    const map = page.getByTestId('home-map');
    await map.locator('path[data-iso3="POL"]').waitFor();
    const fill = (iso3: string) => map.locator(`path[data-iso3="${iso3}"]`).getAttribute('fill');
    const [pol, jpn, rus] = [await fill('POL'), await fill('JPN'), await fill('RUS')];
    expect(pol).toBeTruthy();
    for (const f of [pol, jpn]) expect(f).not.toBe("#e6e6e6"); // allies are coloured, not the grey of states outside the roster
    expect(rus).not.toBe(pol); // a rival is not coloured as an ally
    expect(await map.locator('path[data-iso3]').count()).toBeGreaterThan(40);
    // Troops are circles only where they are a deployment: Germany, Japan, South Korea; not the embassy guards in Russia or China.
    for (const iso3 of ['DEU', 'JPN', 'KOR']) expect(await map.locator(`circle.troops[data-iso3="${iso3}"]`).count(), iso3).toBe(1);
    for (const iso3 of ['RUS', 'CHN']) expect(await map.locator(`circle.troops[data-iso3="${iso3}"]`).count(), iso3).toBe(0);
    await expect(page.getByText('Heisbourg', { exact: false }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: shot('home'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('world page: a year and a metric, a state\'s detail with its sources', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/world`);
    const map = page.getByTestId('world-map');
    await map.locator('path[data-iso3="DEU"]').waitFor();
    await map.locator('path[data-iso3="DEU"]').click();
    const detail = page.getByTestId('state-detail');
    await detail.waitFor();
    await expect(detail.textContent()).resolves.toMatch(/Germany/);
    await expect(detail.textContent()).resolves.toMatch(/troopdata|SIPRI|NATO/);
    await page.screenshot({ path: shot('world'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('runs the worst case with 2,000 runs: the progress bar, then outcome probabilities and fan charts', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/scenarios/worst-case`);
    await page.getByTestId('validation-status').getByText('Valid').waitFor();
    await page.getByLabel('Runs').fill('2000');
    await page.getByTestId('validation-status').getByText('2,000 runs').waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const progress = page.getByTestId('run-progress');
    await progress.waitFor();
    expect(await progress.getAttribute('role')).toBe('progressbar');
    await page.screenshot({ path: shot('run-progress') });
    await page.waitForURL(/#\/results\//, { timeout: 60_000 });
    const outcomes = page.getByTestId('outcomes');
    await outcomes.waitFor();
    await expect(outcomes.textContent()).resolves.toMatch(/holds/);
    for (const m of ['cohesion', 'cohesion_europe', 'cohesion_asia_pacific', 'mean_credibility', 'allies_at_2pct', 'accommodation', 'probes']) {
      await page.getByTestId(`fan-${m}`).locator('svg').first().waitFor();
    }
    // Cohesion's fans carry the mean's total interval over the posterior, in words with the API's numbers; the counts' fans do not.
    const id = /#\/results\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const result = await (await fetch(`${h.server.url}/api/runs/${id}/results`)).json() as ResultsResponse;
    const c = result.metrics.cohesion!, end = c.mean.length - 1;
    const caption = (await page.getByTestId('fan-cohesion').getByTestId('fan-total').textContent()) ?? '';
    expect(caption).toContain(`${c.mean_total_lo![end]!.toFixed(2)}–${c.mean_total_hi![end]!.toFixed(2)} in the last month`);
    expect(c.mean_total_lo![end]!).toBeLessThan(c.mean_lo![end]!);
    await expect(page.getByTestId('fan-probes').getByTestId('fan-total').count()).resolves.toBe(0);
    await page.getByTestId('stance-heatmap').waitFor();
    await page.getByRole('button', { name: /Which parameters matter/ }).click();
    await page.getByTestId('tornado').locator('svg').first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: shot('results'), fullPage: true });
    await page.screenshot({ path: shot('results-top') });
    expect(errors).toEqual([]);
  });

  it('a small worst-case ensemble: the system, Europe and the Asia-Pacific each with percentages and intervals, and the headline', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/scenarios/worst-case`);
    await page.getByTestId('validation-status').getByText('Valid').waitFor();
    await page.getByLabel('Runs').fill('300');
    await page.getByTestId('validation-status').getByText('300 runs').waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForURL(/#\/results\//, { timeout: 60_000 });
    const id = /#\/results\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const result = await (await fetch(`${h.server.url}/api/runs/${id}/results`)).json() as ResultsResponse;
    expect(result.theatres.map((t) => t.theatre)).toEqual(['europe', 'asia_pacific']);

    // Three groups, each headed and each with the four outcomes' percentages and their 95% intervals as the API gives them.
    const groups = page.getByTestId('outcomes-groups');
    await groups.waitFor();
    const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
    for (const [scope, heading, outcomes] of [['system', 'The whole system', result.outcomes], ['europe', 'Europe', result.theatres[0]!.outcomes], ['asia_pacific', 'Asia-Pacific', result.theatres[1]!.outcomes]] as const) {
      const group = groups.locator(`section[data-scope="${scope}"]`);
      await expect(group.getByRole('heading', { name: heading, exact: true }).isVisible()).resolves.toBe(true);
      const bars = group.getByRole('img');
      await expect(bars.isVisible()).resolves.toBe(true);
      const text = (await bars.textContent()) ?? '';
      for (const o of outcomes) {
        expect(text).toContain(o.outcome);
        expect(text).toContain(`${pct(o.probability)} [${pct(o.lo)}–${pct(o.hi)}]`);
      }
      expect(text.match(/\d+\.\d% \[\d+\.\d%–\d+\.\d%\]/g)).toHaveLength(4);
      const box = await group.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 1280).toBe(true); // on screen, not clipped off to the right
    }
    // The three groups side by side at this width.
    const [sys, eur, asia] = await Promise.all(['system', 'europe', 'asia_pacific'].map((s) => groups.locator(`section[data-scope="${s}"]`).boundingBox()));
    expect(sys && eur && asia && sys.x < eur.x && eur.x < asia.x).toBe(true);

    // The headline, in words a person reads, with the numbers of the result, against continuity's: the server
    // queues continuity's ensemble (same runs and seed) after the run, and the sentence gains it when it is done.
    const headline = page.getByTestId('headline');
    await headline.filter({ hasText: 'under continuity' }).waitFor({ timeout: 60_000 });
    const sentence = (await headline.textContent()) ?? '';
    // The server's runs draw the calibrated parameters from the posterior, but 300 runs are too few for the
    // total interval (two runs per draw): the headline gives the Monte Carlo interval and the note says why.
    expect(sentence).toMatch(/^The alliance holds in [\d.]+% of runs \(95% interval [\d.]+–[\d.]+%\) against [\d.]+% under continuity; in Europe [\d.]+% \([\d.]+–[\d.]+%\) against [\d.]+%; in the Asia-Pacific [\d.]+% \([\d.]+–[\d.]+%\) against [\d.]+%\./);
    expect((await page.getByTestId('interval-note').textContent()) ?? '').toMatch(/posterior \(200 draws\).*needs at least 400 runs/);
    expect((await page.getByTestId('outcome-definitions').textContent()) ?? '').toContain('holds at 0.95 or above, strained from 0.75, fragmenting from 0.50, unravelled below 0.50');
    const served = await (await fetch(`${h.server.url}/api/runs/${id}/headline`)).json() as HeadlineResponse;
    expect(sentence).toBe(served.headline!.sentence);
    const holds = (outcomes: readonly { outcome: string; probability: number }[]) => outcomes.find((o) => o.outcome === 'holds')!.probability;
    expect(sentence).toContain(`in Europe ${percentNumber(holds(result.theatres[0]!.outcomes))}% (`);
    expect(sentence).toContain(`holds in ${percentNumber(holds(result.outcomes))}% of runs`);
    // Continuity's number is continuity's own ensemble of the same runs and seed, as any client can ask for it.
    const run = await (await fetch(`${h.server.url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'continuity', runs: 300, seed: result.seed }) })).json() as { id: string; status: string };
    expect(run.status).toBe('done');
    const continuity = await (await fetch(`${h.server.url}/api/runs/${run.id}/results`)).json() as ResultsResponse;
    expect(sentence).toContain(`against ${percentNumber(holds(continuity.outcomes))}% under continuity`);

    // The plain count of allies in each stance, beside cohesion; '–' where a theatre does not offer a stance.
    const counts = page.getByTestId('stance-counts');
    const cell = (scope: string, column: number) => counts.locator(`tr[data-scope="${scope}"] td`).nth(column);
    const COVER = 2 + 3, NETWORKING = 2 + 4; // after allies and cohesion: aligned, accommodating, bilateral, cover, networking
    await expect(cell('asia_pacific', COVER).textContent()).resolves.toBe('–');
    await expect(cell('europe', NETWORKING).textContent()).resolves.toBe('–');
    await expect(cell('europe', COVER).textContent()).resolves.toMatch(/^\d+ \[\d+–\d+\]$/);
    await expect(cell('europe', 1).textContent()).resolves.toMatch(/^0\.\d\d \[0\.\d\d–[01]\.\d\d\]$/);

    // Allies by P(accommodation), '–' for a stance the ally's theatre does not offer.
    const allies = page.getByTestId('ally-table');
    const japan = allies.locator('tr[data-iso3="JPN"]');
    await expect(japan.locator('td[data-stance="cover"]').textContent()).resolves.toBe('–');
    await expect(japan.locator('td[data-stance="networking"]').textContent()).resolves.toMatch(/%$/);
    await expect(allies.locator('tr[data-iso3="POL"] td[data-stance="networking"]').textContent()).resolves.toBe('–');
    const first = result.allies.reduce((a, b) => ((b.ever.accommodation ?? 0) > (a.ever.accommodation ?? 0) || ((b.ever.accommodation ?? 0) === (a.ever.accommodation ?? 0) && b.name.localeCompare(a.name) < 0) ? b : a));
    await expect(allies.locator('tbody tr').first().getAttribute('data-iso3')).resolves.toBe(first.iso3);

    await page.screenshot({ path: shot('results-theatres') });
    expect(errors).toEqual([]);
  });

  it('an invalid YAML edit shows the error next to its line', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/scenarios/continuity`);
    await page.getByTestId('validation-status').getByText('Valid').waitFor();
    const editor = page.getByTestId('scenario-editor');
    const text = await editor.inputValue();
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('seed:'));
    expect(at).toBeGreaterThanOrEqual(0);
    lines[at] = 'seed: -3';
    await editor.fill(lines.join('\n'));
    const err = page.getByTestId('validation-error').first();
    await err.waitFor();
    expect(await err.getAttribute('data-line')).toBe(String(at + 1));
    await expect(err.textContent()).resolves.toMatch(/seed/i);
    await page.screenshot({ path: shot('scenario-error'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('compare shows two columns and the differences with intervals', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/compare`);
    await page.getByLabel('Scenario A').selectOption('efp-countermanded');
    await page.getByLabel('Scenario B').selectOption('continuity');
    await page.getByLabel('Runs (paired)').fill('500');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByTestId('compare-a').waitFor({ timeout: 60_000 });
    await page.getByTestId('compare-b').waitFor();
    const a = await page.getByTestId('compare-a').boundingBox(), b = await page.getByTestId('compare-b').boundingBox();
    expect(a && b && b.x > a.x + a.width / 2).toBe(true); // side by side
    // Each side: the system's outcomes and each theatre's.
    for (const side of ['a', 'b']) {
      for (const id of [`outcomes-${side}`, `outcomes-${side}-europe`, `outcomes-${side}-asia_pacific`]) {
        await expect(page.getByTestId(id).textContent()).resolves.toMatch(/holds\s*\d+\.\d% \[\d+\.\d%–\d+\.\d%\]/);
      }
    }
    const differences = page.getByTestId('compare-differences');
    await differences.waitFor();
    // The paired differences of each theatre's outcomes, in groups after the system's.
    expect(await differences.locator('tbody[data-scope]').evaluateAll((els) => els.map((e) => e.getAttribute('data-scope')))).toEqual(['system', 'europe', 'asia_pacific', 'metric']);
    await expect(differences.locator('tr[data-field="europe_p_holds"] th').textContent()).resolves.toBe('P(holds), Europe');
    await expect(differences.locator('tr[data-field="asia_pacific_p_holds"] td').nth(1).textContent()).resolves.toMatch(/^[−+±]\d+\.\d+ to [−+±]\d+\.\d+$/);
    await page.screenshot({ path: shot('compare'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('network page: the alliance network of 2016 with the U.S. hub', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/network`);
    await page.getByTestId('network-graph').waitFor();
    await expect(page.getByTestId('network-graph').textContent()).resolves.toMatch(/USA|United States/);
    // Coloured by a finished run (the earlier tests ran some): the stances by their labels, and '–' where a theatre does not offer one.
    const byResult = page.getByLabel('Colour allies by a result');
    const run = await byResult.locator('option').nth(1).getAttribute('value');
    await byResult.selectOption(run!);
    const stance = page.getByRole('combobox', { name: /^Stance/ }); // not the tie toggle whose label says "mutual-assistance"
    expect(await stance.locator('option').allTextContents()).toEqual(['accommodating the rival (Russia / China)', 'any stance but aligned', 'bilateral pact with the U.S. (Europe)', 'European cover (Europe)', 'regional networking (Asia-Pacific)']);
    await stance.selectOption('networking');
    const row = (name: string) => page.getByTestId('network-table').getByRole('row', { name: new RegExp(`^${name}`) });
    await expect(row('Japan').locator('td').last().textContent()).resolves.toMatch(/%$/);
    await expect(row('Poland').locator('td').last().textContent()).resolves.toBe('–');
    await page.screenshot({ path: shot('network'), fullPage: true });
    expect(errors).toEqual([]);
  });
});

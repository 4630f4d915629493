/**
 * The dashboard as a person sees it, in Debian's chromium against a real server: the map,
 * a worst-case run with its progress bar and results, an invalid edit flagged at its line,
 * a comparison in two columns, the network; no console errors; a screenshot of each page.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, SCREENSHOTS, type Harness } from './harness.js';

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
    for (const m of ['cohesion', 'mean_credibility', 'allies_at_2pct', 'hedging', 'probes']) {
      await page.getByTestId(`fan-${m}`).locator('svg').first().waitFor();
    }
    await page.getByTestId('stance-heatmap').waitFor();
    await page.getByRole('button', { name: /Which parameters matter/ }).click();
    await page.getByTestId('tornado').locator('svg').first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: shot('results'), fullPage: true });
    await page.screenshot({ path: shot('results-top') });
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
    await page.getByTestId('compare-differences').waitFor();
    await page.screenshot({ path: shot('compare'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('network page: the alliance network of 2016 with the U.S. hub', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/network`);
    await page.getByTestId('network-graph').waitFor();
    await expect(page.getByTestId('network-graph').textContent()).resolves.toMatch(/USA|United States/);
    await page.screenshot({ path: shot('network'), fullPage: true });
    expect(errors).toEqual([]);
  });
});

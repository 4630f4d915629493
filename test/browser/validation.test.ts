/**
 * The Validation page in Debian's chromium against a real server: the 2011 → 2012–2016 hindcast's
 * score table with its three methods and the plain verdict, the hindcast-vs-truth chart for
 * Poland and for another ally chosen by keyboard, the checks; no console errors; screenshots.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, SCREENSHOTS, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => { h = await openHarness(); }, 120_000);
afterAll(async () => { await h?.close(); });

const shot = (name: string) => join(SCREENSHOTS, `${name}.png`);

describe('the Validation page', () => {
  it('shows the hindcast scores for the model and both baselines, the chart against the truth, and no console errors', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/validation`);
    await page.getByRole('heading', { name: 'What am I looking at?' }).waitFor(); // the page loads lazily
    await expect(page.getByRole('link', { name: 'Validation' }).getAttribute('aria-current')).resolves.toBe('page');

    const scores = page.getByTestId('validation-scores');
    await scores.waitFor({ timeout: 90_000 }); // the first hindcast runs an ensemble
    const methods = await scores.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-method')));
    expect(methods).toEqual(['model', 'persistence', 'trend']);
    const header = await scores.locator('thead th').allTextContents();
    expect(header).toEqual(['Method', 'MAE', 'RMSE', 'CRPS', '50% coverage', '90% coverage', 'n']);
    for (const cell of await scores.locator('tbody td').allTextContents()) expect(cell).toMatch(/\d/);
    const verdict = await page.getByTestId('validation-verdict').textContent();
    expect(verdict).toMatch(/beats/);
    console.log(`hindcast verdict: ${verdict}`);

    const chart = page.getByTestId('validation-chart');
    await chart.locator('svg[role="img"]').waitFor();
    await expect(chart.locator('figcaption').textContent()).resolves.toMatch(/^Poland: defence spending/);
    await expect(chart.locator('.source').textContent()).resolves.toContain('Ballast hindcast, training data up to 2011; truth: SIPRI share of GDP (2025 release)');
    expect(await chart.locator('svg[role="img"] circle').count()).toBeGreaterThanOrEqual(5); // the truth, one dot a year
    expect(await chart.locator('svg[role="img"] [stroke-dasharray]').count()).toBeGreaterThanOrEqual(2); // persistence and trend
    await page.screenshot({ path: shot('validation'), fullPage: true });

    // Another ally by keyboard: focus the select and choose Turkey.
    const ally = page.getByTestId('validation-ally');
    await ally.focus();
    await ally.selectOption('TUR');
    // The picker and the chart name the state; the code stays the option's value.
    await expect.poll(() => chart.locator('figcaption').textContent()).toMatch(/^Turkey: defence spending/);
    await expect(ally.locator('option[value="TUR"]').textContent()).resolves.toBe('Turkey');
    await expect(chart.locator('tbody tr').count()).resolves.toBe(5);

    const checks = page.getByTestId('validation-checks');
    expect(await checks.locator('li').count()).toBeGreaterThanOrEqual(4);
    await expect(page.getByTestId('validation-two-percent').locator('tbody tr').count()).resolves.toBe(5);
    await expect(page.getByTestId('validation-calibration').locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: shot('validation-top') });
    expect(errors).toEqual([]);
  }, 120_000);
});

/**
 * Run identity, sharing and levers that tell the truth (issue 13, items 2 and 3), as a person sees
 * them in Debian's chromium: the cards' policy after the start month, the levers the worst case's
 * events override (and the button to the event's line), an edited run titled by what changed, the
 * runs list with search, a comparison and a sensitivity analysis reopened from their addresses,
 * and a scenario file uploaded into the editor and downloaded from it.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, SCREENSHOTS, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => { h = await openHarness(); }, 120_000);
afterAll(async () => { await h?.close(); });

const shot = (name: string) => join(SCREENSHOTS, `${name}.png`);

describe('run identity and levers', () => {
  it('cards show the policy after the start month; the form says which levers the events override and goes to the event', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/scenarios/worst-case`);
    await page.getByTestId('validation-status').getByText('Valid').waitFor();
    // The worst case's card: its January 2017 events make the guarantee conditional and the rhetoric hostile.
    const card = page.getByTestId('scenario-list').locator('li', { hasText: 'Worst case — all triggers together' });
    await expect(card.getByTestId('scenario-policy').textContent()).resolves.toContain('Policy from Jan 2017: guarantee conditional, rhetoric hostile, doctrine measured');
    const continuity = page.getByTestId('scenario-list').locator('li', { hasText: 'Continuity — the 2016 policy carried on' });
    await expect(continuity.getByTestId('scenario-policy').textContent()).resolves.toContain('guarantee unconditional, rhetoric supportive, doctrine measured');

    const events = page.getByTestId('lever-events');
    await events.waitFor();
    const rhetoric = events.locator('li[data-lever="rhetoric"]');
    await expect(rhetoric.getAttribute('data-overrides')).resolves.toBe('start');
    await expect(rhetoric.textContent()).resolves.toContain('an event sets it to hostile in Jan 2017, the first month, so the form\'s choice has no effect');
    await expect(events.locator('li[data-lever="guarantee"]').getAttribute('data-overrides')).resolves.toBe('start');
    expect(await events.locator('li[data-lever="doctrine"]').count()).toBe(0);
    // "Edit the event" selects the event's line in the editor.
    await rhetoric.getByRole('button', { name: /Edit the event \(line \d+\)/ }).click();
    const selected = await page.getByTestId('scenario-editor').evaluate((el) => { const t = el as unknown as { value: string; selectionStart: number; selectionEnd: number }; return t.value.slice(t.selectionStart, t.selectionEnd); });
    expect(selected).toMatch(/type: rhetoric, value: hostile/);
    await page.screenshot({ path: shot('levers') });
    expect(errors).toEqual([]);
  });

  it('an edited run is titled by what changed, is found by the runs search, and its address reopens it', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/scenarios/worst-case`);
    await page.getByTestId('validation-status').getByText('Valid').waitFor();
    await page.getByLabel('Doctrine').selectOption('passive');
    await page.getByLabel('Runs').fill('200');
    await page.getByTestId('validation-status').getByText('200 runs').waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForURL(/#\/results\//, { timeout: 60_000 });
    const title = 'Worst case — all triggers together — edited: doctrine passive';
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const address = page.url();

    await page.goto(`${h.server.url}/#/runs`);
    await page.getByTestId('runs-table').waitFor();
    await page.getByTestId('runs-search').fill('doctrine passive');
    await page.waitForURL(/#\/runs\?q=doctrine\+passive/);
    const rows = page.getByTestId('runs-table').locator('tbody tr');
    // The list before the search answers stays until the answer comes: wait for the one match.
    await expect.poll(() => rows.count()).toBe(1);
    await expect(rows.first().locator('th').textContent()).resolves.toBe(title);
    await page.screenshot({ path: shot('runs') });
    await rows.first().getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(page.url()).toBe(address);

    // The address alone, in a new page, reopens the result from the store.
    const other = await h.page();
    await other.page.goto(address);
    await other.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await other.page.getByTestId('headline').waitFor();
    expect([...errors, ...other.errors]).toEqual([]);
  });

  it('a comparison and a sensitivity analysis are in the address and reopen from it without a click', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/compare`);
    await page.getByLabel('Scenario A').selectOption('conditional-guarantee');
    await page.getByLabel('Scenario B').selectOption('continuity');
    await page.getByLabel('Runs (paired)').fill('300');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByTestId('compare-differences').waitFor({ timeout: 60_000 });
    expect(new URL(page.url()).hash).toBe('#/compare?a=conditional-guarantee&b=continuity&runs=300');
    const first = await page.getByTestId('compare-differences').textContent();

    const shared = await h.page();
    await shared.page.goto(page.url());
    await shared.page.getByTestId('compare-differences').waitFor({ timeout: 60_000 });
    expect(await shared.page.getByTestId('compare-differences').textContent()).toBe(first);
    await expect(shared.page.getByRole('heading', { name: /^A: Conditional guarantee/ }).isVisible()).resolves.toBe(true);

    // A sensitivity analysis of a small run, named in the address: it starts on opening.
    const run = await (await fetch(`${h.server.url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'conditional-guarantee', runs: 100, seed: 4 }) })).json() as { id: string };
    for (let i = 0; i < 600; i++) {
      const s = await (await fetch(`${h.server.url}/api/runs/${run.id}`)).json() as { status: string };
      if (s.status === 'done') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await shared.page.goto(`${h.server.url}/#/results/${run.id}?sensitivity=morris&outcome=mean_cohesion&space=ranges`);
    await shared.page.getByTestId('tornado').waitFor({ timeout: 120_000 });
    // The panel shows the analysis the address names (its first choice is the outcome).
    await expect(shared.page.getByTestId('sensitivity').locator('select').first().inputValue()).resolves.toBe('mean_cohesion');
    expect([...errors, ...shared.errors]).toEqual([]);
  });

  it('the Brief button downloads a briefing that renders offline with its charts and the headline', async () => {
    const { page, errors } = await h.page();
    const run = await (await fetch(`${h.server.url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'conditional-guarantee', runs: 200, seed: 9 }) })).json() as { id: string };
    await page.goto(`${h.server.url}/#/results/${run.id}`);
    const sentence = page.getByTestId('headline').filter({ hasText: 'under continuity' });
    await sentence.waitFor({ timeout: 60_000 });
    const text = (await sentence.textContent())!;
    // Each chart saves as SVG and PNG, with its title written in.
    const fan = page.getByTestId('fan-cohesion');
    const [svgFile] = await Promise.all([page.waitForEvent('download'), fan.getByRole('button', { name: /as SVG$/ }).click()]);
    expect(svgFile.suggestedFilename()).toBe('cohesion-of-the-whole-system.svg');
    const svgText = readFileSync((await svgFile.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain('Cohesion of the whole system');
    const [pngFile] = await Promise.all([page.waitForEvent('download'), fan.getByRole('button', { name: /as PNG$/ }).click()]);
    expect(pngFile.suggestedFilename()).toBe('cohesion-of-the-whole-system.png');
    expect(readFileSync((await pngFile.path())!).subarray(1, 4).toString('latin1')).toBe('PNG');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('brief').click()]);
    expect(download.suggestedFilename()).toBe(`ballast-brief-${run.id}.html`);
    // Saved as the browser would (the download's temporary file has no extension, so chromium would show it as text).
    const path = join(mkdtempSync(join(tmpdir(), 'ballast-brief-')), download.suggestedFilename());
    await download.saveAs(path);
    // Offline, and any request but the file itself refused: the briefing needs nothing else.
    const context = await h.browser.newContext({ viewport: { width: 1000, height: 800 }, offline: true });
    const requests: string[] = [];
    await context.route('**/*', (route) => { requests.push(route.request().url()); return route.request().url().startsWith('file:') ? route.continue() : route.abort(); });
    const brief = await context.newPage();
    await brief.goto(`file://${path}`);
    await expect(brief.locator('.headline').textContent()).resolves.toBe(text);
    const charts = brief.locator('svg');
    expect(await charts.count()).toBe(6);
    for (const box of await Promise.all((await charts.all()).map((c) => c.boundingBox()))) expect(box && box.width > 100 && box.height > 50).toBe(true);
    await expect(brief.getByRole('heading', { name: 'What the scenario assumes' }).isVisible()).resolves.toBe(true);
    await expect(brief.locator('footer').textContent()).resolves.toContain(`ballast report scenarios/conditional-guarantee.yaml --runs 200 --seed 9 --out brief.html`);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await brief.screenshot({ path: shot('briefing'), fullPage: true });
    await context.close();
    expect(errors).toEqual([]);
  });

  it('uploads a scenario file into the editor and downloads the edited text', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/scenarios/continuity`);
    await page.getByTestId('validation-status').getByText('Valid').waitFor();
    const mine = 'name: My own case\ndescription: A file from my machine\npatron:\n  guarantee: conditional\n';
    await page.getByTestId('scenario-upload').setInputFiles({ name: 'mine.yaml', mimeType: 'text/yaml', buffer: Buffer.from(mine) });
    await expect.poll(() => page.getByTestId('scenario-editor').inputValue()).toBe(mine);
    await page.getByTestId('validation-status').getByText('My own case').waitFor();
    await page.getByLabel('Rhetoric').selectOption('hostile');
    const text = await page.getByTestId('scenario-editor').inputValue();
    expect(text).toContain('rhetoric: hostile');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scenario-download').click()]);
    expect(download.suggestedFilename()).toBe('continuity-edited.yaml');
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(errors).toEqual([]);
  });
});

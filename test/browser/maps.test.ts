/**
 * Maps and networks for the question (issue 13, items 4, 5 and 7), as a person sees them in
 * Debian's chromium: the network draws NATO as one bloc with labels that do not collide (measured
 * on the rendered text, with the browser's own font metrics), Montenegro's 2016 tie is a signed
 * accession; the Europe view makes the eastern flank legible; a result maps each ally's
 * probability of a stance; the heat map's table reaches every cell by keyboard and is the first
 * view on a phone; the explanation speaks in words.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openHarness, SCREENSHOTS, type Harness } from './harness.js';

let h: Harness;
let runId = '';
beforeAll(async () => {
  h = await openHarness();
  runId = (await (await fetch(`${h.server.url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'worst-case', runs: 200, seed: 5 }) })).json() as { id: string }).id;
  for (let i = 0; i < 600; i++) {
    const s = await (await fetch(`${h.server.url}/api/runs/${runId}`)).json() as { status: string };
    if (s.status === 'done') break;
    await new Promise((r) => setTimeout(r, 200));
  }
}, 180_000);
afterAll(async () => { await h?.close(); });

const shot = (name: string) => join(SCREENSHOTS, `${name}.png`);
type Quad = [number, number][];

/** Each label's rendered box as four corners on the page: its own bounding box through its transform (so a rotated label is a rotated box). */
const labelQuads = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((el) => {
  const t = el as unknown as { getBBox(): { x: number; y: number; width: number; height: number }; getScreenCTM(): { a: number; b: number; c: number; d: number; e: number; f: number }; textContent: string | null };
  const b = t.getBBox(), m = t.getScreenCTM();
  const at = (x: number, y: number): [number, number] => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
  return { text: t.textContent ?? '', quad: [at(b.x, b.y), at(b.x + b.width, b.y), at(b.x + b.width, b.y + b.height), at(b.x, b.y + b.height)] };
}));

/** Separating-axis test for two convex quadrilaterals (touching is not overlapping; 0.5 px of tolerance for anti-aliasing). */
function overlap(p: Quad, q: Quad): boolean {
  for (const poly of [p, q]) for (let i = 0; i < 4; i++) {
    const [x1, y1] = poly[i]!, [x2, y2] = poly[(i + 1) % 4]!;
    const len = Math.hypot(y1 - y2, x2 - x1), axis = [(y1 - y2) / len, (x2 - x1) / len];
    const a = p.map(([x, y]) => x * axis[0]! + y * axis[1]!), b = q.map(([x, y]) => x * axis[0]! + y * axis[1]!);
    if (Math.max(...a) <= Math.min(...b) + 0.5 || Math.max(...b) <= Math.min(...a) + 0.5) return false;
  }
  return true;
}

describe('maps and networks', () => {
  it('network: NATO as one bloc, Montenegro signed but not a member, and no label over another', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/network`);
    const graph = page.getByTestId('network-graph');
    await graph.waitFor();
    // One spoke per member (28 in 2016, the United States among them), none between members; Montenegro dashed.
    await expect(graph.locator('line[data-tie="nato"]').count()).resolves.toBe(28);
    await expect(graph.locator('line[data-tie="nato_accession"]').count()).resolves.toBe(1);
    await expect(graph.locator('[data-bloc="3180"]').textContent()).resolves.toContain('NATO');
    await expect(graph.getAttribute('aria-label')).resolves.toContain('NATO with 28 members and 1 signed but not yet in force');
    await expect(page.getByTestId('network-table').getByRole('row', { name: /^Montenegro/ }).textContent()).resolves.toContain('NATO accession signed, not in force');
    const labels = await labelQuads(page, '[data-testid="network-graph"] g[data-iso3] text');
    expect(labels).toHaveLength(53);
    const clashes: string[] = [];
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) if (overlap(labels[i]!.quad, labels[j]!.quad)) clashes.push(`${labels[i]!.text}/${labels[j]!.text}`);
    expect(clashes).toEqual([]);
    // The other multilateral pact, the EU's clause, is a bloc that can be switched on.
    await page.getByLabel(/other multilateral defence pact/).check();
    await expect(graph.locator('[data-bloc="4175"]').textContent()).resolves.toContain('European Union');
    await page.screenshot({ path: shot('network-blocs'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('world: the Europe view makes the Baltics legible, and spending is not drawn in the roles\' colours', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/world`);
    const map = page.getByTestId('world-map');
    await map.waitFor();
    const estonia = async () => (await map.locator('path[data-iso3="EST"]').boundingBox())!.width;
    const worldWidth = await estonia();
    await page.getByRole('radio', { name: 'Europe' }).check();
    await expect(map.getAttribute('data-view')).resolves.toBe('europe');
    const europeWidth = await estonia();
    expect(europeWidth).toBeGreaterThan(2 * worldWidth);
    expect(europeWidth).toBeGreaterThan(20);
    // Russia spends above the guideline: blue-green, not the blue of NATO on the role map.
    const rus = await map.locator('path[data-iso3="RUS"]').getAttribute('fill');
    await page.getByLabel('Measure').selectOption('role');
    const nato = await map.locator('path[data-iso3="POL"]').getAttribute('fill');
    expect(rus).not.toBe(nato);
    await page.screenshot({ path: shot('world-europe'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('results: a map of each ally\'s probability of a stance, a keyboard-reachable heat-map table, an explanation in words', async () => {
    const { page, errors } = await h.page();
    await page.goto(`${h.server.url}/#/results/${runId}`);
    const map = page.getByTestId('stance-map-svg');
    await map.waitFor({ timeout: 60_000 });
    await expect(map.getAttribute('data-view')).resolves.toBe('europe');
    await expect(map.locator('path[data-iso3="POL"] title').textContent()).resolves.toMatch(/^Poland: P\(accommodating the rival \(Russia \/ China\)\) = \d+\.\d%/);
    await expect(map.locator('path[data-iso3="RUS"]').getAttribute('fill')).resolves.toBe('#ffffff');
    // The heat map as a table: Tab reaches a cell, Enter explains that ally in that month.
    await page.getByRole('radio', { name: /^table/ }).check();
    const table = page.getByTestId('stance-table');
    await table.waitFor();
    const cell = table.getByRole('button', { name: /^Poland, Jan 2018: \d+\.\d% accommodating the rival/ });
    await cell.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('explanation');
    await panel.getByRole('heading', { name: 'Why Poland stood where it did' }).waitFor({ timeout: 60_000 });
    await expect(panel.getByLabel('Month').inputValue()).resolves.toBe('2018-01');
    // The evidence in words, the code names only in tooltips.
    await panel.locator('table').last().waitFor();
    const sources = await panel.locator('table').last().locator('tbody th').allTextContents();
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.join('\n')).not.toMatch(/\b(probe|withdrawal) [A-Z]{3}\b|\(honoured\)/);
    await page.screenshot({ path: shot('results-maps'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('on a phone the heat map opens as the table, with labels at the page\'s text size', async () => {
    const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${h.server.url}/#/results/${runId}`);
    const table = page.getByTestId('stance-table');
    await table.waitFor({ timeout: 60_000 });
    const size = await table.locator('tbody th').first().evaluate((e) => parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(12);
    await page.screenshot({ path: shot('phone-heat-table') });
    await context.close();
  });
});

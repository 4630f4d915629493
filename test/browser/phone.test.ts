/**
 * Phone and keyboard (issue 13, item 7), in Debian's chromium at 390×844: no page scrolls
 * sideways (wide tables scroll inside their own box), and focus moves to the result's heading
 * when a run finishes.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openHarness, SCREENSHOTS, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => { h = await openHarness(); }, 120_000);
afterAll(async () => { await h?.close(); });

/** The page's width beyond the viewport, and the first elements that stick out (outside boxes that scroll on their own). */
// The callback runs in the page: the DOM's types are not this (node) project's, so it names what it uses.
interface Box { right: number }
interface El { tagName: string; className: unknown; closest(sel: string): unknown; getBoundingClientRect(): Box }
const overflow = (page: Page) => page.evaluate(() => {
  const document = (globalThis as unknown as { document: { documentElement: { clientWidth: number; scrollWidth: number }; querySelectorAll(sel: string): Iterable<El> } }).document;
  const w = document.documentElement.clientWidth;
  const out = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-scroll, .editor, pre'));
  return { extra: document.documentElement.scrollWidth - w, sticking: out.slice(0, 4).map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ')[0]}` : ''}`) };
});

describe('on a phone (390 × 844)', () => {
  it('no page scrolls sideways', { timeout: 240_000 }, async () => {
    const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const run = await (await fetch(`${h.server.url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'worst-case', runs: 200, seed: 2 }) })).json() as { id: string };
    const pages: [string, string][] = [
      ['#/', 'home-map'], ['#/world', 'world-map'], ['#/scenarios/worst-case', 'scenario-editor'], [`#/results/${run.id}`, 'outcomes-groups'],
      ['#/compare?a=worst-case&b=continuity&runs=200', 'compare-differences'], ['#/runs', 'runs-table'], ['#/network', 'network-graph'], ['#/analytics', 'main'], ['#/validation', 'main'],
    ];
    const wide: string[] = [];
    for (const [hash, ready] of pages) {
      await page.goto(`${h.server.url}/${hash}`);
      await (ready === 'main' ? page.locator('main h1') : page.getByTestId(ready).first()).waitFor({ timeout: 60_000 });
      await page.waitForTimeout(500);
      const o = await overflow(page);
      if (o.extra > 0) wide.push(`${hash}: ${o.extra} px too wide (${o.sticking.join(', ')})`);
      await page.screenshot({ path: join(SCREENSHOTS, `phone-${hash.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '') || 'home'}.png`) });
    }
    expect(wide).toEqual([]);
    await context.close();
  });

  it('moves focus to the result\'s heading when a run finishes', { timeout: 120_000 }, async () => {
    const { page } = await h.page();
    await page.goto(`${h.server.url}/#/scenarios/continuity`);
    await page.getByTestId('validation-status').getByText('Valid').waitFor();
    await page.getByLabel('Runs').fill('150');
    await page.getByTestId('validation-status').getByText('150 runs').waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForURL(/#\/results\//, { timeout: 60_000 });
    await page.getByTestId('headline').waitFor({ timeout: 60_000 });
    const active = () => page.evaluate(() => { const a = (globalThis as unknown as { document: { activeElement: { tagName: string; textContent: string | null } | null } }).document.activeElement; return a ? `${a.tagName}: ${a.textContent}` : null; });
    await expect.poll(active).toBe('H1: Continuity — the 2016 policy carried on');
  });
});

/**
 * The browser hardening of issue 9, seen from Debian's chromium: the dashboard and the OpenAPI
 * page work under the Content-Security-Policy (no violation in the console), every document
 * carries the policy and nosniff, and another page cannot frame the dashboard.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, SCREENSHOTS, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => { h = await openHarness(); }, 120_000);
afterAll(async () => { await h?.close(); });

describe('the dashboard under its security policy', () => {
  it('serves every page with the policy and nosniff, and no page breaks it', async () => {
    const { page, errors } = await h.page();
    const res = await page.goto(`${h.server.url}/`);
    const headers = res!.headers();
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    await page.getByTestId('home-map').locator('path[data-iso3="POL"]').waitFor();
    for (const [route, ready] of [['#/world', 'world-map'], ['#/network', 'network-graph'], ['#/analytics', 'burden-summary']] as const) {
      await page.goto(`${h.server.url}/${route}`);
      await page.getByTestId(ready).waitFor();
    }
    // The OpenAPI page (Swagger UI) also runs under the policy.
    await page.goto(`${h.server.url}/docs`);
    await page.locator('.swagger-ui .opblock').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'openapi.png') });
    expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('cannot be framed by another page', async () => {
    const { page } = await h.page();
    await page.setContent(`<iframe id="f" src="${h.server.url}/" width="800" height="600"></iframe>`);
    // Chromium shows its error page in a refused frame; wait (bounded) until the frame has settled.
    let frame = page.frames().find((f) => f !== page.mainFrame());
    for (let i = 0; i < 100 && (!frame || frame.url() === 'about:blank' || frame.url() === ''); i++) {
      await new Promise((r) => setTimeout(r, 50));
      frame = page.frames().find((f) => f !== page.mainFrame());
    }
    await frame?.waitForLoadState().catch(() => undefined);
    // The framed document was refused: no dashboard in it.
    const root = frame ? await frame.locator('#root').count().catch(() => 0) : 0;
    expect(root).toBe(0);
  });
});

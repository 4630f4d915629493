/**
 * Browser tests drive the real dashboard in Debian's chromium (playwright-core, headless) against
 * a real server on a loopback port, and keep a screenshot of each page under test-output/.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/index.js';

export const SCREENSHOTS = join('test-output', 'screenshots');

export interface Harness {
  server: RunningServer;
  browser: Browser;
  /** A new page that records console errors and failed requests. */
  page(): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function openHarness(): Promise<Harness> {
  const webDir = resolve('web', 'dist');
  if (!existsSync(join(webDir, 'index.html'))) throw new Error('web/dist is missing: run `npm run build` (npm ci runs it)');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startServer({ port: 0, database: join(mkdtempSync(join(tmpdir(), 'ballast-browser-')), 'ballast.db'), workers: 2, webDir });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    server,
    browser,
    async page() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`); });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressBar } from '../../src/cli/progress.js';

describe('progressBar', () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it('follows a later stage that counts against a new total (calibrate: the credibility ABC, then the joint ABC)', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { written.push(String(chunk)); return true; });
    const bar = progressBar('ABC', false);
    bar.update(40, 120);
    bar.update(120, 120);
    bar.update(300, 600);
    bar.stop();
    vi.restoreAllMocks();
    const last = written.join('').split(/\r?\n/).filter((l) => l.includes('ABC')).at(-1) ?? '';
    expect(last).toContain('300/600 runs');
    expect(last).toContain('50%');
  });

  it('prints nothing when quiet', () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const bar = progressBar('run', true);
    bar.update(1, 2); bar.stop();
    expect(spy).not.toHaveBeenCalled();
  });
});

import { describe, expect, it } from 'vitest';
import { withoutMachinePaths } from './bench/capture/anonymise.ts';

describe('raw bench files name no path of the machine', () => {
  it('replaces the checkout in plain and URI-encoded profiler URLs, and the root given', () => {
    const raw = JSON.stringify({
      a: 'pptr:evaluate;WaitTask.rerun%20(file%3A%2F%2F%2Fsrv%2Fci%2Fwt%2Fx%2Fnode_modules%2Fpuppeteer-core%2Flib%2FWaitTask.js%3A96)',
      b: 'file:///home/someone/temoin/tests/sites-e2e/support/wordpress.ts:1:1947',
      c: 'run from /srv/ci/checkout',
      d: 'chrome-extension://abc/content-scripts/capture.js',
    });
    const clean = withoutMachinePaths(raw, '/srv/ci/checkout');
    expect(clean).not.toMatch(/srv|home\/someone/);
    expect(clean).toContain('file%3A%2F%2F%2F<repo>%2Fnode_modules%2Fpuppeteer-core');
    expect(clean).toContain('file:///<repo>/tests/sites-e2e/support/wordpress.ts');
    expect(clean).toContain('run from <repo>');
    expect(clean).toContain('chrome-extension://abc/content-scripts/capture.js');
  });
});

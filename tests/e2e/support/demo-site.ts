/** Starts the bundled demo reference site on a free loopback port for one test file. */
// @ts-expect-error — the demo site is plain JavaScript (ESM), deliberately dependency-free.
import { startDemoSite } from '../../sites/demo/app.mjs';

export interface DemoSite {
  url: string;
  port: number;
  /** The same site under another origin (localhost instead of 127.0.0.1). */
  otherOriginUrl: string;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export const startDemo = async (): Promise<DemoSite> => {
  const site = (await startDemoSite({ port: 0 })) as { url: string; port: number; close(): Promise<void> };
  const url = `http://127.0.0.1:${site.port}`;
  return {
    url,
    port: site.port,
    otherOriginUrl: `http://localhost:${site.port}`,
    async reset() {
      const response = await fetch(`${url}/__reset`, { method: 'POST' });
      if (!response.ok) throw new Error(`demo reset failed: ${response.status}`);
    },
    close: () => site.close(),
  };
};

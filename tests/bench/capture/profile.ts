/**
 * What the capture benchmark measures in a browser, over CDP: sampled CPU profiles charged to
 * script URLs, main-thread task time, JS heap peaks, and the event-to-durable latency probe.
 */
import type { CDPSession } from 'puppeteer-core';

export const SAMPLING_US = 200;

export interface Profile {
  nodes: {
    id: number;
    callFrame: { url: string; functionName?: string; lineNumber?: number };
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Per script URL: `self` = samples whose own frame is that URL's JS; `withNatives` = also the
 * URL-less leaves (DOM calls, builtins such as `JSON.stringify`, IndexedDB, WebCrypto) charged
 * to their nearest caller that has a URL, so the native work a script asks for is its own. */
export interface UrlTime {
  self: number;
  withNatives: number;
}

export interface ProfileSummary {
  /** ms by script URL (only URLs with ≥ 0.1 ms). */
  byUrl: Record<string, UrlTime>;
  /** ms of every sample that is not `(idle)`: JS, natives, GC, `(program)`. */
  nonIdle: number;
  /** ms of `(garbage collector)` samples. */
  gc: number;
  /** Top functions (self, ms) among the URLs `keep` selects, to see where the time goes. */
  topFunctions: { fn: string; url: string; self: number }[];
  /** Top functions by inclusive time (ms spent in them or their callees, natives included). */
  topInclusive: { fn: string; url: string; total: number }[];
  /** Top leaves by self time over every non-idle sample, URL-less ones included (`(program)`,
   * `(garbage collector)`, builtins and bindings such as `add` or `stringify`), each with the
   * nearest caller that has a URL: where a worker's non-idle time goes. */
  topSelfAll: { fn: string; url: string; caller: string; self: number }[];
}

export const summariseProfile = (profile: Profile, keep: (url: string) => boolean): ProfileSummary => {
  const deltas = profile.timeDeltas ?? [];
  const samples = profile.samples ?? [];
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const chargedCache = new Map<number, string>();
  const charged = (id: number) => {
    const cached = chargedCache.get(id);
    if (cached !== undefined) return cached;
    let url = '';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      url = byId.get(at)?.callFrame.url ?? '';
      if (url) break;
    }
    chargedCache.set(id, url);
    return url;
  };
  const byUrl: Record<string, UrlTime> = {};
  const fns = new Map<string, { fn: string; url: string; self: number }>();
  let nonIdle = 0;
  let gc = 0;
  const inclusive = new Map<string, { fn: string; url: string; total: number }>();
  const leaves = new Map<string, { fn: string; url: string; caller: string; self: number }>();
  const callerOf = (id: number) => {
    for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame?.url) return `${frame.functionName || '(anonymous)'}@${frame.url}:${frame.lineNumber}`;
    }
    return '';
  };
  const stackKeys = (id: number) => {
    const keys = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame?.url || !keep(frame.url)) continue;
      keys.add(`${frame.functionName || '(anonymous)'}@${frame.url}:${frame.lineNumber}`);
    }
    return keys;
  };
  for (let i = 0; i < samples.length; i += 1) {
    // The delta before sample i+1 is the time sample i stood for.
    const dt = (deltas[i + 1] ?? 0) / 1000;
    const node = byId.get(samples[i]!);
    const name = node?.callFrame.functionName ?? '';
    if (name !== '(idle)') {
      nonIdle += dt;
      const url = node?.callFrame.url ?? '';
      const caller = url ? '' : callerOf(samples[i]!);
      const key = `${name}@${url}:${node?.callFrame.lineNumber}|${caller}`;
      const entry = leaves.get(key) ?? { fn: name || '(anonymous)', url, caller, self: 0 };
      entry.self += dt;
      leaves.set(key, entry);
    }
    if (name !== '(idle)')
      for (const key of stackKeys(samples[i]!)) {
        const entry = inclusive.get(key) ?? {
          fn: key.split('@')[0]!,
          url: key.slice(key.indexOf('@') + 1),
          total: 0,
        };
        entry.total += dt;
        inclusive.set(key, entry);
      }
    if (name === '(garbage collector)') gc += dt;
    const own = node?.callFrame.url ?? '';
    if (own) {
      byUrl[own] ??= { self: 0, withNatives: 0 };
      byUrl[own].self += dt;
      if (keep(own)) {
        const key = `${name}@${own}`;
        const entry = fns.get(key) ?? { fn: name || '(anonymous)', url: own, self: 0 };
        entry.self += dt;
        fns.set(key, entry);
      }
    }
    const to = charged(samples[i]!);
    if (to) {
      byUrl[to] ??= { self: 0, withNatives: 0 };
      byUrl[to].withNatives += dt;
    }
  }
  for (const [url, time] of Object.entries(byUrl)) if (time.withNatives < 0.1) delete byUrl[url];
  const topFunctions = [...fns.values()].sort((a, b) => b.self - a.self).slice(0, 15);
  // TEMOIN_PROFILE_TOP: more of the inclusive list (e.g. 400, to see one script's functions).
  const top = Number(process.env.TEMOIN_PROFILE_TOP ?? 40) || 40;
  const topInclusive = [...inclusive.values()].sort((a, b) => b.total - a.total).slice(0, top);
  const topSelfAll = [...leaves.values()].sort((a, b) => b.self - a.self).slice(0, top);
  return { byUrl, nonIdle, gc, topFunctions, topInclusive, topSelfAll };
};

/** Sums `byUrl` over the URLs `match` selects. */
export const timeOf = (summary: ProfileSummary, match: (url: string) => boolean): UrlTime => {
  const out = { self: 0, withNatives: 0 };
  for (const [url, time] of Object.entries(summary.byUrl))
    if (match(url)) {
      out.self += time.self;
      out.withNatives += time.withNatives;
    }
  return out;
};

export const startProfiler = async (cdp: CDPSession) => {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
};
export const stopProfiler = async (cdp: CDPSession) =>
  ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile;

/**
 * Main-thread task time and JS heap peak of a page, sampled every second with
 * `Performance.getMetrics` (a renderer swap restarts the TaskDuration counter: added up).
 */
export const pageMeter = (cdp: CDPSession) => {
  let total = 0;
  let last = 0;
  let heapPeak = 0;
  const sample = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const now = metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    total += now >= last ? now - last : now;
    last = now;
    heapPeak = Math.max(heapPeak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
  };
  const timer = setInterval(() => void sample().catch(() => undefined), 1000);
  return {
    start: async () => {
      await cdp.send('Performance.enable');
      await sample();
      total = 0;
    },
    stop: async () => {
      clearInterval(timer);
      await sample().catch(() => undefined);
      return { taskMs: total * 1000, heapPeakBytes: heapPeak };
    },
  };
};

/** JS heap peak of a worker (`Runtime.getHeapUsage`, every second). */
export const workerHeapMeter = (cdp: CDPSession) => {
  let peak = 0;
  const sample = async () => {
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    peak = Math.max(peak, usedSize);
  };
  const timer = setInterval(() => void sample().catch(() => undefined), 1000);
  void sample().catch(() => undefined);
  return {
    stop: async () => {
      clearInterval(timer);
      await sample().catch(() => undefined);
      return peak;
    },
  };
};

/**
 * Installed in Témoin's service worker over CDP (no extension change): for every event added to
 * the `events` store, `complete` of its transaction minus the event's `time` stamped in the page
 * at emit (same clock, same machine).
 */
export const SW_PROBE = `(() => {
  const g = globalThis;
  if (g.__benchCommits) return 'already';
  g.__benchCommits = [];
  const add = IDBObjectStore.prototype.add;
  IDBObjectStore.prototype.add = function (value, key) {
    const request = add.call(this, value, key);
    if (this.name === 'events' && value && typeof value.time === 'number' && !String(value.kind).startsWith('session.')) {
      const tx = this.transaction;
      if (!tx.__benchTimes) {
        const list = (tx.__benchTimes = []);
        tx.addEventListener('complete', () => {
          const at = Date.now();
          for (const time of list) g.__benchCommits.push(at - time);
        });
      }
      tx.__benchTimes.push(value.time);
    }
    return request;
  };
  return 'installed';
})()`;

/** Simulates an open side panel for the content scripts: its `storage.local` heartbeat
 * (extension/sidepanel/presence.ts), so the overlay steps aside for the chip. */
export const SIDE_PANEL_HEARTBEAT = `(() => {
  const beat = () => chrome.storage.local.set({ sidePanelSeen: Date.now() });
  beat();
  globalThis.__benchPanel = setInterval(beat, 4000);
  return 'panel';
})()`;

// --- statistics --------------------------------------------------------------------------------
export const median = (xs: number[]) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
export const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
export interface Stat {
  median: number;
  min: number;
  max: number;
}
export const stat = (xs: number[]): Stat => ({
  median: median(xs),
  min: xs.length ? Math.min(...xs) : Number.NaN,
  max: xs.length ? Math.max(...xs) : Number.NaN,
});
export const fmt = (s: Stat, digits = 0, unit = '') =>
  `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

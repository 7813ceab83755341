/**
 * The attack of issue 13, finding 2, at the semantic layer: a page script forges the response
 * the main-world hook copies (or answers its own fetch). What the adapters derive only from that
 * copy is `unconfirmed`; Témoin's own read of the public page confirms it only when the page
 * shows what was claimed; what the browser's own facts establish stays confirmed.
 */
import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import { createSemanticLayer } from './semantic.ts';
import type { ProposedEventInput } from './session/recorder.ts';

const ORIGIN = 'http://127.0.0.1:4300';

const request = (id: string, data: Record<string, unknown>): CaptureEvent =>
  ({
    id,
    seq: 3,
    time: 1_000,
    elapsedMs: 1_000,
    url: `${ORIGIN}/admin/articles/7`,
    questionId: null,
    trusted: true,
    hash: 'a'.repeat(64),
    kind: 'net.request',
    data: { query: {}, status: 200, ...data },
  }) as CaptureEvent;

/** The demo site's answer to a publish: the post, as its API serialises it. */
const published = (title: string, link = `${ORIGIN}/blog/chaises-en-palette`) => ({
  id: 7,
  title,
  slug: 'chaises-en-palette',
  status: 'publish',
  content: 'Un article sur les chaises en palette.',
  link,
});

const page = (title: string) =>
  `<!doctype html><html lang="fr"><head><title>${title} – Les Jardins</title></head><body><h1>${title}</h1><p>Texte.</p></body></html>`;

const layerWith = (html: string | null) => {
  const recorded: ProposedEventInput[] = [];
  const timers: (() => void)[] = [];
  const layer = createSemanticLayer({
    adapters: () => ['demo'],
    fetchPage: async () => html,
    record: async (_, events) => {
      recorded.push(...events);
    },
    setTimer: (run) => void timers.push(run),
  });
  /** Derives, stores what was derived (as the service does), then runs the end-state checks. */
  const run = async (event: CaptureEvent) => {
    const derived = layer.derive('s1', [event], { origins: [ORIGIN] });
    layer.derive(
      's1',
      derived.map((d, i) => ({ ...event, ...d, seq: 10 + i }) as unknown as CaptureEvent),
      { origins: [ORIGIN] },
    );
    for (const timer of timers.splice(0)) timer();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return derived;
  };
  return { run, recorded };
};

describe('page-reported evidence (the main-world hook)', () => {
  it('marks a publication read only from the hook’s copy of the response as unconfirmed', async () => {
    const { run } = layerWith(null);
    const derived = await run(
      request('net-forged-0001', {
        method: 'PUT',
        path: '/admin/api/posts/7',
        body: { status: 'publish' },
        response: published('Nos chaises en palette'),
      }),
    );
    expect(derived).toEqual([expect.objectContaining({ kind: 'content.published', unconfirmed: true })]);
  });

  it('is confirmed by Témoin’s read of the public page only when that page shows the title', async () => {
    const forged = request('net-forged-0002', {
      method: 'PUT',
      path: '/admin/api/posts/7',
      body: { status: 'publish' },
      response: published('Nos chaises en palette'),
    });
    // The forged response points at a page that exists but shows something else.
    const elsewhere = layerWith(page('Bienvenue au salon de thé'));
    await elsewhere.run(forged);
    expect(elsewhere.recorded).toEqual([]);
    // The real page of that post: its snapshot relates to the publication and confirms it.
    const real = layerWith(page('Nos chaises en palette'));
    const [derived] = await real.run(forged);
    expect(real.recorded).toEqual([
      expect.objectContaining({ kind: 'page.seo', relatesTo: derived!.id, trusted: true }),
    ]);
    expect(real.recorded[0]!.unconfirmed).toBeUndefined();
  });

  it('marks as page-reported what rests on a body the page supplied (bodyFromPage)', async () => {
    const { run } = layerWith(null);
    const derived = await run(
      request('net-forged-0003', {
        method: 'POST',
        path: '/admin/api/comments/4/reply',
        body: { content: 'Merci pour votre avis !' },
        bodyFromPage: true,
      }),
    );
    expect(derived).toEqual([expect.objectContaining({ kind: 'comment.replied', unconfirmed: true })]);
  });

  it('keeps confirmed what the browser’s own facts establish, even with a response copy', async () => {
    const { run } = layerWith(null);
    const derived = await run(
      request('net-real-00004', {
        method: 'POST',
        path: '/admin/api/comments/4/reply',
        body: { content: 'Merci pour votre avis !' },
        response: { id: 12, postId: 3, content: 'Merci pour votre avis !' },
      }),
    );
    expect(derived).toEqual([expect.objectContaining({ kind: 'comment.replied' })]);
    expect(derived[0]!.unconfirmed).toBeUndefined();
  });
});

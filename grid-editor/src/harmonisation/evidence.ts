/**
 * Capture events as one line of plain text each, for the drill-down: what happened, in words,
 * from the event's own fields. The result is always shown as text (Lit bindings), never as HTML,
 * so a title like `<img src=x onerror=…>` is displayed, not run.
 */
import type { CaptureEvent } from '../../../shared/schema/event.ts';
import type { Locale } from './i18n.ts';

const MAX = 300;

const clip = (text: string): string => (text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text);
const quote = (text: string, locale: Locale) => (locale === 'fr' ? `« ${text} »` : `"${text}"`);

/** mm:ss since the start of the session (h:mm:ss past an hour). */
export const formatElapsed = (ms: number): string => {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
};

/** The event's substance in a few words (without its kind, time or number). */
export const describeEvent = (event: CaptureEvent, locale: Locale): string => {
  const q = (text: string) => quote(text, locale);
  switch (event.kind) {
    case 'content.published':
    case 'content.updated':
    case 'content.unpublished': {
      const d = event.data;
      const parts = [`${d.contentType} ${q(d.title)}`];
      if (d.slug) parts.push(`slug ${d.slug}`);
      if (d.wordCount !== undefined)
        parts.push(locale === 'fr' ? `${d.wordCount} mots` : `${d.wordCount} words`);
      return clip(parts.join(', '));
    }
    case 'comment.replied':
      return clip(q(event.data.text));
    case 'comment.moderated':
      return clip(`${event.data.action} #${event.data.commentId}`);
    case 'task.noteSaved':
      return clip(q(event.data.text));
    case 'task.statusChanged':
      return `${event.data.from} → ${event.data.to}`;
    case 'nav.visited':
      return clip(q(event.data.title));
    case 'ui.clicked':
      return clip(`${event.data.role} ${q(event.data.name)}`);
    case 'ui.changed':
      return clip(
        `${event.data.label ?? event.data.name} = ${event.data.masked ? '••••' : q(event.data.value ?? '')}`,
      );
    case 'form.submitted':
      return clip(`${event.data.method} ${event.data.action}`);
    case 'net.request':
      return clip(
        `${event.data.method} ${event.data.path}${event.data.status ? ` → ${event.data.status}` : ''}`,
      );
    case 'page.seo':
      return clip(q(event.data.title));
    case 'commerce.voucherCreated':
      return clip(
        [
          event.data.code,
          event.data.name ? q(event.data.name) : '',
          event.data.reductionPercent ? `${event.data.reductionPercent} %` : '',
        ]
          .filter(Boolean)
          .join(', '),
      );
    case 'commerce.voucherApplied':
      return clip(`${event.data.code} ${event.data.accepted ? '✓' : '✗'}`);
    case 'commerce.productSaved':
      return clip(q(event.data.name));
    case 'commerce.cartChanged':
      return clip(
        `${event.data.action} ${event.data.name ? q(event.data.name) : event.data.productId} × ${event.data.quantity}`,
      );
    case 'commerce.orderPlaced':
      return clip(`${event.data.orderId}, ${event.data.total}`);
    case 'examiner.note':
      return clip(q(event.data.text));
    case 'integrity.warning':
      return clip(`${event.data.code}: ${event.data.detail}`);
    case 'settings.changed':
      return clip(`${event.data.area}: ${Object.keys(event.data.changes).join(', ')}`);
    case 'session.started':
      return event.data.subjectId;
    case 'session.resumed':
    case 'session.ended':
      return event.data.reason;
    case 'overlay.toggled':
      return event.data.visible ? 'on' : 'off';
    default:
      return '';
  }
};

/** « #12 · 05:32 · content.published — article « … » » */
export const eventLine = (event: CaptureEvent, locale: Locale): string => {
  const what = describeEvent(event, locale);
  return `#${event.seq} · ${formatElapsed(event.elapsedMs)} · ${event.kind}${what ? ` — ${what}` : ''}`;
};

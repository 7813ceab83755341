/**
 * The candidate's overlay. For now it shows that Témoin is present and whether a session runs;
 * the session issue adds the subject, timer, questions, annexes and notes.
 */
import { useState } from 'preact/hooks';
import { type Locale, t } from '../i18n/messages.ts';

export interface OverlayAppProps {
  locale: Locale;
}

export const OverlayApp = ({ locale }: OverlayAppProps) => {
  const [collapsed, setCollapsed] = useState(false);
  const m = t(locale);
  if (collapsed)
    return (
      <button type="button" class="tab" data-testid="overlay-expand" onClick={() => setCollapsed(false)}>
        {m.expand}
      </button>
    );
  return (
    <section class="panel" aria-label={m.overlayTitle} lang={locale}>
      <header class="bar">
        <h2 class="title">{m.overlayTitle}</h2>
        <button type="button" class="icon" data-testid="overlay-collapse" onClick={() => setCollapsed(true)}>
          {m.collapse}
        </button>
      </header>
      <p class="muted" data-testid="overlay-status">
        {m.noSession}
      </p>
    </section>
  );
};

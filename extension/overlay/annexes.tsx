/**
 * The subject's annexes, readable and copyable: texts (selectable, with « Copier »), images
 * with their alternative text, and tables as real tables (copied as tab-separated values).
 * Each annex expands on its own; a question's annex button opens it and brings it into view.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Annex } from '../../shared/schema/subject.ts';
import { type Locale, t } from '../i18n/messages.ts';
import { type CopyOutcome, copyText, tableAsText } from './clipboard.ts';
import { guard } from './guard.ts';
import { substitute, type Variables } from './markdown.tsx';

export interface AnnexesProps {
  annexes: readonly Annex[];
  locale: Locale;
  variables: Variables;
  idPrefix: string;
  open: ReadonlySet<string>;
  onToggle(annexId: string): void;
  /** Bumped each time a question asks to show an annex: scroll to it and move focus there. */
  reveal: { annexId: string; count: number } | null;
}

const CopyButton = ({
  text,
  target,
  locale,
  label,
}: {
  text: string;
  target: () => HTMLElement | null;
  locale: Locale;
  label: string;
}) => {
  const m = t(locale);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const copy = guard(async () => {
    setOutcome(await copyText(text, target()));
  });
  return (
    <div class="copy-row">
      <button type="button" class="secondary" data-testid="annex-copy" onClick={copy}>
        {label}
      </button>
      <span class="copy-outcome" role="status">
        {outcome === 'copied' ? m.copied : outcome === 'selected' ? m.copySelected : ''}
      </span>
    </div>
  );
};

const AnnexBody = ({ annex, locale, variables }: { annex: Annex; locale: Locale; variables: Variables }) => {
  const m = t(locale);
  const shown = useRef<HTMLDivElement>(null);
  const title = substitute(annex.title, variables);
  switch (annex.type) {
    case 'text': {
      const text = substitute(annex.text, variables);
      return (
        <>
          <div class="annex-text" data-testid="annex-text" ref={shown}>
            {text}
          </div>
          <CopyButton text={text} target={() => shown.current} locale={locale} label={m.copy} />
        </>
      );
    }
    case 'image':
      return (
        <figure class="annex-image">
          <img src={annex.src} alt={annex.alt} data-testid="annex-image" />
          <figcaption>{annex.alt}</figcaption>
        </figure>
      );
    case 'table': {
      const rows = annex.rows.map((row) => row.map((cell) => substitute(cell, variables)));
      return (
        <>
          {/* Focusable so that a keyboard user can scroll a wide table (WCAG 2.1.1). */}
          {/* biome-ignore lint/a11y/useSemanticElements: a scroll box, not a document section. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must take focus. */}
          <div class="table-scroll" role="region" aria-label={title} tabIndex={0} ref={shown}>
            <table data-testid="annex-table">
              <caption class="sr-only">{title}</caption>
              <thead>
                <tr>
                  {annex.columns.map((column) => (
                    <th scope="col" key={column}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <CopyButton
            text={tableAsText(annex.columns, rows)}
            target={() => shown.current?.querySelector('table') ?? null}
            locale={locale}
            label={m.copyTable}
          />
        </>
      );
    }
  }
};

export const Annexes = ({ annexes, locale, variables, idPrefix, open, onToggle, reveal }: AnnexesProps) => {
  const m = t(locale);
  const toggles = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (!reveal) return;
    const button = toggles.current.get(reveal.annexId);
    if (!button) return;
    button.scrollIntoView({ block: 'start', behavior: 'smooth' });
    button.focus({ preventScroll: true });
  }, [reveal]);

  if (annexes.length === 0) return null;
  return (
    <section class="annexes" aria-labelledby={`${idPrefix}-annexes`}>
      <h3 id={`${idPrefix}-annexes`} class="section-title">
        {m.annexes}
      </h3>
      <ul class="annex-list">
        {annexes.map((annex, index) => {
          const expanded = open.has(annex.id);
          const bodyId = `${idPrefix}-a${index}`;
          return (
            <li
              key={annex.id}
              class="annex"
              data-testid="annex"
              data-annex-id={annex.id}
              data-type={annex.type}
            >
              <h4 class="annex-heading">
                <button
                  type="button"
                  class="annex-toggle"
                  data-testid="annex-toggle"
                  aria-expanded={expanded ? 'true' : 'false'}
                  aria-controls={bodyId}
                  ref={(element) => {
                    if (element) toggles.current.set(annex.id, element);
                    else toggles.current.delete(annex.id);
                  }}
                  onClick={guard(() => onToggle(annex.id))}
                >
                  <span>{substitute(annex.title, variables)}</span>
                  <span class="chevron" aria-hidden="true" />
                </button>
              </h4>
              <div class="annex-body" id={bodyId} hidden={!expanded}>
                {expanded ? <AnnexBody annex={annex} locale={locale} variables={variables} /> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
};

/**
 * The harmonisation view's station section, shown only when the host page gives the view a
 * station to read (the page the station serves at /harmonisation): what was read and when, a
 * button to read it again, and the station's refusal in words when it fails.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StationImport } from '../../../../shared/harmonisation/station-source.ts';
import { countOf } from '../i18n.ts';
import type { HzText } from './hz-view.ts';

/** What the host page gives: a label for people and a way to read the station's snapshot. */
export interface StationSource {
  /** The station as people know it (its host name and port). */
  label: string;
  /** Resolves with the station's JSON snapshot; rejects with an Error whose message is in French. */
  read(): Promise<unknown>;
  /** The station's copy of one session's evidence (a sealed bundle), read when the examiner asks. */
  readBundle?(sessionId: string): Promise<unknown>;
}

export type StationState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'read'; at: Date; result: StationImport }
  | { status: 'failed'; reason: string };

const summary = (view: HzText, label: string, state: StationState): string => {
  switch (state.status) {
    case 'reading':
      return view.t('station.reading');
    case 'read':
      return view.t('station.read', {
        station: label,
        time: state.at.toLocaleTimeString(view.locale === 'fr' ? 'fr-FR' : 'en-GB'),
        assessments: countOf(view.locale, state.result.added + state.result.unchanged, 'final'),
        sessions: countOf(view.locale, state.result.anchors, 'session'),
      });
    default:
      return '';
  }
};

export const renderStation = (
  view: HzText,
  source: StationSource | null,
  state: StationState,
  onRefresh: () => void,
): TemplateResult | typeof nothing =>
  source
    ? html`<section aria-labelledby="station-title" class="import no-print" data-testid="station-import">
        <h3 id="station-title">${view.t('station.title')}</h3>
        <div class="drop-zone">
          <p role="status" data-testid="station-summary" data-state=${state.status}>
            ${summary(view, source.label, state)}
          </p>
          <button
            type="button"
            class="button"
            data-testid="station-refresh"
            ?disabled=${state.status === 'reading'}
            @click=${onRefresh}
          >
            <span class="codicon codicon-refresh" aria-hidden="true"></span>${view.t('station.refresh')}
          </button>
        </div>
        ${
          state.status === 'failed'
            ? html`<p role="alert" class="error" data-testid="station-error">
                ${view.t('station.failed', { reason: state.reason })}
              </p>`
            : nothing
        }
      </section>`
    : nothing;

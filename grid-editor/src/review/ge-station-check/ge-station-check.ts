/**
 * « Comparer avec la station » in a review column: the bundle checked against what the
 * examiner's station received — its receipt file, or the head and count its screen shows,
 * typed in — without ever contacting the station (the review runs offline on a workstation;
 * ADR 0016). The verdict is kept while the column's bundle grows (the live column) and is
 * worked out again against the new events.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import type { EvidenceBundle } from '../../../../shared/schema/bundle.ts';
import {
  checkAgainstReceipt,
  claimFromTyped,
  parseReceipt,
  type ReceiptClaim,
  type StationReceipt,
} from '../../../../shared/station/receipt.ts';
import { GeElement } from '../../components/ge-element.ts';
import type { ReviewEventMap } from '../review-events.ts';
import styles from './ge-station-check.styles.ts';
import { type StationCheckKey, stationCheckMessages } from './i18n.ts';

type Shown = { state: string; text: string };
type Source = { claim: ReceiptClaim; receipt: StationReceipt | null };

let instances = 0;
const nextId = () => {
  instances += 1;
  return `station-check-${instances}`;
};

@customElement('ge-station-check')
export class GeStationCheck extends GeElement<ReviewEventMap, StationCheckKey> {
  static override styles = styles;

  @property({ attribute: false }) bundle: EvidenceBundle | undefined;
  @state() private shown: Shown | null = null;
  #source: Source | null = null;
  readonly #id = nextId();

  protected override translator(locale: Locale): Translator<StationCheckKey> {
    return stationCheckMessages(locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('bundle') || changed.has('locale')) && this.#source)
      this.shown = this.#verdict(this.#source);
  }

  #verdict({ claim, receipt }: Source): Shown | null {
    if (!this.bundle) return null;
    const verdict = checkAgainstReceipt(this.bundle, claim);
    const from = receipt
      ? this.t('station.fromReceipt', { station: receipt.station, at: this.format.dateTime(receipt.at) })
      : this.t('station.fromTyped');
    const say = (text: string) => ({ state: verdict.status, text: `${text} ${from}` });
    switch (verdict.status) {
      case 'same':
        return say(this.t('station.same', { count: verdict.count }));
      case 'station-behind':
        return say(this.t('station.behind', { count: verdict.stationCount, ...verdict }));
      case 'differs':
        return say(
          verdict.reason === 'missing'
            ? this.t('station.missing', verdict)
            : this.t('station.changed', { ...verdict, head: `${claim.head.slice(0, 12)}…` }),
        );
      case 'other-session':
        return {
          state: verdict.status,
          text: this.t('station.otherSession', { candidate: receipt?.candidate ?? '' }),
        };
    }
  }

  #refuse(problem: { fr: string; en: string }): void {
    this.#source = null;
    this.shown = { state: 'refused', text: problem[this.locale] };
  }

  async #openReceipt(file: File): Promise<void> {
    let value: unknown;
    try {
      value = JSON.parse(await file.text()) as unknown;
    } catch {
      this.#source = null;
      this.shown = { state: 'refused', text: this.t('station.unreadable', { file: file.name }) };
      return;
    }
    const parsed = parseReceipt(value);
    if (!parsed.ok) {
      this.#refuse(parsed);
      return;
    }
    const { receipt } = parsed;
    this.#source = {
      claim: { sessionId: receipt.sessionId, count: receipt.count, head: receipt.head },
      receipt,
    };
    this.shown = this.#verdict(this.#source);
  }

  #compareTyped(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const typed = claimFromTyped(
      (form.elements.namedItem('head') as HTMLInputElement).value,
      (form.elements.namedItem('count') as HTMLInputElement).value,
    );
    if (!typed.ok) {
      this.#refuse(typed);
      return;
    }
    this.#source = { claim: typed.claim, receipt: null };
    this.shown = this.#verdict(this.#source);
  }

  override render(): TemplateResult {
    const id = (name: string) => `${this.#id}-${name}`;
    return html`<section aria-labelledby=${id('title')}>
      <h3 id=${id('title')}>${this.t('station.title')}</h3>
      <p class="hint">${this.t('station.help')}</p>
      <label class="button secondary file-button">${this.t('station.openReceipt')}
        <input class="visually-hidden" type="file" accept=".json,application/json" data-testid="station-receipt-file"
          @change=${async (e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) await this.#openReceipt(file);
          }} />
      </label>
      <form @submit=${(e: SubmitEvent) => this.#compareTyped(e)}>
        <label for=${id('head')}>${this.t('station.head')}
          <input id=${id('head')} class="head" name="head" data-testid="station-head-input" autocomplete="off"
            spellcheck="false" placeholder="3fa9 c2d1 0b7e" />
        </label>
        <label for=${id('count')}>${this.t('station.count')}
          <input id=${id('count')} class="count" name="count" data-testid="station-count-input" inputmode="numeric"
            autocomplete="off" />
        </label>
        <button class="button secondary" type="submit" data-testid="compare-station">${this.t('station.compare')}</button>
      </form>
      <p role="status" data-testid="station-check" data-state=${this.shown?.state ?? 'none'}>${
        this.shown?.text ?? nothing
      }</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-station-check': GeStationCheck;
  }
}

import { html, svg, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LevelCounts, LevelDistribution } from '../../../../shared/harmonisation/report.ts';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import { LEVELS } from '../../../../shared/schema/common.ts';
import { GeElement } from '../../components/ge-element.ts';
import { levelSegments, percentages } from '../charts.ts';
import type { HzEventMap } from '../hz-events.ts';
import { countOf, type HzKey, hzMessages, levelName } from '../i18n.ts';
import styles from './ge-hz-levels-chart.styles.ts';

const WIDTH = 420;
const LEFT = 150;
const RIGHT = 44;
const BAR = 16;
const GAP = 6;

/**
 * Stacked bars of the levels TI / I / S / TS, one small chart per criterion (or per question
 * when subjects are unknown), one bar per examiner under the cohort's. Each chart is an SVG
 * image whose description gives every bar's percentages in words.
 */
@customElement('ge-hz-levels-chart')
export class GeHzLevelsChart extends GeElement<HzEventMap, HzKey> {
  protected override translator(locale: Locale): Translator<HzKey> {
    return hzMessages(locale);
  }

  static override styles = styles;

  @property({ attribute: false }) rows: readonly LevelDistribution[] = [];
  /** Examiners flagged, to mark their bars. */
  @property({ attribute: false }) flagged: ReadonlySet<string> = new Set();

  override render(): TemplateResult {
    return html`<ul class="legend" aria-label=${this.t('chart.legend')}>
        ${LEVELS.map(
          (level) =>
            html`<li><span class=${`swatch ${level}`} aria-hidden="true"></span>${levelName(this.locale, level)}</li>`,
        )}
      </ul>
      <div class="grid">${this.rows.map((row, i) => this.#chart(row, i))}</div>`;
  }

  #describe(label: string, counts: LevelCounts): string {
    const shares = percentages(counts);
    const total = LEVELS.reduce((sum, level) => sum + counts[level], 0);
    return this.t('chart.levelsRow', {
      group: label,
      counts: LEVELS.map((level) => `${level} ${shares[level]} %`).join(', '),
      total: countOf(this.locale, total, 'level'),
    });
  }

  #chart(row: LevelDistribution, index: number): TemplateResult {
    const bars = [
      { key: '*', label: this.t('stats.cohort'), counts: row.cohort },
      ...row.byExaminer.map((g) => ({ ...g, label: this.flagged.has(g.key) ? `${g.label} ⚑` : g.label })),
    ];
    const height = bars.length * (BAR + GAP) + GAP;
    const inner = WIDTH - LEFT - RIGHT;
    const description = `${this.t('chart.levelsDesc')} ${bars.map((b) => this.#describe(b.label, b.counts)).join(' ')}`;
    return html`<figure data-testid="levels-chart" data-dimension=${row.key}>
      <figcaption id=${`levels-caption-${index}`}>${row.label}</figcaption>
      <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby=${`levels-caption-${index}`} aria-describedby=${`levels-desc-${index}`}>
        <desc id=${`levels-desc-${index}`}>${description}</desc>
        ${bars.map((bar, i) => {
          const y = GAP + i * (BAR + GAP);
          const total = LEVELS.reduce((sum, level) => sum + bar.counts[level], 0);
          const label = bar.label.length > 24 ? `${bar.label.slice(0, 23)}…` : bar.label;
          return svg`<g>
            <text class="label" x=${LEFT - 8} y=${y + BAR / 2} text-anchor="end" dominant-baseline="middle">${label}</text>
            ${levelSegments(bar.counts)
              .filter((s) => s.count > 0)
              .map(
                (s) =>
                  svg`<rect class=${`segment ${s.level}`} x=${LEFT + s.start * inner} y=${y} width=${s.share * inner} height=${BAR}></rect>`,
              )}
            <text class="total" x=${WIDTH - RIGHT + 6} y=${y + BAR / 2} dominant-baseline="middle">${total}</text>
          </g>`;
        })}
      </svg>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-hz-levels-chart': GeHzLevelsChart;
  }
}

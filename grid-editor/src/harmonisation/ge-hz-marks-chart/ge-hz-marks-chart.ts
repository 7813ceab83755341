import { html, nothing, svg, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatNumber } from '../../../../shared/harmonisation/format.ts';
import type { Summary } from '../../../../shared/harmonisation/stats.ts';
import type { Locale, Translator } from '../../../../shared/i18n/translator.ts';
import { GeElement } from '../../components/ge-element.ts';
import { boxShape, linearScale, markDots, ticks } from '../charts.ts';
import type { HzEventMap } from '../hz-events.ts';
import { countOf, type HzKey, hzMessages } from '../i18n.ts';
import styles from './ge-hz-marks-chart.styles.ts';

export interface MarksGroup {
  key: string;
  label: string;
  summary: Summary;
  marks: readonly number[];
  flagged?: boolean;
  cohort?: boolean;
}

const WIDTH = 820;
const LEFT = 230;
const RIGHT = 16;
const TOP = 8;
const ROW = 46;
const AXIS = 28;

/**
 * Box plots of the marks /20, one row per group (the cohort first, then each examiner), with
 * every mark as a dot under its box. An SVG image with a title and a description that says, in
 * words, what each row shows; the statistics tables next to it carry the same figures.
 */
@customElement('ge-hz-marks-chart')
export class GeHzMarksChart extends GeElement<HzEventMap, HzKey> {
  protected override translator(locale: Locale): Translator<HzKey> {
    return hzMessages(locale);
  }

  static override styles = styles;

  @property({ attribute: false }) groups: readonly MarksGroup[] = [];

  override render(): TemplateResult {
    const height = TOP + this.groups.length * ROW + AXIS;
    const x = linearScale([0, 20], [LEFT, WIDTH - RIGHT]);
    const n = (value: number) => formatNumber(value, this.locale);
    const rows = this.groups.map((group) =>
      group.summary.n === 0
        ? ''
        : this.t('chart.marksRow', {
            group: group.label,
            n: countOf(this.locale, group.summary.n, 'mark'),
            median: n(group.summary.median),
            q1: n(group.summary.q1),
            q3: n(group.summary.q3),
            min: n(group.summary.min),
            max: n(group.summary.max),
            mean: n(group.summary.mean),
          }),
    );
    return html`<figure>
      <figcaption id="caption">${this.t('chart.marks')}</figcaption>
      <svg
        viewBox="0 0 ${WIDTH} ${height}"
        role="img"
        aria-labelledby="title"
        aria-describedby="desc"
        data-testid="marks-chart"
      >
        <title id="title">${this.t('chart.marks')}</title>
        <desc id="desc">${this.t('chart.marksDesc')} ${rows.filter(Boolean).join(' ')}</desc>
        ${ticks(0, 20, 2).map(
          (
            tick,
          ) => svg`<line class="grid" x1=${x(tick)} x2=${x(tick)} y1=${TOP} y2=${TOP + this.groups.length * ROW}></line>
            <text class="tick" x=${x(tick)} y=${TOP + this.groups.length * ROW + 16} text-anchor="middle">${tick}</text>`,
        )}
        <text class="tick" x=${(LEFT + WIDTH - RIGHT) / 2} y=${height - 1} text-anchor="middle">${this.t('chart.axis')}</text>
        ${this.groups.map((group, i) => this.#row(group, TOP + i * ROW, x))}
      </svg>
    </figure>`;
  }

  #row(group: MarksGroup, top: number, x: (v: number) => number): TemplateResult {
    const centre = top + 16;
    const shape = boxShape(group.summary, x);
    const label = group.label.length > 34 ? `${group.label.slice(0, 33)}…` : group.label;
    const classes = [group.flagged ? 'flagged' : '', group.cohort ? 'cohort' : ''].join(' ');
    return svg`<g class=${classes} data-group=${group.key}>
      <text class=${`label${group.flagged ? ' flagged' : ''}`} x=${LEFT - 10} y=${centre} text-anchor="end" dominant-baseline="middle">${label}${group.flagged ? ' ⚑' : ''}</text>
      ${
        shape
          ? svg`<line class="whisker" x1=${shape.min} x2=${shape.q1} y1=${centre} y2=${centre}></line>
        <line class="whisker" x1=${shape.q3} x2=${shape.max} y1=${centre} y2=${centre}></line>
        <line class="whisker" x1=${shape.min} x2=${shape.min} y1=${centre - 6} y2=${centre + 6}></line>
        <line class="whisker" x1=${shape.max} x2=${shape.max} y1=${centre - 6} y2=${centre + 6}></line>
        <rect class="box" x=${shape.q1} y=${centre - 9} width=${Math.max(1, shape.q3 - shape.q1)} height="18"></rect>
        <line class="median" x1=${shape.median} x2=${shape.median} y1=${centre - 9} y2=${centre + 9}></line>
        <polygon class="mean" points=${`${shape.mean},${centre - 5} ${shape.mean + 5},${centre} ${shape.mean},${centre + 5} ${shape.mean - 5},${centre}`}></polygon>
        ${markDots(group.marks, x, centre + 19, 6).map((dot) => svg`<circle class="dot" cx=${dot.cx} cy=${dot.cy} r="2"></circle>`)}`
          : nothing
      }
    </g>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ge-hz-marks-chart': GeHzMarksChart;
  }
}

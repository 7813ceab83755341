/**
 * The harmonisation report's statistics: the marks chart (cohort and examiners) over three
 * tables — by examiner (with each one's deviation from the cohort), by subject, and by
 * examiner and subject — each row a group's count, mean, median, spread and range.
 */
import '../ge-hz-marks-chart/index.ts';
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, formatSigned } from '../../../../shared/harmonisation/format.ts';
import type { GroupStats, Report } from '../../../../shared/harmonisation/report.ts';
import type { MarksGroup } from '../ge-hz-marks-chart/index.ts';
import { countOf } from '../i18n.ts';
import type { HzText } from './hz-view.ts';

const table = (
  view: HzText,
  caption: 'stats.byExaminer' | 'stats.bySubject' | 'stats.byExaminerSubject',
  first: 'stats.examiner' | 'stats.subject' | 'stats.group',
  testId: string,
  groups: readonly GroupStats[],
  deviation?: (g: GroupStats) => string,
  flagged: ReadonlySet<string> = new Set(),
): TemplateResult => {
  const n = (value: number) => formatNumber(value, view.locale);
  return html`<div class="table-scroll">
    <table data-testid=${`stats-${testId}`}>
      <caption>${view.t(caption)}</caption>
      <thead>
        <tr>
          <th scope="col">${view.t(first)}</th>
          <th scope="col" class="num">${view.t('stats.candidates')}</th>
          <th scope="col" class="num">${view.t('stats.mean')}</th>
          <th scope="col" class="num">${view.t('stats.median')}</th>
          <th scope="col" class="num">${view.t('stats.sd')}</th>
          <th scope="col" class="num">${view.t('stats.range')}</th>
          <th scope="col" class="num">${view.t('stats.iqr')}</th>
          ${deviation ? html`<th scope="col" class="num">${view.t('stats.deviation')}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${groups.map((g) => {
          const s = g.summary;
          const isFlagged = flagged.has(g.key);
          return html`<tr data-testid=${testId} data-key=${g.key} class=${isFlagged ? 'flagged' : ''}>
            <th scope="row">
              ${g.key === '*' ? view.t('stats.cohort') : g.label}${isFlagged ? html` <span class="badge">${view.t('stats.flagged')}</span>` : nothing}
              ${g.drafts ? html`<span class="muted"> (${view.t('stats.drafts', { count: countOf(view.locale, g.drafts, 'draft') })})</span>` : nothing}
            </th>
            <td class="num">${g.candidates}</td>
            <td class="num" data-stat="mean">${n(s.mean)}</td>
            <td class="num" data-stat="median">${n(s.median)}</td>
            <td class="num">${n(s.sd)}</td>
            <td class="num">${s.n ? `${n(s.min)}–${n(s.max)}` : '—'}</td>
            <td class="num">${n(s.iqr)}</td>
            ${deviation ? html`<td class="num" data-stat="deviation">${deviation(g)}</td>` : nothing}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
};

export const renderStats = (view: HzText, report: Report): TemplateResult => {
  const deviations = new Map(report.deviations.map((d) => [d.key, d]));
  const flagged = new Set(report.deviations.filter((d) => d.flagged).map((d) => d.key));
  const groups: MarksGroup[] = [
    {
      key: '*',
      label: view.t('stats.cohort'),
      summary: report.cohort.summary,
      marks: report.cohort.marks,
      cohort: true,
    },
    ...report.examiners.map((e) => ({
      key: e.key,
      label: e.label,
      summary: e.summary,
      marks: e.marks,
      flagged: flagged.has(e.key),
    })),
  ];
  return html`<section aria-labelledby="stats-title">
    <h3 id="stats-title">${view.t('stats.title')}</h3>
    <ge-hz-marks-chart .locale=${view.locale} .groups=${groups}></ge-hz-marks-chart>
    <div class="tables">
      ${table(
        view,
        'stats.byExaminer',
        'stats.examiner',
        'examiner-row',
        [report.cohort, ...report.examiners],
        (g) => {
          const d = deviations.get(g.key);
          return d?.deviation == null ? view.t('detail.none') : formatSigned(d.deviation, view.locale);
        },
        flagged,
      )}
      ${table(view, 'stats.bySubject', 'stats.subject', 'subject-row', report.subjects)}
      ${table(view, 'stats.byExaminerSubject', 'stats.group', 'examiner-subject-row', report.examinerSubjects)}
    </div>
  </section>`;
};

/**
 * Forms of a grid (competences → sub-competences → criteria with their level descriptors),
 * of a catalogue and its compétences opérationnelles, and of a subject package's summary.
 * The grid's levels and fiche fields are edited in the JSON source.
 */
import { html, type TemplateResult } from 'lit';
import { EVENT_KINDS } from '../../../../shared/schema/event.ts';
import { LEVELS } from '../../../../shared/schema/index.ts';
import { asRecord, joinPath } from '../../models/json-path.ts';
import { newCompetence, newCriterion, newEntry, newSubCompetence } from '../../models/templates.ts';
import {
  checklist,
  deleteButton,
  type FormHost,
  partLinks,
  partList,
  section,
  selectField,
  textField,
  valueAt,
} from './fields.ts';
import { lastIndex, parentOf, text } from './form-paths.ts';

/** The grid above a part at `path` (`competences[0]…` or `grid.competences[0]…`). */
const gridPathOf = (path: string): string => path.replace(/\.?competences\[.*$/, '');

export const gridForm = (host: FormHost, base: string): TemplateResult => {
  const at = (...rest: (string | number)[]) => joinPath(base, ...rest);
  const competences = at('competences');
  return html`${section(
    host.t('kind.grid'),
    html`${textField(host, { path: at('id'), label: host.t('form.id'), monospace: true })}
    ${textField(host, { path: at('title'), label: host.t('form.title') })}
    <div class="row">
      ${textField(host, { path: at('version'), label: host.t('form.version') })}
      ${textField(host, { path: at('source'), label: host.t('form.source'), optional: true })}
    </div>`,
  )}
  ${section(
    host.t('group.competences'),
    partList(host, competences, {
      icon: 'symbol-class',
      label: (item) => text(item.label),
      detail: (item) => text(item.id),
      add: {
        label: host.t('form.addCompetence'),
        testId: 'add-competence',
        item: () => newCompetence(valueAt(host, base)),
      },
    }),
  )}`;
};

export const competenceForm = (host: FormHost, path: string): TemplateResult => {
  const subs = joinPath(path, 'subCompetences');
  const grid = valueAt(host, gridPathOf(path));
  return html`${section(
    host.t('node.competence'),
    html`${textField(host, { path: joinPath(path, 'id'), label: host.t('form.id'), monospace: true })}
    ${textField(host, { path: joinPath(path, 'label'), label: host.t('form.label.field') })}`,
  )}
  ${section(
    host.t('node.subCompetence'),
    partList(host, subs, {
      icon: 'symbol-namespace',
      label: (item) => text(item.label),
      detail: (item) => text(item.id),
      add: {
        label: host.t('form.addSubCompetence'),
        testId: 'add-sub-competence',
        item: () => newSubCompetence(grid, valueAt(host, path)),
      },
    }),
  )}
  <div class="actions end">${deleteButton(host, host.t('form.deleteCompetence'), parentOf(path), lastIndex(path))}</div>`;
};

export const subCompetenceForm = (host: FormHost, path: string): TemplateResult => {
  const criteria = joinPath(path, 'criteria');
  const grid = valueAt(host, gridPathOf(path));
  return html`${section(
    host.t('node.subCompetence'),
    html`${textField(host, { path: joinPath(path, 'id'), label: host.t('form.id'), monospace: true })}
    ${textField(host, { path: joinPath(path, 'label'), label: host.t('form.label.field') })}`,
  )}
  ${section(
    host.t('form.criteria'),
    partList(host, criteria, {
      icon: 'pass',
      label: (item) => text(item.id),
      detail: (item) => text(item.label),
      add: { label: host.t('form.addCriterion'), testId: 'add-criterion', item: () => newCriterion(grid) },
    }),
  )}
  <div class="actions end">${deleteButton(host, host.t('form.deleteSubCompetence'), parentOf(path), lastIndex(path))}</div>`;
};

export const criterionForm = (host: FormHost, path: string): TemplateResult =>
  html`${section(
    host.t('node.criterion'),
    html`${textField(host, { path: joinPath(path, 'id'), label: host.t('form.id'), monospace: true })}
    ${textField(host, { path: joinPath(path, 'label'), label: host.t('form.label.field'), multiline: true, rows: 2 })}
    ${LEVELS.map((level) =>
      textField(host, {
        path: joinPath(path, 'descriptors', level),
        label: host.t('form.descriptor', { level }),
        optional: true,
        multiline: true,
        rows: 2,
      }),
    )}`,
  )}
  <div class="actions end">${deleteButton(host, host.t('form.deleteCriterion'), parentOf(path), lastIndex(path))}</div>`;

export const catalogueForm = (host: FormHost, base: string): TemplateResult => {
  const at = (...rest: (string | number)[]) => joinPath(base, ...rest);
  const entries = at('entries');
  return html`${section(
    host.t('kind.catalogue'),
    html`${textField(host, { path: at('id'), label: host.t('form.id'), monospace: true })}
    ${textField(host, { path: at('title'), label: host.t('form.title') })}
    <div class="row">
      ${selectField(host, {
        path: at('cms'),
        label: host.t('form.cms'),
        options: (['wordpress', 'prestashop', 'other'] as const).map((cms) => ({
          value: cms,
          label: host.t(`cms.${cms}`),
        })),
      })}
      ${textField(host, { path: at('session'), label: host.t('form.session'), optional: true })}
    </div>`,
  )}
  ${section(
    host.t('form.entries'),
    partList(host, entries, {
      icon: 'tools',
      label: (item) => text(item.label),
      detail: (item) => text(item.id),
      add: { label: host.t('form.addEntry'), testId: 'add-entry', item: () => newEntry(valueAt(host, base)) },
    }),
  )}`;
};

export const entryForm = (host: FormHost, path: string): TemplateResult =>
  html`${section(
    host.t('node.entry'),
    html`${textField(host, { path: joinPath(path, 'id'), label: host.t('form.id'), monospace: true })}
    ${textField(host, { path: joinPath(path, 'label'), label: host.t('form.label.field') })}
    ${textField(host, { path: joinPath(path, 'description'), label: host.t('form.description'), optional: true, multiline: true, rows: 2 })}
    ${checklist(host, {
      path: joinPath(path, 'criteria'),
      label: host.t('form.criteria'),
      options: host.context.criteria.map((c) => ({ value: c.id, label: `${c.id} — ${c.label}` })),
    })}
    ${checklist(host, {
      path: joinPath(path, 'evidenceKinds'),
      label: host.t('form.evidenceKinds'),
      options: EVENT_KINDS.map((kind) => ({ value: kind, label: kind })),
      columns: true,
    })}`,
  )}
  <div class="actions end">${deleteButton(host, host.t('form.deleteEntry'), parentOf(path), lastIndex(path))}</div>`;

export const packageForm = (host: FormHost): TemplateResult =>
  section(
    host.t('form.package'),
    html`<p class="hint">${host.t('form.packageHelp')}</p>
      ${partLinks(host, [
        {
          path: 'subject',
          label: host.t('form.open.subject'),
          detail: text(asRecord(valueAt(host, 'subject')).title),
          icon: 'book',
        },
        {
          path: 'grid',
          label: host.t('form.open.grid'),
          detail: text(asRecord(valueAt(host, 'grid')).title),
          icon: 'table',
        },
        {
          path: 'catalogue',
          label: host.t('form.open.catalogue'),
          detail: text(asRecord(valueAt(host, 'catalogue')).title),
          icon: 'library',
        },
      ])}
      <div class="actions">
        <button type="button" class="button" data-testid="export-package" @click=${() => host.command('file.export')}>
          <span class="codicon codicon-export" aria-hidden="true"></span>${host.t('form.export')}
        </button>
      </div>`,
  );

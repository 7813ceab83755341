/**
 * Forms of a subject's parts: the subject itself, a question, an evidence rule (event kind,
 * conditions, criteria, weight, evidence type, atLeast, after, window), a variable, and the
 * lists (questions, annexes, variables). The annex form is annex-form.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { EVENT_KINDS } from '../../../../shared/schema/event.ts';
import { LEVELS } from '../../../../shared/schema/index.ts';
import { fieldsOf } from '../../models/event-fields.ts';
import { asArray, asRecord, joinPath } from '../../models/json-path.ts';
import {
  CONDITION_OPS,
  type ConditionOp,
  newAnnex,
  newCondition,
  newQuestion,
  newRule,
  newVariable,
  TOLERANT_OPS,
  withOp,
} from '../../models/templates.ts';
import {
  addButton,
  append,
  checkbox,
  checklist,
  deleteButton,
  type FormHost,
  fieldId,
  messages,
  numberField,
  partLinks,
  partList,
  section,
  selectField,
  textField,
  valueAt,
} from './fields.ts';
import { lastIndex, parentOf, text } from './form-paths.ts';
import { instructionsPreview, subjectVariables } from './markdown-preview.ts';

const CMS_OPTIONS = (host: FormHost) =>
  (['wordpress', 'prestashop', 'other'] as const).map((cms) => ({ value: cms, label: host.t(`cms.${cms}`) }));

/** The subject at `base` (`""` or `subject`): metadata, company, and its lists. */
export const subjectForm = (host: FormHost, base: string): TemplateResult => {
  const at = (...rest: (string | number)[]) => joinPath(base, ...rest);
  return html`${section(
    host.t('kind.subject'),
    html`${textField(host, { path: at('id'), label: host.t('form.id'), monospace: true })}
    ${textField(host, { path: at('title'), label: host.t('form.title') })}
    <div class="row">
      ${selectField(host, { path: at('cms'), label: host.t('form.cms'), options: CMS_OPTIONS(host) })}
      ${textField(host, { path: at('letter'), label: host.t('form.letter') })}
      ${numberField(host, { path: at('durationMinutes'), label: host.t('form.duration'), min: 1, max: 240, step: 1 })}
    </div>
    <div class="row">
      ${textField(host, { path: at('code'), label: host.t('form.code'), optional: true })}
      ${textField(host, { path: at('session'), label: host.t('form.session'), optional: true })}
    </div>
    <div class="row">
      ${textField(host, { path: at('gridId'), label: host.t('form.gridId'), monospace: true })}
      ${textField(host, { path: at('catalogueId'), label: host.t('form.catalogueId'), optional: true, monospace: true })}
    </div>
    ${selectField(host, {
      path: at('emptyLevel'),
      label: host.t('form.emptyLevel'),
      optional: true,
      options: LEVELS.map((level) => ({ value: level, label: level })),
    })}`,
  )}
  ${section(
    host.t('form.company'),
    html`${textField(host, { path: at('company', 'name'), label: host.t('form.companyName') })}
    ${textField(host, { path: at('company', 'context'), label: host.t('form.companyContext'), multiline: true, rows: 6 })}`,
  )}
  ${questionsList(host, at('questions'))} ${annexesList(host, at('annexes'))} ${variablesList(host, at('variables'))}`;
};

export const questionsList = (host: FormHost, path: string): TemplateResult => {
  const subject = valueAt(host, path.replace(/\.?questions$/, ''));
  return section(
    host.t('form.questions'),
    html`${partLinks(
      host,
      asArray(valueAt(host, path)).map((question, i) => {
        const q = asRecord(question);
        return {
          path: joinPath(path, i),
          label: `${typeof q.number === 'number' ? `${q.number}. ` : ''}${text(q.title)}`,
          detail: asArray(q.criteria).join(', '),
          icon: 'question',
        };
      }),
    )}
    ${messages(host, fieldId(path), host.problemsAt(path))}
    ${addButton(host.t('form.addQuestion'), 'add-question', () => append(host, path, newQuestion(subject)), path)}`,
  );
};

export const annexesList = (host: FormHost, path: string): TemplateResult => {
  const subject = valueAt(host, path.replace(/\.?annexes$/, ''));
  return section(
    host.t('form.subjectAnnexes'),
    partList(host, path, {
      icon: 'file-media',
      label: (item) => text(item.title),
      detail: (item) => text(item.id),
      add: { label: host.t('form.addAnnex'), testId: 'add-annex', item: () => newAnnex(subject) },
    }),
  );
};

export const variablesList = (host: FormHost, path: string): TemplateResult => {
  const subject = valueAt(host, path.replace(/\.?variables$/, ''));
  return section(
    host.t('form.variables'),
    partList(host, path, {
      icon: 'symbol-variable',
      label: (item) => text(item.name),
      detail: (item) => text(item.value),
      add: { label: host.t('form.addVariable'), testId: 'add-variable', item: () => newVariable(subject) },
    }),
  );
};

const STATUS_ICONS = { passed: 'pass', failed: 'error', invalid: 'warning' } as const;

const testBadge = (host: FormHost, path: string): TemplateResult | undefined => {
  const test = host.context.tests.get(path);
  if (!test) return undefined;
  return html`<span class=${`test-badge ${test.status}`} data-testid="rule-test-status" data-status=${test.status}
    ><span class="codicon codicon-${STATUS_ICONS[test.status]}" aria-hidden="true"></span>${host.t(
      `tests.status.${test.status}`,
    )}</span
  >`;
};

export const questionForm = (host: FormHost, path: string): TemplateResult => {
  const question = asRecord(valueAt(host, path));
  const subjectPath = path.replace(/\.?questions\[\d+\]$/, '');
  const subject = valueAt(host, subjectPath);
  const rulesPath = joinPath(path, 'rules');
  const { context } = host;
  return html`${section(
    host.t('node.question'),
    html`<div class="row">
        ${textField(host, { path: joinPath(path, 'id'), label: host.t('form.id'), monospace: true })}
        ${numberField(host, { path: joinPath(path, 'number'), label: host.t('form.number'), min: 1, max: 20, step: 1 })}
      </div>
      ${textField(host, { path: joinPath(path, 'title'), label: host.t('form.title') })}
      ${textField(host, {
        path: joinPath(path, 'instructions'),
        label: host.t('form.instructions'),
        multiline: true,
        rows: 6,
        hint:
          context.variables.length > 0
            ? host.t('form.variablesHint', { names: context.variables.map((n) => `{{${n}}}`).join(', ') })
            : undefined,
      })}
      ${instructionsPreview(host, joinPath(path, 'instructions'), text(question.instructions), subjectVariables(subject))}
      ${checklist(host, {
        path: joinPath(path, 'criteria'),
        label: host.t('form.criteria'),
        options: context.criteria.map((c) => ({ value: c.id, label: `${c.id} — ${c.label}` })),
      })}
      ${checklist(host, {
        path: joinPath(path, 'competences'),
        label: host.t('form.competences'),
        options: context.entries.map((e) => ({ value: e.id, label: e.label })),
        empty: host.t('form.noCatalogue'),
        columns: true,
      })}
      ${checklist(host, {
        path: joinPath(path, 'annexes'),
        label: host.t('form.annexes'),
        options: context.annexes.map((a) => ({ value: a.id, label: a.label })),
      })}`,
  )}
  ${section(
    host.t('form.rules'),
    html`${partLinks(
      host,
      asArray(question.rules).map((rule, i) => {
        const r = asRecord(rule);
        const rulePath = joinPath(rulesPath, i);
        return {
          path: rulePath,
          label: text(r.title),
          detail: `${text(r.kind)} · ${asArray(r.criteria).join(', ')}`,
          icon: 'zap',
          ...(testBadge(host, rulePath) ? { badge: testBadge(host, rulePath)! } : {}),
        };
      }),
    )}
    ${messages(host, fieldId(rulesPath), host.problemsAt(rulesPath))}
    <div class="actions">
      ${addButton(host.t('form.addRule'), 'add-rule', () => append(host, rulesPath, newRule(subject, question)), rulesPath)}
      <button type="button" class="button secondary" data-testid="add-library-rule" @click=${() => host.pickLibrary(path)}>
        <span class="codicon codicon-library" aria-hidden="true"></span>${host.t('form.addLibraryRule')}
      </button>
    </div>`,
  )}
  <div class="actions end">${deleteButton(host, host.t('form.deleteQuestion'), parentOf(path), lastIndex(path))}</div>`;
};

const defaultField = (kind: string): string => {
  const fields = fieldsOf(kind);
  return fields.includes('data.title') ? 'data.title' : (fields[0] ?? 'data.title');
};

const kindOptions = () =>
  EVENT_KINDS.map((kind) => ({ value: kind, label: kind, group: kind.split('.')[0] }));

const conditionEditor = (host: FormHost, rulePath: string, index: number, kind: string): TemplateResult => {
  const path = joinPath(rulePath, 'where', index);
  const condition = asRecord(valueAt(host, path));
  const op = (CONDITION_OPS as readonly string[]).includes(text(condition.op))
    ? (text(condition.op) as ConditionOp)
    : undefined;
  const n = index + 1;
  const value = () => {
    switch (op) {
      case 'contains':
      case 'equals':
      case 'differs':
        return textField(host, {
          path: joinPath(path, 'value'),
          label: host.t('form.value'),
          typed: op !== 'contains',
        });
      case 'matches':
        return html`${textField(host, { path: joinPath(path, 'pattern'), label: host.t('form.pattern'), monospace: true })}
        ${textField(host, { path: joinPath(path, 'flags'), label: host.t('form.flags'), optional: true })}`;
      case 'exists':
        return checkbox(host, {
          path: joinPath(path, 'value'),
          label: host.t('form.present'),
          checked: condition.value !== false,
          onChange: (checked) => host.edit(joinPath(path, 'value'), checked),
        });
      case 'between':
      case 'lengthBetween':
        return html`${numberField(host, { path: joinPath(path, 'min'), label: host.t('form.min') })}
        ${numberField(host, { path: joinPath(path, 'max'), label: host.t('form.max') })}`;
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
      case 'wordsAtLeast':
        return numberField(host, { path: joinPath(path, 'value'), label: host.t('form.value') });
      default:
        return nothing;
    }
  };
  return html`<fieldset class="condition" data-testid="condition" data-index=${index} data-path=${path}>
    <legend>${host.t('form.condition', { n })}</legend>
    <div class="row">
      ${selectField(host, {
        path: joinPath(path, 'op'),
        label: host.t('form.op'),
        options: CONDITION_OPS.map((o) => ({ value: o, label: host.t(`op.${o}`) })),
        onChange: (next) => host.edit(path, withOp(condition, next as ConditionOp)),
      })}
      ${textField(host, { path: joinPath(path, 'field'), label: host.t('form.field'), list: `fields-${index}`, monospace: true })}
    </div>
    <datalist id=${`fields-${index}`}>${fieldsOf(kind).map((field) => html`<option value=${field}></option>`)}</datalist>
    <div class="row">${value()}</div>
    ${
      op && TOLERANT_OPS.includes(op)
        ? checkbox(host, {
            path: joinPath(path, 'tolerant'),
            label: host.t('form.tolerant'),
            checked: condition.tolerant !== undefined,
            onChange: (checked) =>
              host.edit(
                joinPath(path, 'tolerant'),
                checked ? { case: true, accents: true, spacing: true, punctuation: false } : undefined,
              ),
          })
        : nothing
    }
    ${messages(host, fieldId(path), host.problemsAt(path))}
    <div class="actions end">
      <button
        type="button"
        class="button secondary"
        data-testid="remove-condition"
        data-index=${index}
        @click=${() => {
          const where = asArray(valueAt(host, joinPath(rulePath, 'where')));
          host.edit(
            joinPath(rulePath, 'where'),
            where.filter((_, i) => i !== index),
          );
        }}
      >
        <span class="codicon codicon-trash" aria-hidden="true"></span>${host.t('form.removeCondition', { n })}
      </button>
    </div>
  </fieldset>`;
};

export const ruleForm = (host: FormHost, path: string): TemplateResult => {
  const rule = asRecord(valueAt(host, path));
  const kind = text(rule.kind);
  const wherePath = joinPath(path, 'where');
  const where = asArray(rule.where);
  const { context } = host;
  const window = asRecord(rule.window);
  const setWindow = (key: 'fromMinute' | 'toMinute', raw: string) => {
    const next = { ...window };
    if (raw === '') delete next[key];
    else next[key] = Number(raw);
    host.edit(joinPath(path, 'window'), Object.keys(next).length === 0 ? undefined : next);
  };
  const windowInput = (key: 'fromMinute' | 'toMinute', label: string) => {
    const id = fieldId(joinPath(path, 'window', key));
    const problems = host.problemsAt(joinPath(path, 'window', key));
    return html`<div class="field number">
      <label for=${id}>${label}</label>
      <input
        type="number"
        id=${id}
        min="0"
        step="any"
        data-path=${joinPath(path, 'window', key)}
        data-field=${`window.${key}`}
        .value=${live(typeof window[key] === 'number' ? String(window[key]) : '')}
        @input=${(event: Event) => setWindow(key, (event.target as HTMLInputElement).value)}
      />
      ${messages(host, id, problems)}
    </div>`;
  };
  const others = context.ruleIds.filter((id) => id !== rule.id);
  const badge = testBadge(host, path);
  return html`${section(
    host.t('node.rule'),
    html`${badge ? html`<p class="test-line">${badge}</p>` : nothing}
      <div class="row">
        ${textField(host, { path: joinPath(path, 'id'), label: host.t('form.id'), monospace: true })}
        ${selectField(host, { path: joinPath(path, 'kind'), label: host.t('form.kind'), options: kindOptions() })}
      </div>
      ${textField(host, { path: joinPath(path, 'title'), label: host.t('form.title') })}
      ${textField(host, { path: joinPath(path, 'description'), label: host.t('form.description'), optional: true, multiline: true, rows: 2 })}
      ${checklist(host, {
        path: joinPath(path, 'criteria'),
        label: host.t('form.criteria'),
        options: context.criteria.map((c) => ({ value: c.id, label: `${c.id} — ${c.label}` })),
      })}
      <div class="row">
        ${selectField(host, {
          path: joinPath(path, 'evidence'),
          label: host.t('form.evidence'),
          options: [
            { value: 'process', label: host.t('form.evidence.process') },
            { value: 'state', label: host.t('form.evidence.state') },
          ],
        })}
        ${numberField(host, {
          path: joinPath(path, 'weight'),
          label: host.t('form.weight'),
          optional: true,
          min: 0,
          max: 100,
          placeholder: '1',
        })}
        ${numberField(host, { path: joinPath(path, 'atLeast'), label: host.t('form.atLeast'), optional: true, min: 1, step: 1, placeholder: '1' })}
      </div>
      <div class="row">
        ${selectField(host, {
          path: joinPath(path, 'after'),
          label: host.t('form.after'),
          optional: true,
          options: others.map((id) => ({ value: id, label: id })),
        })}
        ${windowInput('fromMinute', host.t('form.windowFrom'))} ${windowInput('toMinute', host.t('form.windowTo'))}
      </div>`,
  )}
  ${section(
    host.t('form.where'),
    html`${context.variables.length > 0 ? html`<p class="hint">${host.t('form.variablesHint', { names: context.variables.map((n) => `{{${n}}}`).join(', ') })}</p>` : nothing}
    ${where.length === 0 ? html`<p class="hint">${host.t('form.noConditions')}</p>` : nothing}
    ${where.map((_, i) => conditionEditor(host, path, i, kind))}
    ${messages(host, fieldId(wherePath), host.problemsAt(wherePath))}
    ${addButton(host.t('form.addCondition'), 'add-condition', () => host.edit(wherePath, [...where, newCondition(defaultField(kind))]), wherePath)}`,
  )}
  <div class="actions end">${deleteButton(host, host.t('form.deleteRule'), parentOf(path), lastIndex(path))}</div>`;
};

export const variableForm = (host: FormHost, path: string): TemplateResult =>
  html`${section(
    host.t('node.variable'),
    html`${textField(host, { path: joinPath(path, 'name'), label: host.t('form.variableName'), monospace: true })}
    ${textField(host, { path: joinPath(path, 'label'), label: host.t('form.label.field') })}
    ${textField(host, { path: joinPath(path, 'value'), label: host.t('form.variableValue') })}`,
  )}
  <div class="actions end">${deleteButton(host, host.t('form.deleteVariable'), parentOf(path), lastIndex(path))}</div>`;

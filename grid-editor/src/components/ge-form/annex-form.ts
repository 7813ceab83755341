/** The form of a subject's annex: a text, a table (typed or pasted), an image or a link. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { asArray, asRecord, joinPath } from '../../models/json-path.ts';
import {
  deleteButton,
  type FormHost,
  fieldId,
  messages,
  section,
  selectField,
  textField,
  valueAt,
} from './fields.ts';
import { lastIndex, parentOf, text } from './form-paths.ts';
import { annexTextPreview, subjectVariables } from './markdown-preview.ts';

const readImage = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

const splitCells = (line: string): string[] => line.split('|').map((cell) => cell.trim());

export const annexForm = (host: FormHost, path: string): TemplateResult => {
  const annex = asRecord(valueAt(host, path));
  const type = text(annex.type);
  const setType = (next: string) => {
    const common = { id: annex.id, title: annex.title };
    const shapes: Record<string, Record<string, unknown>> = {
      text: { ...common, type: 'text', text: typeof annex.text === 'string' ? annex.text : '' },
      image: {
        ...common,
        type: 'image',
        src: typeof annex.src === 'string' ? annex.src : '',
        alt: typeof annex.alt === 'string' ? annex.alt : '',
      },
      table: {
        ...common,
        type: 'table',
        columns: asArray(annex.columns).length > 0 ? annex.columns : ['Colonne 1'],
        rows: asArray(annex.rows),
      },
    };
    host.edit(path, shapes[next] ?? annex);
  };
  const body = () => {
    if (type === 'text')
      return html`${textField(host, {
        path: joinPath(path, 'text'),
        label: host.t('form.annexText'),
        multiline: true,
        rows: 10,
      })}
      ${annexTextPreview(host, joinPath(path, 'text'), text(annex.text), subjectVariables(valueAt(host, path.replace(/\.?annexes\[\d+\]$/, ''))))}`;
    if (type === 'image') {
      const id = fieldId(joinPath(path, 'src'));
      const src = text(annex.src);
      return html`<div class="field">
          <label for=${id}>${host.t('form.annexImage')}</label>
          <input
            type="file"
            id=${id}
            accept="image/png,image/jpeg,image/gif,image/webp,image/svg+xml"
            data-path=${joinPath(path, 'src')}
            data-field="src"
            @change=${async (event: Event) => {
              const file = (event.target as HTMLInputElement).files?.[0];
              if (file) host.edit(joinPath(path, 'src'), await readImage(file));
            }}
          />
          ${messages(host, id, host.problemsAt(joinPath(path, 'src')))}
        </div>
        ${src.startsWith('data:image/') ? html`<img class="preview" src=${src} alt=${text(annex.alt)} />` : nothing}
        ${textField(host, { path: joinPath(path, 'alt'), label: host.t('form.annexAlt') })}`;
    }
    if (type === 'table') {
      const columns = asArray(annex.columns).map(text);
      const rows = asArray(annex.rows).map((row) => asArray(row).map(text).join(' | '));
      const columnsId = fieldId(joinPath(path, 'columns'));
      const rowsId = fieldId(joinPath(path, 'rows'));
      return html`<div class="field">
          <label for=${columnsId}>${host.t('form.annexColumns')}</label>
          <input
            type="text"
            id=${columnsId}
            data-path=${joinPath(path, 'columns')}
            data-field="columns"
            .value=${live(columns.join(' | '))}
            @input=${(event: Event) => host.edit(joinPath(path, 'columns'), splitCells((event.target as HTMLInputElement).value), true)}
          />
          ${messages(host, columnsId, host.problemsAt(joinPath(path, 'columns'), true))}
        </div>
        <div class="field">
          <label for=${rowsId}>${host.t('form.annexRows')}</label>
          <textarea
            id=${rowsId}
            rows="8"
            data-path=${joinPath(path, 'rows')}
            data-field="rows"
            .value=${live(rows.join('\n'))}
            @input=${(event: Event) => {
              const lines = (event.target as HTMLTextAreaElement).value
                .split('\n')
                .filter((line) => line.trim() !== '');
              host.edit(joinPath(path, 'rows'), lines.map(splitCells), true);
            }}
          ></textarea>
          ${messages(host, rowsId, host.problemsAt(joinPath(path, 'rows'), true))}
        </div>`;
    }
    return nothing;
  };
  return html`${section(
    host.t('node.annex'),
    html`<div class="row">
        ${textField(host, { path: joinPath(path, 'id'), label: host.t('form.id'), monospace: true })}
        ${selectField(host, {
          path: joinPath(path, 'type'),
          label: host.t('form.annexType'),
          options: (['text', 'image', 'table'] as const).map((value) => ({
            value,
            label: host.t(`form.annexType.${value}`),
          })),
          onChange: setType,
        })}
      </div>
      ${textField(host, { path: joinPath(path, 'title'), label: host.t('form.title') })} ${body()}`,
  )}
  <div class="actions end">${deleteButton(host, host.t('form.deleteAnnex'), parentOf(path), lastIndex(path))}</div>`;
};

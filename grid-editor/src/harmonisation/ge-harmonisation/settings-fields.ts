/**
 * The flag settings of the harmonisation report (threshold, minimum of candidates, mark
 * tolerance, what makes a level suggestion worth flagging), as number fields applied as typed:
 * a value out of range or not a number is left unapplied, the report keeps the last good one.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { HarmonisationSettings } from '../../../../shared/harmonisation/report.ts';
import type { HzText } from './hz-view.ts';

export interface SettingField {
  key: keyof HarmonisationSettings;
  testId: string;
  label:
    | 'settings.threshold'
    | 'settings.minCandidates'
    | 'settings.tolerance'
    | 'settings.minQuestions'
    | 'settings.minGap';
  help?: 'settings.thresholdHelp' | 'settings.toleranceHelp';
  min: number;
  max: number;
  step: number;
}

export const SETTING_FIELDS: readonly SettingField[] = [
  {
    key: 'examinerThreshold',
    testId: 'threshold',
    label: 'settings.threshold',
    help: 'settings.thresholdHelp',
    min: 0,
    max: 20,
    step: 0.1,
  },
  {
    key: 'minCandidates',
    testId: 'min-candidates',
    label: 'settings.minCandidates',
    min: 1,
    max: 500,
    step: 1,
  },
  {
    key: 'markTolerance',
    testId: 'tolerance',
    label: 'settings.tolerance',
    help: 'settings.toleranceHelp',
    min: 0,
    max: 20,
    step: 0.5,
  },
  {
    key: 'suggestionMinQuestions',
    testId: 'suggestion-questions',
    label: 'settings.minQuestions',
    min: 1,
    max: 10,
    step: 1,
  },
  { key: 'suggestionMinGap', testId: 'suggestion-gap', label: 'settings.minGap', min: 1, max: 3, step: 1 },
];

/** The settings with the field's new text applied, or undefined when the text is not a value in range. */
export const applySetting = (
  settings: HarmonisationSettings,
  field: SettingField,
  text: string,
): HarmonisationSettings | undefined => {
  const value = Number(text.replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value) || value < field.min || value > field.max)
    return undefined;
  return { ...settings, [field.key]: value };
};

export const renderSettings = (
  view: HzText,
  settings: HarmonisationSettings,
  /** A field's text typed: apply it with `applySetting` to the settings of that moment. */
  onInput: (field: SettingField, text: string) => void,
): TemplateResult => html`<fieldset class="no-print">
  <legend>${view.t('settings.title')}</legend>
  ${SETTING_FIELDS.map(
    (field) => html`<div class="field">
      <label for=${`setting-${field.testId}`}>${view.t(field.label)}</label>
      <input
        id=${`setting-${field.testId}`}
        type="number"
        data-testid=${field.testId}
        min=${field.min}
        max=${field.max}
        step=${field.step}
        .value=${String(settings[field.key])}
        aria-describedby=${field.help ? `help-${field.testId}` : nothing}
        @input=${(event: Event) => onInput(field, (event.target as HTMLInputElement).value)}
      />
      ${field.help ? html`<small id=${`help-${field.testId}`}>${view.t(field.help)}</small>` : nothing}
    </div>`,
  )}
</fieldset>`;

/** Options page: the centre's reference site origin (the examiner PIN comes with sessions). */
import { useEffect, useState } from 'preact/hooks';
import { type Locale, t } from '../i18n/messages.ts';
import { checkOrigin, DEFAULT_SETTINGS, type Settings } from '../settings/settings.ts';
import { loadSettings, saveSettings } from '../settings/store.ts';

type Feedback = { kind: 'error' | 'success'; text: string } | null;

export const OptionsPage = () => {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [origin, setOrigin] = useState('');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const locale: Locale = settings.locale;
  const m = t(locale);

  useEffect(() => {
    void loadSettings().then((loaded) => {
      setSettings(loaded);
      setOrigin(loaded.referenceOrigins.join(' '));
    });
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const typed = origin.split(/[\s,]+/).filter(Boolean);
    const checks = typed.map(checkOrigin);
    const refused = checks.find((check) => !check.ok);
    if (refused && !refused.ok) {
      setFeedback({ kind: 'error', text: locale === 'fr' ? refused.fr : refused.en });
      return;
    }
    if (checks.length === 0) {
      setFeedback({
        kind: 'error',
        text: locale === 'fr' ? 'Indiquez au moins une origine.' : 'Give at least one origin.',
      });
      return;
    }
    const referenceOrigins = checks.flatMap((check) => (check.ok ? [check.origin] : []));
    const next = { ...settings, referenceOrigins };
    await saveSettings(next);
    setSettings(next);
    setOrigin(referenceOrigins.join(' '));
    setFeedback({ kind: 'success', text: m.saved });
  };

  return (
    <form onSubmit={onSubmit} lang={locale}>
      <h1>{m.optionsTitle}</h1>
      <p>{m.optionsIntro}</p>
      <label for="reference-origin">{m.referenceOrigin}</label>
      <input
        id="reference-origin"
        type="text"
        data-testid="reference-origin"
        value={origin}
        aria-describedby="reference-origin-help"
        onInput={(event) => setOrigin((event.target as HTMLInputElement).value)}
      />
      <p class="help" id="reference-origin-help">
        {m.referenceOriginHelp}
      </p>
      <button type="submit" data-testid="save-settings">
        {m.saveSettings}
      </button>
      <p role="status" data-testid="settings-feedback" class={feedback?.kind ?? ''}>
        {feedback?.text ?? ''}
      </p>
    </form>
  );
};

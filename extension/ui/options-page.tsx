/**
 * Options page, done once per centre: reference origin(s), extra allowed origins, examiner PIN.
 * Everything is saved through the background (`settings.save`), which asks for the examiner PIN
 * once one is set (the display language excepted) and records any change during a session.
 */
import { useEffect, useState } from 'preact/hooks';
import { type Locale, t } from '../i18n/messages.ts';
import { PAGE_MESSAGES } from '../i18n/pages.ts';
import { ask } from '../messaging/client.ts';
import { loadManaged, onManagedChanged } from '../settings/managed.ts';
import { requestOrigins } from '../settings/permissions.ts';
import { checkOrigin, DEFAULT_SETTINGS, type Settings } from '../settings/settings.ts';
import { loadSettings, onSettingsChanged } from '../settings/store.ts';
import { PinField } from './pin-field.tsx';
import { SelfTest } from './self-test/self-test.tsx';

type Feedback = { kind: 'error' | 'success'; text: string } | null;

const parseOrigins = (text: string) => {
  const checks = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(checkOrigin);
  const refused = checks.find((check) => !check.ok);
  return {
    origins: checks.flatMap((check) => (check.ok ? [check.origin] : [])),
    refused: refused && !refused.ok ? refused : null,
  };
};

export const OptionsPage = () => {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [origin, setOrigin] = useState('');
  const [allowed, setAllowed] = useState('');
  const [pin, setPin] = useState('');
  const [currentPin, setCurrentPin] = useState('');
  const [pinIsSet, setPinIsSet] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  /** The centre's policy locks the settings (managed storage): shown, not editable. */
  const [locked, setLocked] = useState(false);
  const [ready, setReady] = useState(false);
  const locale: Locale = settings.locale;
  const m = { ...t(locale), ...PAGE_MESSAGES[locale] };

  useEffect(() => {
    // The form appears once it shows what is stored: a value typed before the stored one
    // arrived would be overwritten by it, or mixed with it.
    void Promise.allSettled([
      loadSettings().then((loaded) => {
        setSettings(loaded);
        setOrigin(loaded.referenceOrigins.join(' '));
        setAllowed(loaded.allowedOrigins.join(' '));
      }),
      ask({ type: 'pin.status' }).then((response) => setPinIsSet(response.ok && response.set)),
    ]).then(() => setReady(true));
    void loadManaged().then((managed) => setLocked(managed.lockedSettings === true));
    // The policy can arrive after the page opened (Chromium delivers it late to a new profile);
    // the background then rewrites the settings: show both as they now are.
    const stopManaged = onManagedChanged((managed) => setLocked(managed.lockedSettings === true));
    const stopSettings = onSettingsChanged((changed) => {
      setSettings(changed);
      setOrigin(changed.referenceOrigins.join(' '));
      setAllowed(changed.allowedOrigins.join(' '));
    });
    return () => {
      stopManaged();
      stopSettings();
    };
  }, []);

  const fail = (fr: string, en: string) => setFeedback({ kind: 'error', text: locale === 'fr' ? fr : en });

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (locked)
      return fail(
        'Réglages verrouillés par la stratégie du centre : rien n’a été modifié.',
        'Settings are locked by the centre’s policy: nothing was changed.',
      );
    const reference = parseOrigins(origin);
    const extra = parseOrigins(allowed);
    const refused = reference.refused ?? extra.refused;
    if (refused) return fail(refused.fr, refused.en);
    if (reference.origins.length === 0)
      return fail('Indiquez au moins une origine.', 'Give at least one origin.');
    // The permission prompt needs the user's gesture: ask before anything else awaits.
    const denied = await requestOrigins([...reference.origins, ...extra.origins]);
    if (denied.length > 0)
      return setFeedback({ kind: 'error', text: `${m.permissionDenied} ${denied.join(', ')}` });
    const next = { ...settings, referenceOrigins: reference.origins, allowedOrigins: extra.origins };
    // The first PIN comes first: the settings it then protects are saved with it.
    if (pin && !pinIsSet) {
      const response = await ask({ type: 'pin.set', next: pin });
      if (!response.ok) return fail(response.fr, response.en);
      setPinIsSet(true);
    }
    const proof = pinIsSet ? currentPin : pin;
    const saved = await ask({ type: 'settings.save', settings: next, ...(proof ? { pin: proof } : {}) });
    if (!saved.ok) return fail(saved.fr, saved.en);
    if (pin && pinIsSet) {
      const response = await ask({
        type: 'pin.set',
        next: pin,
        ...(currentPin ? { current: currentPin } : {}),
      });
      if (!response.ok) return fail(response.fr, response.en);
    }
    setPin('');
    setCurrentPin('');
    setSettings(next);
    setOrigin(next.referenceOrigins.join(' '));
    setAllowed(next.allowedOrigins.join(' '));
    setFeedback({ kind: 'success', text: m.saved });
  };

  const setLocale = async (value: Locale) => {
    const next = { ...settings, locale: value };
    // The language alone needs no PIN (it changes nothing the capture does).
    const saved = await ask({ type: 'settings.save', settings: next });
    if (!saved.ok) return fail(saved.fr, saved.en);
    setSettings(next);
    document.documentElement.lang = value;
  };

  if (!ready)
    return (
      <p role="status" aria-busy="true" data-testid="options-loading">
        {locale === 'fr' ? 'Chargement des réglages…' : 'Loading the settings…'}
      </p>
    );

  return (
    <>
      <form onSubmit={onSubmit} lang={locale} aria-labelledby="options-title">
        <h1 id="options-title">{m.optionsTitle}</h1>
        <p>{m.optionsIntro}</p>
        {locked && (
          <p class="warning" data-testid="settings-locked">
            {locale === 'fr'
              ? 'Ces réglages sont fixés par la stratégie du centre (configuration gérée) : ils ne peuvent pas être modifiés ici.'
              : 'These settings are set by the centre’s policy (managed configuration): they cannot be changed here.'}
          </p>
        )}
        <label for="reference-origin">{m.referenceOrigin}</label>
        <input
          id="reference-origin"
          type="text"
          data-testid="reference-origin"
          disabled={locked}
          value={origin}
          aria-describedby="reference-origin-help"
          onInput={(event) => setOrigin((event.target as HTMLInputElement).value)}
        />
        <p class="help" id="reference-origin-help">
          {m.referenceOriginHelp}
        </p>
        <label for="allowed-origins">{m.allowedOrigins}</label>
        <input
          id="allowed-origins"
          type="text"
          data-testid="allowed-origins"
          disabled={locked}
          value={allowed}
          onInput={(event) => setAllowed((event.target as HTMLInputElement).value)}
        />
        <fieldset>
          <legend>{m.pinTitle}</legend>
          <p class="help" data-testid="pin-state">
            {pinIsSet ? m.pinIsSet : m.pinNotSet} {m.pinHelp}
          </p>
          {pinIsSet && (
            <PinField
              id="examiner-pin-current"
              label={m.pinCurrent}
              value={currentPin}
              onValue={setCurrentPin}
              locale={locale}
            />
          )}
          <PinField
            id="examiner-pin"
            label={m.pinNew}
            value={pin}
            onValue={setPin}
            locale={locale}
            autoComplete="new-password"
          />
        </fieldset>
        <label for="locale">{m.language}</label>
        <select
          id="locale"
          data-testid="locale"
          value={locale}
          onChange={(event) =>
            void setLocale((event.target as HTMLSelectElement).value === 'en' ? 'en' : 'fr')
          }
        >
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
        <div>
          <button type="submit" data-testid="save-settings">
            {m.saveSettings}
          </button>
        </div>
        <p role="status" data-testid="settings-feedback" class={feedback?.kind ?? ''}>
          {feedback?.text ?? ''}
        </p>
      </form>
      <SelfTest locale={locale} />
    </>
  );
};

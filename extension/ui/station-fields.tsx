/**
 * The popup's station part: before the start, the station's address and the commission's
 * pairing code (both optional: without them the session works with files, as always); during
 * and after the session, the link's state (`station-status`, `data-state`). The background
 * reads the fields when the session starts (extension/background/station/wire.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { STATION_PENDING_KEY, STATION_STATUS_KEY, type StationPending } from '../background/station/keys.ts';
import type { LinkStatus } from '../background/station/link.ts';
import type { Locale } from '../i18n/messages.ts';

const TEXT = {
  fr: {
    legend: 'Station de l’examinateur (facultatif)',
    url: 'Adresse de la station',
    code: 'Code d’appairage',
    received: 'reçus par la station',
  },
  en: {
    legend: 'Examiner’s station (optional)',
    url: 'Station address',
    code: 'Pairing code',
    received: 'received by the station',
  },
} as const;

export const StationFields = ({
  locale,
  running,
  sessionId,
}: {
  locale: Locale;
  running: boolean;
  sessionId: string | null;
}) => {
  const m = TEXT[locale];
  const [url, setUrl] = useState('');
  const [code, setCode] = useState('');
  const [status, setStatus] = useState<LinkStatus | null>(null);

  useEffect(() => {
    void browser.storage.local.get([STATION_PENDING_KEY, STATION_STATUS_KEY]).then((stored) => {
      const pending = stored[STATION_PENDING_KEY] as StationPending | undefined;
      if (pending) {
        setUrl(pending.url);
        setCode(pending.code);
      }
      setStatus((stored[STATION_STATUS_KEY] as LinkStatus | undefined) ?? null);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (STATION_STATUS_KEY in changes)
        setStatus((changes[STATION_STATUS_KEY]!.newValue as LinkStatus | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const remember = (next: StationPending) => {
    setUrl(next.url);
    setCode(next.code);
    void (next.url.trim() && next.code.trim()
      ? browser.storage.local.set({ [STATION_PENDING_KEY]: { url: next.url.trim(), code: next.code.trim() } })
      : browser.storage.local.remove(STATION_PENDING_KEY));
  };

  const shown = status && status.sessionId === sessionId ? status : null;
  return (
    <>
      {!running && (
        <fieldset class="station">
          <legend>{m.legend}</legend>
          <label for="station-url">{m.url}</label>
          <input
            id="station-url"
            type="url"
            data-testid="station-url"
            placeholder="https://192.168.1.20:8443"
            autoComplete="off"
            value={url}
            onInput={(event) => remember({ url: (event.target as HTMLInputElement).value, code })}
          />
          <label for="station-code">{m.code}</label>
          <input
            id="station-code"
            type="text"
            data-testid="station-code"
            autoComplete="off"
            value={code}
            onInput={(event) => remember({ url, code: (event.target as HTMLInputElement).value })}
          />
        </fieldset>
      )}
      {shown && (
        <p
          role="status"
          data-testid="station-status"
          data-state={shown.state}
          class={shown.state === 'error' ? 'error' : ''}
        >
          {locale === 'fr' ? shown.fr : shown.en} ({shown.acked}/{shown.total} {m.received})
        </p>
      )}
    </>
  );
};

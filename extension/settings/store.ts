/** Settings in `browser.storage.local`, validated on every read so a corrupt value never spreads. */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, Settings } from './settings.ts';

const KEY = 'settings';

export const loadSettings = async (): Promise<Settings> => {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = Settings.safeParse(stored ?? DEFAULT_SETTINGS);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
};

export const saveSettings = async (settings: Settings): Promise<void> => {
  await browser.storage.local.set({ [KEY]: Settings.parse(settings) });
};

export const onSettingsChanged = (listener: (settings: Settings) => void): (() => void) => {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const parsed = Settings.safeParse(changes[KEY]?.newValue ?? DEFAULT_SETTINGS);
    listener(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
};

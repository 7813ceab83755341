/**
 * Host permissions for reference origins that are not on loopback (loopback is granted by the
 * manifest). Must be called from a user gesture, before any other await.
 */
import { browser } from 'wxt/browser';
import { matchPatternOf } from './settings.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

export const needsPermission = (origin: string): boolean => !LOOPBACK.has(new URL(origin).hostname);

/** Asks for the origins that need it; returns those the browser refused. */
export const requestOrigins = async (origins: string[]): Promise<string[]> => {
  const wanted = origins.filter(needsPermission);
  if (wanted.length === 0) return [];
  const granted = await browser.permissions
    .request({ origins: wanted.map(matchPatternOf) })
    .catch(() => false);
  return granted ? [] : wanted;
};

/** Where the popup and the background meet in `storage.local` for the station link. */
export const STATION_PENDING_KEY = 'stationPending';
export const STATION_STATUS_KEY = 'stationStatus';

/** What the examiner typed in the popup before starting: consumed by the session's start. */
export interface StationPending {
  url: string;
  code: string;
}

/** The `meta` entry that keeps a session's station link (key, acknowledged seq and head). */
export const stationLinkKey = (sessionId: string) => `station:${sessionId}`;

/**
 * The station's examiner API as the live page calls it: same origin, the examiner's session
 * cookie, JSON both ways; every refusal comes back as the station's French sentence.
 */
export interface StationAnswer {
  ok: boolean;
  fr?: string;
}

export const stationCall = async (method: string, path: string, body?: unknown): Promise<StationAnswer> => {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    return { ok: false, fr: 'Station injoignable : rien n’a été enregistré, réessayez.' };
  }
  if (response.status === 401) return { ok: false, fr: 'Session expirée : reconnectez-vous (/login).' };
  return (await response
    .json()
    .catch(() => ({ ok: false, fr: `Erreur ${response.status}.` }))) as StationAnswer;
};

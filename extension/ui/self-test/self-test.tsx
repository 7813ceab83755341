/** « Vérifier le poste »: the self-test's verdicts, green or red with the reason (checks.ts). */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Locale } from '../../i18n/messages.ts';
import { ask } from '../../messaging/client.ts';
import { loadManaged, onManagedChanged } from '../../settings/managed.ts';
import { loadSettings } from '../../settings/store.ts';
import { type Check, runChecks } from './checks.ts';

interface PermissionEvent {
  addListener(listener: () => void): void;
  removeListener(listener: () => void): void;
}

const browserChecks = async (): Promise<Check[]> => {
  const api = browser as unknown as {
    management?: { getSelf(): Promise<{ installType?: string }> };
    sidePanel?: unknown;
    sidebarAction?: unknown;
  };
  return runChecks({
    managed: await loadManaged(),
    referenceOrigins: (await loadSettings()).referenceOrigins,
    installType: async () => (await api.management?.getSelf())?.installType,
    hasPermission: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    reach: async (url) => {
      const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
      return response.status;
    },
    pinSet: async () => {
      const response = await ask({ type: 'pin.status' });
      return response.ok && response.set;
    },
    storageEstimate: () => navigator.storage.estimate(),
    userAgent: navigator.userAgent,
    sidePanel: Boolean(api.sidePanel ?? api.sidebarAction),
  });
};

export const SelfTest = ({ locale }: { locale: Locale }) => {
  const [checks, setChecks] = useState<Check[] | null>(null);
  /** Only the latest run shows: an earlier one that ends later would show stale verdicts. */
  const latest = useRef(0);
  const run = () => {
    const generation = ++latest.current;
    setChecks(null);
    void browserChecks().then((result) => {
      if (generation === latest.current) setChecks(result);
    });
  };
  useEffect(() => {
    run();
    // A policy that arrives after the page opened changes the verdicts (its settings, and the
    // host permission the browser grants with it a moment later): check again.
    const stopManaged = onManagedChanged(() => run());
    const permissions = (
      browser as unknown as {
        permissions?: { onAdded?: PermissionEvent; onRemoved?: PermissionEvent };
      }
    ).permissions;
    const onChange = () => run();
    permissions?.onAdded?.addListener(onChange);
    permissions?.onRemoved?.addListener(onChange);
    return () => {
      stopManaged();
      permissions?.onAdded?.removeListener(onChange);
      permissions?.onRemoved?.removeListener(onChange);
    };
  }, []);
  const fr = locale === 'fr';
  return (
    <section aria-labelledby="self-test-title" data-testid="self-test" data-done={checks ? 'true' : 'false'}>
      <h2 id="self-test-title">{fr ? 'Vérifier le poste' : 'Check the workstation'}</h2>
      {checks ? (
        <ul class="self-test">
          {checks.map((item) => (
            <li key={item.id} data-testid="self-test-item" data-check={item.id} data-ok={String(item.ok)}>
              <span class={item.ok ? 'success' : 'error'}>
                {item.ok ? '✔' : '✘'} <strong>{fr ? item.fr : item.en}</strong>
                <span class="sr-only">
                  {item.ok ? (fr ? ' : conforme' : ': OK') : fr ? ' : à corriger' : ': to fix'}
                </span>
              </span>{' '}
              — {fr ? item.detailFr : item.detailEn}
            </li>
          ))}
        </ul>
      ) : (
        <p role="status">{fr ? 'Vérification en cours…' : 'Checking…'}</p>
      )}
      <button type="button" class="secondary" data-testid="self-test-run" onClick={run}>
        {fr ? 'Vérifier à nouveau' : 'Check again'}
      </button>
    </section>
  );
};

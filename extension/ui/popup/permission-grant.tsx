/**
 * Shown when the start was refused for a missing permission (code `permission`): one button
 * asks the browser for exactly what is missing. `permissions.request` must run inside the
 * click itself (no await before it), which is why this is a button of its own and not part of
 * the start, whose PIN check comes first.
 */
import { browser } from 'wxt/browser';
import type { Locale } from '../../i18n/messages.ts';
import { matchPatternOf } from '../../settings/settings.ts';

export interface MissingGrant {
  origins: string[];
  permissions: string[];
}

const TEXT = {
  fr: {
    grant: 'Autoriser l’accès au site',
    granted: 'Accès accordé : démarrez à nouveau l’épreuve.',
    refused: 'Le navigateur n’a pas accordé l’accès : l’épreuve ne peut pas démarrer.',
  },
  en: {
    grant: 'Allow access to the site',
    granted: 'Access granted: start the exam again.',
    refused: 'The browser did not grant access: the exam cannot start.',
  },
};

export const PermissionGrant = ({
  locale,
  missing,
  onDone,
  say,
}: {
  locale: Locale;
  missing: MissingGrant;
  onDone: () => void;
  say: (kind: 'error' | 'success', fr: string, en: string) => void;
}) => {
  const onClick = () => {
    const request = {
      origins: missing.origins.map(matchPatternOf),
      permissions: missing.permissions,
    } as Parameters<typeof browser.permissions.request>[0];
    void browser.permissions
      .request(request)
      .catch(() => false)
      .then((granted) => {
        if (!granted) return say('error', TEXT.fr.refused, TEXT.en.refused);
        onDone();
        say('success', TEXT.fr.granted, TEXT.en.granted);
      });
  };
  return (
    <button type="button" class="secondary" data-testid="grant-permissions" onClick={onClick}>
      {TEXT[locale].grant}
    </button>
  );
};

import { describe, expect, it } from 'vitest';
import type { ProposedEventInput } from './session/recorder.ts';
import { createTabWatch, webOrigin } from './tab-watch.ts';

const REF = 'http://127.0.0.1:4300';

const setup = () => {
  const appended: ProposedEventInput[] = [];
  let ids = 0;
  const watch = createTabWatch({
    append: async (events) => {
      appended.push(...events);
    },
    newId: () => {
      ids += 1;
      return `w-${ids}`;
    },
    now: () => 1_000,
    extensionOrigin: 'chrome-extension://abc',
  });
  watch.setSession({
    sessionId: 's1',
    referenceOrigins: [REF],
    allowedOrigins: ['https://eduscol.education.fr'],
  });
  const warnings = () => appended.map((e) => e.data as { code: string; detail: string });
  return { watch, appended, warnings };
};

describe('tab watch', () => {
  it('warns once per tab and origin for a tab on another site, with the origin only', () => {
    const { watch, appended, warnings } = setup();
    watch.tabShows(7, 'https://www.google.com/search?q=corrig%C3%A9+bts+ndrc#top');
    watch.tabShows(7, 'https://www.google.com/other/page');
    watch.tabShows(7, 'https://chat.example.org/c/123');
    expect(warnings()).toEqual([
      { code: 'other-tab', detail: 'Onglet sur un autre site : https://www.google.com' },
      { code: 'other-tab', detail: 'Onglet sur un autre site : https://chat.example.org' },
    ]);
    expect(appended[0]).toMatchObject({
      kind: 'integrity.warning',
      url: 'https://www.google.com',
      trusted: true,
    });
    expect(JSON.stringify(appended)).not.toMatch(/search|corrig|\/c\/123|other\/page/);
  });

  it('says nothing for the reference site, allowed origins, browser pages, its own pages, or outside a session', () => {
    const { watch, warnings } = setup();
    watch.tabShows(1, `${REF}/wp-admin/`);
    watch.tabShows(2, 'https://eduscol.education.fr/bts');
    watch.tabShows(3, 'about:blank');
    watch.tabShows(4, 'chrome://newtab/');
    watch.tabShows(5, 'chrome-extension://abc/popup.html');
    watch.tabShows(6, undefined);
    watch.setSession(null);
    watch.tabShows(8, 'https://www.google.com/');
    expect(warnings()).toEqual([]);
  });

  it('leaves the candidate’s own tabs (and those they open) to the tracker’s left-origin warning', () => {
    const { watch, warnings } = setup();
    watch.tabShows(1, `${REF}/`);
    watch.tabShows(1, 'https://www.google.com/');
    watch.tabShows(9, 'https://www.google.com/', 1);
    watch.tabOpenedFrom(1, 10);
    watch.tabShows(10, 'https://www.google.com/');
    expect(warnings()).toEqual([]);
  });

  it('warns for new windows and private windows', () => {
    const { watch, warnings } = setup();
    watch.windowOpened({ id: 2, type: 'normal' });
    watch.windowOpened({ id: 3, incognito: true, type: 'normal' });
    watch.windowOpened({ id: 4, type: 'devtools' });
    expect(warnings().map((w) => w.code)).toEqual(['new-window', 'private-window']);
  });

  it('reads only web origins', () => {
    expect(webOrigin('https://a.example:8443/x?y#z')).toBe('https://a.example:8443');
    expect(webOrigin('file:///etc/passwd')).toBeNull();
    expect(webOrigin('not a url')).toBeNull();
  });
});

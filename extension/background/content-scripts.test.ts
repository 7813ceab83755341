import { describe, expect, it } from 'vitest';
import { DYNAMIC_SCRIPT_ID, syncContentScripts } from './content-scripts.ts';

const fakeScripting = () => {
  let registered: Record<string, unknown>[] = [];
  return {
    get registered() {
      return registered;
    },
    getRegisteredContentScripts: async () => registered.map((script) => ({ id: String(script.id) })),
    unregisterContentScripts: async () => {
      registered = [];
    },
    registerContentScripts: async (scripts: Record<string, unknown>[]) => {
      registered = [...registered, ...scripts];
    },
  };
};

describe('content scripts on reference origins outside loopback', () => {
  it('registers only granted, non-loopback origins, and replaces the previous registration', async () => {
    const scripting = fakeScripting();
    const granted = new Set(['https://site-e5.lycee.lan/*']);
    const permissions = { contains: async ({ origins }: { origins: string[] }) => granted.has(origins[0]!) };
    const origins = ['http://127.0.0.1:8080', 'https://site-e5.lycee.lan', 'https://not-granted.example'];
    expect(await syncContentScripts(origins, scripting, permissions)).toEqual([
      'https://site-e5.lycee.lan/*',
    ]);
    await syncContentScripts(origins, scripting, permissions);
    expect(scripting.registered.map((script) => script.id)).toEqual([
      `${DYNAMIC_SCRIPT_ID}-overlay`,
      `${DYNAMIC_SCRIPT_ID}-capture`,
      `${DYNAMIC_SCRIPT_ID}-hook`,
    ]);
    expect(scripting.registered[1]).toMatchObject({
      matches: ['https://site-e5.lycee.lan/*'],
      runAt: 'document_start',
    });
    await syncContentScripts(origins, scripting, permissions, false);
    expect(scripting.registered).toHaveLength(2);
    await syncContentScripts(['http://localhost:4300'], scripting, permissions);
    expect(scripting.registered).toEqual([]);
  });
});

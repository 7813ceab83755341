/**
 * The workstation's live session for the editor's review: the bundle the background would
 * export now, asked through the typed message protocol (the review verifies it as any file).
 */
import type { LiveSource } from '../../grid-editor/src/main.ts';
import { ask } from '../messaging/client.ts';

export const liveSessionSource = (): LiveSource => ({
  async read() {
    const answer = await ask({ type: 'session.export' });
    return answer.ok ? { name: answer.filename, text: answer.text } : undefined;
  },
});

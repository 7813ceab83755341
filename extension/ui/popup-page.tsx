/** Popup: the examiner's session controls (the session issue fills them in). */
import { browser } from 'wxt/browser';
import { t } from '../i18n/messages.ts';

export const PopupPage = () => {
  const m = t('fr');
  return (
    <section>
      <h1>{m.popupTitle}</h1>
      <p role="status" data-testid="session-status">
        {m.sessionIdle}
      </p>
      <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
        {m.openOptions}
      </button>{' '}
      <button
        type="button"
        class="secondary"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/editor.html') })}
      >
        {m.openEditor}
      </button>
    </section>
  );
};

import '../../overlay/tab.css';
import '../../overlay/overlay.css';
import '../../overlay/questions.css';
import '../../sidepanel/side-panel.css';
import { render } from 'preact';
import { loadSessionView } from '../../overlay/use-session-view.ts';
import { DEFAULT_RETENTION_DAYS, loadManaged } from '../../settings/managed.ts';
import { loadLocale } from '../../settings/reference-origins.ts';
import { announcePresence } from '../../sidepanel/presence.ts';
import { SidePanelApp } from '../../sidepanel/side-panel-app.tsx';

announcePresence();
void Promise.all([loadLocale(), loadSessionView(), loadManaged()]).then(([locale, initialView, managed]) => {
  document.documentElement.lang = locale;
  render(
    <SidePanelApp
      locale={locale}
      initialView={initialView}
      managed={managed}
      retentionDays={managed.retentionDays ?? DEFAULT_RETENTION_DAYS}
    />,
    document.getElementById('app')!,
  );
});

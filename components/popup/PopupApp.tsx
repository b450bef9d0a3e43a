import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SmmDeckDatabase } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { openSidePanel } from '../../utils/platform/side-panel';
import { sidePanelToolItem, type Tool } from '../../utils/platform/tools';
import { ClipPageButton } from '../ideas/ClipPageButton';
import { StorageNotice } from '../shared/StorageNotice';
import { ToolNav } from '../shared/ToolNav';
import { PopupToday } from './PopupToday';
import { useLiveQuery } from '../shared/use-live-query';

export function PopupApp({ db }: { db: SmmDeckDatabase }) {
  const totals = useLiveQuery(async () => ({
    tracked: await db.accounts.filter((account) => account.tracked).count(),
    posts: await db.posts.count(),
  }), [db]);

  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    void browser.windows.getCurrent().then((window) => setWindowId(window.id));
  }, []);

  // sidePanel.open must run inside the click's user gesture, so nothing is awaited before it.
  const open = (tool: Tool) => {
    void sidePanelToolItem.setValue(tool);
    void openSidePanel(windowId).then(() => globalThis.close());
  };

  return (
    <div class="app app--popup">
      <header class="app__header">
        <img src="/icon/48.png" alt="" width="24" height="24" />
        <h1>{t('extName')}</h1>
      </header>
      {totals && <p class="muted" data-totals>{t('popupSummary', totals.tracked, totals.posts)}</p>}
      <StorageNotice />
      <PopupToday db={db} />
      <ToolNav onSelect={open} />
      <button type="button" class="primary" onClick={() => open('competitors')}>
        {t('openSidePanel')}
      </button>
      <ClipPageButton />
      <button type="button" class="secondary" data-open-dashboard onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}>
        {t('dashOpen')}
      </button>
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('openSettings')}
      </button>
    </div>
  );
}

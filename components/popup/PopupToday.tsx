import { browser } from 'wxt/browser';
import type { Network } from '../../utils/networks/types';
import type { PlanItemRow, SmmDeckDatabase } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import { addDays, startOfDay } from '../../utils/plan/calendar';
import { copyText } from '../../utils/plan/clipboard';
import { itemComposerUrl, postText } from '../../utils/plan/composer';
import { formatClock, NETWORK_TITLES } from '../../utils/plan/format';
import { byTime, isOpen } from '../../utils/plan/items';
import { readSettings } from '../../utils/platform/settings';
import { useLiveQuery } from '../shared/use-live-query';
import '../plan/Plan.css';

/** Today's open plan items in the popup, each with its text one click from the composer. */
export function PopupToday({ db }: { db: SmmDeckDatabase }) {
  const today = startOfDay(Date.now());
  const data = useLiveQuery(async () => ({
    items: (await db.planItems.where('scheduledAt').between(today, addDays(today, 1), true, false).toArray()).filter((item) => isOpen(item.status)).sort(byTime),
    mastodonInstance: (await readSettings()).mastodonInstances[0],
  }), [db, today]);
  if (!data || data.items.length === 0) return null;

  // The copy runs first, inside the click's user gesture; the tab opens after it.
  const copyAndOpen = async (item: PlanItemRow, network: Network) => {
    await copyText(postText(item, network));
    await browser.tabs.create({ url: itemComposerUrl(item, network, data.mastodonInstance) });
  };

  return (
    <section class="popup-today" aria-label={t('planToday')}>
      <h2>{t('planTodayHeading', data.items.length)}</h2>
      <ul>
        {data.items.map((item) => (
          <li key={item.id} data-plan-item={item.id}>
            <span class="popup-today__title"><time>{formatClock(item.scheduledAt!)}</time> {item.title}</span>
            <span class="popup-today__actions">
              {item.networks.map((network) => (
                <button key={network} type="button" class="plan-chip" data-compose-network={network} title={t('planCopyAndOpen', NETWORK_TITLES[network])}
                  aria-label={t('planCopyAndOpen', NETWORK_TITLES[network])} onClick={() => void copyAndOpen(item, network)}>
                  {t('planCopyOpenShort', NETWORK_TITLES[network])}
                </button>
              ))}
              {item.networks.length === 0 && <button type="button" class="plan-chip" onClick={() => void copyText(postText(item))}>{t('planCopyText')}</button>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

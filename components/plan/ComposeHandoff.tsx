import { useEffect, useState } from 'preact/hooks';
import type { PlanItemRow, SmmDeckDatabase } from '../../utils/platform/db';
import { t } from '../../utils/platform/i18n';
import type { Network } from '../../utils/networks/types';
import { copyText } from '../../utils/plan/clipboard';
import { itemComposerUrl, postText } from '../../utils/plan/composer';
import { NETWORK_TITLES } from '../../utils/plan/format';
import { readSettings } from '../../utils/platform/settings';
import './Plan.css';

interface Handoff {
  item: PlanItemRow;
  mastodonInstance?: string;
}

/**
 * The page a reminder's click opens: it copies the item's text and goes on to the network's
 * composer. A service worker has no clipboard, and an extension tab does (it opens focused);
 * this works the same in Chrome and Firefox and needs no offscreen document. If the browser
 * refuses the copy, or the item is for several networks, the text stays on screen with a button
 * per network, whose click is the user gesture a copy needs.
 */
export function ComposeHandoff({ db, itemId, network }: { db: SmmDeckDatabase; itemId: number; network?: Network }) {
  const [handoff, setHandoff] = useState<Handoff | null>();
  const [copyFailed, setCopyFailed] = useState(false);

  const go = async (target: Network, { item, mastodonInstance }: Handoff) => {
    if (await copyText(postText(item, target))) location.replace(itemComposerUrl(item, target, mastodonInstance));
    else setCopyFailed(true);
  };

  useEffect(() => {
    void (async () => {
      const item = await db.planItems.get(itemId);
      if (!item) return setHandoff(null);
      const loaded = { item, mastodonInstance: (await readSettings()).mastodonInstances[0] };
      setHandoff(loaded);
      const only = network ?? (item.networks.length === 1 ? item.networks[0] : undefined);
      if (only) await go(only, loaded);
    })();
  }, [db, itemId, network]);

  if (handoff === undefined) return null;
  if (handoff === null) return <p class="empty-state">{t('planComposeMissing')}</p>;
  const { item } = handoff;
  const targets: Network[] = network ? [network] : item.networks;
  return (
    <div class="app compose-handoff">
      <h1>{item.title}</h1>
      {copyFailed && <p class="notice notice--error" role="alert">{t('planCopyRefused')}</p>}
      <textarea readOnly rows={10} value={postText(item, targets[0])} data-compose-text />
      <div class="compose-handoff__targets">
        {targets.map((target) => (
          <button key={target} type="button" class="primary" data-compose-network={target} onClick={() => void go(target, handoff)}>
            {t('planCopyAndOpen', NETWORK_TITLES[target])}
          </button>
        ))}
        {targets.length === 0 && (
          <button type="button" class="primary" onClick={() => void copyText(postText(item))}>{t('planCopyText')}</button>
        )}
      </div>
    </div>
  );
}

import type { PlanItemRow } from '../../utils/platform/db';
import { formatNumber, t } from '../../utils/platform/i18n';
import { postText } from '../../utils/plan/composer';
import { NETWORK_TITLES } from '../../utils/plan/format';
import { checkText } from '../../utils/plan/text-limits';

type Draft = Pick<PlanItemRow, 'body' | 'variants' | 'links' | 'hashtags' | 'networks' | 'hasMedia'>;

/** Each chosen network's count of the text as it will be posted, red past the limit. */
export function PlanLimitCounters({ draft }: { draft: Draft }) {
  if (draft.networks.length === 0) return <p class="muted plan-counters">{t('planPickNetworks')}</p>;
  return (
    <ul class="plan-counters" aria-live="polite">
      {draft.networks.map((network) => {
        const count = checkText(postText(draft, network), network, draft.hasMedia);
        const bad = count.tooLong || count.tooManyHashtags;
        return (
          <li key={network} class={bad ? 'plan-counter plan-counter--over' : 'plan-counter'} data-counter={network}>
            <span class="network-tag">{NETWORK_TITLES[network]}</span>
            <span data-length>{count.max === undefined ? formatNumber(count.length) : `${formatNumber(count.length)} / ${formatNumber(count.max)}`}</span>
            {count.maxHashtags !== undefined && (
              <span data-hashtags class={count.tooManyHashtags ? 'plan-counter--over' : 'muted'}>{t('planHashtagCount', count.hashtags, count.maxHashtags)}</span>
            )}
            {count.tooLong && <span role="alert">{t('planTooLong', formatNumber(count.length - count.max!))}</span>}
          </li>
        );
      })}
    </ul>
  );
}

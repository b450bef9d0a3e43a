import type { PlanItemRow, SmmDeckDatabase } from '../../utils/platform/db';
import { formatNumber, t } from '../../utils/platform/i18n';
import type { Network } from '../../utils/networks/types';
import { postIdFromUrl } from '../../utils/capture/post-url';
import { useLiveQuery } from '../shared/use-live-query';

type Source = Pick<PlanItemRow, 'networks' | 'publishedUrl' | 'clipId'>;

/** The published post's metrics once a capture saw it, and the clip the item came from. */
export function PlanItemResults({ db, item }: { db: SmmDeckDatabase; item: Source }) {
  const found = useLiveQuery(async () => {
    const clip = item.clipId === undefined ? undefined : await db.clips.get(item.clipId);
    const url = item.publishedUrl && URL.canParse(item.publishedUrl) ? new URL(item.publishedUrl) : undefined;
    for (const network of url ? item.networks : []) {
      const postId = postIdFromUrl(network, url!);
      const post = postId === undefined ? undefined : await db.posts.get([network, postId]);
      if (post) return { clip, post };
    }
    return { clip, post: undefined };
  }, [db, item.publishedUrl, item.clipId, item.networks.join()]);
  if (!found) return null;
  const { clip, post } = found;
  return (
    <div class="plan-results">
      {clip && /^https?:\/\//i.test(clip.url) && <p>{t('planFromClip')} <a href={clip.url} target="_blank" rel="noreferrer" data-clip-link>{clip.title || clip.url}</a></p>}
      {item.publishedUrl && !post && <p class="muted" data-results="waiting">{t('planResultsWaiting')}</p>}
      {post && (
        <dl class="plan-results__metrics" data-results="shown">
          {(['likes', 'comments', 'shares', 'views'] as const).map((metric) => (
            <div key={metric}><dt>{t(`planMetric_${metric}`)}</dt><dd>{formatNumber(post.metrics[metric])}</dd></div>
          ))}
        </dl>
      )}
    </div>
  );
}

/** The user's own recent posts on the item's networks, offered for the published URL. */
export function OwnPostChoices({ db, networks }: { db: SmmDeckDatabase; networks: readonly Network[] }) {
  const posts = useLiveQuery(async () => {
    // Accounts carry the handle as the network writes it, which the posts' index needs.
    const own = await db.accounts.filter((account) => account.own && networks.includes(account.network)).toArray();
    const found = await Promise.all(own.map((account) => db.posts.where('[network+handle]').equals([account.network, account.handle]).toArray()));
    return found.flat().sort((a, b) => b.firstSeenAt - a.firstSeenAt).slice(0, 20);
  }, [db, networks.join()]);
  return (
    <datalist id="plan-own-posts">
      {posts?.map((post) => <option key={post.url} value={post.url}>{post.text?.slice(0, 80) ?? post.url}</option>)}
    </datalist>
  );
}

/** A generated data set that fills every table, and helpers to read a database back whole. */
import type { AccountRow, AccountSnapshotRow, ClipRow, CommentRow, ContestRow, HashtagSetRow, PerformerRow, PlanItemRow, PostRow, PostSnapshotRow, ReplyTemplateRow, RubricRow, SmmDeckDatabase } from '../../../utils/platform/db';
import { NETWORKS } from '../../../utils/networks/names';
import type { Network, PostMetrics } from '../../../utils/networks/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/platform/settings';
import { exportBackupChunks, type BackupTables, type ExportOptions } from '../../../utils/backup/backup';

export const HTML_TEXT = '<script>alert("x")</script><img src=x onerror="alert(1)"> & &amp; </p>';
const TEXTS = [
  'Plain text',
  'Ünïcödé — «кириллица», 中文, العربية, 🚀🔥👍🏽, e\u0301',
  HTML_TEXT,
  'Line one\nLine two\twith tab and "quotes" and \\backslash\\',
  '',
  'Lone surrogate \ud83d and zero width \u200b',
];

export const SAMPLE_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  brandName: 'Brand <b>Ünï</b>',
  ownAccounts: [{ network: 'x', handle: 'brand' }],
  storeAllPosts: true,
  showBadges: false,
  mastodonInstances: ['mastodon.social', 'fosstodon.org'],
  reminderLeadMinutes: 60,
  retention: { enabled: false, keepAllDays: 10, dailyUntilDays: 100 },
};

/** A small deterministic generator, so a failure can be reproduced. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const T0 = 1_760_000_000_000;

export function generateDataSet(seed = 1, size = { accounts: 120, posts: 300 }): BackupTables {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const accounts: AccountRow[] = [];
  const accountSnapshots: AccountSnapshotRow[] = [];
  for (let index = 0; index < size.accounts; index++) {
    const network: Network = NETWORKS[index % NETWORKS.length]!;
    const handle = `brand_${index}${index % 7 === 0 ? 'é' : ''}`;
    const row: AccountRow = {
      network,
      handle,
      url: `https://example.com/${network}/${handle}`,
      tracked: index % 2 === 0,
      own: index % 5 === 0,
      firstSeenAt: T0 + index,
      lastSeenAt: T0 + index * 1_000,
    };
    if (index % 3 !== 0) row.name = pick(TEXTS);
    if (index % 4 !== 0) row.followers = Math.floor(next() * 1_000_000);
    accounts.push(row);
    for (let snapshot = 0; snapshot < 5; snapshot++) {
      accountSnapshots.push({ network, handle, capturedAt: T0 + snapshot * 86_400_000, followers: Math.floor(next() * 10_000) });
    }
  }
  const posts: PostRow[] = [];
  const postSnapshots: PostSnapshotRow[] = [];
  for (let index = 0; index < size.posts; index++) {
    const account = accounts[index % accounts.length]!;
    const postId = account.network === 'reddit' ? `t3_${index.toString(36)}` : `${index}`;
    const metrics = generateMetrics(account.network, index, next);
    const row: PostRow = {
      network: account.network,
      postId,
      handle: account.handle,
      url: `https://example.com/${account.network}/${account.handle}/${postId}`,
      metrics,
      firstSeenAt: T0 + index,
      lastSeenAt: T0 + index * 10,
    };
    if (index % 2 === 0) row.text = pick(TEXTS);
    if (index % 3 === 0) row.authorName = pick(TEXTS);
    if (index % 4 === 0) row.publishedAt = new Date(T0 - index * 3_600_000).toISOString();
    if (index % 5 === 0) row.pinned = index % 10 === 0;
    if (index % 11 === 0) row.repostOf = 'someone_else';
    posts.push(row);
    for (let snapshot = 0; snapshot < 4; snapshot++) {
      postSnapshots.push({
        network: row.network,
        postId,
        capturedAt: T0 + snapshot * 3_600_000,
        metrics: generateMetrics(row.network, index + snapshot, next),
      });
    }
  }
  return { accounts, accountSnapshots, posts, postSnapshots, clips: generateClips(seed, posts), contests: generateContests(seed, posts), ...generatePlan(seed), ...generateReplies(seed, posts) };
}

/** Comments under the first posts (one answered by the brand, with its reply) and two reply templates. */
function generateReplies(seed: number, posts: PostRow[]): Pick<BackupTables, 'comments' | 'replyTemplates'> {
  const comments: CommentRow[] = posts.slice(0, 2).flatMap((post, index) => [
    {
      network: post.network, commentId: `c${seed}_${index}_1`, postId: post.postId, postUrl: post.url, authorHandle: 'fan_one',
      authorName: TEXTS[(index + 1) % TEXTS.length]!, text: TEXTS[index % TEXTS.length]!, publishedAt: new Date(T0 + index).toISOString(),
      repliedByOwner: true, firstSeenAt: T0, lastSeenAt: T0 + 1,
    },
    {
      network: post.network, commentId: `c${seed}_${index}_2`, postId: post.postId, postUrl: post.url, authorHandle: post.handle,
      text: 'Thank you!', parentId: `c${seed}_${index}_1`, repliedByOwner: false, firstSeenAt: T0, lastSeenAt: T0,
    },
  ]);
  const replyTemplates: ReplyTemplateRow[] = [
    { title: 'Thanks', text: '{Thanks|Thank you}, {name}!\n— {brand}', folder: 'Greetings', shortcut: `;thanks${seed}`, networks: [], usageCount: 3, lastUsedAt: T0, createdAt: T0, updatedAt: T0 },
    { title: HTML_TEXT.slice(0, 200), text: HTML_TEXT, folder: '', networks: ['vk', 'instagram'], usageCount: 0, createdAt: T0, updatedAt: T0 },
  ];
  return { comments, replyTemplates };
}

/** A small content plan: rubrics, performers, hashtag sets and items using every field. */
function generatePlan(seed: number): Pick<BackupTables, 'planItems' | 'rubrics' | 'performers' | 'hashtagSets'> {
  const at = T0 + seed * 1_000;
  const rubrics: RubricRow[] = [
    { id: 1, name: `Education ${seed}`, colour: '#2f6feb', targetShare: 60 },
    { id: 2, name: `Sales «${seed}»`, colour: '#16A34A', targetShare: 40 },
  ];
  const performers: PerformerRow[] = [{ id: 1, name: 'Анна', role: 'Copywriter', contact: '@anna' }, { id: 2, name: TEXTS[2]! }];
  const hashtagSets: HashtagSetRow[] = [{ id: 1, name: 'Brand', hashtags: ['#brand', '#маркетинг'] }, { id: 2, name: 'Empty', hashtags: [] }];
  const planItems: PlanItemRow[] = [
    {
      id: 1, title: TEXTS[1]!, body: TEXTS[3]!, networks: ['x', 'telegram'], variants: { x: TEXTS[5]!, telegram: HTML_TEXT }, scheduledAt: at + 86_400_000,
      timeZone: 'Europe/Moscow', status: 'scheduled', rubricId: 1, assigneeId: 1, hashtags: ['#launch'], links: ['https://brand.example/launch'],
      clipId: 1, hasMedia: true, reminderLeadMinutes: 15, remindedFor: at, createdAt: at, updatedAt: at + 5,
    },
    { id: 2, title: 'Idea', body: '', networks: [], status: 'idea', hashtags: [], links: [], createdAt: at + 1, updatedAt: at + 1 },
    {
      id: 3, title: HTML_TEXT, body: TEXTS[2]!, networks: ['vk'], scheduledAt: at - 86_400_000, status: 'published', rubricId: 2, assigneeId: 2,
      hashtags: [], links: [], publishedUrl: 'https://vk.com/wall-1_2', createdAt: at + 2, updatedAt: at + 3,
    },
  ];
  return { planItems, rubrics, performers, hashtagSets };
}

/** One clip of each kind, hostile HTML included (kept as data, sanitized when shown). */
function generateClips(seed: number, posts: PostRow[]): ClipRow[] {
  const at = T0 + seed * 1_000;
  const post = posts[0]!;
  return [
    {
      kind: 'article', url: `https://news.example/${seed}/article`, title: TEXTS[1]!, byline: 'Hannah Ellis', siteName: 'News Example',
      publishedAt: '2026-11-20T07:00:12.000Z', lang: 'en', excerpt: TEXTS[3]!, imageUrl: 'https://news.example/lead.jpg', readingMinutes: 4,
      html: HTML_TEXT, text: TEXTS[1]!, tags: ['video', 'Research'], note: TEXTS[2]!, status: 'planned', planItemId: 7, createdAt: at, updatedAt: at + 1,
    },
    { kind: 'selection', url: `https://news.example/${seed}/article#:~:text=Half`, title: 'Half', html: '<p>Half</p>', text: 'Half', tags: [], status: 'inbox', createdAt: at + 2, updatedAt: at + 2 },
    { kind: 'link', url: `https://blog.example/${seed}`, title: TEXTS[5]!, tags: ['later'], status: 'archived', planRequested: true, createdAt: at + 3, updatedAt: at + 3 },
    {
      kind: 'post', url: post.url, title: `@${post.handle}`, tags: [], status: 'inbox', createdAt: at + 4, updatedAt: at + 4,
      post: { network: post.network, postId: post.postId, handle: post.handle, url: post.url, metrics: post.metrics, followers: 1_200, text: TEXTS[2]! },
    },
    {
      kind: 'trend', url: `https://x.com/hashtag/blackfriday${seed}`, title: '#BlackFriday', tags: ['sale'], status: 'inbox', createdAt: at + 5, updatedAt: at + 5,
      trend: { network: 'x', name: '#BlackFriday', seenOn: 'https://x.com/explore', postCount: 125_000, rank: 1 },
    },
  ];
}

/** A few contests on the first posts: drawn, drawn with a deadline, and one committed but not drawn. */
function generateContests(seed: number, posts: PostRow[]): ContestRow[] {
  return posts.slice(0, 3).map((post, index) => {
    const createdAt = T0 + seed * 1_000_000 + index;
    const comments = TEXTS.map((text, at) => ({ commentId: `${post.postId}_${at}`, authorHandle: `fan_${at}`, text, publishedAt: new Date(T0 + at).toISOString() }));
    const participants = comments.map((comment) => ({ handle: comment.authorHandle, commentId: comment.commentId }));
    const row: ContestRow = {
      network: post.network,
      postId: post.postId,
      postUrl: post.url,
      createdAt,
      proof: {
        format: 'smm-deck-contest-proof', version: 1, network: post.network, postId: post.postId, postUrl: post.url,
        rules: { entryMode: 'person', mentions: index, keyword: index === 1 ? '#розыгрыш' : '', excluded: ['spam'], ownAccounts: ['brand'], winners: 1, substitutes: 1 },
        comments, participants, seedHash: 'a'.repeat(64), commitment: 'b'.repeat(64), committedAt: new Date(createdAt).toISOString(), seed: 'c'.repeat(64),
      },
    };
    if (index === 1) row.proof.rules.deadline = new Date(T0 + 3).toISOString();
    if (index < 2) {
      row.drawnAt = createdAt + 60_000;
      row.proof.draw = { drawnAt: new Date(row.drawnAt).toISOString(), winners: participants.slice(0, 1), substitutes: participants.slice(1, 2) };
    }
    return row;
  });
}

function generateMetrics(network: Network, index: number, next: () => number): PostMetrics {
  if (index % 9 === 0) return {};
  const metrics: PostMetrics = {
    likes: network === 'reddit' ? Math.floor(next() * 200) - 150 : Math.floor(next() * 5_000),
    comments: Math.floor(next() * 300),
  };
  if (index % 2 === 0) metrics.shares = Math.floor(next() * 100);
  if (index % 3 !== 0) metrics.views = Math.floor(next() * 1_000_000);
  if (network === 'tiktok') metrics.saves = Math.floor(next() * 50);
  return metrics;
}

export async function fill(db: SmmDeckDatabase, tables: BackupTables): Promise<void> {
  await db.accounts.bulkAdd(tables.accounts);
  await db.accountSnapshots.bulkAdd(tables.accountSnapshots);
  await db.posts.bulkAdd(tables.posts);
  await db.postSnapshots.bulkAdd(tables.postSnapshots);
  await db.clips.bulkAdd(tables.clips);
  await db.contests.bulkAdd(tables.contests);
  await db.planItems.bulkAdd(tables.planItems);
  await db.rubrics.bulkAdd(tables.rubrics);
  await db.performers.bulkAdd(tables.performers);
  await db.hashtagSets.bulkAdd(tables.hashtagSets);
  await db.comments.bulkAdd(tables.comments);
  await db.replyTemplates.bulkAdd(tables.replyTemplates);
}

/** Every table, in primary-key order. */
export async function dump(db: SmmDeckDatabase): Promise<BackupTables> {
  return {
    accounts: await db.accounts.toArray(),
    accountSnapshots: await db.accountSnapshots.toArray(),
    posts: await db.posts.toArray(),
    postSnapshots: await db.postSnapshots.toArray(),
    clips: await db.clips.toArray(),
    contests: await db.contests.toArray(),
    planItems: await db.planItems.toArray(),
    rubrics: await db.rubrics.toArray(),
    performers: await db.performers.toArray(),
    hashtagSets: await db.hashtagSets.toArray(),
    comments: await db.comments.toArray(),
    replyTemplates: await db.replyTemplates.toArray(),
  };
}

export async function exportText(db: SmmDeckDatabase, settings: Settings, options?: ExportOptions): Promise<string> {
  const chunks: string[] = [];
  for await (const chunk of exportBackupChunks(db, settings, options)) chunks.push(chunk);
  return chunks.join('');
}

let opened = 0;
/** A fresh, empty database under a name no other test uses. */
export function freshName(label: string): string {
  opened += 1;
  return `backup-test-${label}-${opened}`;
}

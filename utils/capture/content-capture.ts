/**
 * What every network's content script runs: one page watcher, one outbox per kind of record,
 * the settings read once.
 *
 *   page watcher ──posts──▶ changed? ──▶ outbox ──▶ background (capture.store)
 *        │   │                                        │ knownFollowers
 *        │   └──────────▶ badges ◀────────────────────┘
 *        ├──account──▶ Track / Untrack panel ──▶ background (account.setTracked)
 *        └──comments (a post's page)──▶ changed? ──▶ outbox ──▶ background (comments.store)
 *   replies: page report, reply shortcuts, insertion from the side panel (utils/replies/content.ts)
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { commentCollector } from '../comments/collector';
import type { CommentSource } from '../comments/types';
import { postClipDraft, removeClipButtons, renderPostClipButton, watchTrendLinks } from '../clip/button';
import type { CapturedAccount, CapturedPost, NetworkAdapter } from '../networks/types';
import { sendCommand } from '../platform/messages';
import { liveSettings, type LiveSettings } from '../platform/settings';
import { startReplies } from '../replies/content';
import { showAccountTracker, type AccountTracker } from './account-tracker';
import { CaptureOutbox } from './outbox';
import { watchPage, type FoundPost } from './page-watcher';
import { removePostBadges, renderPostBadge } from './post-badge';

/** `comments`: how to read the network's comments, where SMM Deck answers them. */
export function startCapture(ctx: ContentScriptContext, adapter: NetworkAdapter, comments?: CommentSource): void {
  void liveSettings(ctx)
    .then((settings) => {
      if (!ctx.isValid) return;
      new PageCapture(ctx, adapter, settings, comments).start();
      startReplies(ctx, adapter, settings, comments);
    })
    // A page we cannot read must never break the page itself.
    .catch((error: unknown) => console.error('[SMM Deck] capture stopped on this page', error));
}

class PageCapture {
  /** What was last sent per post, so an unchanged post is not sent again. */
  private readonly sent = new Map<string, string>();
  /** Posts on the page with their elements, for badges. */
  private readonly onPage = new Map<string, FoundPost>();
  private readonly followers = new Map<string, number>();
  private account: CapturedAccount | undefined;
  private tracker: AccountTracker | undefined;
  private readonly outbox: CaptureOutbox;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: NetworkAdapter,
    private readonly settings: LiveSettings,
    private readonly comments?: CommentSource,
  ) {
    this.outbox = new CaptureOutbox({
      send: async (capture, pageUrl) => {
        const result = await sendCommand('capture.store', { pageUrl, capture });
        this.learnFollowers(result.knownFollowers);
      },
      onError: (error, dropped) =>
        dropped
          ? console.error('[SMM Deck] the background rejected a capture from this page', error)
          : console.debug('[SMM Deck] capture not stored yet, will retry', error),
    });
  }

  start(): void {
    this.settings.onChange(() => this.applySettings());
    const comments = this.comments && commentCollector(this.comments);
    const outboxes = [this.outbox, ...(comments ? [comments.outbox] : [])];
    const watcher = watchPage({
      adapter: this.adapter,
      document,
      currentUrl: () => new URL(location.href),
      onPosts: (found, url) => this.handlePosts(found, url),
      onAccount: (account, url) => void this.handleAccount(account, url),
      signal: this.ctx.signal,
      readers: comments ? [comments.reader] : [],
    });
    // The event comes as the navigation starts, before the URL and the page have changed;
    // read the new page once the site has had a moment to render it.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => {
      this.account = undefined;
      this.removeTracker();
      this.ctx.setTimeout(() => watcher.rescan(), NAVIGATION_SETTLE_MS);
    });
    this.ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'hidden') for (const outbox of outboxes) void outbox.flush();
    });
    watchTrendLinks({ document, network: this.adapter.network, enabled: () => this.settings.current.showBadges, signal: this.ctx.signal });
    this.ctx.onInvalidated(() => {
      for (const outbox of outboxes) outbox.dispose();
      this.removeTracker();
      removePostBadges(document);
      removeClipButtons(document);
    });
  }

  private handlePosts(found: FoundPost[], url: URL): void {
    if (this.onPage.size > MAX_POSTS_REMEMBERED) this.forgetRemovedPosts();
    const changed: CapturedPost[] = [];
    for (const item of found) {
      const key = postKey(item.post);
      this.onPage.set(key, item);
      const signature = JSON.stringify(item.post);
      if (this.sent.get(key) !== signature) {
        this.sent.set(key, signature);
        changed.push(item.post);
      }
      if (this.settings.current.showBadges) this.drawBadge(item);
    }
    if (changed.length) this.outbox.add({ posts: changed }, url.href);
  }

  /** Timelines recycle their elements as the user scrolls; let go of the ones the page dropped. */
  private forgetRemovedPosts(): void {
    for (const [key, { element }] of this.onPage) if (!element.isConnected) this.onPage.delete(key);
  }

  private async handleAccount(account: CapturedAccount, url: URL): Promise<void> {
    this.account = account;
    if (account.followers !== undefined) this.learnFollowers({ [account.handle]: account.followers });
    this.outbox.add({ account, posts: [] }, url.href);
    const status = await sendCommand('account.status', { network: account.network, handle: account.handle });
    if (!this.ctx.isValid || this.account !== account || !this.settings.current.showBadges) return;
    this.tracker ??= showAccountTracker(document, (target, tracked) => void this.setTracked(target, tracked));
    this.tracker.update(account, status.tracked);
  }

  private async setTracked(account: CapturedAccount, tracked: boolean): Promise<void> {
    const status = await sendCommand('account.setTracked', { account, tracked });
    this.tracker?.update(account, status.tracked);
    if (status.tracked) this.resendPosts(account.handle);
  }

  /** Posts seen before the account was tracked were not stored; send them again now. */
  private resendPosts(handle: string): void {
    const posts = [...this.onPage.values()].map((item) => item.post).filter((post) => post.authorHandle === handle);
    if (posts.length) this.outbox.add({ posts }, location.href);
  }

  private learnFollowers(known: Record<string, number>): void {
    const changed = Object.entries(known).filter(([handle, count]) => this.followers.get(handle) !== count);
    if (changed.length === 0) return;
    for (const [handle, count] of changed) this.followers.set(handle, count);
    this.redrawBadges((post) => known[post.authorHandle] !== undefined);
  }

  private drawBadge({ element, post }: FoundPost): void {
    renderPostBadge(element, post, this.followers.get(post.authorHandle));
    renderPostClipButton(element, () => postClipDraft(post, this.followers.get(post.authorHandle)));
  }

  /** Redraws the badges of the posts still on the page (those `which` picks) with what is known now. */
  private redrawBadges(which: (post: CapturedPost) => boolean = () => true): void {
    if (!this.settings.current.showBadges) return;
    for (const item of this.onPage.values()) if (item.element.isConnected && which(item.post)) this.drawBadge(item);
  }

  private removeTracker(): void {
    this.tracker?.remove();
    this.tracker = undefined;
  }

  private applySettings(): void {
    if (!this.settings.current.showBadges) {
      removePostBadges(document);
      removeClipButtons(document);
      this.removeTracker();
      return;
    }
    this.redrawBadges();
    if (this.account) void this.handleAccount(this.account, new URL(location.href));
  }
}

const MAX_POSTS_REMEMBERED = 2_000;
const NAVIGATION_SETTLE_MS = 500;
const postKey = (post: CapturedPost) => `${post.network}\u0000${post.postId}`;

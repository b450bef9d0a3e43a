/**
 * Holds what a content script read (posts, accounts, comments) until the background has stored
 * it. A batch leaves the outbox only when the background acknowledges it; if the worker was
 * asleep or restarting, the batch is sent again later. The background writes idempotently, so a
 * resend adds nothing twice. A batch the background rejects as malformed is split in halves and
 * each half sent again, so that only the malformed item itself is dropped, not the good ones
 * that came with it.
 */
import { CommandError } from '../platform/messages';
import type { CapturedAccount, CapturedPost, PageCapture } from '../networks/types';

export interface OutboxOptions<T> {
  /** Sends one batch as one message. */
  send: (batch: T[]) => Promise<unknown>;
  /** Wait this long for more items before sending (ms). */
  delay?: number;
  /** At most this many items per message. */
  batchSize?: number;
  /** Whether `item` may join `batch` in one message (default: always). */
  joins?: (batch: readonly T[], item: T) => boolean;
  /** Called for every failed send; `dropped` when an item was rejected for good. */
  onError?: (error: unknown, dropped: boolean) => void;
}

const RETRY_DELAYS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];

export class Outbox<T> {
  private readonly queue: T[][] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;
  private failures = 0;

  constructor(private readonly options: OutboxOptions<T>) {}

  /** The items not yet acknowledged. */
  pending(which: (item: T) => boolean = () => true): number {
    return this.queue.reduce((sum, batch) => sum + batch.filter(which).length, 0);
  }

  add(items: Iterable<T>): void {
    const batchSize = this.options.batchSize ?? 100;
    const joins = this.options.joins ?? (() => true);
    for (const item of items) {
      const last = this.queue[this.queue.length - 1];
      // The batch being sent is already on its way: what comes now waits for the next one.
      const open = last && !(this.sending && last === this.queue[0]) && last.length < batchSize && joins(last, item);
      if (open) last.push(item);
      else this.queue.push([item]);
    }
    this.schedule(this.options.delay ?? 300);
  }

  /** Sends everything now (the page is being hidden or left). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    return this.drain();
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  /** Splits the rejected first batch in two, or drops it when it holds one item; true when dropped. */
  private isolateRejected(): boolean {
    const batch = this.queue.shift()!;
    if (batch.length <= 1) return true;
    const half = Math.ceil(batch.length / 2);
    this.queue.unshift(batch.slice(0, half), batch.slice(half));
    return false;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.drain(), delay);
  }

  private async drain(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    try {
      while (this.queue.length) {
        await this.options.send(this.queue[0]!);
        this.queue.shift();
        this.failures = 0;
      }
    } catch (error) {
      if (error instanceof CommandError && !error.retry) {
        const dropped = this.isolateRejected();
        this.options.onError?.(error, dropped);
        this.schedule(0);
      } else {
        this.options.onError?.(error, false);
        this.schedule(RETRY_DELAYS[Math.min(this.failures, RETRY_DELAYS.length - 1)]!);
        this.failures += 1;
      }
    } finally {
      this.sending = false;
    }
  }
}

/** One thing a page showed: the account whose page it is, or one post. */
type CaptureItem = { pageUrl: string; account: CapturedAccount } | { pageUrl: string; post: CapturedPost };

export type SendCapture = (capture: PageCapture, pageUrl: string) => Promise<unknown>;

export interface CaptureOutboxOptions extends Pick<OutboxOptions<CaptureItem>, 'delay' | 'batchSize' | 'onError'> {
  send: SendCapture;
}

/** The outbox of `capture.store`: a message holds one page's posts and at most one account. */
export class CaptureOutbox {
  private readonly outbox: Outbox<CaptureItem>;

  constructor({ send, ...options }: CaptureOutboxOptions) {
    this.outbox = new Outbox<CaptureItem>({
      ...options,
      send: (batch) => send(captureOf(batch), batch[0]!.pageUrl),
      joins: (batch, item) => batch[0]!.pageUrl === item.pageUrl && !('account' in item && batch.some((other) => 'account' in other)),
    });
  }

  get pendingPosts(): number {
    return this.outbox.pending((item) => 'post' in item);
  }

  add(capture: PageCapture, pageUrl: string): void {
    const items: CaptureItem[] = capture.account ? [{ pageUrl, account: capture.account }] : [];
    for (const post of capture.posts) items.push({ pageUrl, post });
    this.outbox.add(items);
  }

  flush(): Promise<void> {
    return this.outbox.flush();
  }

  dispose(): void {
    this.outbox.dispose();
  }
}

function captureOf(batch: readonly CaptureItem[]): PageCapture {
  const posts: CapturedPost[] = [];
  let account: CapturedAccount | undefined;
  for (const item of batch) {
    if ('post' in item) posts.push(item.post);
    else account = item.account;
  }
  return account ? { account, posts } : { posts };
}

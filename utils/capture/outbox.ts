/**
 * Holds captures in the content script until the background has stored them. A batch leaves the
 * outbox only when the background acknowledges it; if the worker was asleep or restarting, the
 * batch is sent again later. The background writes idempotently, so a resend adds nothing twice.
 * A batch the background rejects as malformed is split in halves and each half sent again, so
 * that only the malformed post itself is dropped, not the good posts that came with it.
 */
import { CommandError } from '../platform/messages';
import type { CapturedAccount, CapturedPost, PageCapture } from '../networks/types';

export type SendCapture = (capture: PageCapture, pageUrl: string) => Promise<unknown>;

export interface CaptureOutboxOptions {
  send: SendCapture;
  /** Wait this long for more captures before sending (ms). */
  delay?: number;
  /** At most this many posts per message. */
  batchSize?: number;
  /** Called for every failed send; `dropped` when a post was rejected for good. */
  onError?: (error: unknown, dropped: boolean) => void;
}

interface Batch {
  pageUrl: string;
  account?: CapturedAccount;
  posts: CapturedPost[];
}

const RETRY_DELAYS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];

export class CaptureOutbox {
  private readonly queue: Batch[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending = false;
  private failures = 0;

  constructor(private readonly options: CaptureOutboxOptions) {}

  get pendingPosts(): number {
    return this.queue.reduce((sum, batch) => sum + batch.posts.length, 0);
  }

  add(capture: PageCapture, pageUrl: string): void {
    const batchSize = this.options.batchSize ?? 100;
    const last = this.queue[this.queue.length - 1];
    const canJoin = last && !this.sending && last.pageUrl === pageUrl && !capture.account;
    const batch: Batch = canJoin ? last : { pageUrl, posts: [] };
    if (!canJoin) this.queue.push(batch);
    if (capture.account) batch.account = capture.account;
    for (const post of capture.posts) {
      const current = this.queue[this.queue.length - 1]!;
      if (current.posts.length >= batchSize) this.queue.push({ pageUrl, posts: [post] });
      else current.posts.push(post);
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

  /** Splits the rejected first batch in two, or drops it when it holds one post; true when dropped. */
  private isolateRejected(): boolean {
    const batch = this.queue.shift()!;
    if (batch.posts.length <= 1 && !(batch.account && batch.posts.length)) return true;
    const half = Math.ceil(batch.posts.length / 2);
    const parts: Batch[] = batch.account && batch.posts.length
      ? [{ pageUrl: batch.pageUrl, account: batch.account, posts: [] }, { pageUrl: batch.pageUrl, posts: batch.posts }]
      : [{ ...batch, posts: batch.posts.slice(0, half) }, { pageUrl: batch.pageUrl, posts: batch.posts.slice(half) }];
    this.queue.unshift(...parts);
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
        const batch = this.queue[0]!;
        const capture: PageCapture = batch.account ? { account: batch.account, posts: batch.posts } : { posts: batch.posts };
        await this.options.send(capture, batch.pageUrl);
        this.queue.shift();
        this.failures = 0;
      }
    } catch (error) {
      const rejected = error instanceof CommandError && !error.retry;
      if (rejected) {
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

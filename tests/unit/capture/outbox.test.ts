import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CaptureOutbox, Outbox } from '../../../utils/capture/outbox';
import { CommandError } from '../../../utils/platform/messages';
import type { CapturedPost, PageCapture } from '../../../utils/networks/types';

const post = (postId: string): CapturedPost => ({ network: 'x', postId, url: `https://x.com/a/status/${postId}`, authorHandle: 'a', metrics: {} });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('CaptureOutbox', () => {
  it('gathers captures of one page into one message', async () => {
    const sent: PageCapture[] = [];
    const outbox = new CaptureOutbox({ send: async (capture) => void sent.push(capture), delay: 100 });
    outbox.add({ posts: [post('1')] }, 'https://x.com/a');
    outbox.add({ posts: [post('2')] }, 'https://x.com/a');
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toEqual([{ posts: [post('1'), post('2')] }]);
  });

  it('splits large captures into batches', async () => {
    const sent: PageCapture[] = [];
    const outbox = new CaptureOutbox({ send: async (capture) => void sent.push(capture), batchSize: 2 });
    outbox.add({ posts: ['1', '2', '3', '4', '5'].map(post) }, 'https://x.com/a');
    await outbox.flush();
    expect(sent.map((capture) => capture.posts.length)).toEqual([2, 2, 1]);
  });

  it('keeps a batch until the background acknowledges it, then resends it', async () => {
    let workerUp = false;
    const stored: string[] = [];
    const outbox = new CaptureOutbox({
      send: async (capture) => {
        if (!workerUp) throw new Error('Could not establish connection. Receiving end does not exist.');
        stored.push(...capture.posts.map((p) => p.postId));
      },
      delay: 10,
    });
    outbox.add({ account: { network: 'x', handle: 'a', url: 'https://x.com/a' }, posts: [post('1')] }, 'https://x.com/a');
    await vi.advanceTimersByTimeAsync(10);
    expect(outbox.pendingPosts).toBe(1);
    workerUp = true;
    await vi.advanceTimersByTimeAsync(500);
    expect(stored).toEqual(['1']);
    expect(outbox.pendingPosts).toBe(0);
  });

  it('drops only the post the background rejected as malformed, and stores the rest', async () => {
    const stored: string[] = [];
    const dropped: boolean[] = [];
    const outbox = new CaptureOutbox({
      send: async (capture) => {
        if (capture.posts.some((p) => p.postId === 'bad')) throw new CommandError('capture.store', 'rejected', false);
        stored.push(...capture.posts.map((p) => p.postId));
      },
      onError: (_, wasDropped) => dropped.push(wasDropped),
    });
    outbox.add({ account: { network: 'x', handle: 'a', url: 'https://x.com/a' }, posts: ['1', '2', 'bad', '4', '5'].map(post) }, 'https://x.com/a');
    await vi.advanceTimersByTimeAsync(400);
    expect(stored.sort()).toEqual(['1', '2', '4', '5']);
    expect(dropped.filter(Boolean)).toHaveLength(1);
    expect(outbox.pendingPosts).toBe(0);
  });
});

describe('Outbox (any kind of record)', () => {
  it('drops only the comment the background rejected, in a batch of 200', async () => {
    const stored: string[] = [];
    const outbox = new Outbox<{ commentId: string }>({
      send: async (batch) => {
        if (batch.some((comment) => comment.commentId === 'bad')) throw new CommandError('comments.store', 'rejected', false);
        stored.push(...batch.map((comment) => comment.commentId));
      },
      batchSize: 200,
    });
    const ids = Array.from({ length: 200 }, (_, index) => (index === 137 ? 'bad' : String(index)));
    outbox.add(ids.map((commentId) => ({ commentId })));
    await vi.advanceTimersByTimeAsync(400);
    expect(stored).toHaveLength(199);
    expect(stored).not.toContain('bad');
    expect(outbox.pending()).toBe(0);
  });

  it('keeps items that arrive while a batch is on its way for the next message', async () => {
    const sent: number[][] = [];
    let release: () => void = () => undefined;
    const outbox = new Outbox<number>({
      send: (batch) => {
        sent.push([...batch]);
        return sent.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
      delay: 10,
    });
    outbox.add([1, 2]);
    await vi.advanceTimersByTimeAsync(10);
    outbox.add([3]);
    release();
    await vi.advanceTimersByTimeAsync(10);
    expect(sent).toEqual([[1, 2], [3]]);
  });
});

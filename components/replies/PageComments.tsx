import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ActivePage } from '../../utils/platform/active-page';
import type { SmmDeckDatabase } from '../../utils/platform/db';
import { formatNumber, t, uiLanguage } from '../../utils/platform/i18n';
import { loadPostComments, type CommentForReply } from '../../utils/comments/page-comments';
import { sendToTab } from '../../utils/replies/tab-messages';
import type { Settings } from '../../utils/platform/settings';
import { ReplyComposer } from './ReplyComposer';
import { useLiveQuery } from '../shared/use-live-query';

/** The comments of the post open in the active tab, unanswered first, each with Reply. */
export function PageComments({ db, page, settings }: { db: SmmDeckDatabase; page: ActivePage | undefined; settings: Settings }) {
  const postId = page?.postId;
  const comments = useLiveQuery(
    async () => (page && postId ? loadPostComments(db, page.network, postId, settings.ownAccounts) : []),
    [db, page?.network, postId, settings.ownAccounts],
  );
  const [postText, setPostText] = useState<string | undefined>(undefined);
  const [replyingTo, setReplyingTo] = useState<string | undefined>(undefined);

  useEffect(() => {
    setPostText(undefined);
    setReplyingTo(undefined);
    if (!page || !postId) return;
    sendToTab(page.tabId, 'reply.postText', { postId })
      .then((result) => setPostText(result.text))
      .catch(() => setPostText(undefined));
  }, [page?.tabId, page?.url, postId]);

  if (!page || !postId) return <p class="empty-state">{t('repliesOpenPost')}</p>;
  if (!comments) return <p class="muted">{t('repliesLoading')}</p>;
  const waiting = comments.filter((item) => !item.own && !item.answered).length;
  return (
    <section class="page-comments" data-post={`${page.network}/${postId}`}>
      <header class="page-comments__header">
        <span class={`network-tag network-tag--${page.network}`}>{page.network}</span>
        <span class="page-comments__post">{postText ?? page.url}</span>
      </header>
      <p class="muted" data-comment-counts>
        {t('repliesCounts', formatNumber(comments.length), formatNumber(waiting))}
      </p>
      {comments.length === 0 ? (
        <p class="empty-state">{t('repliesNoComments')}</p>
      ) : (
        <ol class="page-comments__list">
          {comments.map((item) => (
            <CommentItem key={item.row.commentId} item={item} open={replyingTo === item.row.commentId} onReply={() => setReplyingTo(item.row.commentId)}>
              {replyingTo === item.row.commentId && (
                <ReplyComposer db={db} comment={item.row} tabId={page.tabId} settings={settings} postText={postText} onDone={() => setReplyingTo(undefined)} />
              )}
            </CommentItem>
          ))}
        </ol>
      )}
    </section>
  );
}

interface CommentItemProps {
  item: CommentForReply;
  open: boolean;
  onReply: () => void;
  children: ComponentChildren;
}

function CommentItem({ item: { row, own, answered }, open, onReply, children }: CommentItemProps) {
  const time = row.publishedAt ? new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(row.publishedAt)) : undefined;
  return (
    <li class={`comment${own || answered ? ' comment--done' : ''}${row.parentId ? ' comment--reply' : ''}`} data-comment={row.commentId}>
      <div class="comment__meta">
        <strong class="comment__author">{row.authorName ?? `@${row.authorHandle}`}</strong>
        {row.authorName && <span class="muted">@{row.authorHandle}</span>}
        {time && <time class="muted" dateTime={row.publishedAt}>{time}</time>}
        {own && <span class="pill">{t('repliesYours')}</span>}
        {answered && <span class="pill pill--ok">{t('repliesAnswered')}</span>}
      </div>
      <p class="comment__text">{row.text || t('repliesNoText')}</p>
      {!own && !open && (
        <button type="button" class="secondary comment__reply" name="reply" onClick={onReply}>
          {t('repliesReply')}
        </button>
      )}
      {children}
    </li>
  );
}

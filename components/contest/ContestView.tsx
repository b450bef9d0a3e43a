import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { readRulesDraft, draftOfRules, DEFAULT_RULES_DRAFT, type RulesDraft, type RulesReading } from '../../utils/contest/form';
import { commitContest, revealContest, type ContestPost } from '../../utils/contest/proof';
import { canonicalJson } from '../../utils/contest/canonical-json';
import { judgeComments, type ContestRules } from '../../utils/contest/rules';
import { contestsOfPost, discardContest, loadPostComments, postsWithComments, saveCommitment, saveDraw } from '../../utils/contest/store';
import type { SmmDeckDatabase } from '../../utils/platform/db';
import { formatNumber, t } from '../../utils/platform/i18n';
import { settingsItem, type Settings } from '../../utils/platform/settings';
import { ContestDrawPanel } from './ContestDrawPanel';
import { ContestParticipants } from './ContestParticipants';
import { ContestResult } from './ContestResult';
import { ContestRulesForm } from './ContestRulesForm';
import { useActivePage } from '../shared/use-active-page';
import { useLiveQuery } from '../shared/use-live-query';
import './Contest.css';

/** The Contest tool: on a post's page, a draw among its collected comments; elsewhere, a choice of posts. */
export function ContestView({ db }: { db: SmmDeckDatabase }) {
  const page = useActivePage();
  const [chosen, setChosen] = useState<ContestPost>();
  const onPage = page?.postId ? { network: page.network, postId: page.postId, postUrl: page.url } : undefined;
  const post = onPage ?? chosen;
  if (!post) return <ContestPostPicker db={db} onChoose={setChosen} />;
  return (
    <>
      {!onPage && (
        <button type="button" class="link-button contest-back" onClick={() => setChosen(undefined)}>
          {t('contestOtherPost')}
        </button>
      )}
      <ContestOfPost key={`${post.network}/${post.postId}`} db={db} post={post} />
    </>
  );
}

function ContestPostPicker({ db, onChoose }: { db: SmmDeckDatabase; onChoose: (post: ContestPost) => void }) {
  const posts = useLiveQuery(() => postsWithComments(db), [db]);
  return (
    <section class="contest-picker">
      <p class="empty-state">
        {t('contestIntro')} {t('contestOpenPost')}
      </p>
      {posts && posts.length > 0 && (
        <>
          <h3>{t('contestChoosePost')}</h3>
          <ul>
            {posts.map((post) => (
              <li key={`${post.network}/${post.postId}`}>
                <button type="button" class="contest-picker__post" data-post={`${post.network}/${post.postId}`} onClick={() => onChoose(post)}>
                  <span class={`network-tag network-tag--${post.network}`}>{post.network}</span>
                  <span class="contest-picker__url">{post.postUrl}</span>
                  <span class="muted">{t('contestCommentCount', formatNumber(post.comments))}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function useOwnAccounts(network: ContestPost['network']): string[] {
  const [own, setOwn] = useState<string[]>([]);
  useEffect(() => {
    const pick = (settings: Settings | null) =>
      setOwn((settings?.ownAccounts ?? []).filter((account) => account.network === network).map((account) => account.handle));
    void settingsItem.getValue().then(pick);
    return settingsItem.watch(pick);
  }, [network]);
  return own;
}

function ContestOfPost({ db, post }: { db: SmmDeckDatabase; post: ContestPost }) {
  const collected = useLiveQuery(() => loadPostComments(db, post.network, post.postId), [db, post.network, post.postId]);
  const contests = useLiveQuery(() => contestsOfPost(db, post.network, post.postId), [db, post.network, post.postId]);
  const ownAccounts = useOwnAccounts(post.network);
  const [draft, setDraft] = useState<RulesDraft>(DEFAULT_RULES_DRAFT);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const pending = contests?.find((row) => !row.proof.draw);
  const drawn = contests?.filter((row) => row.proof.draw) ?? [];
  // Once committed to, the rules and comments are the proof's, whatever is typed or collected since.
  const reading: RulesReading = pending ? { ok: true, rules: pending.proof.rules } : readRulesDraft(draft, ownAccounts);
  const comments = pending ? pending.proof.comments : (collected?.comments ?? []);
  // While a field is being retyped (say, winners emptied), the list keeps the last rules that were valid.
  const lastValidRules = useRef<ContestRules>();
  if (reading.ok) lastValidRules.current = reading.rules;
  const rules = lastValidRules.current;
  const judgement = useMemo(() => (rules ? judgeComments(comments, rules) : { comments: [], participants: [] }), [comments, rules && canonicalJson(rules)]);
  const committedIds = new Set(pending?.proof.comments.map((comment) => comment.commentId));
  const newComments = pending ? (collected?.comments ?? []).filter((comment) => !committedIds.has(comment.commentId)).length : 0;
  const postUrl = collected?.postUrl ?? post.postUrl;

  const act = async (step: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await step();
    } catch (error) {
      setFailure(t('contestFailed', error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  const prepare = () =>
    act(async () => {
      if (!reading.ok) return;
      const proof = await commitContest({ ...post, postUrl }, reading.rules, comments, new Date());
      await saveCommitment(db, proof, Date.now());
    });
  const draw = () => act(async () => pending && saveDraw(db, pending.id!, await revealContest(pending.proof, new Date()), Date.now()));
  const discard = () =>
    act(async () => {
      if (!pending) return;
      setDraft(draftOfRules(pending.proof.rules));
      await discardContest(db, pending.id!);
    });

  if (!collected || !contests) return <p class="muted">{t('contestLoading')}</p>;
  return (
    <div class="contest" data-contest-post={`${post.network}/${post.postId}`}>
      <header class="contest__post">
        <span class={`network-tag network-tag--${post.network}`}>{post.network}</span>
        <a href={postUrl} target="_blank" rel="noreferrer" class="contest__post-url">
          {postUrl}
        </a>
        <span class="muted">{t('contestCommentCount', formatNumber(collected.comments.length))}</span>
      </header>
      {drawn[0] && <ContestResult row={drawn[0]} />}
      {drawn.length > 1 && (
        <details class="contest-earlier">
          <summary>{t('contestEarlierDraws', formatNumber(drawn.length - 1))}</summary>
          {drawn.slice(1).map((row) => (
            <ContestResult key={row.id} row={row} />
          ))}
        </details>
      )}
      <ContestRulesForm draft={pending ? draftOfRules(pending.proof.rules) : draft} onChange={setDraft} invalid={reading.ok ? [] : reading.fields} ownAccounts={pending ? pending.proof.rules.ownAccounts : ownAccounts} locked={Boolean(pending) || busy} />
      <ContestDrawPanel
        pending={pending}
        participants={judgement.participants.length}
        rulesValid={reading.ok}
        newComments={newComments}
        busy={busy}
        onPrepare={() => void prepare()}
        onDraw={() => void draw()}
        onDiscard={() => void discard()}
      />
      {failure && (
        <p class="form-problem" role="alert">
          {failure}
        </p>
      )}
      <ContestParticipants judgement={judgement} draw={pending ? undefined : drawn[0]?.proof.draw} />
    </div>
  );
}

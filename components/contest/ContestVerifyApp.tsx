import { useState } from 'preact/hooks';
import { readProof, verifyProof, ProofFileError, type ContestProof, type ProofProblem } from '../../utils/contest/proof';
import type { Participant } from '../../utils/contest/rules';
import { formatNumber, t } from '../../utils/platform/i18n';
import { formatDateTime } from './labels';
import './Contest.css';

type Check =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'unreadable'; fileName: string; message: string }
  | { kind: 'checked'; fileName: string; proof: ContestProof; problems: ProofProblem[] };

/** The Verify page: a proof file in, every step of the draw redone, and the verdict with its reasons. */
export function ContestVerifyApp() {
  const [check, setCheck] = useState<Check>({ kind: 'idle' });
  const [published, setPublished] = useState('');
  const [dragging, setDragging] = useState(false);

  const verify = async (file: File | undefined) => {
    if (!file) return;
    setCheck({ kind: 'checking' });
    try {
      const proof = readProof(await file.text());
      setCheck({ kind: 'checked', fileName: file.name, proof, problems: await verifyProof(proof) });
    } catch (error) {
      const message = error instanceof ProofFileError ? error.message : t('contestVerifyFailed', error instanceof Error ? error.message : String(error));
      setCheck({ kind: 'unreadable', fileName: file.name, message });
    }
  };

  return (
    <div class="app app--verify">
      <h1>{t('contestVerifyTitle')}</h1>
      <p class="muted">{t('contestVerifyIntro')}</p>
      <label
        class={`verify-drop${dragging ? ' verify-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void verify(event.dataTransfer?.files[0]);
        }}
      >
        <span>{t('contestVerifyDrop')}</span>
        <input
          type="file"
          name="proofFile"
          accept="application/json,.json"
          onChange={(event) => {
            const input = event.currentTarget;
            void verify(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </label>
      <label class="field">
        <span>{t('contestVerifyPublished')}</span>
        <input type="text" name="publishedCommitment" spellcheck={false} placeholder="e3b0c442…" value={published} onInput={(event) => setPublished(event.currentTarget.value.trim().toLowerCase())} />
      </label>
      {check.kind === 'checking' && <p class="muted">{t('contestVerifyChecking')}</p>}
      {check.kind === 'unreadable' && (
        <p class="form-problem" role="alert" data-verdict="unreadable">
          {check.fileName}: {check.message}
        </p>
      )}
      {check.kind === 'checked' && <Verdict check={check} published={published} />}
    </div>
  );
}

function Verdict({ check, published }: { check: Extract<Check, { kind: 'checked' }>; published: string }) {
  const { proof } = check;
  const publishedDiffers = published !== '' && published !== proof.commitment;
  const holds = check.problems.length === 0 && !publishedDiffers;
  return (
    <section class={`verify-verdict verify-verdict--${holds ? 'match' : 'mismatch'}`} data-verdict={holds ? 'match' : 'mismatch'} role="status">
      <h2>{holds ? t('contestVerifyMatch') : t('contestVerifyMismatch')}</h2>
      {!holds && (
        <ul class="verify-problems">
          {publishedDiffers && <li data-problem="published">{t('contestProblemPublished')}</li>}
          {check.problems.map((problem) => (
            <li key={problem.kind} data-problem={problem.kind}>
              {problemText(problem)}
            </li>
          ))}
        </ul>
      )}
      <dl class="verify-facts">
        <dt>{t('contestVerifyFile')}</dt>
        <dd>{check.fileName}</dd>
        <dt>{t('contestVerifyPost')}</dt>
        <dd>
          <span class={`network-tag network-tag--${proof.network}`}>{proof.network}</span> <a href={proof.postUrl} target="_blank" rel="noreferrer">{proof.postUrl}</a>
        </dd>
        <dt>{t('contestCommitmentTitle')}</dt>
        <dd>
          <code data-code="commitment">{proof.commitment}</code>
          {published !== '' && !publishedDiffers && <div data-published-matches>{t('contestVerifyPublishedMatches')}</div>}
        </dd>
        <dt>{t('contestVerifyCommittedAt')}</dt>
        <dd>{formatDateTime(proof.committedAt)}</dd>
        {proof.draw && (
          <>
            <dt>{t('contestVerifyDrawnAt')}</dt>
            <dd>{formatDateTime(proof.draw.drawnAt)}</dd>
          </>
        )}
        <dt>{t('contestRules')}</dt>
        <dd>{rulesText(proof)}</dd>
        <dt>{t('contestVerifyParticipants')}</dt>
        <dd>{t('contestVerifyParticipantCount', formatNumber(proof.participants.length), formatNumber(proof.comments.length))}</dd>
        {proof.draw && (
          <>
            <dt>{t('contestWinnersTitle')}</dt>
            <dd data-places="winners">{handles(proof.draw.winners)}</dd>
            <dt>{t('contestSubstitutesTitle')}</dt>
            <dd data-places="substitutes">{handles(proof.draw.substitutes) || '—'}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function handles(entries: readonly Participant[]): string {
  return entries.map((entry) => `@${entry.handle}`).join(', ');
}

function problemText(problem: ProofProblem): string {
  switch (problem.kind) {
    case 'not-drawn':
      return t('contestProblemNotDrawn');
    case 'seed':
      return t('contestProblemSeed');
    case 'participants':
      return t('contestProblemParticipants', handles(problem.missing) || '—', handles(problem.extra) || '—');
    case 'commitment':
      return t('contestProblemCommitment', problem.recomputed);
    case 'winners':
      return t('contestProblemWinners', handles(problem.recomputed) || '—');
    case 'substitutes':
      return t('contestProblemSubstitutes', handles(problem.recomputed) || '—');
  }
}

function rulesText({ rules }: ContestProof): string {
  return [
    rules.entryMode === 'person' ? t('contestEntryPerson') : t('contestEntryComment'),
    rules.mentions > 0 && t('contestRuleMentions', rules.mentions),
    rules.keyword && t('contestRuleKeyword', rules.keyword),
    rules.excluded.length > 0 && t('contestRuleExcluded', rules.excluded.map((handle) => `@${handle}`).join(', ')),
    rules.ownAccounts.length > 0 && t('contestRuleOwn', rules.ownAccounts.map((handle) => `@${handle}`).join(', ')),
    rules.deadline && t('contestRuleDeadline', formatDateTime(rules.deadline)),
    t('contestRulePlaces', rules.winners, rules.substitutes),
  ]
    .filter(Boolean)
    .join(' · ');
}

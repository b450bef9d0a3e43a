import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';
import { instanceHost, instanceOrigin } from '../../utils/capture/mastodon-instances';
import { updateSettings, type Settings } from '../../utils/platform/settings';

/** The Mastodon servers SMM Deck reads; adding one asks the browser for access to that host only. */
export function MastodonInstances({ settings }: { settings: Settings }) {
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string>();

  // permissions.request must run inside the click's user gesture: nothing is awaited before it.
  const add = (event: Event) => {
    event.preventDefault();
    const host = instanceHost(input);
    if (!host) return setProblem(t('mastodonInvalidHost'));
    void browser.permissions.request({ origins: [instanceOrigin(host)] }).then(async (granted) => {
      if (!granted) return setProblem(t('mastodonPermissionDenied', host));
      await updateSettings((current) => ({ mastodonInstances: [...new Set([...current.mastodonInstances, host])] }));
      setInput('');
      setProblem(undefined);
    });
  };

  const remove = async (host: string) => {
    await updateSettings((current) => ({ mastodonInstances: current.mastodonInstances.filter((item) => item !== host) }));
    await browser.permissions.remove({ origins: [instanceOrigin(host)] });
  };

  return (
    <section class="settings-section" data-section="mastodon">
      <h2>{t('mastodonTitle')}</h2>
      <p class="muted">{t('mastodonHint')}</p>
      <ul class="instance-list">
        {settings.mastodonInstances.map((host) => (
          <li key={host} data-instance={host}>
            <span>{host}</span>
            <button type="button" class="link-button" onClick={() => void remove(host)}>
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="instance-form" onSubmit={add}>
        <input
          name="mastodonInstance"
          placeholder="mastodon.social"
          value={input}
          onInput={(event) => setInput(event.currentTarget.value)}
          aria-label={t('mastodonAddLabel')}
        />
        <button type="submit" class="primary">
          {t('add')}
        </button>
      </form>
      {problem && (
        <p class="form-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

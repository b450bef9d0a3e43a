import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../utils/platform/i18n';
import { DEFAULT_SETTINGS, settingsItem, updateSettings, type Settings } from '../../utils/platform/settings';
import type { SmmDeckDatabase } from '../../utils/platform/db';
import { BackupSection } from './BackupSection';
import { BrandSettings } from './BrandSettings';
import { DataSettings } from './DataSettings';
import { MastodonInstances } from './MastodonInstances';

type Toggle = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

const TOGGLES: readonly { key: Toggle; label: MessageKey; hint: MessageKey }[] = [
  { key: 'showBadges', label: 'settingShowBadges', hint: 'settingShowBadgesHint' },
  { key: 'storeAllPosts', label: 'settingStoreAllPosts', hint: 'settingStoreAllPostsHint' },
];

export function SettingsApp({ db }: { db: SmmDeckDatabase }) {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void settingsItem.getValue().then((value) => setSettings({ ...DEFAULT_SETTINGS, ...value }));
    return settingsItem.watch((value) => setSettings({ ...DEFAULT_SETTINGS, ...value }));
  }, []);
  if (!settings) return null;
  const change = (key: Toggle, value: boolean) => void updateSettings(() => ({ [key]: value }));
  return (
    <main class="app app--settings">
      <h1>{t('settingsTitle')}</h1>
      <BrandSettings settings={settings} />
      <section class="settings-section">
        <h2>{t('settingsCapture')}</h2>
        {TOGGLES.map(({ key, label, hint }) => (
          <label class="setting" key={key}>
            <input
              type="checkbox"
              name={key}
              checked={settings[key]}
              onChange={(event) => change(key, event.currentTarget.checked)}
            />
            <span>
              <strong>{t(label)}</strong>
              <span class="muted">{t(hint)}</span>
            </span>
          </label>
        ))}
      </section>
      <MastodonInstances settings={settings} />
      <DataSettings settings={settings} />
      <BackupSection db={db} settings={settings} />
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, readSettings, settingsItem, type Settings } from '../../utils/platform/settings';

/** The settings, kept current as they change in any other extension page. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void readSettings().then(setSettings);
    return settingsItem.watch((next) => setSettings({ ...DEFAULT_SETTINGS, ...next }));
  }, []);
  return settings;
}

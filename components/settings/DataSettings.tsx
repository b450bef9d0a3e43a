import { t } from '../../utils/platform/i18n';
import { updateSettings, type Settings } from '../../utils/platform/settings';

const LEAD_TIMES = [5, 15, 30, 60, 120, 1_440] as const;
const RETENTION_FIELDS = [
  { key: 'keepAllDays', label: 'settingKeepAllDays' },
  { key: 'dailyUntilDays', label: 'settingDailyUntilDays' },
] as const;

/** Reminder lead time and how long snapshots are kept in full. */
export function DataSettings({ settings }: { settings: Settings }) {
  const save = (changes: Partial<Settings>) => void updateSettings(() => changes);
  const retention = (changes: Partial<Settings['retention']>) =>
    void updateSettings((current) => ({ retention: { ...current.retention, ...changes } }));
  const days = (value: string, fallback: number) => {
    const number = Math.round(Number(value));
    return Number.isFinite(number) && number >= 1 ? number : fallback;
  };
  return (
    <>
      <section class="settings-section" data-section="reminders">
        <h2>{t('settingsReminders')}</h2>
        <label class="field">
          <span>{t('settingReminderLead')}</span>
          <select
            name="reminderLeadMinutes"
            value={String(settings.reminderLeadMinutes)}
            onChange={(event) => save({ reminderLeadMinutes: Number(event.currentTarget.value) })}
          >
            {LEAD_TIMES.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {minutes < 60 ? t('minutesBefore', minutes) : t('hoursBefore', minutes / 60)}
              </option>
            ))}
          </select>
        </label>
      </section>
      <section class="settings-section" data-section="retention">
        <h2>{t('settingsRetention')}</h2>
        <label class="setting">
          <input
            type="checkbox"
            name="retentionEnabled"
            checked={settings.retention.enabled}
            onChange={(event) => retention({ enabled: event.currentTarget.checked })}
          />
          <span>
            <strong>{t('settingRetention')}</strong>
            <span class="muted">{t('settingRetentionHint')}</span>
          </span>
        </label>
        <div class="field-row">
          {RETENTION_FIELDS.map(({ key, label }) => (
            <label class="field" key={key}>
              <span>{t(label)}</span>
              <input
                type="number"
                min="1"
                name={key}
                value={settings.retention[key]}
                onChange={(event) => retention({ [key]: days(event.currentTarget.value, settings.retention[key]) })}
              />
            </label>
          ))}
        </div>
      </section>
    </>
  );
}

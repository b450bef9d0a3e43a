import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { clipTab } from '../../utils/clip/inject';
import { t } from '../../utils/platform/i18n';

/**
 * The popup's Clip button: clips the active tab of the popup's window (the page the user was on
 * when they opened the popup; `activeTab` lets the clipper in), then closes the popup so the
 * confirmation in the page can be seen.
 */
export function ClipPageButton() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const clip = async () => {
    setBusy(true);
    setProblem(undefined);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const outcome = tab?.id === undefined ? { ok: false as const, error: t('clipNoTab') } : await clipTab(tab.id, { mode: 'page' });
    setBusy(false);
    if (outcome.ok) globalThis.close();
    else setProblem(t('clipFailed', outcome.error));
  };
  return (
    <>
      <button type="button" class="secondary" data-clip-page disabled={busy} onClick={() => void clip()}>
        {t('popupClip')}
      </button>
      {problem && <p class="form-problem" role="alert">{problem}</p>}
    </>
  );
}

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsApp } from '../../../components/settings/SettingsApp';
import { SmmDeckDatabase } from '../../../utils/platform/db';
import { DEFAULT_SETTINGS, settingsItem } from '../../../utils/platform/settings';

afterEach(() => render(null, document.body));

describe('SettingsApp', () => {
  it('shows the stored settings and saves a change', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, showBadges: true, storeAllPosts: false });
    await act(async () => render(<SettingsApp db={new SmmDeckDatabase(`settings-${Math.random()}`)} />, document.body));
    const badges = () => document.querySelector<HTMLInputElement>('input[name="showBadges"]')!;
    await expect.poll(() => badges()?.checked).toBe(true);
    expect(document.body.textContent).toContain('Show engagement badges and Track buttons on social pages');

    await act(async () => {
      badges().click();
    });
    await expect.poll(async () => (await settingsItem.getValue()).showBadges).toBe(false);
    expect((await settingsItem.getValue()).storeAllPosts).toBe(false);
  });

  it('adds an own account from a typed handle, without the @', async () => {
    await settingsItem.setValue(DEFAULT_SETTINGS);
    await act(async () => render(<SettingsApp db={new SmmDeckDatabase(`settings-${Math.random()}`)} />, document.body));
    await expect.poll(() => document.querySelector('input[name="ownHandle"]')).not.toBeNull();
    const select = document.querySelector<HTMLSelectElement>('select[name="ownNetwork"]')!;
    const input = document.querySelector<HTMLInputElement>('input[name="ownHandle"]')!;
    await act(async () => {
      select.value = 'vk';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      input.value = '@solodbrew';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      document.querySelector<HTMLFormElement>('[data-section="brand"] form')!.requestSubmit();
    });
    await expect.poll(async () => (await settingsItem.getValue()).ownAccounts).toEqual([{ network: 'vk', handle: 'solodbrew' }]);
  });
});

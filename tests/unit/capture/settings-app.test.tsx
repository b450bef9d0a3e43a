import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsApp } from '../../../components/SettingsApp';
import { settingsItem } from '../../../utils/settings';

afterEach(() => render(null, document.body));

describe('SettingsApp', () => {
  it('shows the stored settings and saves a change', async () => {
    await settingsItem.setValue({ showBadges: true, storeAllPosts: false, mastodonInstances: [] });
    await act(async () => render(<SettingsApp />, document.body));
    const badges = () => document.querySelector<HTMLInputElement>('input[name="showBadges"]')!;
    await expect.poll(() => badges()?.checked).toBe(true);
    expect(document.body.textContent).toContain('Show engagement badges and Track buttons on social pages');

    await act(async () => {
      badges().click();
    });
    await expect.poll(async () => (await settingsItem.getValue()).showBadges).toBe(false);
    expect((await settingsItem.getValue()).storeAllPosts).toBe(false);
  });
});

import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  // A second build directory lets one build be tested while another is made (SMM_DECK_OUT_DIR=.output-b).
  outDir: process.env.SMM_DECK_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      // Months of competitor snapshots outgrow the default IndexedDB quota.
      'unlimitedStorage',
      // Registers the Mastodon content script for the instances the user adds.
      'scripting',
      // Thins old snapshots once a day (and, with the content plan, fires reminders).
      'alarms',
      // The Clip entries of the page and link menus.
      'contextMenus',
      // Clipping any page the user clips, injected on demand, without host permissions.
      'activeTab',
      // Content-plan reminders.
      'notifications',
      ...(browser === 'chrome' ? ['sidePanel'] : []),
    ],
    // Asked for one Mastodon instance at a time, when the user adds it in settings.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*'] }
      : { optional_host_permissions: ['https://*/*'] }),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpenSidePanel__',
      },
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandClipPage__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'smm-deck@smm-deck.app', strict_min_version: '115.0' } } }
      : {}),
  }),
});

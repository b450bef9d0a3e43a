import { defineContentScript } from 'wxt/utils/define-content-script';
import { mastodonComments } from '../utils/comments/mastodon';
import { startCapture } from '../utils/capture/content-capture';
import { mastodonAdapter } from '../utils/networks/mastodon';

/**
 * Not in the manifest: the background registers it for each Mastodon server the user adds and
 * grants (utils/capture/mastodon-instances.ts). No `matches` here, so no host permission is asked up front.
 */
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, mastodonAdapter, mastodonComments),
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import { blueskyComments } from '../utils/comments/bluesky';
import { startCapture } from '../utils/capture/content-capture';
import { blueskyAdapter } from '../utils/networks/bluesky';

export default defineContentScript({
  matches: ['https://bsky.app/*', 'https://www.bsky.app/*'],
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, blueskyAdapter, blueskyComments),
});

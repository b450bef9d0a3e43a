import { defineContentScript } from 'wxt/utils/define-content-script';
import { xComments } from '../utils/comments/x';
import { startCapture } from '../utils/capture/content-capture';
import { xAdapter } from '../utils/networks/x';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, xAdapter, xComments),
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookComments } from '../utils/comments/facebook';
import { startCapture } from '../utils/capture/content-capture';
import { facebookAdapter } from '../utils/networks/facebook';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://facebook.com/*', 'https://web.facebook.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, facebookAdapter, facebookComments),
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import { instagramComments } from '../utils/comments/instagram';
import { startCapture } from '../utils/capture/content-capture';
import { instagramAdapter } from '../utils/networks/instagram';

export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://instagram.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, instagramAdapter, instagramComments),
});

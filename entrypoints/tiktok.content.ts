import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../utils/capture/content-capture';
import { tiktokAdapter } from '../utils/networks/tiktok';

export default defineContentScript({
  matches: ['https://www.tiktok.com/*', 'https://tiktok.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, tiktokAdapter),
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../utils/capture/content-capture';
import { threadsAdapter } from '../utils/networks/threads';

export default defineContentScript({
  matches: ['https://www.threads.net/*', 'https://threads.net/*', 'https://www.threads.com/*', 'https://threads.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, threadsAdapter),
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import { linkedinComments } from '../utils/comments/linkedin';
import { startCapture } from '../utils/capture/content-capture';
import { linkedinAdapter } from '../utils/networks/linkedin';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, linkedinAdapter, linkedinComments),
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import { redditComments } from '../utils/comments/reddit';
import { startCapture } from '../utils/capture/content-capture';
import { redditAdapter } from '../utils/networks/reddit';

export default defineContentScript({
  matches: ['https://www.reddit.com/*', 'https://reddit.com/*', 'https://new.reddit.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, redditAdapter, redditComments),
});

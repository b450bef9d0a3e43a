import { defineContentScript } from 'wxt/utils/define-content-script';
import { youtubeComments } from '../utils/comments/youtube';
import { startCapture } from '../utils/capture/content-capture';
import { youtubeAdapter } from '../utils/networks/youtube';

export default defineContentScript({
  matches: ['https://www.youtube.com/*', 'https://youtube.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, youtubeAdapter, youtubeComments),
});

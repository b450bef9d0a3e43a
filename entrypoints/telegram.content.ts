import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../utils/capture/content-capture';
import { telegramAdapter } from '../utils/networks/telegram';

export default defineContentScript({
  matches: ['https://t.me/s/*', 'https://telegram.me/s/*'],
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, telegramAdapter),
});

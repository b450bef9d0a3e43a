import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../utils/capture/content-capture';
import { okAdapter } from '../utils/networks/ok';

export default defineContentScript({
  matches: ['https://ok.ru/*', 'https://www.ok.ru/*'],
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, okAdapter),
});

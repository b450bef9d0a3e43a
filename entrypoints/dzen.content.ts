import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../utils/capture/content-capture';
import { dzenAdapter } from '../utils/networks/dzen';

export default defineContentScript({
  matches: ['https://dzen.ru/*', 'https://www.dzen.ru/*'],
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, dzenAdapter),
});

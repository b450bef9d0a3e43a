import { defineContentScript } from 'wxt/utils/define-content-script';
import { vkComments } from '../utils/comments/vk';
import { startCapture } from '../utils/capture/content-capture';
import { vkAdapter } from '../utils/networks/vk';

export default defineContentScript({
  matches: ['https://vk.com/*', 'https://www.vk.com/*', 'https://vk.ru/*', 'https://www.vk.ru/*'],
  runAt: 'document_idle',
  main: (ctx) => startCapture(ctx, vkAdapter, vkComments),
});

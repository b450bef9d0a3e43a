import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CLIPPER_GLOBAL, type Clipper } from '../utils/clip/inject';
import { clipThisPage } from '../utils/clip/page';

// Injected on demand (utils/clip/inject.ts); a second injection replaces the first's entry point.
export default defineUnlistedScript(() => {
  const clipper: Clipper = { clip: (request) => clipThisPage(document, request) };
  Object.assign(globalThis, { [CLIPPER_GLOBAL]: clipper });
});

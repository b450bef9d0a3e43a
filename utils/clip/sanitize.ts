/**
 * Clipped HTML is hostile until proven otherwise. It is sanitized twice: in the page, before it is
 * stored, and again in the side panel, before it is shown, with the same strict DOMPurify set-up:
 * HTML only (no SVG or MathML, where most mutation-XSS tricks live), no scripts, styles, forms,
 * frames, objects or embeds, no event handlers, `style`, `srcdoc` or `srcset`, and no URL other
 * than http(s), mailto and in-page anchors (so no `javascript:` and no `data:`).
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';

const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'title', 'noscript', 'template', 'form', 'input', 'button',
  'textarea', 'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
  'dialog', 'slot',
];
/** `target`, `loading` and `referrerpolicy` are set by the hook alone, never taken from the page. */
const FORBID_ATTR = [
  'style', 'class', 'id', 'srcdoc', 'srcset', 'sizes', 'formaction', 'action', 'ping', 'background',
  'poster', 'xmlns', 'is', 'name', 'target', 'loading', 'referrerpolicy',
];
const SAFE_URL = /^(?:https?:|mailto:|#)/i;

const purifiers = new WeakMap<Window, DOMPurify>();

/** One DOMPurify per window, with the hooks that make links and images safe to show. */
function purifierFor(window: Window): DOMPurify {
  let purifier = purifiers.get(window);
  if (purifier) return purifier;
  purifier = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  // DOMPurify hands back its input untouched where it cannot work; nothing unsanitized is kept.
  if (!purifier.isSupported) throw new Error('this page cannot sanitize HTML');
  purifier.addHook('afterSanitizeAttributes', (node) => {
    // DOMPurify lets images keep `data:` addresses whatever the URL rule says; these never do.
    for (const name of ['src', 'href', 'xlink:href']) {
      const value = node.getAttribute(name);
      if (value !== null && !SAFE_URL.test(value.replace(/[\s\u0000-\u001f]/g, ''))) node.removeAttribute(name);
    }
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.nodeName === 'IMG') {
      // Images come from their original sites, only when scrolled to, without telling where from.
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  purifiers.set(window, purifier);
  return purifier;
}

const CONFIG = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOWED_URI_REGEXP: SAFE_URL,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
};

/** The safe subset of `html`, as an HTML string. */
export function sanitizeClipHtml(html: string, window: Window = globalThis.window): string {
  return purifierFor(window).sanitize(html, CONFIG);
}

/**
 * Sanitizes an element where it is, then serializes it: for Readability's article, which lives
 * in an inert clone of the page (no browsing context, so nothing in it loads or runs). Skipping
 * a second parse of the HTML makes a long read's clip about twice as fast.
 */
export function sanitizeClipElement(element: Element, window: Window = globalThis.window): string {
  purifierFor(window).sanitize(element, { ...CONFIG, IN_PLACE: true });
  return element.innerHTML;
}

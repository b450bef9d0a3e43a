import { parseCount } from './count';
import { MAX_TEXT_LENGTH, plausibleCapture } from './limits';
import type { CapturedAccount, CapturedPost, PageCapture } from './types';
import { safely } from '../platform/values';

/** Small DOM helpers shared by the network adapters. All of them tolerate missing nodes. */

// The general value helpers, here too so that an adapter takes all its helpers from one place.
export { compact, safely, toIso } from '../platform/values';

/** `el`'s raw text, cut at MAX_TEXT_LENGTH. */
export function boundedText(el: Node | null | undefined): string {
  const text = el?.textContent ?? '';
  return text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
}

/** The element's text with whitespace runs collapsed to single spaces; '' when there is none. */
export function textOf(el: Element | null | undefined): string {
  return boundedText(el).replace(/\s+/g, ' ').trim();
}

/** An attribute's trimmed value, or undefined when it is missing or blank. */
export function attr(el: Element | null | undefined, name: string): string | undefined {
  const value = el?.getAttribute(name)?.trim();
  return value ? value : undefined;
}


/** Every element in `root` matching `selector`, including `root` itself when it matches. */
export function queryAllWithSelf(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (isElement(root) && root.matches(selector)) found.unshift(root);
  return found;
}

/**
 * The document `root` belongs to: page-level context (a channel's header, a profile's name) that a
 * post re-read alone by the page watcher still needs.
 */
export function documentOf(root: ParentNode): ParentNode {
  const node = root as Node;
  return node.nodeType === 9 ? root : (node.ownerDocument ?? root);
}

/** True when `root` is a whole document rather than one element of it. */
export function isDocument(root: ParentNode): boolean {
  return (root as Node).nodeType === 9;
}

/**
 * The count written right before one of `words` (a regex alternation such as 'views?|просмотр'):
 * "1,234,567 views", "867 thousand views", "1,2 млн подписчиков". A number that is not followed by
 * the word (a title's "Top 10") is not taken; the first match wins.
 */
export function countBefore(text: string | null | undefined, words: string): number | undefined {
  if (!text) return undefined;
  if (text.length > MAX_TEXT_LENGTH) text = text.slice(0, MAX_TEXT_LENGTH);
  const match = new RegExp(
    `(?<![\\d.,])(\\d+(?:[.,\\u00a0\\u202f ]\\d{3})*(?:[.,]\\d+)?)[\\u00a0\\u202f ]?` +
      `(thousand|million|billion|тыс|млн|млрд|[KMBкм])?\\.?[\\u00a0\\u202f ]*(?:${words})`,
    'iu',
  ).exec(text);
  return match ? parseCount(`${match[1]} ${match[2] ?? ''}`) : undefined;
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

/**
 * The element's text as a reader sees it, line breaks kept as "\n": `<br>` always breaks a line,
 * and newlines inside text nodes do only when the page shows them (`preformatted`, e.g. X's
 * pre-wrap post text; elsewhere they are source indentation). Emoji drawn as `<img alt>` keep
 * their alt. Runs of spaces collapse, lines are trimmed, at most one blank line is kept.
 */
export function linesOf(el: Element | null | undefined, preformatted = false): string {
  if (!el) return '';
  // Most posts have no line break or emoji image: their text is read in one go.
  if (!el.querySelector('br, img')) return tidyLines(preformatted ? boundedText(el) : boundedText(el).replace(/\s+/g, ' '));
  let raw = '';
  const walk = (node: Node): void => {
    if (raw.length > MAX_TEXT_LENGTH) return;
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      raw += preformatted ? text : text.replace(/\s+/g, ' ');
    } else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toLowerCase();
      if (tag === 'br') raw += '\n';
      else if (tag === 'img') raw += (node as Element).getAttribute('alt') ?? '';
      else node.childNodes.forEach(walk);
    }
  };
  el.childNodes.forEach(walk);
  return tidyLines(raw.slice(0, MAX_TEXT_LENGTH));
}

/** Trims each line, collapses runs of spaces, and keeps at most one blank line. */
function tidyLines(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LINE_TAGS = new Set(['LI', 'TR']);
const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'BUTTON']);
/** Every element that changes how `multilineTextOf` reads a text. */
const STRUCTURE = ['br', 'img', ...BLOCK_TAGS, ...LINE_TAGS, ...SILENT_TAGS].map((tag) => tag.toLowerCase()).join(', ');

/**
 * A line break the markup makes (`<br>`, a block), kept apart from the newlines of the HTML source,
 * which are spaces to a reader, until those are collapsed. A private-use character, which no post
 * text relies on.
 */
const BREAK = '\uE000';

/**
 * The text a person reads in `el`, keeping its lines: `<br>` and list items become "\n", paragraphs
 * and other blocks are separated by a blank line ("\n\n"); spaces are collapsed within each line.
 * Emoji images count as their `alt`. Elements matching `skip` (e.g. "Show more" links) are left out.
 * Undefined when there is no text.
 */
export function multilineTextOf(el: Element | null | undefined, skip?: string): string | undefined {
  if (!el) return undefined;
  // Most texts are one plain run: nothing to break lines at, nothing to leave out.
  if (!el.querySelector(skip ? `${STRUCTURE}, ${skip}` : STRUCTURE)) return tidyLines(boundedText(el).replace(/\s+/g, ' ')) || undefined;
  const skipped = skip ? new Set(el.querySelectorAll(skip)) : undefined;
  let raw = '';
  const walk = (parent: Node): void => {
    for (let node = parent.firstChild; node && raw.length <= MAX_TEXT_LENGTH; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === 3) raw += node.nodeValue;
      else if (type === 1) {
        const element = node as Element;
        const tag = element.tagName;
        if (tag === 'BR' || tag === 'br') raw += BREAK;
        else if (tag === 'IMG' || tag === 'img') raw += element.getAttribute('alt') ?? '';
        // The inline elements most texts are made of are walked without the set lookups below.
        else if (tag === 'SPAN' || tag === 'A' || tag === 'STRONG' || tag === 'EM' || tag === 'B' || tag === 'I') {
          if (!skipped?.has(element)) walk(element);
        } else {
          const upper = tag.toUpperCase();
          if (SILENT_TAGS.has(upper) || skipped?.has(element)) continue;
          // A paragraph inside a list item is still one line of the list.
          const block = BLOCK_TAGS.has(upper) && element.parentElement?.tagName.toUpperCase() !== 'LI' ? BREAK + BREAK : '';
          raw += block || (LINE_TAGS.has(upper) ? BREAK : '');
          walk(element);
          raw += block;
        }
      }
    }
  };
  walk(el);
  return tidyLines(raw.slice(0, MAX_TEXT_LENGTH).replace(/\s+/g, ' ').replace(/\uE000/g, '\n')) || undefined;
}

/**
 * Each element of `root` (itself included) that matches `selector`, read on its own so that one
 * broken element never spoils the rest; a result whose `key` was read already is left out.
 */
export function readEachOnce<T>(
  root: ParentNode,
  selector: string,
  read: (element: Element) => T | undefined,
  key: (value: T) => string,
): T[] {
  const found: T[] = [];
  const seen = new Set<string>();
  for (const element of safely(() => queryAllWithSelf(root, selector)) ?? []) {
    const value = safely(() => read(element));
    if (value === undefined || seen.has(key(value))) continue;
    seen.add(key(value));
    found.push(value);
  }
  return found;
}

/**
 * The shape adapters' `extract` shares: each post element read on its own, so one broken post
 * never spoils the page; each post once; and the account only when the whole page is given (it
 * is page-level, and a post re-read alone must not search the whole page for it).
 */
export function capturePage(
  root: ParentNode,
  postSelector: string,
  readPost: (element: Element) => CapturedPost | undefined,
  readAccount: (page: ParentNode) => CapturedAccount | undefined,
): PageCapture {
  const posts = readEachOnce(root, postSelector, readPost, (post) => post.postId);
  const account = isDocument(root) ? safely(() => readAccount(root)) : undefined;
  // Sums (Telegram's reactions, Bluesky's reposts and quotes) may pass the ceiling their parts kept to.
  return plausibleCapture(account ? { account, posts } : { posts });
}

export interface OwnElements {
  all(selector: string): Element[];
  /** The first own match, found with `querySelector`, which stops at the first. */
  first(selector: string): Element | undefined;
}

/**
 * A post's own elements: not those inside its `foreign` containers (comments, quoted, reposted
 * or embedded posts). Most posts have none, and then nothing is filtered. Foreign parts come
 * after a post's own, so `first` filters only when the first match is inside one.
 */
export function ownElements(post: Element, foreign: readonly Element[]): OwnElements {
  const inForeign = (el: Element) => foreign.some((other) => other !== el && other.contains(el));
  const all = (selector: string) => {
    const found = Array.from(post.querySelectorAll(selector));
    return foreign.length ? found.filter((el) => !inForeign(el)) : found;
  };
  return {
    all,
    first(selector) {
      const found = post.querySelector(selector) ?? undefined;
      return found && foreign.length && inForeign(found) ? all(selector)[0] : found;
    },
  };
}

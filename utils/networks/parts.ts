/**
 * Finding a post's parts with as few walks of the post as can be: in Chromium, each
 * `querySelectorAll` on a post of a hundred elements costs a few microseconds, and a feed of a
 * thousand posts is read within a budget of 2 ms per hundred posts.
 */

/**
 * What `read` gives for the first match in `root` that it gives something for, in document order.
 * `querySelector` stops at the first match, which is nearly always the one; the rest are listed
 * only when it is not.
 */
export function readFirst<T>(root: ParentNode, selector: string, read: (el: Element) => T | undefined): T | undefined {
  const found = root.querySelector(selector);
  const value = found ? read(found) : undefined;
  if (!found || value !== undefined) return value;
  for (const el of Array.from(root.querySelectorAll(selector)).slice(1)) {
    const next = read(el);
    if (next !== undefined) return next;
  }
  return undefined;
}

export interface OwnParts {
  /** The first own match, in document order. */
  first(selector: string): Element | undefined;
  /** What `read` gives for the first own match it gives something for, in document order. */
  find<T>(selector: string, read: (el: Element) => T | undefined): T | undefined;
}

/**
 * A post's own parts: not those inside its `foreign` containers (comments, a reshared original).
 * Each part found is checked by looking up its ancestors, instead of listing the containers first:
 * that list costs a walk of the whole post, and a post has only a handful of parts to check.
 */
export function ownParts(post: Element, foreign: string): OwnParts {
  const isOwn = (el: Element) => {
    // The nearest container above `el` (a container itself is its own): when it is the post itself
    // or outside it, none inside the post holds `el`, as that one would be nearer.
    const container = el.parentElement?.closest(foreign);
    return !container || container === post || !post.contains(container);
  };
  const find = <T>(selector: string, read: (el: Element) => T | undefined) =>
    readFirst(post, selector, (el) => (isOwn(el) ? read(el) : undefined));
  return { find, first: (selector) => find(selector, (el) => el) };
}

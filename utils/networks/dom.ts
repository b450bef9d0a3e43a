/** Small DOM helpers shared by the network adapters. All of them tolerate missing nodes. */

/** The element's text with whitespace runs collapsed to single spaces; '' when there is none. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An attribute's trimmed value, or undefined when it is missing or blank. */
export function attr(el: Element | null | undefined, name: string): string | undefined {
  const value = el?.getAttribute(name)?.trim();
  return value ? value : undefined;
}

/** ISO 8601 for a date string or timestamp the Date constructor understands; undefined otherwise. */
export function toIso(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The same object without the keys whose value is undefined (JSON fixtures have no undefined). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Runs `read` and returns undefined instead of throwing, so one broken post never spoils a page. */
export function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Every element in `root` matching `selector`, including `root` itself when it matches. */
export function queryAllWithSelf(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  if (isElement(root) && root.matches(selector)) found.unshift(root);
  return found;
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

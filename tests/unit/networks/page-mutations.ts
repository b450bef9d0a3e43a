import fc from 'fast-check';

/**
 * Random damage done to a saved page, to prove that an adapter survives markup it did not expect:
 * nodes removed, attributes dropped, counts garbled. Garbled counts carry no digits, so a number
 * that appears after the damage was not on the page.
 */
export type PageMutation =
  | { kind: 'removeNode'; index: number }
  | { kind: 'dropAttribute'; index: number; attribute: number }
  | { kind: 'garbleText'; index: number; junk: string };

const JUNK = ['', '—', 'K', 'тыс.', 'NaN', '..', ' , ', 'Like', '∞', 'млн'];

export const pageMutations = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('removeNode' as const), index: fc.nat() }),
    fc.record({ kind: fc.constant('dropAttribute' as const), index: fc.nat(), attribute: fc.nat() }),
    fc.record({ kind: fc.constant('garbleText' as const), index: fc.nat(), junk: fc.constantFrom(...JUNK) }),
  ),
  { minLength: 1, maxLength: 12 },
);

export function applyMutations(doc: Document, mutations: PageMutation[]): void {
  for (const mutation of mutations) {
    const elements = doc.body ? Array.from(doc.body.querySelectorAll('*')) : [];
    if (elements.length === 0) return;
    const element = elements[mutation.index % elements.length]!;
    switch (mutation.kind) {
      case 'removeNode':
        element.remove();
        break;
      case 'dropAttribute': {
        const names = element.getAttributeNames();
        if (names.length) element.removeAttribute(names[mutation.attribute % names.length]!);
        break;
      }
      case 'garbleText':
        garbleCounts(element, mutation.junk);
        break;
    }
  }
}

/** Replaces every digit-bearing text and attribute value inside `element` with junk. */
function garbleCounts(element: Element, junk: string): void {
  for (const name of element.getAttributeNames()) {
    if (/\d/.test(element.getAttribute(name) ?? '') && !/^(?:href|src|id|class|datetime)$/.test(name)) {
      element.setAttribute(name, junk);
    }
  }
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/\d/.test(node.textContent ?? '')) node.textContent = junk;
  }
}

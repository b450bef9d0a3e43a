/**
 * Elements SMM Deck puts into social pages (badges, the Track panel, Clip buttons, the clip
 * popover) draw inside an open shadow root, so the page's styles neither reach in nor leak out.
 */

/** A new `tag` element (SMM-DECK-…) with an open shadow root. */
export function createShadowHost(document: Document, tag: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  return { host, root: host.attachShadow({ mode: 'open' }) };
}

/** Replaces what the host's shadow root shows: its style sheet, then `content`. */
export function fillShadow(root: ShadowRoot, css: string, ...content: Node[]): void {
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.replaceChildren(style, ...content);
}

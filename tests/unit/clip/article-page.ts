import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { OFFLINE_PAGE_SETTINGS } from '../offline-page-settings';

export function articleFixture(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '../../fixtures/articles', name), 'utf8');
}

/** A saved page loaded at its own address in a window of its own, closed afterwards; the page's scripts never run. */
export async function withPageAt<T>(url: string, html: string, read: (document: Document, window: Window) => T): Promise<T> {
  const window = new Window({ url, settings: OFFLINE_PAGE_SETTINGS });
  try {
    window.document.write(html);
    return read(window.document as unknown as Document, window);
  } finally {
    await window.happyDOM.close();
  }
}

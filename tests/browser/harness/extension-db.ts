import type { Page } from 'playwright-core';

/** Every row of one table of the extension's `smm-deck` database, read from an extension page. */
export function readTable<T = Record<string, unknown>>(extensionPage: Page, table: string): Promise<T[]> {
  return extensionPage.evaluate(
    (storeName) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('smm-deck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/** Sends an SMM Deck command from an extension page, as the side panel would. */
export function sendFromExtensionPage(extensionPage: Page, command: string, request: unknown): Promise<unknown> {
  return extensionPage.evaluate(
    ([name, body]) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ app: 'smm-deck', command: name, request: body }),
    [command, request] as const,
  );
}

/** Polls until `check` passes or the time runs out, then throws the last failure. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

interface ChromeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

/** Adds rows to one table of the extension's `smm-deck` database, as the side panel would; returns their keys. */
export function putRows(extensionPage: Page, table: string, rows: unknown[]): Promise<unknown[]> {
  return extensionPage.evaluate(
    ([storeName, values]) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('smm-deck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction(storeName, 'readwrite');
          const keys: unknown[] = [];
          for (const value of values) {
            const request = transaction.objectStore(storeName).put(value);
            request.onsuccess = () => keys.push(request.result);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(keys);
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [table, rows] as const,
  );
}

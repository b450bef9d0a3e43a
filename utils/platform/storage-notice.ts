import { storage } from 'wxt/utils/storage';

/**
 * A write the browser refused for lack of space. Captures that hit it stay in the content
 * scripts' outboxes and are sent again; the popup and side panel tell the user until a write
 * succeeds again.
 */
export interface StorageProblem {
  at: number;
  message: string;
}

export const storageProblemItem = storage.defineItem<StorageProblem | null>('local:storageProblem', { fallback: null });

export function isQuotaError(error: unknown): boolean {
  const names = [(error as { name?: string })?.name, (error as { inner?: { name?: string } })?.inner?.name];
  return names.includes('QuotaExceededError');
}

/** Runs a database write, recording a quota failure for the UI (and rethrowing it, so it is retried). */
export async function watchingQuota<T>(write: () => Promise<T>, now: () => number): Promise<T> {
  try {
    const result = await write();
    if (await storageProblemItem.getValue()) await storageProblemItem.setValue(null);
    return result;
  } catch (error) {
    if (isQuotaError(error)) {
      await storageProblemItem.setValue({ at: now(), message: error instanceof Error ? error.message : String(error) });
    }
    throw error;
  }
}

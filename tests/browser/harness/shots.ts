import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where browser tests leave screenshots of what they saw, for a person to look at after a run
 * (SMM_DECK_SHOTS, else smm-deck-shots in the temporary directory). Playwright makes the folder.
 */
export const SHOTS_DIR = process.env.SMM_DECK_SHOTS ?? join(tmpdir(), 'smm-deck-shots');

export function shotPath(name: string): string {
  return join(SHOTS_DIR, `${name}.png`);
}

import type { AccountRow, SmmDeckDatabase } from './db';

export interface CompetitorSummary {
  account: AccountRow;
  postCount: number;
}

/** The accounts the user follows (tracked competitors and own accounts), biggest audience first. */
export async function loadCompetitorSummaries(db: SmmDeckDatabase): Promise<CompetitorSummary[]> {
  const accounts = await db.accounts.filter((account) => account.tracked || account.own).toArray();
  const summaries = await Promise.all(
    accounts.map(async (account) => ({
      account,
      postCount: await db.posts.where('[network+handle]').equals([account.network, account.handle]).count(),
    })),
  );
  return summaries.sort((a, b) => (b.account.followers ?? -1) - (a.account.followers ?? -1));
}

import { describe, expect, it } from 'vitest';
import { contestCsv, csvCell, toCsv, type ContestCsvLabels } from '../../../utils/contest/csv';
import type { ContestProof } from '../../../utils/contest/proof';

describe('CSV cells', () => {
  it('quote a field with a quote, comma or line break and double its quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('Привет 🎁')).toBe('Привет 🎁');
  });

  it('keep a would-be formula as text with a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil","win")')).toBe(`"'=HYPERLINK(""http://evil"",""win"")"`);
    expect(csvCell('+7 999')).toBe("'+7 999");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@anna hi')).toBe("'@anna hi");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('a file is UTF-8 with a byte order mark and CRLF line ends', () => {
    expect(toCsv([['a', 'b'], ['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });
});

describe('the contest CSV', () => {
  const labels: ContestCsvLabels = {
    header: ['status', 'place', 'handle', 'name', 'comment', 'time', 'text', 'reasons'],
    status: { winner: 'winner', substitute: 'substitute', participant: 'participant', excluded: 'excluded' },
    reason: (reason) => reason.kind,
  };
  const proof: ContestProof = {
    format: 'smm-deck-contest-proof',
    version: 1,
    network: 'vk',
    postId: '-1_2',
    postUrl: 'https://vk.com/wall-1_2',
    rules: { entryMode: 'person', mentions: 0, keyword: 'да', excluded: [], ownAccounts: ['brand'], winners: 1, substitutes: 1 },
    comments: [
      { commentId: '1', authorHandle: 'anna', authorName: 'Анна, "А."', text: 'да!', publishedAt: '2026-11-20T10:00:00.000Z' },
      { commentId: '2', authorHandle: 'boris', text: '=1+1 да', publishedAt: '2026-11-20T10:01:00.000Z' },
      { commentId: '3', authorHandle: 'brand', text: 'да', publishedAt: '2026-11-20T10:02:00.000Z' },
      { commentId: '4', authorHandle: 'vera', text: 'да', publishedAt: '2026-11-20T10:03:00.000Z' },
    ],
    participants: [{ handle: 'anna', commentId: '1' }, { handle: 'boris', commentId: '2' }, { handle: 'vera', commentId: '4' }],
    seedHash: '0'.repeat(64),
    commitment: '0'.repeat(64),
    committedAt: '2026-11-21T00:00:00.000Z',
    seed: '1'.repeat(64),
    draw: { drawnAt: '2026-11-21T00:01:00.000Z', winners: [{ handle: 'vera', commentId: '4' }], substitutes: [{ handle: 'boris', commentId: '2' }] },
  };

  it('lists winners, substitutes, then every other comment with why it was excluded', () => {
    expect(contestCsv(proof, labels).split('\r\n')).toEqual([
      '\uFEFFstatus,place,handle,name,comment,time,text,reasons',
      'winner,1,vera,,4,2026-11-20T10:03:00.000Z,да,',
      "substitute,1,boris,,2,2026-11-20T10:01:00.000Z,'=1+1 да,",
      'participant,,anna,"Анна, ""А.""",1,2026-11-20T10:00:00.000Z,да!,',
      'excluded,,brand,,3,2026-11-20T10:02:00.000Z,да,own-account',
      '',
    ]);
  });
});

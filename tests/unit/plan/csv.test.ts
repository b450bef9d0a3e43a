import { describe, expect, it } from 'vitest';
import { SmmDeckDatabase } from '../../../utils/platform/db';
import { parsePlanCsv, parsePlanDate, planToCsv } from '../../../utils/plan/csv';
import { importPlanRows } from '../../../utils/plan/library';
import { planItem } from './fixtures';

const context = {
  rubrics: [{ id: 1, name: 'Кейсы', colour: '#000', targetShare: 30 }],
  performers: [{ id: 2, name: 'Anna, editor' }],
};
const local = (...parts: [number, number, number, number, number]) => new Date(...parts).getTime();

describe('CSV export', () => {
  it('writes a header and one row per item, quoting what needs it', () => {
    const csv = planToCsv(
      [
        planItem({
          title: 'Launch, part "one"',
          body: 'Line 1\nLine 2',
          networks: ['telegram', 'vk'],
          status: 'review',
          scheduledAt: local(2026, 10, 27, 15, 30),
          rubricId: 1,
          assigneeId: 2,
          hashtags: ['#launch', '#smm'],
          links: ['https://brand.example/launch'],
        }),
        planItem({ title: '=HYPERLINK("http://evil")', body: '-5% today', networks: [] }),
      ],
      context,
    );
    const offset = -new Date(local(2026, 10, 27, 15, 30)).getTimezoneOffset();
    const zone = `${offset >= 0 ? '+' : '-'}${String(Math.trunc(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
    expect(csv).toBe(
      '\uFEFFtitle,date,networks,status,rubric,assignee,hashtags,links,text,published_url\r\n' +
        `"Launch, part ""one""",2026-11-27T15:30${zone},telegram vk,review,Кейсы,"Anna, editor",#launch #smm,https://brand.example/launch,"Line 1\nLine 2",\r\n` +
        // cells that a spreadsheet would run as formulas get a quote in front
        `"'=HYPERLINK(""http://evil"")",,,draft,,,,,'-5% today,\r\n`,
    );
  });

  it('reads back what it wrote', () => {
    const item = planItem({
      title: 'Round trip',
      body: '-5% «скидка», "quoted"\nnew line',
      networks: ['x', 'bluesky'],
      status: 'scheduled',
      scheduledAt: local(2026, 11, 1, 9, 5),
      hashtags: ['#a'],
      links: ['https://e.example/x?y=1'],
      publishedUrl: 'https://x.com/brand/status/5',
      rubricId: 1,
      assigneeId: 2,
    });
    expect(parsePlanCsv(planToCsv([item], context))).toEqual({
      ok: true,
      rows: [{
        title: 'Round trip',
        body: item.body,
        networks: ['x', 'bluesky'],
        status: 'scheduled',
        scheduledAt: item.scheduledAt,
        hashtags: ['#a'],
        links: ['https://e.example/x?y=1'],
        publishedUrl: 'https://x.com/brand/status/5',
        rubricName: 'Кейсы',
        assigneeName: 'Anna, editor',
      }],
    });
  });
});

describe('CSV import', () => {
  it('takes the columns in any order, with names, aliases and date styles people use', () => {
    const csv = 'Text;Network;Title;Scheduled\n"Hi";Twitter, ВКонтакте;First;27.11.2026 14:30\n;;Second;2026-11-28\n;;Third;2026-11-29T10:00Z\n\n';
    expect(parsePlanCsv(csv)).toEqual({
      ok: true,
      rows: [
        { title: 'First', body: 'Hi', networks: ['x', 'vk'], status: 'idea', hashtags: [], links: [], scheduledAt: local(2026, 10, 27, 14, 30) },
        { title: 'Second', body: '', networks: [], status: 'idea', hashtags: [], links: [], scheduledAt: local(2026, 10, 28, 0, 0) },
        { title: 'Third', body: '', networks: [], status: 'idea', hashtags: [], links: [], scheduledAt: Date.UTC(2026, 10, 29, 10) },
      ],
    });
  });

  it.each([
    ['an empty file', '', 'The file is empty: the first row must name the columns (title, date, networks, text…)'],
    ['a header alone', 'title,date\n', 'The file has a header but no items'],
    ['an unknown column', 'title,when\nA,2026-11-27', 'Row 1, column 2: "when" is not a column SMM Deck knows (title, date, networks, status, rubric, assignee, hashtags, links, text, published_url)'],
    ['no title column', 'date,text\n2026-11-27,Hi', 'Row 1: there is no "title" column'],
    ['a column twice', 'title,text,body\nA,b,c', 'Row 1, column 3: "text" appears twice'],
    ['a missing title', 'title,date\nA,2026-11-27\n  ,2026-11-28', 'Row 3, column "title": is empty; every item needs a title'],
    ['a date that does not exist', 'title,date\nA,2026-11-27\nB,31.02.2026', 'Row 3, column "date": "31.02.2026" is not a date (write 2026-11-27 14:30 or 27.11.2026 14:30)'],
    ['a date in words', 'title,date\nA,next Friday', 'Row 2, column "date": "next Friday" is not a date (write 2026-11-27 14:30 or 27.11.2026 14:30)'],
    ['an hour past 23', 'title,date\nA,2026-11-27 24:00', 'Row 2, column "date": "2026-11-27 24:00" is not a date (write 2026-11-27 14:30 or 27.11.2026 14:30)'],
    ['an unknown network', 'title,networks\nA,x myspace', 'Row 2, column "networks": "myspace" is not a network SMM Deck knows (x, telegram, vk, youtube, instagram, reddit, linkedin, facebook, tiktok, threads, bluesky, mastodon, ok, dzen)'],
    ['an unknown status', 'title,status\nA,done', 'Row 2, column "status": "done" is not a status (idea, draft, review, approved, scheduled, published, cancelled)'],
    ['a javascript: link', 'title,links\nA,javascript:alert(1)', 'Row 2, column "links": "javascript:alert(1)" is not an http(s) address'],
    ['two published URLs', 'title,published_url\nA,https://a.example https://b.example', 'Row 2, column "published_url": holds more than one address'],
    ['a short row', 'title,date,text\nA,2026-11-27,x\nB,2026-11-28', 'Row 3 has 2 cells, but the header has 3'],
    ['an unclosed quote', 'title,text\nA,"never closed\nB,x', 'Row 2: a quoted cell is never closed (a " is missing)'],
  ])('refuses %s, naming the row and column', (_, csv, error) => {
    expect(parsePlanCsv(csv)).toEqual({ ok: false, error });
  });

  it('writes a good file in one go, creating the rubrics and performers it names', async () => {
    const db = new SmmDeckDatabase(`plan-import-${Math.random()}`);
    await db.rubrics.add({ name: 'Cases', colour: '#111111', targetShare: 50 });
    const parsed = parsePlanCsv('title,rubric,assignee\nA,cases,Ivan\nB,News,ivan\nC,,');
    if (!parsed.ok) throw new Error(parsed.error);
    const ids = await importPlanRows(db, parsed.rows, 1_000);
    expect(ids).toHaveLength(3);
    expect(await db.rubrics.toArray()).toEqual([
      { id: 1, name: 'Cases', colour: '#111111', targetShare: 50 },
      { id: 2, name: 'News', colour: '#16a34a', targetShare: 0 },
    ]);
    expect(await db.performers.toArray()).toEqual([{ id: 1, name: 'Ivan' }]);
    expect((await db.planItems.toArray()).map(({ title, rubricId, assigneeId, createdAt }) => ({ title, rubricId, assigneeId, createdAt }))).toEqual([
      { title: 'A', rubricId: 1, assigneeId: 1, createdAt: 1_000 },
      { title: 'B', rubricId: 2, assigneeId: 1, createdAt: 1_000 },
      { title: 'C', rubricId: undefined, assigneeId: undefined, createdAt: 1_000 },
    ]);
  });
});

describe('plan dates', () => {
  it.each([
    ['2026-11-27', local(2026, 10, 27, 0, 0)],
    ['2026-11-27 09:05', local(2026, 10, 27, 9, 5)],
    ['2026-11-27T09:05:30', local(2026, 10, 27, 9, 5) + 30_000],
    ['2026-11-27T09:05+03:00', Date.UTC(2026, 10, 27, 6, 5)],
    ['2026-11-27T09:05-0130', Date.UTC(2026, 10, 27, 10, 35)],
    ['7.1.2027 9:00', local(2027, 0, 7, 9, 0)],
    ['29.02.2028', local(2028, 1, 29, 0, 0)],
  ])('%s', (text, expected) => expect(parsePlanDate(text)).toBe(expected));

  it.each(['29.02.2027', '2026-13-01', '2026-11-27 12:60', '27/11/2026', 'tomorrow'])('refuses %s', (text) => {
    expect(parsePlanDate(text)).toBeUndefined();
  });
});

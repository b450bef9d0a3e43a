import { describe, expect, it } from 'vitest';
import { SmmDeckDatabase } from '../../../utils/platform/db';
import { monthGrid, weekDays } from '../../../utils/plan/calendar';
import { composerUrl, itemComposerUrl, postText } from '../../../utils/plan/composer';
import { insertHashtags, parseHashtags } from '../../../utils/plan/hashtags';
import { createPlanItem, emptyDraft, movedToDay, nextStatus, updatePlanItem, weekAgenda } from '../../../utils/plan/items';
import { planItem } from './fixtures';

const local = (month: number, day: number, hour = 0, minute = 0) => new Date(2026, month, day, hour, minute).getTime();

describe('status flow', () => {
  it('goes idea → draft → review → approved → scheduled → published and no further', () => {
    const steps = ['idea'] as string[];
    for (let status = nextStatus('idea'); status; status = nextStatus(status)) steps.push(status);
    expect(steps).toEqual(['idea', 'draft', 'review', 'approved', 'scheduled', 'published']);
    expect(nextStatus('cancelled')).toBeUndefined();
  });
});

describe('storing items', () => {
  it('creates with times and a trimmed title, and refuses an empty one', async () => {
    const db = new SmmDeckDatabase(`plan-items-${Math.random()}`);
    const id = await createPlanItem(db, emptyDraft({ title: '  Launch  ', networks: ['vk'], rubricId: undefined }), 500);
    // strict: the empty rubric is absent, not stored as undefined
    expect(await db.planItems.get(id)).toStrictEqual({ id, title: 'Launch', body: '', networks: ['vk'], status: 'idea', hashtags: [], links: [], createdAt: 500, updatedAt: 500 });
    await expect(createPlanItem(db, emptyDraft({ title: ' ' }), 500)).rejects.toThrow('A plan item needs a title');
    await updatePlanItem(db, id, { status: 'draft' }, 900);
    expect(await db.planItems.get(id)).toMatchObject({ status: 'draft', createdAt: 500, updatedAt: 900 });
    await expect(updatePlanItem(db, id, { title: '' }, 900)).rejects.toThrow('A plan item needs a title');
  });

  it('keeps the time of day when moved to another day', () => {
    expect(movedToDay(local(10, 27, 15, 45), local(10, 30))).toBe(local(10, 30, 15, 45));
    expect(movedToDay(undefined, local(10, 30))).toBe(local(10, 30, 10, 0));
  });
});

describe('the week agenda', () => {
  // Friday 27 November 2026, 12:00; the week runs Monday 23 to Sunday 29.
  const now = local(10, 27, 12);
  const items = [
    planItem({ id: 1, title: 'Last week, still a draft', scheduledAt: local(10, 20, 9) }),
    planItem({ id: 2, title: 'This morning, in review', scheduledAt: local(10, 27, 9), status: 'review', networks: ['vk'] }),
    planItem({ id: 3, title: 'Monday, published', scheduledAt: local(10, 23, 9), status: 'published' }),
    planItem({ id: 4, title: 'Tonight', scheduledAt: local(10, 27, 19) }),
    planItem({ id: 5, title: 'Sunday', scheduledAt: local(10, 29, 23, 59), rubricId: 2 }),
    planItem({ id: 6, title: 'Next Monday', scheduledAt: local(10, 30, 0) }),
    planItem({ id: 7, title: 'Unscheduled' }),
  ];

  it('puts overdue open items first and this week\'s others by day', () => {
    const agenda = weekAgenda(items, now);
    expect(agenda.overdue.map((item) => item.id)).toEqual([1, 2]);
    expect(agenda.days.map(({ day, items: onDay }) => [new Date(day).getDate(), onDay.map((item) => item.id)])).toEqual([
      [23, [3]], [24, []], [25, []], [26, []], [27, [4]], [28, []], [29, [5]],
    ]);
  });

  it('filters by network and rubric', () => {
    expect(weekAgenda(items, now, { network: 'vk' }).overdue.map((item) => item.id)).toEqual([2]);
    expect(weekAgenda(items, now, { rubricId: 2 }).days.flatMap((day) => day.items.map((item) => item.id))).toEqual([5]);
  });
});

describe('calendar grids', () => {
  it('shows November 2026 from Monday 26 October to Sunday 6 December', () => {
    const weeks = monthGrid(local(10, 15));
    expect(weeks).toHaveLength(6);
    expect(weeks[0]![0]).toBe(local(9, 26));
    expect(weeks[5]![6]).toBe(local(11, 6));
    expect(weekDays(local(10, 27, 12))).toEqual([23, 24, 25, 26, 27, 28, 29].map((day) => local(10, day)));
  });
});

describe('hashtag sets', () => {
  it('adds only the missing tags, on the hashtag line or a new paragraph', () => {
    expect(insertHashtags('New post #SMM', ['#smm', 'marketing', '#Marketing', ' #tips '])).toBe('New post #SMM\n\n#marketing #tips');
    expect(insertHashtags('New post\n\n#smm', ['#smm', '#tips'])).toBe('New post\n\n#smm #tips');
    expect(insertHashtags('', ['a', 'b'])).toBe('#a #b');
    expect(insertHashtags('All there #a #b', ['#A', 'b'])).toBe('All there #a #b');
    expect(parseHashtags('#a, b;c\n#a  d e')).toEqual(['#a', '#b', '#c', '#d', '#e']);
  });
});

describe('composers', () => {
  const item = planItem({
    title: 'Launch',
    body: 'Big news',
    variants: { x: 'Big news on X' },
    hashtags: ['#launch'],
    links: ['https://brand.example/l'],
    networks: ['x', 'telegram'],
  });

  it('builds the text for a network: its variant, then missing links and hashtags', () => {
    expect(postText(item, 'x')).toBe('Big news on X\n\nhttps://brand.example/l\n\n#launch');
    expect(postText(item, 'telegram')).toBe('Big news\n\nhttps://brand.example/l\n\n#launch');
    expect(postText({ ...item, body: 'See https://brand.example/l #Launch', variants: {} })).toBe('See https://brand.example/l #Launch');
  });

  it('fills in the composers that take text and opens the others', () => {
    expect(composerUrl('x', 'a b&c')).toBe('https://x.com/intent/post?text=a+b%26c');
    expect(composerUrl('bluesky', 'привет')).toBe('https://bsky.app/intent/compose?text=%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82');
    expect(composerUrl('threads', 'hi')).toBe('https://www.threads.net/intent/post?text=hi');
    expect(composerUrl('linkedin', 'hi')).toBe('https://www.linkedin.com/feed/?shareActive=true&text=hi');
    expect(composerUrl('mastodon', 'hi', { mastodonInstance: 'mastodon.example' })).toBe('https://mastodon.example/share?text=hi');
    expect(composerUrl('telegram', 'hi')).toBe('https://t.me/share/url?url=hi');
    expect(composerUrl('telegram', 'hi', { links: ['https://e.example'] })).toBe('https://t.me/share/url?url=https%3A%2F%2Fe.example&text=hi');
    expect(composerUrl('vk', 'hi')).toBe('https://vk.com/feed');
    expect(composerUrl('facebook', 'hi')).toBe('https://www.facebook.com/');
    expect(itemComposerUrl(item, 'x')).toBe(`https://x.com/intent/post?${new URLSearchParams({ text: 'Big news on X\n\nhttps://brand.example/l\n\n#launch' })}`);
  });
});

/**
 * Reply templates: text with variables filled from the comment being answered and from settings,
 * and variations so that a hundred replies are not identical.
 *
 *   {name}    the commenter's first name        {handle}  the commenter's @handle
 *   {post}    the first words of the post       {brand}   the brand name (settings)
 *   {me}      the user's own @handle there      {date}    today, in the UI language
 *   {Thanks|Thank you|Many thanks}              one of them, at random
 *
 * A value that is not known renders as a clear placeholder such as `[name]`, never "undefined",
 * so the user sees what to fill in before pressing the network's own Send button.
 */

export const TEMPLATE_VARIABLES = ['name', 'handle', 'post', 'brand', 'me', 'date'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export interface ReplyContext {
  /** The commenter's display name; its first word is `{name}`. */
  authorName?: string;
  /** The commenter's handle, without `@`. */
  authorHandle?: string;
  postText?: string;
  brandName?: string;
  /** The user's own handle on the comment's network, without `@`. */
  ownHandle?: string;
}

export interface RenderOptions {
  /** A number in [0, 1); variations pick with it (tests pass a seeded one). */
  random?: () => number;
  now?: Date;
  /** The language of `{date}`. */
  locale?: string;
}

/** How many words of the post `{post}` quotes. */
const POST_WORDS = 6;
const PLACEHOLDER = /\{([^{}]*)\}/g;

export function renderReplyTemplate(text: string, context: ReplyContext, options: RenderOptions = {}): string {
  const random = options.random ?? Math.random;
  const values = variableValues(context, options);
  return text.replace(PLACEHOLDER, (whole, inner: string) => {
    if (inner.includes('|')) {
      const choices = inner.split('|');
      return choices[Math.min(choices.length - 1, Math.floor(random() * choices.length))]!;
    }
    const name = inner.trim().toLowerCase();
    if (!isVariable(name)) return whole;
    return values[name] || `[${name}]`;
  });
}

/** The variables a template uses that this context cannot fill (shown before inserting). */
export function missingVariables(text: string, context: ReplyContext): TemplateVariable[] {
  const values = variableValues(context, {});
  const missing = new Set<TemplateVariable>();
  for (const [, inner] of text.matchAll(PLACEHOLDER)) {
    const name = inner!.trim().toLowerCase();
    if (isVariable(name) && !values[name]) missing.add(name);
  }
  return [...missing];
}

/** The first word of a display name, without the emoji and punctuation people decorate it with. */
export function firstName(displayName: string | undefined): string | undefined {
  const word = displayName?.trim().split(/\s+/)[0]?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return word || undefined;
}

/** The post's first words, with an ellipsis when there is more. */
export function postOpening(text: string | undefined, words = POST_WORDS): string | undefined {
  const all = text?.trim().split(/\s+/).filter(Boolean) ?? [];
  if (all.length === 0) return undefined;
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/** A repeatable source of numbers in [0, 1) (mulberry32), for tests and previews. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function variableValues(context: ReplyContext, options: RenderOptions): Record<TemplateVariable, string | undefined> {
  const at = (handle: string | undefined) => (handle?.trim() ? `@${handle.trim().replace(/^@/, '')}` : undefined);
  return {
    name: firstName(context.authorName),
    handle: at(context.authorHandle),
    post: postOpening(context.postText),
    brand: context.brandName?.trim() || undefined,
    me: at(context.ownHandle),
    date: new Intl.DateTimeFormat(options.locale ?? 'en', { dateStyle: 'long' }).format(options.now ?? new Date()),
  };
}

function isVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

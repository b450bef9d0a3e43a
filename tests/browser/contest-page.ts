/**
 * A post's own page on x.com with its replies, in X's markup (the same structure as the capture
 * and comment fixtures: each post an `article[data-testid="tweet"]` in a `cellInnerDiv`, with
 * `User-Name`, a status link holding `time[datetime]`, and `tweetText`), so the content scripts
 * run on it as on the real site.
 */
export interface XReply {
  id: string;
  handle: string;
  name: string;
  text: string;
  time: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cell({ id, handle, name, text, time }: XReply): string {
  const lines = text.split('\n').map((line) => `<span class="css-1jxf684 r-bcqeeo">${escape(line)}</span>`).join('\n');
  return `<div data-testid="cellInnerDiv" style="position: absolute; width: 100%;"><div class="css-175oi2r r-1igl3o0"><article role="article" tabindex="0" class="css-175oi2r r-18u37iz" data-testid="tweet">
<div class="css-175oi2r" data-testid="Tweet-User-Avatar"><a href="/${handle}" aria-hidden="true" role="link" tabindex="-1"><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a></div>
<div class="css-175oi2r r-1wbh5a2" data-testid="User-Name"><a href="/${handle}" role="link"><div dir="ltr"><span class="css-1jxf684 r-dnmrzs"><span class="css-1jxf684 r-bcqeeo">${escape(name)}</span></span></div></a>
<div class="css-175oi2r r-18u37iz"><a href="/${handle}" role="link" tabindex="-1"><div dir="ltr"><span class="css-1jxf684 r-bcqeeo">@${handle}</span></div></a><div dir="ltr" aria-hidden="true"><span>·</span></div><a href="/${handle}/status/${id}" dir="ltr" role="link"><time datetime="${time}">1h</time></a></div></div>
<div dir="auto" lang="en" class="css-146c3p1 r-bcqeeo" data-testid="tweetText">${lines}</div>
<div aria-label="0 replies, 0 likes" role="group" class="css-175oi2r r-1kbdv8c"><button aria-label="0 Replies. Reply" role="button" data-testid="reply" type="button"></button><button aria-label="Repost" role="button" data-testid="retweet" type="button"></button><button aria-label="0 Likes. Like" role="button" data-testid="like" type="button"></button></div>
</article></div></div>`;
}

/** The focal post first, then each reply in its own conversation (a divider cell between them). */
export function xPostPage(post: XReply, replies: readonly XReply[]): string {
  const divider = '<div data-testid="cellInnerDiv" style="position: absolute; width: 100%;"><div class="css-175oi2r r-1adg3ll"></div></div>';
  return `<!DOCTYPE html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><title>${escape(post.name)} on X</title></head><body><div id="react-root"><main role="main"><div data-testid="primaryColumn"><section role="region"><h1>Conversation</h1><div aria-label="Timeline: Conversation"><div style="position: relative;">
${[cell(post), ...replies.map(cell)].join(`\n${divider}\n`)}
</div></div></section></div></main></div></body></html>`;
}

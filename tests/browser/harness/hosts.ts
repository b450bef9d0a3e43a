/** The social hosts the browser tests and the demo serve locally, mapped to the local HTTPS server. */
export const SOCIAL_HOSTS = [
  'x.com', 'twitter.com', 't.me', 'vk.com', 'www.youtube.com', 'youtube.com',
  'www.instagram.com', 'instagram.com', 'www.reddit.com', 'reddit.com',
  'www.linkedin.com', 'www.facebook.com', 'www.tiktok.com', 'www.threads.net', 'www.threads.com',
  'bsky.app', 'mastodon.social', 'ok.ru', 'dzen.ru', 'news.example',
] as const;

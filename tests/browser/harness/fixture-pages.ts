import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const NETWORK_FIXTURES = resolve(import.meta.dirname, '../../fixtures/networks');

export interface FixturePage {
  network: string;
  name: string;
  url: string;
  html: string;
}

/** The project's own saved social pages, each with the URL it was saved from. */
export function fixturePages(): FixturePage[] {
  return readdirSync(NETWORK_FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(NETWORK_FIXTURES, dir.name))
        .filter((file) => file.endsWith('.json') && existsSync(join(NETWORK_FIXTURES, dir.name, file.replace(/\.json$/, '.html'))))
        .map((file) => {
          const spec = JSON.parse(readFileSync(join(NETWORK_FIXTURES, dir.name, file), 'utf8')) as { url: string };
          return {
            network: dir.name,
            name: file.replace(/\.json$/, ''),
            url: spec.url,
            html: readFileSync(join(NETWORK_FIXTURES, dir.name, file.replace(/\.json$/, '.html')), 'utf8'),
          };
        }),
    );
}

export function fixturePage(network: string, name: string): FixturePage {
  const page = fixturePages().find((candidate) => candidate.network === network && candidate.name === name);
  if (!page) throw new Error(`No fixture page ${network}/${name}`);
  return page;
}

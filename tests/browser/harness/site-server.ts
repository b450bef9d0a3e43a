import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from './certificate';
import { SOCIAL_HOSTS } from './hosts';

export type PageBody = string | (() => string);

/**
 * A local HTTPS server that answers for every mapped social host. Pages are registered per host
 * and path; anything else is a 404, so a test never depends on a live site.
 */
export class SiteServer {
  private readonly pages = new Map<string, { body: PageBody; type: string }>();
  private server: Server | undefined;
  port = 0;

  page(url: string, body: PageBody, type = 'text/html; charset=utf-8'): this {
    const { host, pathname, search } = new URL(url);
    this.pages.set(`${host}${pathname}${search}`, { body, type });
    return this;
  }

  async start(): Promise<this> {
    this.server = createServer(makeCertificate(SOCIAL_HOSTS), (request, response) => {
      const page = this.pages.get(`${request.headers.host}${request.url}`);
      if (!page) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not served by the test server');
        return;
      }
      const body = typeof page.body === 'function' ? page.body() : page.body;
      response.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

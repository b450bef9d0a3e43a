/**
 * The background's single entry for messages: it checks who sent a message and what it holds,
 * then looks the command's handler up in a map. A bad message gets `{ ok: false, error }` and a
 * logged error; it never reaches a handler and never throws out of the listener.
 */
import type { Runtime } from 'webextension-polyfill';
import { MESSAGE_APP, type Command, type CommandReply, type RequestOf, type ResponseOf } from './messages';
import { parseRequest, REQUEST_SCHEMAS } from './message-schemas';

export type CommandHandlers = {
  [C in Command]: (request: RequestOf<C>, sender: Runtime.MessageSender) => Promise<ResponseOf<C>>;
};

export interface RouterContext {
  /** This extension's id (`browser.runtime.id`). */
  extensionId: string;
  /** This extension's own origin, `chrome-extension://<id>/` (`browser.runtime.getURL('/')`). */
  extensionOrigin: string;
  log?: (message: string) => void;
}

export function createMessageRouter(handlers: CommandHandlers, context: RouterContext) {
  const log = context.log ?? ((message: string) => console.error(`[SMM Deck] ${message}`));
  const fail = (error: string, retry: boolean): CommandReply => {
    log(error);
    return { ok: false, error, retry };
  };
  const reject = (error: string) => fail(error, false);

  return async (message: unknown, sender: Runtime.MessageSender): Promise<CommandReply> => {
    const senderProblem = problemWithSender(sender, context);
    if (senderProblem) return reject(`rejected a message ${senderProblem}`);
    if (!isCommandMessage(message)) return reject('rejected a message that is not an SMM Deck command');
    const { command, request } = message;
    const parsed = parseRequest(command, request);
    if ('problem' in parsed) return reject(`rejected ${command}: ${parsed.problem}`);
    try {
      const handler = handlers[command] as (request: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
      // The handler gets the checked request, with what the schema drops (implausible counts) left out.
      return { ok: true, response: (await handler(parsed.request, sender)) as ResponseOf<typeof command> };
    } catch (error) {
      return fail(`${command} failed: ${error instanceof Error ? error.message : String(error)}`, true);
    }
  };
}

/** Only this extension's own contexts: its pages and its content scripts in a tab. */
function problemWithSender(sender: Runtime.MessageSender, context: RouterContext): string | undefined {
  if (sender.id !== context.extensionId) return `from another extension or a web page (${sender.id ?? sender.url ?? 'unknown'})`;
  const fromExtensionPage = sender.url?.startsWith(context.extensionOrigin) ?? false;
  const fromContentScript = sender.tab !== undefined && !fromExtensionPage;
  if (!fromExtensionPage && !fromContentScript) return `from an unknown context (${sender.url ?? 'no url'})`;
  return undefined;
}

function isCommandMessage(message: unknown): message is { command: Command; request: unknown } {
  if (typeof message !== 'object' || message === null) return false;
  const { app, command } = message as Record<string, unknown>;
  return app === MESSAGE_APP && typeof command === 'string' && Object.hasOwn(REQUEST_SCHEMAS, command);
}

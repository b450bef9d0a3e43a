/**
 * The confirmation shown in the page right after a clip is saved: what happened (saved, or
 * already in the inbox and updated), and fields for tags and a note. It lives in a shadow root,
 * so the page's styles neither reach in nor leak out, and keys typed into it never reach the
 * page's own shortcuts (X likes a post on `l`). It closes on Escape, a click outside, or Save.
 */
import { parseTagInput, type SavedClip } from './draft';
import { t } from '../platform/i18n';
import { createShadowHost, fillShadow } from '../platform/shadow-host';

export const POPOVER_TAG = 'smm-deck-clip-popover';

export type ClipOutcome = { ok: true; saved: SavedClip } | { ok: false; error: string };

export interface ClipPopoverOptions {
  document: Document;
  outcome: ClipOutcome;
  /** The Clip button that was pressed; the popover opens below it. Without it, top right. */
  anchor?: Element;
  annotate: (tags: string[], note: string | undefined) => Promise<SavedClip>;
}

const STYLE = `
:host { all: initial; position: fixed; z-index: 2147483647; top: 16px; right: 16px; }
.popover {
  box-sizing: border-box; width: 320px; padding: 12px; border: 1px solid #e3e7ec; border-radius: 10px;
  background: #fff; color: #1b1f24; box-shadow: 0 8px 28px rgba(0, 0, 0, .18);
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; display: flex; flex-direction: column; gap: 8px;
}
header { display: flex; align-items: center; gap: 8px; font-weight: 600; }
header .status { flex: 1; color: #1a7f37; }
.error header .status { color: #c62828; }
.title { margin: 0; color: #5f6b7a; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
label { display: flex; flex-direction: column; gap: 2px; font-size: 12px; font-weight: 600; }
input, textarea {
  box-sizing: border-box; width: 100%; padding: 6px 8px; border: 1px solid #cfd6de; border-radius: 6px;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1f24; background: #fff;
}
textarea { resize: vertical; min-height: 48px; }
.actions { display: flex; justify-content: flex-end; align-items: center; gap: 8px; }
.actions .problem { flex: 1; color: #c62828; font-size: 12px; }
button { font: inherit; cursor: pointer; }
button.save { padding: 6px 14px; border: 0; border-radius: 6px; background: #2f6feb; color: #fff; font-weight: 600; }
button.save:disabled { opacity: .6; cursor: default; }
button.close { border: 0; background: none; color: #5f6b7a; font-size: 18px; line-height: 1; padding: 0 4px; }
`;

export function showClipPopover({ document, outcome, anchor, annotate }: ClipPopoverOptions): { close(): void } {
  document.querySelector(POPOVER_TAG)?.remove();
  const { host, root } = createShadowHost(document, POPOVER_TAG);
  const element = (tag: string, attributes: Record<string, string> = {}, text?: string) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const box = element('div', { class: outcome.ok ? 'popover' : 'popover error', role: 'dialog', 'aria-label': t('extName') });
  const status = element('span', { class: 'status', role: 'status' });
  const closeButton = element('button', { class: 'close', type: 'button', 'aria-label': t('clipClose'), title: t('clipClose') }, '×');
  const header = element('header');
  header.append(status, closeButton);
  box.append(header);

  const controller = new AbortController();
  const close = () => {
    controller.abort();
    host.remove();
  };
  closeButton.addEventListener('click', close);

  if (!outcome.ok) {
    status.textContent = t('clipFailed', outcome.error);
  } else {
    const { saved } = outcome;
    status.textContent = saved.updated ? t('clipUpdated') : t('clipSaved');
    const tags = element('input', { name: 'tags', type: 'text', placeholder: t('clipTagsPlaceholder'), autocomplete: 'off' }) as HTMLInputElement;
    tags.value = saved.tags.join(', ');
    const note = element('textarea', { name: 'note', rows: '2' }) as HTMLTextAreaElement;
    note.value = saved.note ?? '';
    const problem = element('span', { class: 'problem', role: 'alert' });
    const save = element('button', { class: 'save', type: 'button' }, t('clipSaveDetails')) as HTMLButtonElement;
    const tagsLabel = element('label', {}, t('clipTagsLabel'));
    tagsLabel.append(tags);
    const noteLabel = element('label', {}, t('clipNoteLabel'));
    noteLabel.append(note);
    const actions = element('div', { class: 'actions' });
    actions.append(problem, save);
    box.append(element('p', { class: 'title' }, saved.title), tagsLabel, noteLabel, actions);

    const submit = async () => {
      save.disabled = true;
      problem.textContent = '';
      try {
        await annotate(parseTagInput(tags.value), note.value.trim() || undefined);
        close();
      } catch (error) {
        problem.textContent = t('clipFailed', error instanceof Error ? error.message : String(error));
        save.disabled = false;
      }
    };
    save.addEventListener('click', () => void submit());
    tags.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') void submit();
    });
    note.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
    });
    queueMicrotask(() => tags.focus());
  }

  // Keys typed here are the popover's; Escape closes it.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    root.addEventListener(type, (event) => {
      event.stopPropagation();
      if (type === 'keydown' && (event as KeyboardEvent).key === 'Escape') close();
    });
  }
  const view = document.defaultView ?? window;
  view.addEventListener('keydown', (event) => event.key === 'Escape' && close(), { signal: controller.signal, capture: true });
  view.addEventListener(
    'pointerdown',
    (event) => {
      if (!event.composedPath().includes(host)) close();
    },
    { signal: controller.signal, capture: true },
  );

  fillShadow(root, STYLE, box);
  document.documentElement.append(host);
  if (anchor) placeBelow(host, anchor, view);
  return { close };
}

function placeBelow(host: HTMLElement, anchor: Element, view: Window): void {
  const rect = anchor.getBoundingClientRect();
  const width = 320;
  const left = Math.min(Math.max(8, rect.left), Math.max(8, view.innerWidth - width - 8));
  const top = rect.bottom + 6 + 260 > view.innerHeight ? Math.max(8, rect.top - 266) : rect.bottom + 6;
  host.style.setProperty('left', `${left}px`);
  host.style.setProperty('top', `${top}px`);
  host.style.setProperty('right', 'auto');
}

/** @jsxImportSource react */
/**
 * X's reply dialog, for a saved X post page: pressing a post's Reply button (`data-testid="reply"`)
 * opens a modal with a real Draft.js editor, as x.com does (`data-testid="tweetTextarea_0"`,
 * class `public-DraftEditor-content`). `window.replyDialog` tells the test which post it answers
 * and what the editor's own state holds. Bundled with esbuild when the test runs.
 */
import { Editor, EditorState } from 'draft-js';
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';

interface DialogWindow {
  replyDialog: { replyingTo?: string; text: () => string; postEnabled: () => boolean };
}
const page = window as unknown as DialogWindow;
let state = EditorState.createEmpty();
let root: Root | undefined;
page.replyDialog = { text: () => state.getCurrentContent().getPlainText(), postEnabled: () => state.getCurrentContent().hasText() };

function ReplyDialog({ handle }: { handle: string }) {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  state = editorState;
  return (
    <div role="dialog" aria-modal="true" aria-labelledby="reply-title" className="reply-dialog">
      <p id="reply-title">Replying to @{handle}</p>
      <Editor
        editorState={editorState}
        onChange={(next) => { state = next; setEditorState(next); }}
        placeholder="Post your reply"
        webDriverTestID="tweetTextarea_0"
        ref={(editor) => editor?.focus()}
      />
      <button type="button" data-testid="tweetButton" disabled={!editorState.getCurrentContent().hasText()}>Reply</button>
    </div>
  );
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('[data-testid="reply"]');
  const article = button?.closest('article');
  if (!button || !article) return;
  const link = article.querySelector<HTMLAnchorElement>('a[href*="/status/"] time')?.parentElement as HTMLAnchorElement | null;
  const [, handle, , id] = link?.getAttribute('href')?.split('/') ?? [];
  page.replyDialog.replyingTo = id;
  const host = document.getElementById('layers') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'layers' }));
  root?.unmount();
  root = createRoot(host);
  root.render(<ReplyDialog handle={handle ?? ''} />);
});

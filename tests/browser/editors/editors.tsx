/** @jsxImportSource react */
/**
 * A test page with three real reply editors, each from its own npm package, as networks use them:
 * a React 18 controlled <textarea>, a Draft.js editor (X) and a Lexical plain-text editor
 * (Facebook, Instagram). Each exposes its OWN state on `window.editors`, so a test can check what
 * the editor believes it holds, not just its DOM. Bundled with esbuild when the test runs.
 */
import { ContentState, Editor, EditorState } from 'draft-js';
import { $getRoot, createEditor } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { insertReply } from '../../../utils/replies/insert';

interface EditorsWindow {
  editors: {
    reactValue: () => string;
    draftText: () => string;
    lexicalText: () => string;
    /** The insertion chain run in the page itself (the content script runs it in its own world). */
    insert: (selector: string, text: string) => Promise<unknown>;
  };
}
const page = window as unknown as EditorsWindow;
let reactValue = '';
let draftState = EditorState.createEmpty();

function ReactTextarea() {
  const [value, setValue] = useState('');
  reactValue = value;
  return (
    <label>
      React textarea
      <textarea id="react-reply" data-testid="react-reply" value={value} onChange={(event) => setValue(event.target.value)} rows={4} />
      <button type="button" id="react-post" disabled={value.trim() === ''}>Post</button>
    </label>
  );
}

function DraftReply() {
  const [state, setState] = useState(() => EditorState.createWithContent(ContentState.createFromText('')));
  draftState = state;
  return (
    <div id="draft-reply" className="draft-wrap">
      <Editor editorState={state} onChange={(next) => { draftState = next; setState(next); }} placeholder="Post your reply" />
    </div>
  );
}

createRoot(document.getElementById('react-root')!).render(
  <>
    <ReactTextarea />
    <DraftReply />
  </>,
);

const lexicalRoot = document.getElementById('lexical-reply')!;
const lexical = createEditor({ namespace: 'reply', onError: (error) => { throw error; } });
lexical.setRootElement(lexicalRoot);
registerPlainText(lexical);

page.editors = {
  reactValue: () => reactValue,
  draftText: () => draftState.getCurrentContent().getPlainText(),
  lexicalText: () => lexical.getEditorState().read(() => $getRoot().getTextContent()),
  insert: async (selector, text) => {
    const target = document.querySelector<HTMLElement>(selector)!;
    return insertReply(target, text);
  },
};

import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** A test page's script, bundled from tests/browser/editors/<entry>.tsx when the test runs (nothing built is committed). */
export async function buildEditorsScript(entry: 'editors' | 'x-reply-dialog' = 'editors'): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`./${entry}.tsx`, import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'react',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export function editorsPage(): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Reply editors</title>
<style>body{font:14px system-ui;margin:20px;display:grid;gap:16px;max-width:640px} textarea{display:block;width:100%}
#draft-reply,#lexical-reply{border:1px solid #aaa;min-height:60px;padding:6px} .public-DraftEditorPlaceholder-root{position:absolute;color:#999}</style>
</head><body><h1>Reply editors</h1><div id="react-root"></div>
<div id="lexical-reply" contenteditable="true" role="textbox" aria-label="Write a comment"></div>
<script src="/editors-lab/editors.js"></script></body></html>`;
}

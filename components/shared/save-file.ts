/** Hands `content` to the browser's downloads as `fileName` (an extension page's export button). */
export function saveFile(fileName: string, content: Blob | string, type = 'application/json'): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
  // The download has read the URL by then; revoking it frees the file's memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file made in the page, handed to the browser to save: the one way the app downloads. */
export function downloadFile(name: string, text: string, type = 'text/html;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser has taken the file once the click's task is over; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

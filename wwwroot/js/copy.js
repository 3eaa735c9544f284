// Copy buttons: a button with data-copy-text (or data-copy-from, the id of an element whose text to
// take) puts that text on the clipboard and says so in its live region. The buttons are hidden until
// this runs, so without script (or a clipboard) the text stays there to select and copy by hand.
for (const button of document.querySelectorAll('button[data-copy-text], button[data-copy-from]')) {
  if (!navigator.clipboard) continue;
  const status = button.parentElement.querySelector('[data-copy-status]');
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = button.dataset.copyText ?? document.getElementById(button.dataset.copyFrom)?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text.trim());
      if (status) status.textContent = button.dataset.copied;
    } catch {
      if (status) status.textContent = button.dataset.copyFailed;
    }
  });
}

// Native modal dialogs for the editor's circuit: the browser traps focus, Escape closes, and focus
// goes back where it was. The circuit is told when a dialog closes, whatever closed it.
export function open(dialog, owner) {
  dialog.onclose = () => owner.invokeMethodAsync('DialogClosed');
  if (!dialog.open) dialog.showModal();
}

export function close(dialog) {
  if (dialog.open) dialog.close();
}

// The backoffice's icons: the lucide-static names the sprite carries. Components/Backoffice/Icons.cs
// names each one for Razor; a test checks that every name there is in the built sprite.
export const ICONS = [
  'arrow-right-left', 'book-open', 'calendar-clock', 'calendar-days', 'check', 'chevron-down',
  'circle-alert', 'clipboard-check', 'copy', 'crosshair', 'ellipsis', 'external-link', 'eye',
  'file-text', 'files', 'globe', 'history', 'house', 'image', 'key-round', 'layout-dashboard', 'layout-grid',
  'link', 'list', 'log-out', 'menu', 'newspaper', 'pencil', 'plus', 'save', 'scroll-text',
  'search', 'send', 'shield-check', 'trash-2', 'triangle-alert', 'upload', 'user-round', 'users', 'x',
  // The rich-text toolbar's (Scripts/rich-text.js names them itself).
  'bold', 'italic', 'heading-2', 'heading-3', 'list-ordered', 'undo-2', 'redo-2',
];

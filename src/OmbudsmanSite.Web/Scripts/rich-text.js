// The backoffice's rich-text editor: Tiptap 3 with only what the public templates style (the same
// list as the server's sanitiser), an accessible toolbar (role=toolbar, roving tabindex,
// aria-pressed, shortcuts listed), and the body sent to the circuit in pieces that stay under
// SignalR's 32 KB message limit. The server sanitises whatever arrives: this is a convenience.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';

const SEND_DELAY_MS = 300;

// Each button: its command, whether it is "on" where the cursor is, its shortcut, and its icon. The
// toolbar is one row: the buttons with an icon stand in it, the rest wait in its "More" menu.
const BUTTONS = [
  { key: 'bold', icon: 'bold', run: c => c.toggleBold(), active: e => e.isActive('bold'), keys: 'Control+B' },
  { key: 'italic', icon: 'italic', run: c => c.toggleItalic(), active: e => e.isActive('italic'), keys: 'Control+I' },
  { key: 'heading2', icon: 'heading-2', run: c => c.toggleHeading({ level: 2 }), active: e => e.isActive('heading', { level: 2 }), keys: 'Control+Alt+2' },
  { key: 'heading3', icon: 'heading-3', run: c => c.toggleHeading({ level: 3 }), active: e => e.isActive('heading', { level: 3 }), keys: 'Control+Alt+3' },
  { key: 'bulletList', icon: 'list', run: c => c.toggleBulletList(), active: e => e.isActive('bulletList'), keys: 'Control+Shift+8' },
  { key: 'orderedList', icon: 'list-ordered', run: c => c.toggleOrderedList(), active: e => e.isActive('orderedList'), keys: 'Control+Shift+7' },
  { key: 'link', icon: 'link', action: 'link', active: e => e.isActive('link'), keys: 'Control+K' },
  { key: 'image', icon: 'image', action: 'image' },
  { key: 'undo', icon: 'undo-2', run: c => c.undo(), enabled: e => e.can().undo(), keys: 'Control+Z' },
  { key: 'redo', icon: 'redo-2', run: c => c.redo(), enabled: e => e.can().redo(), keys: 'Control+Shift+Z' },
  { key: 'heading4', run: c => c.toggleHeading({ level: 4 }), active: e => e.isActive('heading', { level: 4 }), keys: 'Control+Alt+4' },
  { key: 'blockquote', run: c => c.toggleBlockquote(), active: e => e.isActive('blockquote'), keys: 'Control+Shift+B' },
  { key: 'unlink', run: c => c.extendMarkRange('link').unsetLink(), enabled: e => e.isActive('link') },
  { key: 'table', run: c => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }), enabled: e => !e.isActive('table') },
  { key: 'addRow', run: c => c.addRowAfter(), enabled: e => e.isActive('table') },
  { key: 'addColumn', run: c => c.addColumnAfter(), enabled: e => e.isActive('table') },
  { key: 'deleteRow', run: c => c.deleteRow(), enabled: e => e.isActive('table') },
  { key: 'deleteColumn', run: c => c.deleteColumn(), enabled: e => e.isActive('table') },
  { key: 'deleteTable', run: c => c.deleteTable(), enabled: e => e.isActive('table') },
];

function icon(sprite, name) {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const use = document.createElementNS('http://www.w3.org/2000/svg', 'use');
  use.setAttribute('href', `${sprite}#${name}`);
  svg.append(use);
  return svg;
}

// The checks name a place in the body as the server read the HTML it was sent: an element by its
// position in document order, or a paragraph (an innermost block with text, as the reading-ease
// figures count them) and a stretch of its trimmed text. The place is found again in that HTML, then
// in the editor's own DOM by tag and ordinal: Tiptap adds wrappers (a table's div, colgroup) and its
// own hacks (classed below), never more elements of the tags the body holds.
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'caption', 'td', 'th']);
const EDITOR_ONLY = ['ProseMirror-separator', 'ProseMirror-trailingBreak'];

/** The tag and ordinal (among elements of that tag, in document order) of a place in the body's HTML, or null. */
export function placeIn(html, place) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const all = [...template.content.querySelectorAll('*')];
  let element;
  if (place.element !== undefined) {
    element = all[place.element];
  } else if (place.paragraph !== undefined) {
    const innermost = all.filter(e => BLOCKS.has(e.localName) && ![...e.querySelectorAll('*')].some(d => BLOCKS.has(d.localName)) && e.textContent.trim() !== '');
    element = innermost[place.paragraph];
  }
  if (!element) return null;
  const ordinal = [...template.content.querySelectorAll(element.localName)].indexOf(element);
  return { tag: element.localName, ordinal, start: place.start, length: place.length };
}

/** What the server keeps: Tiptap's table sizing (colgroup, style, colspan=1) is not in the allow-list, and header cells say what they head. */
export function clean(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const root = template.content;
  root.querySelectorAll('colgroup').forEach(e => e.remove());
  root.querySelectorAll('[style]').forEach(e => e.removeAttribute('style'));
  root.querySelectorAll('[colspan="1"]').forEach(e => e.removeAttribute('colspan'));
  root.querySelectorAll('[rowspan="1"]').forEach(e => e.removeAttribute('rowspan'));
  root.querySelectorAll('table').forEach(table => {
    table.querySelectorAll('tr').forEach((row, index) => {
      row.querySelectorAll(':scope > th').forEach((cell, column) => {
        cell.setAttribute('scope', index === 0 ? 'col' : column === 0 ? 'row' : 'col');
      });
    });
  });
  return template.innerHTML === '<p></p>' ? '' : template.innerHTML;
}

/** Splits text into pieces of at most `size` characters (3 bytes each at worst in UTF-8, so 8,000 stay under 32 KB). */
export function pieces(text, size) {
  const parts = [];
  for (let start = 0; start < text.length; start += size) {
    let end = Math.min(start + size, text.length);
    // Never split a surrogate pair: each piece must be valid text on its own.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1;
    parts.push(text.slice(start, end));
    start = end - size;
  }
  return parts.length ? parts : [''];
}

export function create(host, options, dotNet) {
  const labels = options.labels;
  host.replaceChildren();
  const toolbar = document.createElement('div');
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', labels.toolbar);
  toolbar.setAttribute('aria-controls', options.id);
  toolbar.className = 'rich-text-toolbar';
  const linkForm = document.createElement('div');
  linkForm.className = 'rich-text-link';
  linkForm.hidden = true;
  const linkId = `${options.id}-link`;
  linkForm.innerHTML = `<label for="${linkId}"></label><p class="hint" id="${linkId}-hint"></p><p class="field-error" id="${linkId}-error" hidden></p>
    <input id="${linkId}" type="url" inputmode="url" autocomplete="off" aria-describedby="${linkId}-hint">
    <label for="${linkId}-find" data-link="find-label"></label><p class="hint" id="${linkId}-find-hint"></p>
    <input id="${linkId}-find" type="search" autocomplete="off" aria-describedby="${linkId}-find-hint" aria-controls="${linkId}-found">
    <p class="visually-hidden" role="status" data-link="found-status"></p>
    <ul class="link-targets" id="${linkId}-found"></ul>
    <span class="row-actions"><button type="button" data-link="apply"></button><button type="button" class="secondary" data-link="cancel"></button></span>`;
  linkForm.querySelector('[data-link=find-label]').textContent = labels.linkFind;
  linkForm.querySelector(`#${CSS.escape(linkId)}-find-hint`).textContent = labels.linkFindHint;
  linkForm.querySelector('label').textContent = labels.linkAddress;
  linkForm.querySelector('.hint').textContent = labels.linkHint;
  linkForm.querySelector('[data-link=apply]').textContent = labels.linkApply;
  linkForm.querySelector('[data-link=cancel]').textContent = labels.linkCancel;
  const area = document.createElement('div');
  area.className = 'rich-text-area';
  const shortcuts = document.createElement('details');
  shortcuts.className = 'rich-text-shortcuts';
  const summary = document.createElement('summary');
  summary.textContent = labels.shortcuts;
  const list = document.createElement('ul');
  for (const button of BUTTONS.filter(b => b.keys)) {
    const item = document.createElement('li');
    item.innerHTML = '<kbd></kbd> ';
    item.firstChild.textContent = button.keys.replaceAll('Control', 'Ctrl').replaceAll('+', ' + ');
    item.append(labels[button.key]);
    list.append(item);
  }
  shortcuts.append(summary, list);
  host.append(toolbar, linkForm, area, shortcuts);

  // The "More" button opens a menu of the remaining buttons beneath it; they join the toolbar's
  // arrow-key order while it is open.
  const moreWrap = document.createElement('span');
  moreWrap.className = 'rich-text-more';
  const more = document.createElement('button');
  more.type = 'button';
  more.tabIndex = -1;
  more.setAttribute('aria-expanded', 'false');
  more.setAttribute('aria-controls', `${options.id}-more`);
  more.title = labels.more;
  more.append(icon(options.sprite, 'ellipsis'));
  const moreText = document.createElement('span');
  moreText.className = 'visually-hidden';
  moreText.textContent = labels.more;
  more.append(moreText);
  const menu = document.createElement('div');
  menu.id = `${options.id}-more`;
  menu.className = 'rich-text-more-menu';
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', labels.more);
  menu.hidden = true;
  moreWrap.append(more, menu);

  const buttons = BUTTONS.map((spec, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.tabIndex = index === 0 ? 0 : -1;
    if (spec.icon) {
      button.append(icon(options.sprite, spec.icon));
      const text = document.createElement('span');
      text.className = 'visually-hidden';
      text.textContent = labels[spec.key];
      button.append(text);
      button.title = spec.keys ? `${labels[spec.key]} (${spec.keys.replaceAll('Control', 'Ctrl')})` : labels[spec.key];
    } else {
      button.textContent = labels[spec.key];
    }
    if (spec.keys) button.setAttribute('aria-keyshortcuts', spec.keys);
    if (spec.active && !spec.action) button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => press(spec));
    (spec.icon ? toolbar : menu).append(button);
    return { spec, button };
  });
  toolbar.append(moreWrap);

  function setMenu(open) {
    menu.hidden = !open;
    more.setAttribute('aria-expanded', String(open));
  }
  more.addEventListener('click', () => {
    setMenu(menu.hidden);
    if (!menu.hidden) menu.querySelector('button:not([disabled])')?.focus();
  });
  menu.addEventListener('keydown', event => {
    if (event.key === 'Escape') { event.preventDefault(); setMenu(false); more.focus(); }
  });
  // Leaving the toolbar closes the menu.
  toolbar.addEventListener('focusout', event => {
    if (!toolbar.contains(event.relatedTarget)) setMenu(false);
  });

  let sequence = 0;
  let timer = 0;
  let lastSent = options.html ?? '';

  const editor = new Editor({
    element: area,
    content: options.html ?? '',
    // Tiptap would add a <style> element; the CSP allows only the site's stylesheet, which has these rules.
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false, codeBlock: false, strike: false, underline: false, horizontalRule: false,
        link: { openOnClick: false, autolink: true, protocols: ['mailto', 'item'], HTMLAttributes: { rel: null, target: null, class: null } },
      }),
      Image.configure({ inline: false, allowBase64: false }),
      TableKit.configure({ table: { resizable: false } }),
    ],
    editorProps: {
      attributes: {
        id: options.id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': options.labelledBy,
        'aria-describedby': options.describedBy ?? '',
        lang: options.culture,
        spellcheck: 'true',
        class: 'rich-text-content',
      },
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          openLink();
          return true;
        }
        for (const level of [2, 3, 4]) {
          if (event.ctrlKey && event.altKey && event.key === String(level)) {
            event.preventDefault();
            editor.chain().focus().toggleHeading({ level }).run();
            return true;
          }
        }
        return false;
      },
    },
    onUpdate: () => schedule(),
    onSelectionUpdate: () => refresh(),
    onTransaction: () => refresh(),
    onBlur: () => flush(),
  });
  setInvalid(options.invalid);

  // A finding's link in the Checks panel asks for its place (workspace.js): it is selected, in view.
  editor.view.dom.addEventListener('checks:select', event => select(event.detail));

  function select(place) {
    const found = placeIn(clean(editor.getHTML()), place);
    const element = found && [...editor.view.dom.querySelectorAll(found.tag)]
      .filter(e => !EDITOR_ONLY.some(c => e.classList.contains(c)))[found.ordinal];
    if (!element) return;
    const view = editor.view;
    if (element.localName === 'img') {
      const at = view.posAtDOM(element, 0);
      const image = [at, at - 1].find(p => p >= 0 && view.state.doc.nodeAt(p)?.type.name === 'image');
      if (image !== undefined) editor.chain().focus().setNodeSelection(image).scrollIntoView().run();
      return;
    }
    let range;
    if (found.start !== undefined) {
      range = textRange(element, found.start, found.length);
    } else if (element.localName === 'table') {
      const cell = element.querySelector('th, td') ?? element;
      range = { from: view.posAtDOM(cell, 0), to: view.posAtDOM(cell, 0) };
    } else {
      range = { from: view.posAtDOM(element, 0), to: view.posAtDOM(element, element.childNodes.length) };
    }
    if (range) editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  }

  // Offsets in the element's trimmed text, as the server counted them, to positions in the document.
  function textRange(element, start, length) {
    const text = element.textContent;
    const lead = text.length - text.trimStart().length;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const ends = [lead + start, lead + start + length];
    const positions = [];
    let seen = 0;
    for (let node = walker.nextNode(); node && positions.length < 2; node = walker.nextNode()) {
      while (positions.length < 2 && ends[positions.length] <= seen + node.length) {
        positions.push(editor.view.posAtDOM(node, ends[positions.length] - seen));
      }
      seen += node.length;
    }
    return positions.length === 2 ? { from: positions[0], to: positions[1] } : null;
  }

  function refresh() {
    for (const { spec, button } of buttons) {
      if (spec.active && !spec.action) button.setAttribute('aria-pressed', String(spec.active(editor)));
      if (spec.enabled) button.disabled = !spec.enabled(editor);
    }
    // A disabled button, or one in the closed menu, cannot hold the toolbar's one tab stop.
    const all = [...toolbar.querySelectorAll('button')];
    if (all.every(button => button.tabIndex !== 0 || button.disabled || (menu.hidden && menu.contains(button)))) {
      const first = all.find(button => !button.disabled && !menu.contains(button));
      all.forEach(button => { button.tabIndex = button === first ? 0 : -1; });
    }
  }

  function press(spec) {
    setMenu(false);
    if (spec.action === 'link') return openLink();
    if (spec.action === 'image') return dotNet.invokeMethodAsync('PickImage');
    spec.run(editor.chain().focus()).run();
  }

  // Arrow keys, Home and End move through the toolbar's enabled buttons in order (those in the
  // menu only while it is open); one of them holds the toolbar's single tab stop.
  function reachable() {
    return [...toolbar.querySelectorAll('button')].filter(b => !b.disabled && (menu.hidden ? !menu.contains(b) : true));
  }

  toolbar.addEventListener('keydown', event => {
    const enabled = reachable();
    const index = enabled.indexOf(document.activeElement);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, ArrowDown: menu.contains(document.activeElement) ? index + 1 : undefined, ArrowUp: menu.contains(document.activeElement) ? index - 1 : undefined, Home: 0, End: enabled.length - 1 }[event.key];
    if (next === undefined || index < 0) return;
    event.preventDefault();
    const target = enabled[(next + enabled.length) % enabled.length];
    toolbar.querySelectorAll('button').forEach(button => { button.tabIndex = button === target ? 0 : -1; });
    target.focus();
  });

  // "An item of this site": found by title in any language over the circuit; the link keeps the
  // item's id (item:{id}), never its address, so it follows the item's slug changes.
  const find = linkForm.querySelector(`#${CSS.escape(linkId)}-find`);
  const found = linkForm.querySelector('.link-targets');
  const foundStatus = linkForm.querySelector('[data-link=found-status]');
  let findTimer = 0;
  let findSequence = 0;
  find.addEventListener('input', () => {
    clearTimeout(findTimer);
    findTimer = setTimeout(async () => {
      const sequence = ++findSequence;
      const text = find.value.trim();
      const targets = text.length < 2 ? [] : await dotNet.invokeMethodAsync('FindLinkTargets', text);
      if (sequence !== findSequence) return; // a later search answered first
      found.replaceChildren(...targets.map(target => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'secondary';
        const title = document.createElement('span');
        title.textContent = target.title;
        title.lang = target.culture;
        const note = document.createElement('span');
        note.className = 'hint';
        note.textContent = target.note;
        button.append(title, note);
        button.addEventListener('click', () => {
          editor.chain().focus().extendMarkRange('link').setLink({ href: `item:${target.id}` }).run();
          closeLink();
        });
        item.append(button);
        return item;
      }));
      foundStatus.textContent = text.length < 2 ? '' : labels.linkFound.replace('{0}', String(targets.length));
    }, 250);
  });

  function openLink() {
    const input = linkForm.querySelector('input');
    find.value = '';
    found.replaceChildren();
    foundStatus.textContent = '';
    input.value = editor.getAttributes('link').href ?? '';
    linkForm.hidden = false;
    linkForm.querySelector('.field-error').hidden = true;
    input.removeAttribute('aria-invalid');
    input.focus();
  }

  function closeLink() {
    linkForm.hidden = true;
    editor.commands.focus();
  }

  function applyLink() {
    const input = linkForm.querySelector('input');
    const href = input.value.trim();
    if (href === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      return closeLink();
    }
    if (!/^(https?:\/\/|mailto:|\/(?!\/)|item:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$)/i.test(href)) {
      const error = linkForm.querySelector('.field-error');
      error.textContent = labels.linkInvalid;
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `${linkId}-hint ${linkId}-error`);
      return input.focus();
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    closeLink();
  }

  linkForm.querySelector('[data-link=apply]').addEventListener('click', applyLink);
  linkForm.querySelector('[data-link=cancel]').addEventListener('click', closeLink);
  linkForm.addEventListener('keydown', event => {
    if (event.key === 'Escape') { event.preventDefault(); closeLink(); }
    // Enter applies the typed address; in the search it takes the first item found; on a button it presses it.
    if (event.key === 'Enter' && event.target === linkForm.querySelector('input')) { event.preventDefault(); applyLink(); }
    if (event.key === 'Enter' && event.target === find) { event.preventDefault(); found.querySelector('button')?.click(); }
  });

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(flush, SEND_DELAY_MS);
  }

  function flush() {
    clearTimeout(timer);
    const html = clean(editor.getHTML());
    if (html === lastSent) return Promise.resolve();
    lastSent = html;
    sequence += 1;
    if (html.length <= options.chunkSize) return dotNet.invokeMethodAsync('BodyChanged', sequence, html);
    const parts = pieces(html, options.chunkSize);
    // All sent at once, in order on the one connection (so before a click that follows the blur);
    // the server puts them together by sequence and index.
    return Promise.all(parts.map((part, index) => dotNet.invokeMethodAsync('BodyPiece', sequence, index, parts.length, part)));
  }

  function setInvalid(invalid, describedBy) {
    const content = area.querySelector('[contenteditable]');
    if (!content) return;
    if (invalid) content.setAttribute('aria-invalid', 'true'); else content.removeAttribute('aria-invalid');
    if (describedBy !== undefined) content.setAttribute('aria-describedby', describedBy ?? '');
  }

  refresh();
  return {
    setHtml(html) {
      lastSent = html ?? '';
      editor.commands.setContent(html ?? '', { emitUpdate: false });
    },
    insertImage(src, alt) {
      editor.chain().focus().setImage({ src, alt }).run();
    },
    setInvalid,
    flush,
    dispose() {
      clearTimeout(timer);
      editor.destroy();
      host.replaceChildren();
    },
  };
}

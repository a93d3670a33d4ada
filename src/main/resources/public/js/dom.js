// Building DOM nodes without innerHTML: every string becomes a text node, so document text is never markup.

/**
 * el('a', {href: '#/', class: 'x', text: 'label'}, child, …). Attributes are set as attributes (true → present,
 * false/null/undefined → absent); `class`, `text`, `dataset` and `on<event>` handlers are special.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'class') {
      node.className = value;
    } else if (key === 'text') {
      node.textContent = value;
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, ...children);
  return node;
}

/** Appends nodes and strings (as text); skips null, undefined and false; flattens arrays. */
export function append(parent, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

/**
 * A search snippet: the server marks matches with <em>…</em> and nothing else. Everything is taken as text
 * and exactly those two tags become <mark> elements, so markup inside a document cannot get into the page.
 */
export function highlighted(fragment) {
  const out = document.createDocumentFragment();
  let mark = null;
  for (const part of String(fragment ?? '').split(/(<\/?em>)/)) {
    if (part === '<em>') {
      mark = el('mark');
      out.append(mark);
    } else if (part === '</em>') {
      mark = null;
    } else if (part) {
      (mark ?? out).append(part);
    }
  }
  return out;
}

/** A unique id for aria-labelledby/aria-controls pairs. */
let counter = 0;
export function uid(prefix) {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** An error box with the server's message, as a live alert. */
export function errorBox(message) {
  return el('div', {class: 'alert', role: 'alert'}, message);
}

/** Remembers which control had focus (by data-focus-key) so it can be focused again after a re-render. */
export function focusKey() {
  return document.activeElement?.dataset?.focusKey ?? null;
}

export function restoreFocus(root, key, fallback) {
  if (key) {
    const again = [...root.querySelectorAll('[data-focus-key]')].find(n => n.dataset.focusKey === key);
    if (again) {
      again.focus();
      return;
    }
  }
  fallback?.focus();
}

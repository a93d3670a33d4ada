// Decisions side by side: where each comes from, its text with the shared words marked, addressees, deadline.
import {api} from './api.js';
import {append, el, errorBox} from './dom.js';
import {decisionCard} from './decision-card.js';
import {formatCount, plural} from './format.js';

const WORD = /[\p{L}\p{N}]+/gu;

const fold = word => word.toLowerCase().replaceAll('ё', 'е');

/**
 * The server names the shared words as printed in the first decision; other decisions may use other forms
 * (наставничество / наставничества), so a word matches on a common beginning, the way a stemmer would.
 */
function stemOf(term) {
  const t = fold(term);
  return t.length >= 6 ? t.slice(0, Math.max(5, t.length - 3)) : t;
}

/** The text with every word that belongs to a shared term inside <mark class="shared">. */
function markShared(text, terms) {
  const stems = terms.map(stemOf);
  const out = el('p', {class: 'decision-text'});
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]);
    if (stems.some(s => word.startsWith(s))) {
      out.append(text.slice(last, match.index), el('mark', {class: 'shared'}, match[0]));
      last = match.index + match[0].length;
    }
  }
  out.append(text.slice(last));
  return out;
}

export function mount(main, {params}) {
  const ids = (params.get('ids') ?? '').split(',').map(s => s.trim()).filter(Boolean);
  const heading = el('h1', {tabindex: '-1'}, 'Сравнение решений');
  const status = el('p', {class: 'status', role: 'status'}, 'Сравниваем…');
  const page = el('div', {class: 'page compare-page'}, heading, status);
  main.append(page);
  render(page, status, ids);
  return {heading};
}

async function render(page, status, ids) {
  if (ids.length < 2) {
    status.textContent = 'Выберите хотя бы два решения: откройте «Похожие решения» у решения и нажмите «Сравнить».';
    return;
  }
  let answer;
  try {
    answer = await api.compare(ids);
  } catch (e) {
    status.textContent = '';
    page.append(errorBox(e.message));
    return;
  }
  const terms = answer.sharedTerms ?? [];
  const n = terms.length;
  status.textContent = n
    ? `${formatCount(n)} ${plural(n, 'общее слово', 'общих слова', 'общих слов')} у ${answer.decisions.length} решений`
    : 'Общих слов у этих решений нет.';
  append(page,
    n ? el('section', {class: 'shared-terms', 'aria-labelledby': 'shared-h'},
      el('h2', {id: 'shared-h'}, 'Общие слова'),
      el('ul', {class: 'chip-list'}, terms.map(t => el('li', {}, el('mark', {class: 'chip shared'}, t))))) : null,
    el('div', {class: 'compare-grid', dataset: {columns: String(answer.decisions.length)}},
      answer.decisions.map(d => el('section', {class: 'compare-column', 'aria-label': d.region ?? d.fileName},
        decisionCard(d, {level: 2, text: markShared(d.text, terms), labelled: true})))));
}

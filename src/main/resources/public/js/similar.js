// "Похожие решения": decisions of other regions like a given one, to pick for a side-by-side comparison.
import {api} from './api.js';
import {el, uid} from './dom.js';
import {decisionCard, decisionTitle} from './decision-card.js';
import {formatCount, plural} from './format.js';
import {href} from './routes.js';

/**
 * A toggle button and the panel it opens; the panel loads on first opening.
 * @returns {{button: HTMLElement, panel: HTMLElement}}
 */
export function similarToggle(decisionId, {level = 3} = {}) {
  const panel = el('section', {id: uid('similar'), class: 'similar', hidden: true});
  const button = el('button', {
    type: 'button', class: 'button-quiet', 'aria-expanded': 'false', 'aria-controls': panel.id,
    dataset: {focusKey: `similar:${decisionId}`},
  }, 'Похожие решения');
  let loaded = false;
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    if (open && !loaded) {
      loaded = true;
      load(panel, decisionId, level);
    }
  });
  return {button, panel};
}

async function load(panel, decisionId, level) {
  const headingId = uid('similar-h');
  const status = el('p', {class: 'status', role: 'status'}, 'Ищем похожие решения в других регионах…');
  panel.setAttribute('aria-labelledby', headingId);
  panel.replaceChildren(el(`h${level}`, {id: headingId, class: 'panel-title'}, 'Похожие решения других регионов'), status);
  let answer;
  try {
    answer = await api.similar(decisionId);
  } catch (e) {
    status.textContent = e.message;
    status.dataset.state = 'error';
    return;
  }
  if (!answer.hits.length) {
    status.textContent = 'В других регионах похожих решений не нашлось.';
    return;
  }
  const n = answer.hits.length;
  status.textContent = `${formatCount(n)} ${plural(n, 'похожее решение', 'похожих решения', 'похожих решений')} в других регионах`;
  const chosen = new Set();
  const compareSelected = el('button', {type: 'button', class: 'button', disabled: true}, 'Сравнить выбранные');
  compareSelected.addEventListener('click', () => {
    location.hash = href.compare([decisionId, ...chosen]);
  });
  const list = el('ol', {class: 'similar-list'}, answer.hits.map(hit => {
    const box = el('input', {type: 'checkbox', id: uid('pick'), value: hit.decisionId});
    box.addEventListener('change', () => {
      if (box.checked) {
        chosen.add(hit.decisionId);
      } else {
        chosen.delete(hit.decisionId);
      }
      compareSelected.disabled = chosen.size === 0;
      compareSelected.textContent = chosen.size ? `Сравнить выбранные (${chosen.size})` : 'Сравнить выбранные';
    });
    return el('li', {}, decisionCard(hit, {
      level: level + 1, clamp: true, actions: [
        el('a', {class: 'button', href: href.compare([decisionId, hit.decisionId])},
          'Сравнить', el('span', {class: 'visually-hidden'}, ` с решением: ${decisionTitle(hit)}`)),
        el('span', {class: 'check'}, box, el('label', {for: box.id}, 'выбрать для сравнения',
          el('span', {class: 'visually-hidden'}, `: ${decisionTitle(hit)}`))),
      ],
    }));
  }));
  panel.append(list, el('p', {class: 'panel-actions'}, compareSelected));
}

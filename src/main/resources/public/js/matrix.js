// Region × topic heat map: how many decisions each region has on each topic; darker is more.
import {api} from './api.js';
import {el, errorBox} from './dom.js';
import {formatCount} from './format.js';
import {href} from './routes.js';

const NO_REGION = '(регион не указан)';
const EXAMPLE = ['наставничество', 'мониторинг', 'функциональная грамотность'];

export function mount(main) {
  return new MatrixView(main);
}

class MatrixView {
  constructor(main) {
    this.heading = el('h1', {tabindex: '-1'}, 'Регионы × темы');
    this.topics = el('textarea', {id: 'topics', name: 'topics', rows: '4', 'aria-describedby': 'topics-hint',
      placeholder: EXAMPLE.join('\n')});
    const form = el('form', {class: 'matrix-form'},
      el('div', {class: 'field'}, el('label', {for: 'topics'}, 'Темы, по одной в строке'), this.topics,
        el('p', {id: 'topics-hint', class: 'hint'}, 'До 20 тем; каждая ищется, как в поиске: любая форма слова, ' +
          '«"точная фраза"».')),
      el('p', {class: 'page-actions'}, el('button', {type: 'submit', class: 'button button-primary'}, 'Построить')));
    form.addEventListener('submit', e => {
      e.preventDefault();
      const topics = this.topics.value.split('\n').map(t => t.trim()).filter(Boolean);
      location.hash = href.matrix(topics.length ? topics : EXAMPLE);
    });
    this.status = el('p', {class: 'status', role: 'status', 'aria-live': 'polite'});
    this.output = el('div', {class: 'matrix-output'});
    main.append(el('div', {class: 'page matrix-page'}, this.heading,
      el('p', {class: 'lead'}, 'Сколько решений о каждой теме приняли регионы. Цвет ячейки тем насыщеннее, чем ' +
        'больше решений; число ведёт к самим решениям.'),
      form, this.status, this.output));
  }

  async update(params) {
    const topics = params.getAll('q').map(t => t.trim()).filter(Boolean);
    this.topics.value = topics.join('\n');
    this.output.replaceChildren();
    if (!topics.length) {
      this.status.textContent = 'Введите темы и нажмите «Построить».';
      return;
    }
    this.status.textContent = 'Считаем…';
    let matrix;
    try {
      matrix = await api.matrix(topics);
    } catch (e) {
      this.status.textContent = '';
      this.output.append(errorBox(e.message));
      return;
    }
    this.status.textContent = matrix.regions.length
      ? `Регионов: ${formatCount(matrix.regions.length)}, тем: ${formatCount(matrix.queries.length)}.`
      : 'Ни одной темы в решениях не нашлось.';
    this.output.append(
      el('p', {}, el('a', {class: 'button', href: api.matrixCsvUrl(matrix.queries), download: 'svod-matrix.csv'},
        'Скачать таблицу (CSV)')),
      heatTable(matrix));
  }
}

function heatTable(matrix) {
  const max = Math.max(1, ...matrix.regions.flatMap(r => r.counts));
  const cell = (count, topic, region) => {
    const td = el('td', {class: 'heat'});
    td.style.setProperty('--heat', String(count / max));
    const params = {q: topic, region: region === NO_REGION ? null : region};
    td.append(count ? el('a', {href: href.search(params)}, formatCount(count),
      el('span', {class: 'visually-hidden'}, ` — решения о «${topic}», ${region}`)) : '0');
    return td;
  };
  return el('div', {class: 'table-wrap', role: 'region', 'aria-labelledby': 'matrix-caption', tabindex: '0'},
    el('table', {class: 'heatmap'},
      el('caption', {id: 'matrix-caption'}, 'Число решений по регионам и темам'),
      el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Регион'),
        matrix.queries.map(q => el('th', {scope: 'col'}, q)))),
      el('tbody', {}, matrix.regions.map(row => el('tr', {},
        el('th', {scope: 'row'}, row.region), row.counts.map((n, i) => cell(n, matrix.queries[i], row.region))))),
      el('tfoot', {}, el('tr', {}, el('th', {scope: 'row'}, 'Всего решений'),
        matrix.totals.map(n => el('td', {}, formatCount(n)))))));
}

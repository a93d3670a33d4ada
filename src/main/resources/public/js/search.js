// The search view: query, scope, sort, dates, facets, hits with highlighted snippets, "Показать ещё".
import {api} from './api.js';
import {el, focusKey, highlighted, restoreFocus, uid} from './dom.js';
import {decisionCard} from './decision-card.js';
import {activeFilters, facetGroups, FILTER_LABELS, toggled, yearOf} from './facets.js';
import {formatCount, metaLine, plural} from './format.js';
import {href} from './routes.js';
import {similarToggle} from './similar.js';

const PAGE_SIZE = 20;
export const LAST_SEARCH_KEY = 'svod:last-search';

const DECISION_ONLY = ['addresseeKind', 'addressee', 'deadlineKind', 'deadlineFrom', 'deadlineTo'];
const DATE_FIELDS = [
  {name: 'dateFrom', label: 'Дата документа с'}, {name: 'dateTo', label: 'Дата документа по'},
  {name: 'deadlineFrom', label: 'Срок исполнения с'}, {name: 'deadlineTo', label: 'Срок исполнения по'},
];
const SORTS = [{value: 'relevance', label: 'по релевантности'}, {value: 'date', label: 'по дате документа'},
  {value: 'deadline', label: 'по сроку исполнения'}];

/** The search as the address states it. */
function stateOf(params) {
  const state = {q: params.get('q') ?? '', scope: params.get('scope') === 'protocols' ? 'protocols' : 'decisions',
    sort: params.get('sort') ?? 'relevance', plain: params.get('plain') ?? '', filters: {}};
  for (const key of Object.keys(FILTER_LABELS)) {
    const value = params.get(key);
    if (value) {
      state.filters[key] = value;
    }
  }
  return state;
}

function addressParams(state) {
  return {q: state.q, scope: state.scope === 'protocols' ? 'protocols' : null,
    sort: state.sort === 'relevance' ? null : state.sort, plain: state.plain || null, ...state.filters};
}

/** The API's parameters: protocols know neither addressee nor deadline filters, nor the deadline sort. */
function apiParams(state) {
  const filters = {...state.filters};
  if (state.scope === 'protocols') {
    DECISION_ONLY.forEach(key => delete filters[key]);
  }
  const sort = state.scope === 'protocols' && state.sort === 'deadline' ? 'relevance' : state.sort;
  return {q: state.q.trim(), sort, plain: state.plain || null, ...filters};
}

/** The router focuses `heading` when it comes from another view and calls update() with the address. */
export function mount(main) {
  return new SearchView(main);
}

class SearchView {
  constructor(main) {
    this.state = stateOf(new URLSearchParams());
    this.request = null;
    this.next = null;
    this.shown = 0;
    this.build(main);
  }

  build(main) {
    const hint = uid('hint');
    this.heading = el('h1', {tabindex: '-1'}, 'Поиск по решениям и протоколам');
    this.input = el('input', {id: 'q', type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false',
      placeholder: 'например, наставничество', 'aria-describedby': hint});
    this.scopeInputs = ['decisions', 'protocols'].map(value =>
      el('input', {type: 'radio', name: 'scope', value, id: `scope-${value}`}));
    this.sort = el('select', {id: 'sort', name: 'sort'}, SORTS.map(s => el('option', {value: s.value}, s.label)));
    this.dates = el('details', {class: 'dates'}, el('summary', {}, 'Даты документа и сроки исполнения'),
      el('div', {class: 'date-grid'}, DATE_FIELDS.map(f => el('div', {class: 'field'},
        el('label', {for: f.name}, f.label), el('input', {type: 'date', id: f.name, name: f.name})))));
    this.form = el('form', {class: 'search-form', role: 'search', 'aria-label': 'Поиск'},
      el('div', {class: 'search-row'},
        el('label', {for: 'q', class: 'search-label'}, 'Что ищем'),
        this.input,
        el('button', {type: 'submit', class: 'button button-primary'}, 'Найти')),
      el('p', {id: hint, class: 'hint'}, 'Любая форма слова; «"точная фраза"», «-исключить», «слово | другое».'),
      el('div', {class: 'search-options'},
        el('fieldset', {class: 'scope'}, el('legend', {}, 'Искать'),
          this.scopeInputs.map((input, i) => el('span', {class: 'check'}, input,
            el('label', {for: input.id}, i === 0 ? 'отдельные решения' : 'протоколы целиком')))),
        el('div', {class: 'field field-inline'}, el('label', {for: 'sort'}, 'Сортировка'), this.sort)),
      this.dates);
    this.understood = el('div', {class: 'understood', 'aria-live': 'polite'});
    this.form.addEventListener('submit', e => {
      e.preventDefault();
      this.go(this.formState());
    });
    this.sort.addEventListener('change', () => this.go(this.formState()));
    this.scopeInputs.forEach(input => input.addEventListener('change', () => this.go(this.formState())));

    this.facetsHeading = el('h2', {id: 'facets-h', tabindex: '-1'}, 'Фильтры');
    this.activeFilters = el('div', {class: 'active-filters'});
    this.facetGroups = el('div', {class: 'facet-groups'});
    this.facets = el('aside', {id: 'facets', class: 'facets', 'aria-labelledby': 'facets-h'},
      this.facetsHeading, this.activeFilters, this.facetGroups);
    this.filtersToggle = el('button', {type: 'button', class: 'button filters-toggle', 'aria-expanded': 'false',
      'aria-controls': 'facets'}, 'Фильтры');
    this.filtersToggle.addEventListener('click', () => {
      const open = this.filtersToggle.getAttribute('aria-expanded') !== 'true';
      this.filtersToggle.setAttribute('aria-expanded', String(open));
      this.facets.classList.toggle('is-open', open);
    });

    this.summary = el('p', {class: 'summary', id: 'summary', 'aria-live': 'polite', tabindex: '-1'});
    this.exports = el('p', {class: 'exports'});
    this.hits = el('ol', {class: 'hits', 'aria-labelledby': 'results-h'});
    this.more = el('button', {type: 'button', class: 'button more', hidden: true}, 'Показать ещё');
    this.more.addEventListener('click', () => this.loadMore());
    this.results = el('section', {class: 'results', 'aria-labelledby': 'results-h'},
      el('h2', {id: 'results-h', class: 'visually-hidden'}, 'Результаты'),
      this.summary, this.exports, this.hits, el('p', {class: 'more-row'}, this.more));

    main.append(el('div', {class: 'page search-page'}, this.heading, this.form, this.understood, this.filtersToggle,
      el('div', {class: 'search-layout'}, this.facets, this.results)));
  }

  formState() {
    const filters = {...this.state.filters};
    for (const f of DATE_FIELDS) {
      const value = this.form.elements[f.name].value;
      if (value) {
        filters[f.name] = value;
      } else {
        delete filters[f.name];
      }
    }
    // a new query is read afresh: chips removed for the old one do not carry over
    const plain = this.input.value === this.state.q ? this.state.plain : '';
    return {q: this.input.value, scope: this.scopeInputs.find(i => i.checked)?.value ?? 'decisions',
      sort: this.sort.value, plain, filters};
  }

  /** Puts the search into the address; the router calls update() with it. */
  go(state) {
    const target = href.search(addressParams(state));
    if (target === location.hash) {
      this.update(new URLSearchParams(target.slice(2)));
    } else {
      location.hash = target;
    }
  }

  update(params) {
    this.state = stateOf(params);
    sessionStorage.setItem(LAST_SEARCH_KEY, location.hash || '#/');
    this.input.value = this.state.q;
    this.scopeInputs.forEach(i => { i.checked = i.value === this.state.scope; });
    this.sort.value = this.state.sort;
    this.sort.querySelector('option[value="deadline"]').disabled = this.state.scope === 'protocols';
    DATE_FIELDS.forEach(f => { this.form.elements[f.name].value = this.state.filters[f.name] ?? ''; });
    this.dates.open = DATE_FIELDS.some(f => this.state.filters[f.name]) && !yearOf(this.state.filters);
    this.search();
  }

  async fetchPage(after) {
    this.request?.abort();
    this.request = new AbortController();
    const params = {...apiParams(this.state), size: PAGE_SIZE, after};
    const call = this.state.scope === 'protocols' ? api.searchProtocols : api.searchDecisions;
    return call(params, {signal: this.request.signal});
  }

  async search() {
    const keep = focusKey();
    this.results.setAttribute('aria-busy', 'true');
    this.summary.textContent = 'Ищем…';
    let answer;
    try {
      answer = await this.fetchPage(null);
    } catch (e) {
      if (e.name !== 'AbortError') {
        this.showError(e);
      }
      return;
    }
    this.results.removeAttribute('aria-busy');
    this.shown = answer.hits.length;
    this.firstPage = answer;
    this.hits.replaceChildren(...answer.hits.map(hit => this.hitItem(hit)));
    this.renderFacets(answer.facets);
    this.renderUnderstood(answer.understood);
    this.renderExports();
    this.setNext(answer.next);
    this.summary.textContent = this.summaryText(answer);
    restoreFocus(this.facets, keep, keep?.startsWith('facet') || keep?.startsWith('filter') ? this.facetsHeading : null);
  }

  async loadMore() {
    this.more.disabled = true;
    let answer;
    try {
      answer = await this.fetchPage(this.next);
    } catch (e) {
      if (e.name !== 'AbortError') {
        this.showError(e);
      }
      return;
    } finally {
      this.more.disabled = false;
    }
    const items = answer.hits.map(hit => this.hitItem(hit));
    this.hits.append(...items);
    this.shown += items.length;
    this.setNext(answer.next);
    this.summary.textContent = this.summaryText(this.firstPage);
    items[0]?.querySelector('a')?.focus();
  }

  setNext(next) {
    this.next = next;
    this.more.hidden = !next;
  }

  showError(e) {
    this.results.removeAttribute('aria-busy');
    this.hits.replaceChildren();
    this.more.hidden = true;
    this.summary.textContent = '';
    this.hits.append(el('li', {class: 'alert', role: 'alert'}, e.message));
  }

  summaryText(answer) {
    const n = answer.total;
    const what = this.state.scope === 'protocols'
      ? plural(n, 'протокол', 'протокола', 'протоколов') : plural(n, 'решение', 'решения', 'решений');
    if (n === 0) {
      return 'Ничего не найдено. Попробуйте другое слово или уберите фильтры.';
    }
    const count = answer.totalExact ? formatCount(n) : `более ${formatCount(n)}`;
    const q = this.state.q.trim();
    const head = q ? `Найдено ${count} ${what} по запросу «${q}»` : `Всего ${count} ${what}`;
    const filtered = Object.keys(this.state.filters).length ? ' с выбранными фильтрами' : '';
    const page = this.shown < n ? `. Показано ${formatCount(this.shown)}.` : '.';
    return head + filtered + page;
  }

  hitItem(hit) {
    if (this.state.scope === 'protocols') {
      return el('li', {class: 'hit'}, protocolCard(hit));
    }
    const {button, panel} = similarToggle(hit.decisionId, {level: 4});
    const card = decisionCard(hit, {level: 3, actions: [
      el('a', {href: href.protocol(hit.protocolId, hit.decisionId)}, 'Открыть протокол'), button]});
    if (hit.missingWords?.length) {
      card.insertBefore(el('p', {class: 'partial-match'}, 'Совпали не все слова запроса: нет ',
        hit.missingWords.map(w => `«${w}»`).join(', ')), card.children[1] ?? null);
    }
    card.append(panel);
    return el('li', {class: 'hit'}, card);
  }

  /** What Svod read in the words: chips for a region, a deadline period, an addressee; each can be removed. */
  renderUnderstood(understood) {
    const chips = understood?.chips ?? [];
    const optional = (understood?.optional ?? []).filter(u => !chips.some(c => c.words === u.words));
    if (!chips.length && !optional.length) {
      this.understood.replaceChildren();
      return;
    }
    const items = chips.map(chip => el('li', {class: 'chip', dataset: {kind: chip.kind}},
      el('span', {}, chip.label), ' ',
      el('span', {class: 'chip-words'}, `(«${chip.words}»)`), ' ',
      this.removeChipButton(chip)));
    this.understood.replaceChildren(...[
      chips.length ? el('p', {class: 'understood-head'}, 'Svod понял в запросе:') : null,
      chips.length ? el('ul', {class: 'chips'}, items) : null,
      optional.length ? el('p', {class: 'hint'}, 'Слова ', optional.map(u => `«${u.words}»`).join(', '),
        ' только поднимают подходящие решения выше, но не обязательны.') : null].filter(Boolean));
  }

  removeChipButton(chip) {
    const button = el('button', {type: 'button', class: 'chip-remove', 'aria-label': `Убрать: ${chip.label}; искать «${chip.words}» как текст`}, '×');
    button.addEventListener('click', () => {
      const plain = new Set(this.state.plain ? this.state.plain.split(',') : []);
      plain.add(chip.kind.toLowerCase());
      this.go({...this.state, plain: [...plain].join(',')});
    });
    return button;
  }

  renderExports() {
    if (this.state.scope === 'protocols') {
      this.exports.replaceChildren();
      return;
    }
    const params = apiParams(this.state);
    delete params.sort;
    this.exports.replaceChildren('Выгрузить найденные решения: ',
      el('a', {href: api.exportUrl(params, 'csv'), download: 'svod-decisions.csv'}, 'CSV'), ', ',
      el('a', {href: api.exportUrl(params, 'json'), download: 'svod-decisions.json'}, 'JSON'));
  }

  /** Setting a facet value filters by it; setting it again removes the filter. */
  setFilter(name, value) {
    this.go({...this.state, filters: toggled(this.state.filters, name, value)});
  }

  renderFacets(facets) {
    const count = Object.keys(this.state.filters).length;
    this.filtersToggle.textContent = count ? `Фильтры (${count})` : 'Фильтры';
    this.activeFilters.replaceChildren(...activeFilters(this.state.filters, key => this.setFilter(key, null),
      () => this.go({...this.state, filters: {}})));
    this.facetGroups.replaceChildren(...facetGroups(facets, this.state.filters, (name, value) => this.setFilter(name, value)));
  }
}

function protocolCard(hit) {
  return el('article', {class: 'protocol-card', dataset: {protocolId: hit.protocolId, region: hit.region ?? ''}},
    el('h3', {class: 'card-title'}, el('a', {href: href.protocol(hit.protocolId)}, hit.title || hit.fileName),
      hit.draft ? el('span', {class: 'badge'}, 'проект') : null),
    el('p', {class: 'card-source'}, metaLine(hit) || hit.fileName),
    hit.highlight ? el('p', {class: 'decision-text'}, '… ', highlighted(hit.highlight), ' …') : null,
    el('p', {class: 'card-facts'},
      `${formatCount(hit.decisionCount)} ${plural(hit.decisionCount, 'решение', 'решения', 'решений')}`));
}

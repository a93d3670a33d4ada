// The facets of a search: counts per value to filter by, and the filters in force, each removable.
import {el, uid} from './dom.js';
import {ADDRESSEE_KINDS, DEADLINE_KINDS, formatCount} from './format.js';

const FACET_PREVIEW = 8;

const FACETS = [
  {name: 'region', label: 'Регион'},
  {name: 'municipality', label: 'Муниципалитет'},
  {name: 'issuingBody', label: 'Орган'},
  {name: 'kind', label: 'Вид документа'},
  {name: 'addresseeKind', label: 'Кому адресовано', show: v => ADDRESSEE_KINDS[v] ?? v},
  {name: 'addressee', label: 'Адресат'},
  {name: 'deadlineKind', label: 'Срок исполнения', show: v => DEADLINE_KINDS[v] ?? v},
  {name: 'year', label: 'Год документа'},
];

/** Every filter the address may carry, with the name it is shown by. */
export const FILTER_LABELS = {
  region: 'Регион', municipality: 'Муниципалитет', issuingBody: 'Орган', kind: 'Вид документа',
  addresseeKind: 'Кому', addressee: 'Адресат', deadlineKind: 'Срок', dateFrom: 'Дата с', dateTo: 'Дата по',
  deadlineFrom: 'Срок с', deadlineTo: 'Срок по',
};

/** The year facet is a document-date range from 1 January to 31 December. */
export function yearOf(filters) {
  const m = /^(\d{4})-01-01$/.exec(filters.dateFrom ?? '');
  return m && filters.dateTo === `${m[1]}-12-31` ? m[1] : null;
}

/** The filters with a facet value set, or removed when it is set already (or value is null). */
export function toggled(filters, name, value) {
  const next = {...filters};
  if (name === 'year') {
    if (yearOf(next) === value) {
      delete next.dateFrom;
      delete next.dateTo;
    } else {
      next.dateFrom = `${value}-01-01`;
      next.dateTo = `${value}-12-31`;
    }
  } else if (value === null || next[name] === value) {
    delete next[name];
  } else {
    next[name] = value;
  }
  return next;
}

/** The filters in force as buttons that remove them; nothing when there are none. */
export function activeFilters(filters, remove, removeAll) {
  const active = Object.entries(filters);
  if (!active.length) {
    return [];
  }
  const show = (key, value) => (key === 'addresseeKind' ? ADDRESSEE_KINDS[value]
    : key === 'deadlineKind' ? DEADLINE_KINDS[value] : null) ?? value;
  const items = active.map(([key, value]) => el('li', {}, el('button', {
    type: 'button', class: 'chip chip-filter', dataset: {focusKey: `filter:${key}`}, onclick: () => remove(key),
  }, `${FILTER_LABELS[key]}: ${show(key, value)}`, el('span', {'aria-hidden': 'true'}, ' ×'),
  el('span', {class: 'visually-hidden'}, ' — убрать фильтр'))));
  if (active.length > 1) {
    items.push(el('li', {}, el('button', {type: 'button', class: 'button-quiet', dataset: {focusKey: 'filter:all'},
      onclick: removeAll}, 'Сбросить все')));
  }
  return [el('h3', {class: 'visually-hidden'}, 'Выбранные фильтры'), el('ul', {class: 'chip-list'}, items)];
}

/** One group per facet the answer counts; choose(name, value) applies a value. */
export function facetGroups(facets, filters, choose) {
  const year = yearOf(filters);
  const groups = FACETS.filter(f => facets?.[f.name]?.length).map(f =>
    facetGroup(f, facets[f.name], f.name === 'year' ? year : filters[f.name], value => choose(f.name, value)));
  return groups.length ? groups : [el('p', {class: 'hint'}, 'Уточнять нечего.')];
}

function facetGroup(facet, values, selected, choose) {
  const headingId = uid('facet');
  const list = el('ul', {class: 'facet-values'});
  const items = values.map((v, i) => {
    const isSelected = selected === v.value;
    const item = el('li', {hidden: i >= FACET_PREVIEW && !isSelected},
      el('button', {type: 'button', class: 'facet-value', 'aria-pressed': String(isSelected),
        dataset: {focusKey: `facet:${facet.name}:${v.value}`, value: v.value}, onclick: () => choose(v.value)},
      el('span', {class: 'facet-label'}, facet.show ? facet.show(v.value) : v.value),
      el('span', {class: 'count'}, el('span', {class: 'visually-hidden'}, ', найдено: '), formatCount(v.count))));
    list.append(item);
    return item;
  });
  const section = el('section', {class: 'facet', dataset: {facet: facet.name}, 'aria-labelledby': headingId},
    el('h3', {id: headingId}, facet.label), list);
  const hidden = items.filter(item => item.hidden);
  if (hidden.length) {
    const toggle = el('button', {type: 'button', class: 'button-quiet', 'aria-expanded': 'false'},
      `Показать все (${values.length})`);
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      hidden.forEach(item => { item.hidden = !open; });
      toggle.textContent = open ? 'Свернуть' : `Показать все (${values.length})`;
    });
    section.append(toggle);
  }
  return section;
}

// The protocol view: metadata, the original, agenda, the decisions table with similar decisions, the text.
import {api} from './api.js';
import {append, el, errorBox} from './dom.js';
import {can} from './session.js';
import {addresseeList, deadlineChip, formatCount, formatDate, formatSize, plural} from './format.js';
import {receiptBlock} from './receipt.js';
import {LAST_SEARCH_KEY} from './search.js';
import {similarToggle} from './similar.js';

const TEXT_LIMIT = 300_000;
const COLUMNS = [{label: '№', name: 'num'}, {label: 'Решение', name: 'text'}, {label: 'Кому', name: 'to'},
  {label: 'Срок', name: 'due'}];
const OVERRIDABLE = {region: 'регион', municipality: 'муниципалитет', date: 'дата', kind: 'вид документа'};

export function mount(main, {args: [id], params, focus}) {
  const page = el('div', {class: 'page protocol-page'},
    el('p', {class: 'status', role: 'status'}, 'Загружаем протокол…'));
  main.append(page);
  render(page, id, params.get('decision'), focus);
  return {};
}

function reparsedNotice(answer) {
  const n = answer.receipt.decisions;
  return `Перечитано текущим разборщиком: ${formatCount(n)} ${plural(n, 'решение', 'решения', 'решений')}.`;
}

async function render(page, id, targetDecision, focus, notice = null) {
  let protocol;
  try {
    protocol = await api.protocol(id);
  } catch (e) {
    page.replaceChildren(el('h1', {tabindex: '-1'}, 'Протокол'), errorBox(
      e.status === 404 ? 'Такого протокола в своде нет.' : e.message));
    return;
  }
  document.title = `${protocol.title || protocol.fileName} — Свод`;
  const heading = el('h1', {tabindex: '-1'}, protocol.title || protocol.fileName);
  const back = sessionStorage.getItem(LAST_SEARCH_KEY);
  page.replaceChildren();
  append(page,
    back ? el('p', {class: 'back'}, el('a', {href: back}, '← К результатам поиска')) : null,
    heading,
    badges(protocol),
    metadata(protocol),
    el('p', {class: 'page-actions'},
      el('a', {class: 'button button-primary', href: api.originalUrl(protocol.id), download: protocol.fileName},
        'Скачать оригинал', el('span', {class: 'file-note'}, ` (${protocol.fileName}, ${formatSize(protocol.size)})`))),
    protocol.receipt ? receiptBlock(protocol.id, protocol.receipt,
      {notice, onReparsed: answer => render(page, id, null, false, reparsedNotice(answer))}) : null,
    curation(protocol, () => render(page, id, null, true)),
    agenda(protocol.agenda),
    decisions(protocol),
    fullText(protocol.text));
  const target = targetDecision && page.querySelector(`tr[data-decision-id="${CSS.escape(targetDecision)}"]`);
  if (target) {
    target.classList.add('is-target');
    target.scrollIntoView({block: 'center'});
    target.focus({preventScroll: true});
  } else if (focus) {
    heading.focus();
  }
}

function badges(p) {
  const items = [
    p.draft ? el('span', {class: 'badge'}, 'проект') : null,
    p.regionMissing ? el('span', {class: 'badge badge-warn'}, 'регион не указан') : null,
    p.indexState && p.indexState !== 'INDEXED'
      ? el('span', {class: 'badge badge-warn'}, 'ещё не в поиске: индексируется') : null,
  ].filter(Boolean);
  return items.length ? el('p', {class: 'badges'}, items) : null;
}

function metadata(p) {
  const rows = [
    ['Регион', p.region], ['Муниципалитет', p.municipality], ['Орган', p.issuingBody], ['Вид документа', p.kind],
    ['Дата', formatDate(p.date)], ['Номер', p.number], ['Председатель', p.chair], ['Секретарь', p.secretary],
    ['Файл', `${p.fileName} · ${p.contentType} · ${formatSize(p.size)}`],
    ['Загружен', p.uploadedAt ? new Date(p.uploadedAt).toLocaleString('ru-RU') : null],
  ];
  const list = el('dl', {class: 'meta-list'}, rows.map(([label, value]) => el('div', {class: 'meta-item'},
    el('dt', {}, label), el('dd', {class: value ? null : 'muted'}, value || 'не указано'))));
  const overridden = Object.entries(OVERRIDABLE).filter(([key]) => p.override?.[key]);
  const note = overridden.length ? el('p', {class: 'hint'}, 'Указано архивистом: ',
    overridden.map(([key, label]) => {
      const parsed = p.parsed?.[key];
      const shown = key === 'date' ? formatDate(parsed) : parsed;
      return `${label}${shown ? ` (из текста прочитано: ${shown})` : ''}`;
    }).join('; '), '.') : null;
  return el('section', {class: 'meta', 'aria-label': 'Сведения о протоколе'}, list, note);
}

/**
 * For an archivist, the form that corrects region, municipality, date and kind (an empty field goes back to what
 * the parser read); for an admin also deletion, confirmed in a second step.
 */
function curation(p, reload) {
  if (!can('archivist')) {
    return null;
  }
  const message = el('div', {'aria-live': 'polite'});
  const inputs = Object.fromEntries(Object.entries(OVERRIDABLE).map(([key]) => [key,
    el('input', {id: `fix-${key}`, name: key, type: key === 'date' ? 'date' : 'text', value: p.override?.[key] ?? ''})]));
  const labels = {region: 'Регион', municipality: 'Муниципалитет', date: 'Дата протокола', kind: 'Вид документа'};
  const form = el('form', {class: 'metadata-form'},
    el('p', {class: 'hint'}, 'Пустое поле — как прочитано из текста.'),
    Object.entries(inputs).map(([key, input]) => el('p', {class: 'field'},
      el('label', {for: input.id}, labels[key]), input,
      p.parsed?.[key] ? el('span', {class: 'hint'}, `из текста: ${key === 'date' ? formatDate(p.parsed[key]) : p.parsed[key]}`)
        : null)),
    el('p', {}, el('button', {type: 'submit', class: 'button button-primary'}, 'Сохранить сведения')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    message.replaceChildren();
    try {
      await api.correctMetadata(p.id, Object.fromEntries(Object.entries(inputs).map(([k, input]) => [k, input.value])));
      reload();
    } catch (err) {
      message.append(errorBox(err.message));
    }
  });
  // The parser leaves the region empty rather than guess; the archivist is asked for it, with the reason.
  const ask = p.regionMissing ? el('p', {class: 'region-missing'},
    `Регион не удалось прочитать из текста${p.parsed?.regionNote ? `: ${p.parsed.regionNote}` : ''}. Укажите его.`) : null;
  const details = el('details', {class: 'metadata-details'}, el('summary', {}, 'Исправить сведения'), ask, form);
  details.open = Boolean(p.regionMissing);
  const section = el('section', {class: 'curation', 'aria-label': 'Работа архивиста'}, details, message);
  if (can('admin')) {
    const confirmBox = el('div', {class: 'delete-confirm', hidden: true},
      el('p', {}, `Удалить «${p.fileName}» навсегда: документ, оригинал и все его решения в поиске?`),
      el('p', {},
        el('button', {type: 'button', class: 'button button-danger', onclick: async () => {
          try {
            await api.deleteProtocol(p.id);
            location.hash = '#/';
          } catch (err) {
            message.replaceChildren(errorBox(err.message));
          }
        }}, 'Удалить навсегда'), ' ',
        el('button', {type: 'button', class: 'button', onclick: () => {
          confirmBox.hidden = true;
          ask.focus();
        }}, 'Отмена')));
    const ask = el('button', {type: 'button', class: 'button', onclick: () => {
      confirmBox.hidden = false;
      confirmBox.querySelector('.button-danger').focus();
    }}, 'Удалить протокол');
    section.append(el('p', {}, ask), confirmBox);
  }
  return section;
}

function agenda(items) {
  if (!items?.length) {
    return null;
  }
  return el('section', {class: 'agenda', 'aria-labelledby': 'agenda-h'},
    el('h2', {id: 'agenda-h'}, 'Повестка'),
    el('ol', {class: 'agenda-list'}, items.map((item, i) => el('li', {},
      el('span', {class: 'num'}, `${item.number ?? i + 1}. `), item.title,
      item.speakers?.length ? el('span', {class: 'hint'}, ` — ${item.speakers.join(', ')}`) : null))));
}

function decisions(p) {
  const n = p.decisions.length;
  const section = el('section', {class: 'decisions', 'aria-labelledby': 'decisions-h'},
    el('h2', {id: 'decisions-h'}, `Решения: ${formatCount(n)}`));
  if (!n) {
    section.append(el('p', {class: 'hint'}, 'Пронумерованных решений в тексте не найдено.'));
    return section;
  }
  const body = el('tbody');
  p.decisions.forEach((d, i) => {
    const decisionId = `${p.id}-${i + 1}`;
    const {button, panel} = similarToggle(decisionId, {level: 3});
    const depth = Math.min(3, (d.number ?? '').split('.').filter(Boolean).length - 1);
    const cells = [
      el('th', {scope: 'row', class: `depth-${Math.max(0, depth)}`}, d.number ?? '—'),
      el('td', {},
        d.section ? el('p', {class: 'section-name'}, d.section) : null,
        el('p', {}, d.text),
        d.persons?.length ? el('p', {class: 'hint'}, `Ответственные: ${d.persons.join(', ')}`) : null,
        d.projects?.length ? el('p', {class: 'chip-list'}, d.projects.map(x => el('span', {class: 'chip'}, x))) : null,
        el('p', {class: 'row-actions'}, button)),
      el('td', {}, addresseeList(d.addressees) ?? el('span', {class: 'muted'}, '—')),
      el('td', {}, deadlineChip(d.deadline)),
    ];
    cells.forEach((cell, c) => {
      cell.classList.add(COLUMNS[c].name);
      cell.dataset.label = COLUMNS[c].label;
    });
    body.append(
      el('tr', {id: `decision-${i + 1}`, tabindex: '-1', dataset: {decisionId}}, cells),
      el('tr', {class: 'similar-row'}, el('td', {colspan: String(COLUMNS.length)}, panel)));
  });
  section.append(el('div', {class: 'table-wrap'}, el('table', {class: 'decisions-table'},
    el('caption', {class: 'visually-hidden'}, `Решения протокола: номер, текст, адресаты и срок`),
    el('thead', {}, el('tr', {}, COLUMNS.map(c => el('th', {scope: 'col', class: c.name}, c.label)))),
    body)));
  return section;
}

/** The extracted text, built only when opened: a protocol may run to megabytes. */
function fullText(text) {
  if (!text) {
    return null;
  }
  const body = el('div', {class: 'fulltext'});
  const details = el('details', {class: 'text-details'},
    el('summary', {}, `Текст протокола (${formatCount(text.length)} ${plural(text.length, 'знак', 'знака', 'знаков')})`),
    body);
  details.addEventListener('toggle', () => {
    if (details.open && !body.childNodes.length) {
      body.append(text.length > TEXT_LIMIT ? text.slice(0, TEXT_LIMIT) : text);
      if (text.length > TEXT_LIMIT) {
        body.append(el('p', {class: 'hint'}, 'Текст сокращён; весь текст — в оригинале.'));
      }
    }
  });
  return details;
}

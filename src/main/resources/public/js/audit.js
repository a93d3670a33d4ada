// The audit log, for admins: who did what to which protocol, user or token, newest first.
import {api} from './api.js';
import {el, errorBox} from './dom.js';
import {formatCount} from './format.js';
import {href} from './routes.js';

const SIZE = 50;
const ACTIONS = {
  login: 'вход', upload: 'загрузка', reparse: 'перечитывание', metadata_edit: 'исправление сведений', protocol_delete: 'удаление протокола',
  user_create: 'новый пользователь', user_update: 'изменение пользователя', token_create: 'новый токен',
  token_revoke: 'отзыв токена', access_denied: 'отказ в доступе',
};
const PROTOCOL_ACTIONS = new Set(['upload', 'reparse', 'metadata_edit']);

export function mount(main) {
  const heading = el('h1', {tabindex: '-1'}, 'Журнал действий');
  const body = el('div', {class: 'audit-body'});
  main.append(el('div', {class: 'page audit-page'}, heading, body));
  return {heading, update: params => show(body, Math.max(1, Number(params.get('page')) || 1))};
}

async function show(body, page) {
  let answer;
  try {
    answer = await api.audit(page, SIZE);
  } catch (err) {
    body.replaceChildren(errorBox(err.message));
    return;
  }
  const pages = Math.max(1, Math.ceil(answer.total / SIZE));
  const nav = el('p', {class: 'pager'},
    page > 1 ? el('a', {href: `#/audit?page=${page - 1}`}, '← Новее') : null, ' ',
    el('span', {}, `Страница ${page} из ${pages}, всего ${formatCount(answer.total)}`), ' ',
    page < pages ? el('a', {href: `#/audit?page=${page + 1}`}, 'Старше →') : null);
  body.replaceChildren(nav, el('div', {class: 'table-wrap'}, el('table', {class: 'data-table audit-table'},
    el('thead', {}, el('tr', {}, ['Когда', 'Кто', 'Что', 'Над чем', 'Итог', 'Подробности']
      .map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, answer.entries.map(e => el('tr', {dataset: {action: e.action, outcome: e.outcome}},
      el('td', {}, new Date(e.at).toLocaleString('ru-RU')),
      el('td', {}, e.actor),
      el('td', {}, ACTIONS[e.action] ?? e.action),
      el('td', {class: 'audit-target'}, target(e)),
      el('td', {class: e.outcome === 'ok' ? null : 'audit-failed'}, e.outcome === 'ok' ? 'успешно' : e.outcome),
      el('td', {}, details(e))))))));
}

function target(e) {
  if (!e.target) {
    return '—';
  }
  const short = e.target.length > 16 ? `${e.target.slice(0, 12)}…` : e.target;
  return PROTOCOL_ACTIONS.has(e.action) && e.outcome === 'ok'
    ? el('a', {href: href.protocol(e.target), title: e.target}, short)
    : el('span', {title: e.target}, short);
}

// refused requests are folded, a minute a line: say how many the line stands for
function details(e) {
  const detail = e.detail ?? '';
  return e.count > 1 ? `${detail}${detail ? ', ' : ''}${formatCount(e.count)} раз за минуту` : detail;
}

// Svod's web UI: one page, views chosen by the address after '#', so each can be bookmarked and shared.
import * as calendar from './js/calendar.js';
import * as compare from './js/compare.js';
import * as matrix from './js/matrix.js';
import * as protocol from './js/protocol.js';
import {parseHash} from './js/routes.js';
import * as search from './js/search.js';
import * as upload from './js/upload.js';
import * as audit from './js/audit.js';
import * as login from './js/login.js';
import {el} from './js/dom.js';
import * as session from './js/session.js';
import * as tokens from './js/tokens.js';
import * as users from './js/users.js';

// `needs`: 'read' (signed in, or anonymous reads on), 'signed-in', or a role the user must hold
const ROUTES = [
  {name: 'search', test: path => path.length === 0, view: search, title: 'Поиск', needs: 'read'},
  {name: 'protocol', test: path => path[0] === 'protocol' && path.length === 2, view: protocol, title: 'Протокол',
    needs: 'read'},
  {name: 'compare', test: path => path[0] === 'compare', view: compare, title: 'Сравнение решений', needs: 'read'},
  {name: 'upload', test: path => path[0] === 'upload', view: upload, title: 'Загрузка протоколов', needs: 'archivist'},
  {name: 'calendar', test: path => path[0] === 'calendar', view: calendar, title: 'Сроки', needs: 'read'},
  {name: 'matrix', test: path => path[0] === 'matrix', view: matrix, title: 'Регионы × темы', needs: 'read'},
  {name: 'login', test: path => path[0] === 'login', view: login, title: 'Вход'},
  {name: 'tokens', test: path => path[0] === 'tokens', view: tokens, title: 'Токены API', needs: 'signed-in'},
  {name: 'users', test: path => path[0] === 'users', view: users, title: 'Пользователи', needs: 'admin'},
  {name: 'audit', test: path => path[0] === 'audit', view: audit, title: 'Журнал действий', needs: 'admin'},
];

function allowed(needs) {
  if (!needs) {
    return true;
  }
  if (needs === 'read') {
    return session.mayRead();
  }
  if (needs === 'signed-in') {
    return session.current().authenticated;
  }
  return session.can(needs);
}

const WHO = {archivist: 'архивисту', admin: 'администратору'};

/** In place of a view the visitor may not see: what is needed, and the way to sign in. */
const denied = {
  mount(target, {needs}) {
    const me = session.current();
    const heading = el('h1', {tabindex: '-1'}, me.authenticated ? 'Недостаточно прав' : 'Нужно войти');
    const text = me.authenticated
      ? `Эта страница доступна ${WHO[needs] ?? 'другой роли'}; вы вошли как ${me.username} (${session.ROLE_NAMES[me.role]}).`
      : 'Эта страница доступна после входа в Свод.';
    target.append(el('div', {class: 'page denied-page'}, heading, el('p', {class: 'alert', role: 'alert'}, text),
      me.authenticated ? null
        : el('p', {}, el('a', {class: 'button button-primary', href: `#/login?next=${encodeURIComponent(location.hash)}`},
          'Войти'))));
    return {heading};
  },
};

const main = document.getElementById('main');
let current = null;

function notFound(target) {
  const heading = document.createElement('h1');
  heading.tabIndex = -1;
  heading.textContent = 'Такой страницы нет';
  const link = document.createElement('a');
  link.href = '#/';
  link.textContent = 'Перейти к поиску';
  const text = document.createElement('p');
  text.append(link);
  target.append(heading, text);
  return {heading};
}

function show(initial, force = false) {
  if (location.hash && !location.hash.startsWith('#/')) {
    return; // an in-page anchor such as the skip link's #main
  }
  const {path, params} = parseHash(location.hash);
  const found = ROUTES.find(r => r.test(path));
  const route = found && !allowed(found.needs) ? {...found, view: denied} : found;
  if (!force && current && route && current.route === route && current.view.update && route.name !== 'protocol') {
    current.view.update(params);
    return;
  }
  current?.view.destroy?.();
  main.replaceChildren();
  document.title = `${route?.title ?? 'Не найдено'} — Свод`;
  const focus = !initial;
  // a view gives its heading to focus when reached from another view (the protocol view focuses its own, once
  // loaded) and takes the address's parameters through update()
  const view = route ? route.view.mount(main, {params, args: path.slice(1), focus, needs: route.needs})
    : notFound(main);
  if (focus) {
    view.heading?.focus();
  }
  view.update?.(params);
  current = {route: found, view};
  for (const link of document.querySelectorAll('.site-nav a')) {
    if (link.dataset.route === route?.name) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  window.scrollTo(0, 0);
}

// the skip link moves focus to the content without touching the view's address
document.querySelector('.skip-link').addEventListener('click', e => {
  e.preventDefault();
  main.focus();
});

/** The navigation shows what the visitor's role may open, and who is signed in. */
function showAccount(me) {
  for (const item of document.querySelectorAll('.site-nav [data-needs]')) {
    item.hidden = !allowed(item.dataset.needs);
  }
  const account = document.getElementById('account');
  if (me.authenticated) {
    account.replaceChildren(
      el('span', {class: 'whoami'}, el('span', {class: 'whoami-name'}, me.username),
        ` (${session.ROLE_NAMES[me.role] ?? me.role})`),
      ' ',
      el('button', {type: 'button', class: 'button button-small', onclick: async () => {
        await session.signOut();
        location.hash = '#/';
      }}, 'Выйти'));
  } else {
    account.replaceChildren(el('a', {class: 'button button-small', href: '#/login'}, 'Войти'));
  }
}

session.onChange(me => {
  showAccount(me);
  if (current) {
    show(false, true);
  }
});

window.addEventListener('hashchange', () => show(false));
session.refresh().then(() => show(true));

// Svod's web UI: one page, views chosen by the address after '#', so each can be bookmarked and shared.
import * as compare from './js/compare.js';
import * as matrix from './js/matrix.js';
import * as protocol from './js/protocol.js';
import {parseHash} from './js/routes.js';
import * as search from './js/search.js';
import * as upload from './js/upload.js';

const ROUTES = [
  {name: 'search', test: path => path.length === 0, view: search, title: 'Поиск'},
  {name: 'protocol', test: path => path[0] === 'protocol' && path.length === 2, view: protocol, title: 'Протокол'},
  {name: 'compare', test: path => path[0] === 'compare', view: compare, title: 'Сравнение решений'},
  {name: 'upload', test: path => path[0] === 'upload', view: upload, title: 'Загрузка протоколов'},
  {name: 'matrix', test: path => path[0] === 'matrix', view: matrix, title: 'Регионы × темы'},
];

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

function show(initial) {
  if (location.hash && !location.hash.startsWith('#/')) {
    return; // an in-page anchor such as the skip link's #main
  }
  const {path, params} = parseHash(location.hash);
  const route = ROUTES.find(r => r.test(path));
  if (current && route && current.route === route && current.view.update && route.name !== 'protocol') {
    current.view.update(params);
    return;
  }
  current?.view.destroy?.();
  main.replaceChildren();
  document.title = `${route?.title ?? 'Не найдено'} — Свод`;
  const focus = !initial;
  // a view gives its heading to focus when reached from another view (the protocol view focuses its own, once
  // loaded) and takes the address's parameters through update()
  const view = route ? route.view.mount(main, {params, args: path.slice(1), focus}) : notFound(main);
  if (focus) {
    view.heading?.focus();
  }
  view.update?.(params);
  current = {route, view};
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

window.addEventListener('hashchange', () => show(false));
show(true);

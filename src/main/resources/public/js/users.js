// Users, for admins: create, change role, disable and enable; every API token of every user.
import {api} from './api.js';
import {el, errorBox} from './dom.js';
import {formatDate} from './format.js';
import {current, ROLE_NAMES} from './session.js';
import {load as loadTokens} from './tokens.js';

export function mount(main) {
  const heading = el('h1', {tabindex: '-1'}, 'Пользователи');
  const message = el('div', {'aria-live': 'polite'});
  const list = el('div', {class: 'user-list'});
  const tokens = el('div', {class: 'token-list'});
  const field = (id, label, input) => el('p', {class: 'field'}, el('label', {for: id}, label), input);
  const username = el('input', {id: 'new-user', name: 'username', autocomplete: 'off', required: true});
  const password = el('input', {id: 'new-password', name: 'password', type: 'password', autocomplete: 'new-password',
    minlength: '10', required: true});
  const role = roleSelect('new-role', 'reader');
  const form = el('form', {class: 'user-form'},
    field('new-user', 'Имя (латиницей)', username), field('new-password', 'Пароль (не меньше 10 символов)', password),
    field('new-role', 'Роль', role),
    el('p', {}, el('button', {type: 'submit', class: 'button button-primary'}, 'Добавить пользователя')));
  const reload = () => load(list, message);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    message.replaceChildren();
    try {
      const user = await api.createUser({username: username.value.trim(), password: password.value, role: role.value});
      username.value = '';
      password.value = '';
      message.append(el('p', {role: 'status'}, `Пользователь ${user.username} добавлен.`));
      await reload();
    } catch (err) {
      message.append(errorBox(err.message));
    }
  });
  main.append(el('div', {class: 'page users-page'}, heading, message, list,
    el('h2', {}, 'Новый пользователь'), form,
    el('h2', {}, 'Токены API всех пользователей'), tokens));
  reload();
  loadTokens(tokens, message, {all: true});
  return {heading};
}

function roleSelect(id, selected) {
  return el('select', {id, name: 'role'}, Object.entries(ROLE_NAMES).map(([value, label]) =>
    el('option', {value, selected: value === selected}, label)));
}

async function load(list, message) {
  let users;
  try {
    users = await api.users();
  } catch (err) {
    list.replaceChildren(errorBox(err.message));
    return;
  }
  const me = current().username;
  const change = async (username, fields) => {
    message.replaceChildren();
    try {
      await api.updateUser(username, fields);
      await load(list, message);
    } catch (err) {
      message.append(errorBox(err.message));
    }
  };
  list.replaceChildren(el('div', {class: 'table-wrap'}, el('table', {class: 'data-table'},
    el('thead', {}, el('tr', {}, ['Имя', 'Роль', 'Состояние', 'Создан', ''].map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, users.map(u => {
      const select = roleSelect(`role-${u.username}`, u.role);
      select.setAttribute('aria-label', `Роль ${u.username}`);
      select.disabled = u.username === me;
      select.addEventListener('change', () => change(u.username, {role: select.value}));
      return el('tr', {dataset: {username: u.username}},
        el('th', {scope: 'row'}, u.username),
        el('td', {}, select),
        el('td', {}, u.disabled ? 'отключён' : 'активен'),
        el('td', {}, formatDate(u.createdAt?.slice(0, 10))),
        el('td', {}, u.username === me ? el('span', {class: 'hint'}, 'это вы') : el('button', {type: 'button',
          class: 'button', onclick: () => change(u.username, {disabled: !u.disabled})},
        u.disabled ? 'Включить' : 'Отключить')));
    })))));
}

// API tokens of the signed-in user: create (the secret is shown once), list, revoke.
import {api} from './api.js';
import {el, errorBox} from './dom.js';
import {formatDate} from './format.js';

export function mount(main) {
  const heading = el('h1', {tabindex: '-1'}, 'Токены API');
  const message = el('div', {'aria-live': 'polite'});
  const list = el('div', {class: 'token-list'});
  const name = el('input', {id: 'token-name', name: 'name', maxlength: '100', placeholder: 'например, ночной импорт'});
  const form = el('form', {class: 'token-form'},
    el('p', {class: 'field'}, el('label', {for: 'token-name'}, 'Название токена'), name),
    el('p', {}, el('button', {type: 'submit', class: 'button button-primary'}, 'Создать токен')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    message.replaceChildren();
    try {
      const created = await api.createToken(name.value.trim());
      name.value = '';
      message.append(el('div', {class: 'new-token', role: 'status'},
        el('p', {}, 'Токен создан. Скопируйте его сейчас: больше он показан не будет.'),
        el('p', {}, el('code', {class: 'token-secret'}, created.token)),
        el('p', {class: 'hint'}, 'Передавайте его в заголовке: Authorization: Bearer <токен>')));
      await load(list, message);
    } catch (err) {
      message.append(errorBox(err.message));
    }
  });
  main.append(el('div', {class: 'page tokens-page'}, heading,
    el('p', {class: 'hint'}, 'Токен действует от вашего имени и с вашей ролью, пока его не отзовут.'),
    form, message, el('h2', {}, 'Ваши токены'), list));
  load(list, message);
  return {heading};
}

export async function load(list, message, {all = false} = {}) {
  try {
    const tokens = await (all ? api.allTokens() : api.tokens());
    list.replaceChildren(tokenTable(tokens, all, () => load(list, message, {all}), message));
  } catch (err) {
    list.replaceChildren(errorBox(err.message));
  }
}

function tokenTable(tokens, all, reload, message) {
  if (!tokens.length) {
    return el('p', {class: 'hint'}, 'Токенов нет.');
  }
  return el('div', {class: 'table-wrap'}, el('table', {class: 'data-table'},
    el('thead', {}, el('tr', {}, ['Название', all ? 'Владелец' : null, 'Создан', 'Состояние', ''].filter(x => x !== null)
      .map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, tokens.map(t => el('tr', {dataset: {tokenId: t.id}},
      el('td', {}, t.name), all ? el('td', {}, t.username) : null,
      el('td', {}, formatDate(t.createdAt?.slice(0, 10))),
      el('td', {}, t.revokedAt ? `отозван ${formatDate(t.revokedAt.slice(0, 10))}` : 'действует'),
      el('td', {}, t.revokedAt ? null : el('button', {type: 'button', class: 'button', onclick: async () => {
        try {
          await api.revokeToken(t.id);
          await reload();
        } catch (err) {
          message.replaceChildren(errorBox(err.message));
        }
      }}, 'Отозвать')))))));
}

// API tokens of the signed-in user: create (the secret is shown once, with its end), list, revoke.
import {api} from './api.js';
import {el, errorBox} from './dom.js';
import {formatDate} from './format.js';

export function mount(main) {
  const heading = el('h1', {tabindex: '-1'}, 'Токены API');
  const message = el('div', {'aria-live': 'polite'});
  const list = el('div', {class: 'token-list'});
  const name = el('input', {id: 'token-name', name: 'name', maxlength: '100', placeholder: 'например, ночной импорт'});
  // empty: the longest life the server allows (svod.security.token-days); it names the limit if asked for more
  const days = el('input', {id: 'token-days', name: 'expiresInDays', type: 'number', min: '1', step: '1',
    placeholder: 'наибольший, обычно 90'});
  const form = el('form', {class: 'token-form'},
    el('p', {class: 'field'}, el('label', {for: 'token-name'}, 'Название токена'), name),
    el('p', {class: 'field'}, el('label', {for: 'token-days'}, 'Срок действия, дней'), days),
    el('p', {}, el('button', {type: 'submit', class: 'button button-primary'}, 'Создать токен')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    message.replaceChildren();
    try {
      const created = await api.createToken(name.value.trim(), days.value ? Number(days.value) : null);
      name.value = '';
      days.value = '';
      message.append(el('div', {class: 'new-token', role: 'status'},
        el('p', {}, `Токен создан и действует до ${formatDateTime(created.expiresAt)}. `
          + 'Скопируйте его сейчас: больше он показан не будет.'),
        el('p', {}, el('code', {class: 'token-secret'}, created.token)),
        el('p', {class: 'hint'}, 'Передавайте его в заголовке: Authorization: Bearer <токен>')));
      await load(list, message);
    } catch (err) {
      message.append(errorBox(err.message));
    }
  });
  main.append(el('div', {class: 'page tokens-page'}, heading,
    el('p', {class: 'hint'}, 'Токен действует от вашего имени и с вашей ролью до конца своего срока или пока его не отзовут.'),
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
    el('thead', {}, el('tr', {}, ['Название', all ? 'Владелец' : null, 'Создан', 'Действует до', 'Состояние', '']
      .filter(x => x !== null)
      .map(h => el('th', {scope: 'col'}, h)))),
    el('tbody', {}, tokens.map(t => el('tr', {dataset: {tokenId: t.id}},
      el('td', {}, t.name), all ? el('td', {}, t.username) : null,
      el('td', {}, formatDate(t.createdAt?.slice(0, 10))),
      el('td', {class: 'token-expires'}, formatDateTime(t.expiresAt)),
      el('td', {class: 'token-state'}, state(t)),
      el('td', {}, t.revokedAt || expired(t) ? null : el('button', {type: 'button', class: 'button', onclick: async () => {
        try {
          await api.revokeToken(t.id);
          await reload();
        } catch (err) {
          message.replaceChildren(errorBox(err.message));
        }
      }}, 'Отозвать')))))));
}

function expired(t) {
  return t.expiresAt && new Date(t.expiresAt) <= new Date();
}

function state(t) {
  if (t.revokedAt) {
    return `отозван ${formatDate(t.revokedAt.slice(0, 10))}`;
  }
  return expired(t) ? 'истёк' : 'действует';
}

/** An instant in the reader's own time zone: a token ends at a moment, not on a calendar date. */
function formatDateTime(iso) {
  return iso ? new Date(iso).toLocaleString('ru-RU', {dateStyle: 'short', timeStyle: 'short'}) : '—';
}

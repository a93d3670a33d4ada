// Signing in: name and password, then back to where the visitor was going.
import {el, errorBox} from './dom.js';
import {current, ROLE_NAMES, signIn} from './session.js';

export function mount(main, {params}) {
  const heading = el('h1', {tabindex: '-1'}, 'Вход');
  const message = el('div', {class: 'login-message', 'aria-live': 'polite'});
  const username = el('input', {id: 'login-user', name: 'username', autocomplete: 'username', required: true});
  const password = el('input', {id: 'login-password', name: 'password', type: 'password',
    autocomplete: 'current-password', required: true});
  const submit = el('button', {type: 'submit', class: 'button button-primary'}, 'Войти');
  const form = el('form', {class: 'login-form', novalidate: true},
    el('p', {class: 'field'}, el('label', {for: 'login-user'}, 'Имя пользователя'), username),
    el('p', {class: 'field'}, el('label', {for: 'login-password'}, 'Пароль'), password),
    el('p', {}, submit));
  const me = current();
  const already = me.authenticated
    ? el('p', {class: 'hint'}, `Вы уже вошли как ${me.username} (${ROLE_NAMES[me.role] ?? me.role}).`) : null;
  form.addEventListener('submit', async e => {
    e.preventDefault();
    message.replaceChildren();
    if (!username.value.trim() || !password.value) {
      message.append(errorBox('Введите имя пользователя и пароль.'));
      return;
    }
    submit.disabled = true;
    try {
      await signIn(username.value.trim(), password.value);
      location.hash = params.get('next') || '#/';
    } catch (err) {
      password.value = '';
      message.append(errorBox(err.message));
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  main.append(el('div', {class: 'page login-page'}, heading, already, message, form,
    el('p', {class: 'hint'}, 'Учётные записи выдаёт администратор Свода. Для скриптов — токены API ',
      '(после входа: «Токены»).')));
  return {heading};
}

// Who is signed in, as the server says (GET /api/session); views ask `can(role)` to show what the role may do.
// The session itself is an HttpOnly cookie: this page never sees its secret.
import {api} from './api.js';

const ANONYMOUS = {authenticated: false, username: null, role: null, roles: [], anonymousReads: true};
let me = ANONYMOUS;
const listeners = new Set();

export const ROLE_NAMES = {reader: 'читатель', archivist: 'архивист', admin: 'администратор'};

export function current() {
  return me;
}

/** Whether the current user holds the role (roles are nested: an admin is also an archivist and a reader). */
export function can(role) {
  return me.roles.includes(role);
}

/** Whether the current visitor may read: signed in, or reads are open to everyone. */
export function mayRead() {
  return me.authenticated || me.anonymousReads;
}

export function onChange(listener) {
  listeners.add(listener);
}

function set(next) {
  me = next ?? ANONYMOUS;
  listeners.forEach(listener => listener(me));
}

export async function refresh() {
  try {
    set(await api.session());
  } catch (e) {
    set(ANONYMOUS);
  }
  return me;
}

export async function signIn(username, password) {
  set(await api.signIn(username, password));
  return me;
}

export async function signOut() {
  await api.signOut().catch(() => {});
  await refresh();
}

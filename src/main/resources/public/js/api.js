// The Svod REST API. Errors come as {error, message} with a Russian message meant for people.

export class ApiError extends Error {
  constructor(status, message, body = {}) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

const OFFLINE = 'Нет связи с сервером Свода. Проверьте подключение и повторите.';

/** GET a JSON resource; throws ApiError with the server's message. */
export async function getJson(path, {signal} = {}) {
  let response;
  try {
    response = await fetch(path, {headers: {Accept: 'application/json'}, signal});
  } catch (e) {
    if (e.name === 'AbortError') {
      throw e;
    }
    throw new ApiError(0, OFFLINE);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // a request superseded while its body was still arriving is aborted, not answered
    if (e.name === 'AbortError') {
      throw e;
    }
  }
  if (!response.ok) {
    throw new ApiError(response.status, errorMessage(response.status, body), body ?? {});
  }
  if (body === null) {
    throw new ApiError(response.status, OFFLINE);
  }
  return body;
}

/**
 * Sends a change as JSON; answers the JSON body, or null for 204. The X-Svod-Request header tells the server the
 * request comes from Svod's own page (its CSRF check for requests signed by the session cookie).
 */
export async function sendJson(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: {Accept: 'application/json', 'Content-Type': 'application/json', [CSRF_HEADER]: '1'},
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, OFFLINE);
  }
  const answer = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, errorMessage(response.status, answer), answer ?? {});
  }
  return answer;
}

export const CSRF_HEADER = 'X-Svod-Request';

export function errorMessage(status, body) {
  if (body && typeof body.message === 'string' && body.message) {
    return body.message;
  }
  if (status === 404) {
    return 'Не найдено.';
  }
  if (status === 0) {
    return OFFLINE;
  }
  return `Сервер ответил ошибкой ${status}. Повторите позже.`;
}

/** A query string from an object; skips empty values, repeats arrays (q=a&q=b). */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== null && v !== undefined && String(v).trim() !== '') {
        search.append(key, String(v));
      }
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  searchDecisions: (params, options) => getJson(`/api/search/decisions${query(params)}`, options),
  searchProtocols: (params, options) => getJson(`/api/search/protocols${query(params)}`, options),
  protocol: (id, options) => getJson(`/api/protocols/${encodeURIComponent(id)}`, options),
  similar: (decisionId, options) =>
    getJson(`/api/decisions/${encodeURIComponent(decisionId)}/similar${query({otherRegions: true, size: 10})}`, options),
  compare: (ids, options) => getJson(`/api/compare${query({ids: ids.join(',')})}`, options),
  calendar: (params, options) => getJson(`/api/calendar${query(params)}`, options),
  calendarIcsUrl: params => `/api/calendar.ics${query(params)}`,
  matrix: (topics, options) => getJson(`/api/matrix${query({q: topics})}`, options),
  originalUrl: id => `/api/protocols/${encodeURIComponent(id)}/original`,
  matrixCsvUrl: topics => `/api/matrix${query({q: topics, format: 'csv'})}`,
  session: () => getJson('/api/session'),
  signIn: (username, password) => sendJson('POST', '/api/session', {username, password}),
  signOut: () => sendJson('DELETE', '/api/session'),
  tokens: () => getJson('/api/tokens'),
  createToken: (name, expiresInDays) => sendJson('POST', '/api/tokens', {name, expiresInDays}),
  revokeToken: id => sendJson('DELETE', `/api/tokens/${encodeURIComponent(id)}`),
  allTokens: () => getJson('/api/admin/tokens'),
  users: () => getJson('/api/admin/users'),
  createUser: user => sendJson('POST', '/api/admin/users', user),
  updateUser: (username, change) => sendJson('PATCH', `/api/admin/users/${encodeURIComponent(username)}`, change),
  audit: (page, size) => getJson(`/api/admin/audit${query({page, size})}`),
  correctMetadata: (id, fields) => sendJson('PUT', `/api/protocols/${encodeURIComponent(id)}/metadata`, fields),
  reparse: id => sendJson('POST', `/api/protocols/${encodeURIComponent(id)}/reparse`),
  deleteProtocol: id => sendJson('DELETE', `/api/protocols/${encodeURIComponent(id)}`),
  exportUrl: (params, format) => `/api/search/decisions/export${query({...params, format})}`,
};

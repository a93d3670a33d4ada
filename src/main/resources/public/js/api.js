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
  matrix: (topics, options) => getJson(`/api/matrix${query({q: topics})}`, options),
  originalUrl: id => `/api/protocols/${encodeURIComponent(id)}/original`,
  matrixCsvUrl: topics => `/api/matrix${query({q: topics, format: 'csv'})}`,
  exportUrl: (params, format) => `/api/search/decisions/export${query({...params, format})}`,
};

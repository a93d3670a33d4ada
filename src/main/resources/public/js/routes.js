// Addresses of the views inside the page (hash routes), so every view can be bookmarked and shared.
import {query} from './api.js';

export const href = {
  search: params => `#/${query(params ?? {})}`,
  protocol: (protocolId, decisionId) =>
    `#/protocol/${encodeURIComponent(protocolId)}${query({decision: decisionId})}`,
  compare: ids => `#/compare${query({ids: ids.join(',')})}`,
  matrix: topics => `#/matrix${query({q: topics ?? []})}`,
  upload: () => '#/upload',
  calendar: params => `#/calendar${query(params ?? {})}`,
};

/** Parses location.hash: '#/protocol/abc?decision=x' → {path: ['protocol', 'abc'], params}. */
export function parseHash(hash) {
  const raw = hash.startsWith('#/') ? hash.slice(2) : '';
  const cut = raw.indexOf('?');
  const path = (cut < 0 ? raw : raw.slice(0, cut)).split('/').filter(Boolean).map(decodeURIComponent);
  const params = new URLSearchParams(cut < 0 ? '' : raw.slice(cut + 1));
  return {path, params};
}

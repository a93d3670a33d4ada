// One decision as a card: where it comes from, its text or snippet, addressees and deadline.
import {el, highlighted} from './dom.js';
import {DEADLINE_KINDS, addresseeList, deadlineChip, formatDate} from './format.js';
import {href} from './routes.js';

export function decisionTitle(hit) {
  const where = hit.region || hit.municipality || 'Регион не указан';
  return hit.number ? `${where}, пункт ${hit.number}` : where;
}

function source(hit) {
  const line = [hit.region ? hit.municipality : null, hit.issuingBody, hit.kind, formatDate(hit.date)]
    .filter(v => v && String(v).trim()).join(' · ');
  return line || hit.fileName;
}

/** The snippet with the server's <em> marks; an ellipsis where it cuts the decision text. */
function snippet(hit) {
  const plain = hit.highlight.replace(/<\/?em>/g, '');
  return el('p', {class: 'decision-text'},
    hit.text && !hit.text.startsWith(plain) ? '… ' : null,
    highlighted(hit.highlight),
    hit.text && !hit.text.endsWith(plain) ? ' …' : null);
}

/** Addressees and deadline: compact, or (labelled) as rows that say "не указан" too, for comparing. */
function facts(hit, labelled) {
  if (labelled) {
    return el('dl', {class: 'card-facts-list'},
      el('div', {}, el('dt', {}, 'Кому'), el('dd', {}, addresseeList(hit.addressees) ?? 'не указано')),
      el('div', {}, el('dt', {}, 'Срок'), el('dd', {}, deadlineChip(hit.deadline) ?? DEADLINE_KINDS.NONE)));
  }
  const items = [addresseeList(hit.addressees), deadlineChip(hit.deadline)].filter(Boolean);
  return items.length ? el('div', {class: 'card-facts'}, el('span', {class: 'visually-hidden'}, 'Кому и срок:'), items)
    : null;
}

/**
 * @param hit       a decision hit of the API
 * @param level     heading level of the card title
 * @param text      a node to show instead of the snippet or text
 * @param clamp     shorten long texts to a few lines
 * @param labelled  addressee and deadline as labelled rows, shown even when missing
 * @param actions   nodes for the card's action row
 */
export function decisionCard(hit, {level = 3, text = null, clamp = false, labelled = false, actions = []} = {}) {
  const body = text ?? (hit.highlight ? snippet(hit) : el('p', {class: 'decision-text'}, hit.text));
  if (clamp) {
    body.classList.add('clamp');
  }
  return el('article', {class: 'decision-card', dataset: {decisionId: hit.decisionId, region: hit.region ?? ''}},
    el(`h${level}`, {class: 'card-title'},
      el('a', {href: href.protocol(hit.protocolId, hit.decisionId)}, decisionTitle(hit))),
    el('p', {class: 'card-source'}, source(hit)),
    body,
    facts(hit, labelled),
    actions.length ? el('div', {class: 'card-actions'}, actions) : null);
}

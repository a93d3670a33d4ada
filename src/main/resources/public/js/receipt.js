// The upload receipt: what Svod made of a file, on the upload page and the protocol page; «Перечитать» for archivists.
import {api} from './api.js';
import {append, el, errorBox} from './dom.js';
import {formatCount, plural} from './format.js';
import {href} from './routes.js';
import {can} from './session.js';

function textSource(r) {
  if (r.textSource === 'OCR') {
    const pages = r.ocrPages ? `, страниц: ${formatCount(r.ocrPages)}` : '';
    // Tika does not pass on Tesseract's confidence; say so rather than show nothing
    const confidence = r.ocrConfidence != null ? `, уверенность ${Math.round(r.ocrConfidence)} %` : ', уверенность распознавания не сообщается';
    return `распознан (OCR)${pages}${confidence}`;
  }
  return r.textSource === 'TEXT' ? 'текст из файла (без распознавания)' : 'не записано';
}

/**
 * @param protocolId the protocol the receipt is of
 * @param receipt    the API's receipt
 * @param onReparsed called with the answer of «Перечитать», after the block shows the new receipt
 * @param notice     a line for the status, e.g. what the last «Перечитать» did
 * @param label      the region's name; several receipts on one page need one each
 */
export function receiptBlock(protocolId, receipt, {onReparsed = null, notice = null, label = 'Квитанция загрузки'} = {}) {
  const block = el('section', {class: 'receipt', 'aria-label': label, dataset: {decisions: String(receipt.decisions)}});
  const status = el('p', {class: 'status receipt-status', role: 'status', 'aria-live': 'polite'});
  const fill = r => {
    const rows = [
      ['Решений', formatCount(r.decisions)],
      ['Сроков', formatCount(r.deadlines)],
      ['Страниц', r.pages != null ? formatCount(r.pages) : '—'],
      ['Текст', textSource(r)],
      ['Регион', r.regionFound ? r.region : `не определён${r.regionNote ? ` (${r.regionNote})` : ''}`],
      r.duplicateOf ? ['Тот же текст', el('a', {href: href.protocol(r.duplicateOf.id)}, r.duplicateOf.fileName)] : null,
    ].filter(Boolean);
    block.dataset.decisions = String(r.decisions);
    block.replaceChildren();
    // append() skips the parts that are not there (replaceChildren would write "null")
    append(block,
      el('h2', {class: 'receipt-title'}, 'Квитанция загрузки'),
      el('dl', {class: 'receipt-facts'}, rows.map(([label, value]) => el('div', {class: 'receipt-fact'},
        el('dt', {}, label), el('dd', {}, value)))),
      r.warnings.length ? el('ul', {class: 'receipt-warnings'}, r.warnings.map(w => el('li', {}, w))) : null,
      can('archivist') ? el('p', {class: 'page-actions'}, reparseButton(r)) : null,
      status);
  };
  const reparseButton = () => el('button', {type: 'button', class: 'button', onclick: async e => {
    e.currentTarget.disabled = true;
    status.textContent = 'Перечитываем…';
    try {
      const answer = await api.reparse(protocolId);
      const n = answer.receipt.decisions;
      fill(answer.receipt);
      status.textContent = `Перечитано текущим разборщиком: ${formatCount(n)} ${plural(n, 'решение', 'решения', 'решений')}.`;
      onReparsed?.(answer);
    } catch (err) {
      status.replaceChildren(errorBox(err.message));
      e.target.disabled = false;
    }
  }}, 'Перечитать');
  fill(receipt);
  status.textContent = notice ?? '';
  return block;
}

// The upload view: several files by drag and drop or the file dialog, optional metadata for all of them,
// per-file progress (XMLHttpRequest upload events) and the outcome of each: stored, already stored, error.
import {api, CSRF_HEADER, errorMessage} from './api.js';
import {el, uid} from './dom.js';
import {formatCount, formatSize, plural} from './format.js';
import {receiptBlock} from './receipt.js';
import {href} from './routes.js';

const ACCEPT = '.pdf,.docx,.doc,.rtf,.odt,.html,.htm,.txt';
const FIELDS = [
  {name: 'region', label: 'Регион', list: 'region', placeholder: 'например, Смоленская область'},
  {name: 'municipality', label: 'Муниципалитет', list: 'municipality'},
  {name: 'date', label: 'Дата протокола', type: 'date'},
  {name: 'kind', label: 'Вид документа', list: 'kind', placeholder: 'например, протокол совещания'},
];

export function mount(main) {
  return new UploadView(main);
}

class UploadView {
  constructor(main) {
    this.items = [];
    this.busy = false;
    this.heading = el('h1', {tabindex: '-1'}, 'Загрузка протоколов');
    this.input = el('input', {type: 'file', id: 'files', name: 'file', multiple: true, accept: ACCEPT,
      class: 'file-input'});
    this.input.addEventListener('change', () => {
      this.add(this.input.files);
      this.input.value = '';
    });
    this.dropzone = el('div', {class: 'dropzone'},
      el('p', {class: 'drop-title'}, 'Перетащите файлы сюда'),
      el('p', {}, 'или ', this.input, el('label', {for: 'files', class: 'button'}, 'выберите файлы')),
      el('p', {class: 'hint'}, 'PDF, DOCX, DOC, RTF, ODT, HTML, TXT; можно несколько сразу.'));
    this.wireDrop();
    const lists = {};
    this.form = el('form', {class: 'upload-form', 'aria-labelledby': 'upload-h'},
      this.dropzone,
      el('fieldset', {class: 'override'},
        el('legend', {}, 'Уточнить сведения (необязательно)'),
        el('p', {class: 'hint'}, 'Относится ко всем файлам этой загрузки и заменяет прочитанное из текста.'),
        el('div', {class: 'field-grid'}, FIELDS.map(f => {
          if (f.list) {
            lists[f.list] = el('datalist', {id: `${f.list}-options`});
          }
          return el('div', {class: 'field'}, el('label', {for: `upload-${f.name}`}, f.label),
            el('input', {id: `upload-${f.name}`, name: f.name, type: f.type ?? 'text', autocomplete: 'off',
              list: f.list ? `${f.list}-options` : null, placeholder: f.placeholder ?? null}),
            f.list ? lists[f.list] : null);
        }))),
      el('p', {class: 'page-actions'},
        this.submit = el('button', {type: 'submit', class: 'button button-primary'}, 'Загрузить'),
        this.clear = el('button', {type: 'button', class: 'button'}, 'Очистить список')));
    this.form.addEventListener('submit', e => {
      e.preventDefault();
      this.uploadAll();
    });
    this.clear.addEventListener('click', () => this.clearDone());
    this.status = el('p', {class: 'status', id: 'upload-status', role: 'status', 'aria-live': 'polite'},
      'Файлы ещё не выбраны.');
    this.list = el('ul', {class: 'upload-list', 'aria-labelledby': 'files-h'});
    main.append(el('div', {class: 'page upload-page'}, this.heading,
      el('p', {class: 'lead'}, 'Свод сохранит оригинал, прочитает текст и разложит его на решения с адресатами и ' +
        'сроками. Файл, который уже есть в своде, второй раз не сохраняется.'),
      el('h2', {id: 'upload-h', class: 'visually-hidden'}, 'Выбор файлов'),
      this.form,
      el('section', {class: 'upload-files', 'aria-labelledby': 'files-h'},
        el('h2', {id: 'files-h'}, 'Файлы'), this.status, this.list)));
    fillSuggestions(lists);
  }

  wireDrop() {
    const zone = this.dropzone;
    const over = e => {
      e.preventDefault();
      zone.classList.add('is-dragover');
    };
    zone.addEventListener('dragenter', over);
    zone.addEventListener('dragover', over);
    zone.addEventListener('dragleave', e => {
      if (!zone.contains(e.relatedTarget)) {
        zone.classList.remove('is-dragover');
      }
    });
    zone.addEventListener('drop', e => {
      e.preventDefault();
      zone.classList.remove('is-dragover');
      this.add(e.dataTransfer?.files ?? []);
    });
    // a file dropped next to the zone must not make the browser leave the page to show it
    this.guard = e => {
      if (!zone.contains(e.target)) {
        e.preventDefault();
      }
    };
    window.addEventListener('dragover', this.guard);
    window.addEventListener('drop', this.guard);
  }

  destroy() {
    window.removeEventListener('dragover', this.guard);
    window.removeEventListener('drop', this.guard);
  }

  add(files) {
    const added = [...files].map(file => new UploadItem(file));
    if (!added.length) {
      return;
    }
    this.items.push(...added);
    this.list.append(...added.map(item => item.node));
    const waiting = this.items.filter(i => i.state === 'pending').length;
    this.status.textContent = `${formatCount(waiting)} ${plural(waiting, 'файл ждёт', 'файла ждут', 'файлов ждут')} ` +
      'загрузки: нажмите «Загрузить».';
  }

  fields() {
    const fields = {};
    for (const f of FIELDS) {
      const value = this.form.elements[f.name].value.trim();
      if (value) {
        fields[f.name] = value;
      }
    }
    return fields;
  }

  async uploadAll() {
    if (this.busy) {
      return;
    }
    const queue = this.items.filter(i => i.state === 'pending');
    if (!queue.length) {
      this.status.textContent = 'Сначала выберите или перетащите файлы.';
      return;
    }
    this.busy = true;
    this.submit.disabled = true;
    const fields = this.fields();
    let done = 0;
    for (const item of queue) {
      this.status.textContent = `Загружается ${done + 1} из ${queue.length}: ${item.file.name}`;
      await item.upload(fields);
      done += 1;
      this.status.textContent = `${item.file.name}: ${item.summary}`;
    }
    const count = outcome => queue.filter(i => i.state === outcome).length;
    this.status.textContent = `Готово: сохранено ${count('stored')}, уже были в своде ${count('duplicate')}, ` +
      `ошибок ${count('error')}.`;
    this.busy = false;
    this.submit.disabled = false;
  }

  clearDone() {
    this.items = this.items.filter(item => {
      const keep = item.state === 'uploading';
      if (!keep) {
        item.node.remove();
      }
      return keep;
    });
    this.status.textContent = 'Список очищен.';
  }
}

const STATE_TEXT = {
  pending: 'ждёт загрузки', uploading: 'загружается', processing: 'обрабатывается…', stored: 'сохранён',
  duplicate: 'уже есть в своде', error: 'ошибка',
};

class UploadItem {
  constructor(file) {
    this.file = file;
    this.state = 'pending';
    this.summary = '';
    const nameId = uid('file');
    this.progress = el('progress', {max: '100', value: '0', 'aria-labelledby': nameId});
    this.stateLabel = el('span', {class: 'upload-state'});
    this.detail = el('span', {class: 'upload-detail'});
    this.remove = el('button', {type: 'button', class: 'button-quiet'}, 'Убрать',
      el('span', {class: 'visually-hidden'}, ` ${file.name}`));
    this.remove.addEventListener('click', () => {
      this.state = 'removed';
      this.node.remove();
    });
    this.node = el('li', {class: 'upload-item', dataset: {state: 'pending'}},
      el('p', {class: 'upload-name'}, el('strong', {id: nameId}, file.name),
        el('span', {class: 'hint'}, ` ${formatSize(file.size)}`)),
      this.progress,
      el('p', {class: 'upload-result'}, this.stateLabel, this.detail, this.remove));
    this.set('pending');
  }

  set(state, detail = null) {
    this.state = state;
    this.node.dataset.state = state;
    this.stateLabel.textContent = detail ? `${STATE_TEXT[state]}: ` : STATE_TEXT[state];
    this.detail.replaceChildren(...(detail ? [detail].flat() : []));
    this.remove.hidden = state !== 'pending';
  }

  upload(fields) {
    this.set('uploading', '0 %');
    return new Promise(resolve => {
      const form = new FormData();
      form.append('file', this.file, this.file.name);
      Object.entries(fields).forEach(([key, value]) => form.append(key, value));
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/protocols');
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.setRequestHeader(CSRF_HEADER, '1');
      xhr.upload.addEventListener('progress', e => {
        if (e.lengthComputable) {
          const percent = Math.round((e.loaded / e.total) * 100);
          this.progress.value = percent;
          this.set('uploading', `${percent} %`);
        }
      });
      xhr.upload.addEventListener('load', () => {
        this.progress.value = 100;
        this.set('processing');
      });
      xhr.addEventListener('load', () => {
        this.finish(xhr.status, parse(xhr.responseText));
        resolve();
      });
      xhr.addEventListener('error', () => {
        this.finish(0, null);
        resolve();
      });
      xhr.send(form);
    });
  }

  finish(status, body) {
    this.progress.value = 100;
    if (status === 201 && body) {
      const n = body.decisions ?? 0;
      const later = body.searchable === false ? '; в поиске появится чуть позже' : '';
      this.summary = `сохранён, ${formatCount(n)} ${plural(n, 'решение', 'решения', 'решений')}${later}`;
      this.set('stored', [`${formatCount(n)} ${plural(n, 'решение', 'решения', 'решений')}${later} — `,
        el('a', {href: href.protocol(body.id)}, 'открыть протокол'),
        body.regionMissing ? el('span', {class: 'region-missing'},
          ` Регион не удалось прочитать${body.regionNote ? ` (${body.regionNote})` : ''}: `,
          el('a', {href: href.protocol(body.id)}, 'укажите его'), '.') : null].filter(Boolean));
      if (body.receipt) {
        this.node.append(receiptBlock(body.id, body.receipt, {label: `Квитанция загрузки: ${this.file.name}`}));
      }
    } else if (status === 409 && body?.protocolId) {
      this.summary = 'уже есть в своде';
      this.set('duplicate', [body.message ? `${body.message} ` : '',
        el('a', {href: href.protocol(body.protocolId)}, 'открыть сохранённый')]);
    } else {
      const message = errorMessage(status, body);
      this.summary = `ошибка: ${message}`;
      this.set('error', message);
      this.progress.value = 0;
    }
  }
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Regions, municipalities and kinds already in Svod, offered while typing. */
async function fillSuggestions(lists) {
  let answer;
  try {
    answer = await api.searchProtocols({size: 1});
  } catch {
    return;
  }
  for (const [name, list] of Object.entries(lists)) {
    list.replaceChildren(...(answer.facets?.[name] ?? []).map(v => el('option', {value: v.value})));
  }
}

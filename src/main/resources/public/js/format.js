// Russian labels, dates and the deadline chip.
import {el} from './dom.js';

export const ADDRESSEE_KINDS = {
  REGIONAL_AUTHORITY: 'региональный орган управления образованием',
  MUNICIPAL_AUTHORITY: 'муниципальный орган управления образованием',
  MUNICIPALITY_HEADS: 'главы муниципальных образований',
  DEVELOPMENT_INSTITUTE: 'институт развития образования',
  SCHOOLS: 'школы',
  KINDERGARTENS: 'детские сады',
  CONTROL: 'контроль исполнения',
  OTHER: 'другие адресаты',
};

export const DEADLINE_KINDS = {
  DATE: 'к дате',
  MONTH: 'в течение месяца',
  RANGE: 'период',
  YEAR: 'в течение года',
  ONGOING: 'постоянно',
  PERIODIC: 'периодически',
  RELATIVE: 'от события',
  UNSPECIFIED: 'без точной даты',
  NONE: 'без срока',
};

const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь',
  'ноябрь', 'декабрь'];

/** yyyy-MM-dd → dd.MM.yyyy, read as a calendar date (no time zone shifts). */
export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[3]}.${m[2]}.${m[1]}` : '';
}

function parts(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? {year: Number(m[1]), month: Number(m[2]), day: Number(m[3])} : null;
}

function lastDayOfMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today as yyyy-MM-dd in the reader's time zone. */
function todayIso(now = new Date()) {
  const pad = n => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function formatSize(bytes) {
  if (!Number.isFinite(bytes)) {
    return '';
  }
  const units = ['Б', 'КБ', 'МБ', 'ГБ'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString('ru-RU', {maximumFractionDigits: digits})} ${units[unit]}`;
}

export function formatCount(n) {
  return Number(n).toLocaleString('ru-RU');
}

/** 1 решение, 2 решения, 5 решений. */
export function plural(n, one, few, many) {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) {
    return one;
  }
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
    return few;
  }
  return many;
}

/** A period as people say it: whole months by name, otherwise dates. */
function period(from, to) {
  const a = parts(from);
  const b = parts(to);
  if (a && b && a.day === 1 && b.day === lastDayOfMonth(b.year, b.month)) {
    const start = a.year === b.year ? MONTHS[a.month - 1] : `${MONTHS[a.month - 1]} ${a.year}`;
    return a.year === b.year && a.month === b.month ? `${start} ${b.year}` : `${start} – ${MONTHS[b.month - 1]} ${b.year}`;
  }
  if (a && b) {
    return `${formatDate(from)} – ${formatDate(to)}`;
  }
  if (b) {
    return `до ${formatDate(to)}`;
  }
  return a ? `с ${formatDate(from)}` : '';
}

/** What the chip says for a deadline; empty for NONE. */
function deadlineLabel(deadline) {
  const {kind, from, to, recurrence, raw} = deadline;
  switch (kind) {
    case 'DATE':
      return to ? `до ${formatDate(to)}` : formatDate(from);
    case 'MONTH': {
      const p = parts(to ?? from);
      return p ? `${MONTHS[p.month - 1]} ${p.year}` : 'месяц';
    }
    case 'RANGE':
      return period(from, to) || 'период';
    case 'YEAR': {
      const p = parts(to ?? from);
      return p ? `в течение ${p.year} года` : 'в течение года';
    }
    case 'ONGOING':
      return 'постоянно';
    case 'PERIODIC':
      return recurrence ? `периодически: ${recurrence}` : 'периодически';
    // No dates to show: the words themselves ("в течение 10 дней со дня подписания", "в установленные сроки").
    case 'RELATIVE':
    case 'UNSPECIFIED':
      return raw || DEADLINE_KINDS[kind];
    default:
      return '';
  }
}

/** Overdue: a deadline with an end that lies before today. ONGOING, PERIODIC, RELATIVE, UNSPECIFIED never are. */
function isOverdue(deadline, today = todayIso()) {
  return ['DATE', 'MONTH', 'RANGE', 'YEAR'].includes(deadline?.kind) && Boolean(deadline.to) && deadline.to < today;
}

/** The deadline chip, or null for no deadline (NONE is not shown). */
export function deadlineChip(deadline, today = todayIso()) {
  if (!deadline || !deadline.kind || deadline.kind === 'NONE') {
    return null;
  }
  const overdue = isOverdue(deadline, today);
  const title = [deadline.raw ? `В протоколе: «${deadline.raw}»` : null,
    deadline.shared ? 'общий срок для группы поручений' : null].filter(Boolean).join('; ');
  return el('span', {
    class: `chip deadline deadline--${deadline.kind.toLowerCase()}${overdue ? ' is-overdue' : ''}`,
    dataset: {kind: deadline.kind},
    title: title || null,
  },
  el('span', {class: 'visually-hidden'}, 'Срок: '),
  el('span', {class: 'deadline-label'}, deadlineLabel(deadline)),
  overdue ? el('span', {class: 'overdue-label'}, 'просрочено') : null);
}

/** "Смоленская область · Департамент … · решение коллегии · 09.12.2021", without the blanks. */
export function metaLine(item) {
  return [item.region, item.municipality, item.issuingBody, item.kind, formatDate(item.date)]
    .filter(v => v && String(v).trim()).join(' · ');
}

/** Addressees as a list: the name and, for screen readers and on hover, the kind. */
export function addresseeList(addressees) {
  if (!addressees?.length) {
    return null;
  }
  return el('ul', {class: 'addressees'}, addressees.map(a =>
    el('li', {title: ADDRESSEE_KINDS[a.kind] ?? null, dataset: {kind: a.kind ?? ''}},
      a.name || a.raw,
      a.kind ? el('span', {class: 'addressee-kind'}, ADDRESSEE_KINDS[a.kind] ?? a.kind) : null)));
}

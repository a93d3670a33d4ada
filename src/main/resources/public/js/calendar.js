// «Сроки»: decisions falling due in a month, across regions, by day, overdue or upcoming, with the search's filters.
import {api} from './api.js';
import {el, errorBox} from './dom.js';
import {decisionCard} from './decision-card.js';
import {ADDRESSEE_KINDS, formatCount, formatDate, plural} from './format.js';
import {href} from './routes.js';

const MONTHS_IN = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре',
  'ноябре', 'декабре'];
const FIELDS = ['month', 'q', 'region', 'addresseeKind'];

export function mount(main) {
  return new CalendarView(main);
}

/** yyyy-MM shifted by n months. */
function shift(month, n) {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

function monthIn(month) {
  const [y, m] = month.split('-').map(Number);
  return `в ${MONTHS_IN[m - 1]} ${y}`;
}

class CalendarView {
  constructor(main) {
    this.heading = el('h1', {tabindex: '-1'}, 'Сроки исполнения');
    this.inputs = {
      month: el('input', {type: 'month', id: 'cal-month', name: 'month', required: true}),
      q: el('input', {type: 'search', id: 'cal-q', name: 'q', autocomplete: 'off', placeholder: 'например, мониторинг'}),
      region: el('input', {type: 'text', id: 'cal-region', name: 'region', placeholder: 'все регионы'}),
      addresseeKind: el('select', {id: 'cal-addressee', name: 'addresseeKind'}, el('option', {value: ''}, 'все адресаты'),
        Object.entries(ADDRESSEE_KINDS).map(([value, label]) => el('option', {value}, label))),
    };
    const field = (input, label) => el('div', {class: 'field'}, el('label', {for: input.id}, label), input);
    const form = el('form', {class: 'calendar-form', 'aria-label': 'Период и фильтры'},
      el('div', {class: 'calendar-fields'}, field(this.inputs.month, 'Месяц'), field(this.inputs.q, 'Тема'),
        field(this.inputs.region, 'Регион'), field(this.inputs.addresseeKind, 'Кому адресовано')),
      el('p', {class: 'page-actions'}, el('button', {type: 'submit', class: 'button button-primary'}, 'Показать')));
    form.addEventListener('submit', e => {
      e.preventDefault();
      location.hash = href.calendar(this.formParams());
    });
    this.nav = el('p', {class: 'calendar-nav'});
    this.status = el('p', {class: 'status', id: 'calendar-status', role: 'status', 'aria-live': 'polite'});
    this.download = el('p', {class: 'exports'});
    this.output = el('div', {class: 'calendar-output'});
    main.append(el('div', {class: 'page calendar-page'}, this.heading,
      el('p', {class: 'lead'}, 'Решения всех регионов, срок исполнения которых приходится на выбранный месяц, по дням: ' +
        'что уже просрочено и что предстоит. Тема и фильтры — как в поиске.'),
      form, this.nav, this.status, this.download, this.output));
  }

  formParams() {
    return Object.fromEntries(FIELDS.map(name => [name, this.inputs[name].value.trim() || null]));
  }

  async update(params) {
    const wanted = Object.fromEntries(FIELDS.map(name => [name, params.get(name)]));
    for (const name of FIELDS) {
      this.inputs[name].value = wanted[name] ?? '';
    }
    this.output.replaceChildren();
    this.download.replaceChildren();
    this.nav.replaceChildren();
    this.status.textContent = 'Загружаем сроки…';
    // only the latest address is shown: an earlier answer arriving late must not replace it
    const asked = (this.asked ?? 0) + 1;
    this.asked = asked;
    let calendar;
    try {
      calendar = await api.calendar(wanted);
    } catch (e) {
      if (asked === this.asked) {
        this.status.textContent = '';
        this.output.append(errorBox(e.message));
      }
      return;
    }
    if (asked !== this.asked) {
      return;
    }
    const month = calendar.from.slice(0, 7);
    this.inputs.month.value = month;
    const selection = {...wanted, month};
    this.nav.append(
      el('a', {class: 'button button-small', href: href.calendar({...selection, month: shift(month, -1)})}, '← Предыдущий месяц'),
      ' ',
      el('a', {class: 'button button-small', href: href.calendar({...selection, month: shift(month, 1)})}, 'Следующий месяц →'));
    const total = calendar.days.reduce((n, day) => n + day.decisions.length, 0);
    this.status.textContent = total
      ? `Сроки ${monthIn(month)}: ${formatCount(total)} ${plural(total, 'решение', 'решения', 'решений')}` +
        `, просрочено ${formatCount(calendar.overdue)}, предстоит ${formatCount(calendar.upcoming)}` +
        ` (на ${formatDate(calendar.today)}).` + (calendar.truncated ? ' Показаны первые; уточните фильтры.' : '')
      : `Решений со сроком ${monthIn(month)} не нашлось.`;
    this.download.append(el('a', {class: 'button', href: api.calendarIcsUrl(selection), download: `svod-deadlines-${month}.ics`},
      'Скачать .ics'), el('span', {class: 'hint'}, ' — для Outlook, Google Календаря, Thunderbird'));
    this.output.append(el('ol', {class: 'calendar-days'}, calendar.days.map(day => {
      const overdue = day.status === 'OVERDUE';
      return el('li', {class: `calendar-day${overdue ? ' is-overdue' : ''}`, dataset: {date: day.date, status: day.status}},
        el('h2', {class: 'calendar-date'}, formatDate(day.date), ' ',
          el('span', {class: overdue ? 'overdue-label' : 'upcoming-label'}, overdue ? 'просрочено' : 'предстоит'),
          el('span', {class: 'calendar-count'}, ` ${formatCount(day.decisions.length)} ` +
            plural(day.decisions.length, 'решение', 'решения', 'решений'))),
        el('ul', {class: 'calendar-decisions'}, day.decisions.map(hit => el('li', {}, decisionCard(hit, {clamp: true})))));
    })));
  }
}

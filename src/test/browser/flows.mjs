// Svod's web UI in a real browser: the researcher's, analyst's and archivist's flows, the heat map, safe
// rendering of document text, and every view at phone width. Screenshots go to the given folder for review.
//
// usage: node flows.mjs BASE_URL [SCREENSHOT_DIR]     (exit 0: all flows passed)
// needs: the Svod at BASE_URL with the seed protocols uploaded, region given for each, and an archivist and an
// admin as "user:password" in SVOD_FLOW_ARCHIVIST and SVOD_FLOW_ADMIN (BrowserFlowsIT does it)
import {randomInt} from 'node:crypto';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {mockedRendering} from './rendering.mjs';
import {assertNoSidewaysScroll, atLeast, audit, check, launch, log, newPage, screenshots, waitText, waitUntil}
  from './support.mjs';

const SMOLENSK = 'Смоленская область';
const credentials = name => {
  const value = process.env[name] ?? '';
  const cut = value.indexOf(':');
  return {username: value.slice(0, cut), password: value.slice(cut + 1)};
};
const ARCHIVIST = credentials('SVOD_FLOW_ARCHIVIST');
const ADMIN = credentials('SVOD_FLOW_ADMIN');
const PHONE = {width: 375, height: 812};

const [baseArg, shotArg] = process.argv.slice(2);
if (!baseArg) {
  console.error('usage: node flows.mjs BASE_URL [SCREENSHOT_DIR]');
  process.exit(2);
}
const BASE = baseArg.replace(/\/+$/, '');
const shot = screenshots(resolve(shotArg ?? 'target/screenshots'));
const at = hash => `${BASE}/${hash}`;
const searchUrl = params => at(`#/?${new URLSearchParams(params)}`);

/** A word no seed protocol has: Cyrillic, so it goes through the Russian analysis like any other. */
function uniqueWord(prefix) {
  const letters = 'бвгджзклмнпрстфхцчш';
  const vowels = 'аеиоуя';
  let word = prefix;
  for (let i = 0; i < 4; i++) {
    word += letters[randomInt(letters.length)] + vowels[randomInt(vowels.length)];
  }
  return word;
}

function protocolFile(dir, name, word) {
  const path = join(dir, name);
  writeFileSync(path, [
    'ПРОТОКОЛ',
    'совещания по вопросам общего образования',
    'от 17 мая 2024 года',
    '',
    `1. Обеспечить внедрение программы «${word}» в общеобразовательных организациях.`,
    'Срок: до 01.09.2024',
    '',
    '2. Провести мониторинг реализации программы наставничества.',
    'Срок: постоянно',
    '',
  ].join('\n'));
  return path;
}

/** Signs in through the form; the header then names the user. */
async function signIn(page, {username, password}) {
  await page.goto(at('#/login'));
  const form = page.locator('.login-form');
  await form.getByLabel('Имя пользователя').fill(username);
  await form.getByLabel('Пароль').fill(password);
  await form.getByRole('button', {name: 'Войти'}).click();
  await waitText(page.locator('#account .whoami-name'), new RegExp(`^${username}$`));
}

async function researcher(context) {
  const page = await newPage(context);
  await page.goto(at(''));

  // keyboard: the first Tab reaches the skip link, which moves focus to the content
  await page.keyboard.press('Tab');
  check(await page.evaluate(() => document.activeElement?.classList.contains('skip-link')), 'Tab does not reach the skip link');
  await page.keyboard.press('Enter');
  check(await page.evaluate(() => document.activeElement?.id === 'main'), 'the skip link does not focus the content');

  // all decisions before any query; "Показать ещё" appends the next page through the cursor
  await waitText(page.locator('#summary'), /Всего \d+ решени/);
  await atLeast(page, '.hits > li', 20, 'the first page of hits');
  await page.getByRole('button', {name: 'Показать ещё'}).click();
  await atLeast(page, '.hits > li', 21, 'the second page appended');
  log(`  paging: ${await page.locator('.hits > li').count()} hits after «Показать ещё»`);

  const box = page.getByRole('searchbox', {name: 'Что ищем'});
  await box.fill('наставничество');
  await box.press('Enter');
  await waitText(page.locator('#summary'), /Найдено \d+ решени\S* по запросу «наставничество»/);
  const marks = page.locator('.hits mark');
  await atLeast(page, '.hits mark', 1, 'highlighted matches');
  for (const text of await marks.allTextContents()) {
    check(/наставни/i.test(text), `a highlight marks «${text}», not a form of наставничество`);
  }
  const facet = page.locator('[data-facet="region"] .facet-value', {hasText: SMOLENSK});
  await waitText(facet, /Смоленская область.*\d+/);
  await shot(page, 'researcher-1-results');
  await audit(page, 'researcher-1-results');

  // the facet works from the keyboard
  await facet.focus();
  await page.keyboard.press('Enter');
  await waitUntil(page, 'the region facet is applied', region => {
    const pressed = document.querySelector('[data-facet="region"] .facet-value[aria-pressed="true"]');
    const cards = [...document.querySelectorAll('.hits .decision-card')];
    return pressed?.dataset.value === region && cards.length > 0 && cards.every(c => c.dataset.region === region);
  }, SMOLENSK);
  await waitText(page.locator('.active-filters'), /Регион: Смоленская область/);
  check(await page.evaluate(() => document.activeElement?.dataset.focusKey?.startsWith('facet:region')),
    'focus is lost after choosing a facet');
  await shot(page, 'researcher-2-filtered');

  // sort and scope: whole protocols know no deadline sort
  await page.getByLabel('Сортировка').selectOption('date');
  await waitUntil(page, 'the search is sorted by date', () => location.hash.includes('sort=date'));
  await page.getByLabel('протоколы целиком').check();
  await waitText(page.locator('#summary'), /Найдено \d+ протокол\S* по запросу «наставничество»/);
  await atLeast(page, '.hits .protocol-card mark', 1, 'highlighted protocols');
  check(await page.locator('#sort option[value="deadline"]').isDisabled(), 'protocols offer a deadline sort');
  await page.getByLabel('отдельные решения').check();
  await waitText(page.locator('#summary'), /Найдено \d+ решени\S* по запросу «наставничество» с выбранными/);

  // the protocol of the first hit
  const card = page.locator('.hits .decision-card').first();
  const decisionId = await card.getAttribute('data-decision-id');
  await card.locator('.card-title a').click();
  await page.locator('.meta-list').waitFor();
  const protocolId = decisionId.replace(/-\d+$/, '');
  const meta = name => page.locator('.meta-item', {has: page.locator('dt', {hasText: name})}).locator('dd');
  await waitText(meta('Регион'), /^Смоленская область$/);
  await waitText(meta('Дата'), /^09\.12\.2021$/);
  await waitText(meta('Вид документа'), /^решение коллегии$/);
  check(await meta('Орган').count() === 1, 'the issuing body is not shown');
  const headers = await page.locator('.decisions-table thead th').allTextContents();
  for (const name of ['№', 'Решение', 'Кому', 'Срок']) {
    check(headers.includes(name), `the decisions table has no column «${name}»: ${headers}`);
  }
  const target = page.locator('.decisions-table tr.is-target');
  check(await target.getAttribute('data-decision-id') === decisionId, 'the hit\'s decision is not marked in the table');

  const stored = await (await page.request.get(`${BASE}/api/protocols/${protocolId}`)).json();
  check(await page.locator('.decisions-table tr[data-decision-id]').count() === stored.decisions.length,
    'the table does not list every decision');
  const dated = stored.decisions.filter(d => d.deadline && d.deadline.kind !== 'NONE').length;
  const addressed = stored.decisions.reduce((n, d) => n + (d.addressees?.length ?? 0), 0);
  check(await page.locator('.decisions-table .deadline').count() === dated,
    `expected ${dated} deadline chips, one per decision with a deadline`);
  check(await page.locator('.decisions-table .to .addressees li').count() === addressed,
    `expected ${addressed} addressees in the table`);
  log(`  protocol: ${stored.decisions.length} decisions, ${dated} deadline chips, ${addressed} addressees`);

  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('link', {name: /Скачать оригинал/}).click()]);
  check(download.suggestedFilename() === stored.fileName,
    `the original downloads as «${download.suggestedFilename()}», not «${stored.fileName}»`);
  await shot(page, 'researcher-3-protocol');
  await audit(page, 'researcher-3-protocol');
  check(!page.errors.length, `script errors: ${page.errors}`);
  await page.close();
  return {protocolId};
}

async function analyst(context) {
  const page = await newPage(context);
  await page.goto(searchUrl({q: 'наставничество', region: SMOLENSK}));
  const card = page.locator('.hits .decision-card').first();
  await card.waitFor();
  const sourceId = await card.getAttribute('data-decision-id');
  const toggle = card.getByRole('button', {name: 'Похожие решения'});
  await toggle.click();
  check(await toggle.getAttribute('aria-expanded') === 'true', 'the similar panel does not say it is open');
  const panel = card.locator('.similar');
  await waitText(panel.locator('.status'), /^\d+ похож\S* решени\S* в других регионах$/);
  const similar = panel.locator('.similar-list .decision-card');
  const regions = await similar.evaluateAll(cards => cards.map(c => c.dataset.region));
  check(regions.length > 0 && regions.every(r => r && r !== 'Смоленская область'),
    `similar decisions must come from other regions: ${regions}`);
  await shot(page, 'analyst-1-similar');
  await audit(page, 'analyst-1-similar');

  const pick = similar.first();
  const otherId = await pick.getAttribute('data-decision-id');
  await pick.getByRole('link', {name: /^Сравнить/}).click();
  await atLeast(page, '.compare-column', 2, 'both decisions side by side');
  const columns = await page.locator('.compare-column .decision-card').evaluateAll(cards => cards.map(c => c.dataset.decisionId));
  check(columns[0] === sourceId && columns[1] === otherId, `the compare view shows ${columns}`);
  const boxes = await page.locator('.compare-column').evaluateAll(cols => cols.map(c => c.getBoundingClientRect()));
  check(Math.abs(boxes[0].top - boxes[1].top) < 2 && boxes[0].right <= boxes[1].left,
    'the two decisions are not side by side');
  await atLeast(page, '.shared-terms li', 1, 'shared terms listed');
  for (const column of await page.locator('.compare-column').all()) {
    check(await column.locator('mark.shared').count() > 0, 'a column has no shared term marked');
    const facts = await column.locator('.card-facts-list dt').allTextContents();
    check(facts.join('|') === 'Кому|Срок', `a column does not show addressee and deadline: ${facts}`);
  }
  await shot(page, 'analyst-2-compare');
  await audit(page, 'analyst-2-compare');
  check(!page.errors.length, `script errors: ${page.errors}`);
  await page.close();
  return {compareIds: [sourceId, otherId]};
}

async function archivist(context) {
  const page = await newPage(context);
  const dir = mkdtempSync(join(tmpdir(), 'svod-upload-'));
  const word = uniqueWord('квазипроект');
  const dropped = uniqueWord('дропзона');
  const file = protocolFile(dir, `protocol-${word}.txt`, word);
  const empty = join(dir, 'пустой.txt');
  writeFileSync(empty, '');

  // signed out: no upload in the navigation, and the upload page asks to sign in
  await page.goto(at('#/upload'));
  await waitText(page.locator('h1'), /^Нужно войти$/);
  check(!(await page.getByRole('link', {name: 'Загрузка'}).isVisible()), 'the upload link is offered to a visitor');
  await shot(page, 'access-1-signed-out-upload');
  // a wrong password is explained, and nothing is signed in
  await page.getByRole('main').getByRole('link', {name: 'Войти'}).click();
  await page.locator('.login-form').getByLabel('Имя пользователя').fill(ARCHIVIST.username);
  await page.locator('.login-form').getByLabel('Пароль').fill('not-the-password');
  await page.locator('.login-form').getByRole('button', {name: 'Войти'}).click();
  await waitText(page.locator('.login-page [role="alert"]'), /Неверное имя пользователя или пароль/);
  await shot(page, 'access-2-login-error');
  await audit(page, 'access-2-login-error');
  await signIn(page, ARCHIVIST);
  check(await page.getByRole('link', {name: 'Загрузка'}).isVisible(), 'an archivist is not offered the upload');
  check(!(await page.getByRole('link', {name: 'Журнал'}).isVisible()), 'an archivist is offered the audit log');

  await page.goto(at('#/upload'));
  await page.locator('#files').setInputFiles(file);
  await page.getByLabel('Регион').fill('Тестовая область');
  await page.getByLabel('Муниципалитет').fill('город Тестовск');
  await page.getByLabel('Дата протокола').fill('2024-05-17');
  await page.getByLabel('Вид документа').fill('протокол совещания');
  await page.getByRole('button', {name: 'Загрузить'}).click();
  const item = name => page.locator('.upload-item', {hasText: name});
  await waitUntil(page, 'the file is stored', () => document.querySelector('.upload-item')?.dataset.state === 'stored');
  check(await item(word).locator('progress').evaluate(p => p.value) === 100, 'the progress bar did not reach 100');

  // the receipt: what Svod read, and «Перечитать» re-reads it with the current parser
  const receipt = item(word).locator('.receipt');
  const fact = name => receipt.locator('.receipt-fact', {has: page.locator('dt', {hasText: name})}).locator('dd');
  await waitText(fact('Решений'), /^2$/);
  await waitText(fact('Сроков'), /^2$/);
  await waitText(fact('Регион'), /^Тестовая область$/);
  await waitText(fact('Текст'), /текст из файла/);
  check(!/null|undefined/.test(await receipt.textContent()), 'the receipt shows a missing value as text');
  await receipt.getByRole('button', {name: 'Перечитать'}).click();
  await waitText(receipt.locator('.receipt-status'), /Перечитано текущим разборщиком: 2 решения/);
  await shot(page, 'archivist-receipt-reparse');

  // drag and drop: the same zone, a file built in the page
  const transfer = await page.evaluateHandle(({name, text}) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, {type: 'text/plain'}));
    return data;
  }, {name: `dropped-${dropped}.txt`, text: `ПРОТОКОЛ\n1. Утвердить план «${dropped}».\n`});
  await page.dispatchEvent('.dropzone', 'dragenter', {dataTransfer: transfer});
  check(await page.locator('.dropzone.is-dragover').count() === 1, 'the drop zone does not show a file over it');
  await page.dispatchEvent('.dropzone', 'drop', {dataTransfer: transfer});
  await item(dropped).waitFor();
  // the same file again, and an empty one
  await page.locator('#files').setInputFiles([file, empty]);
  await page.getByRole('button', {name: 'Загрузить'}).click();
  await waitText(page.locator('#upload-status'), /Готово: сохранено 1, уже были в своде 1, ошибок 1/);
  const states = await page.locator('.upload-item').evaluateAll(items => items.map(i => i.dataset.state));
  check(JSON.stringify(states) === JSON.stringify(['stored', 'stored', 'duplicate', 'error']), `upload states: ${states}`);
  const errorText = await page.locator('.upload-item[data-state="error"] .upload-detail').textContent();
  check(errorText.replace(/^:\s*/, '').trim().length > 5, 'the error does not say what went wrong');
  check(await page.locator('.upload-item[data-state="duplicate"] a').count() === 1, 'a duplicate does not link the stored one');
  await shot(page, 'archivist-1-upload');
  await audit(page, 'archivist-1-upload');

  await item(word).getByRole('link', {name: 'открыть протокол'}).click();
  const meta = name => page.locator('.meta-item', {has: page.locator('dt', {hasText: name})}).locator('dd');
  await waitText(meta('Регион'), /^Тестовая область$/);
  await waitText(meta('Муниципалитет'), /^город Тестовск$/);
  await waitText(meta('Дата'), /^17\.05\.2024$/);
  await waitText(meta('Вид документа'), /^протокол совещания$/);
  await waitText(page.locator('.protocol-page .receipt .receipt-fact', {hasText: 'Решений'}).locator('dd'), /^2$/);
  check(await page.getByText('Исправить сведения').isVisible(), 'an archivist cannot correct the metadata');
  check(await page.getByRole('button', {name: 'Удалить протокол'}).count() === 0, 'an archivist is offered deletion');
  await shot(page, 'archivist-2-protocol');
  const protocolId = decodeURIComponent(new URL(page.url()).hash.split('/')[2].split('?')[0]);

  for (const [found, name] of [[word, 'archivist-3-found'], [dropped, null]]) {
    await page.getByRole('navigation', {name: 'Разделы'}).getByRole('link', {name: 'Поиск'}).click();
    const box = page.getByRole('searchbox', {name: 'Что ищем'});
    await box.fill(found);
    await box.press('Enter');
    await waitText(page.locator('#summary'), new RegExp(`Найдено 1 решение по запросу «${found}»`));
    await waitText(page.locator('.hits mark'), new RegExp(found));
    if (name) {
      await shot(page, name);
    }
  }
  check(!page.errors.length, `script errors: ${page.errors}`);
  await page.close();
  return {uploaded: {protocolId, word}};
}

async function admin(context, {uploaded}) {
  check(uploaded, 'skipped: the archivist flow did not upload');
  const page = await newPage(context);
  await signIn(page, ADMIN);

  // correct the archivist's protocol: the page and the search follow
  await page.goto(at(`#/protocol/${uploaded.protocolId}`));
  await page.getByText('Исправить сведения').click();
  await page.locator('.metadata-form').getByLabel('Регион').fill('Исправленная область');
  await page.getByRole('button', {name: 'Сохранить сведения'}).click();
  const meta = name => page.locator('.meta-item', {has: page.locator('dt', {hasText: name})}).locator('dd');
  await waitText(meta('Регион'), /^Исправленная область$/);
  await shot(page, 'admin-1-protocol-corrected');
  await page.goto(searchUrl({q: uploaded.word}));
  await page.locator('.hits .decision-card[data-region="Исправленная область"]').first().waitFor();

  // the audit log names who uploaded and who corrected
  await page.getByRole('link', {name: 'Журнал'}).click();
  await page.locator('.audit-table tbody tr').first().waitFor();
  await waitText(page.locator('.audit-table tr[data-action="metadata_edit"]').first(), new RegExp(ADMIN.username));
  await waitText(page.locator('.audit-table tr[data-action="upload"]').first(), new RegExp(ARCHIVIST.username));
  check(await page.locator('.audit-table tr[data-action="login"][data-outcome="invalid_credentials"]').count() >= 1,
    'the failed sign-in is not in the audit log');
  await shot(page, 'admin-2-audit');
  await audit(page, 'admin-2-audit');

  // a new user, and a token shown once, then revoked
  await page.getByRole('link', {name: 'Пользователи'}).click();
  await page.getByLabel('Имя (латиницей)').fill('flow-reader');
  await page.getByLabel('Пароль (не меньше 10 символов)').fill('flow-reader-password');
  await page.getByRole('button', {name: 'Добавить пользователя'}).click();
  await page.locator('.users-page tr[data-username="flow-reader"]').waitFor();
  await shot(page, 'admin-3-users');
  await page.getByRole('link', {name: 'Токены'}).click();
  await page.getByLabel('Название токена').fill('скрипт импорта');
  await page.getByLabel('Срок действия, дней').fill('30');
  await page.getByRole('button', {name: 'Создать токен'}).click();
  await waitText(page.locator('.token-secret'), /^svod_\S{40,}$/);
  await waitText(page.locator('.new-token'), /действует до \d{2}\.\d{2}\.\d{4}/);
  await waitText(page.locator('.token-list tr', {hasText: 'скрипт импорта'}).locator('.token-expires'), /\d{2}\.\d{2}\.\d{4}/);
  await page.locator('.token-list tr', {hasText: 'скрипт импорта'}).getByRole('button', {name: 'Отозвать'}).click();
  await waitText(page.locator('.token-list tr', {hasText: 'скрипт импорта'}), /отозван/);

  // delete, after a confirmation
  await page.goto(at(`#/protocol/${uploaded.protocolId}`));
  await page.getByRole('button', {name: 'Удалить протокол'}).click();
  await shot(page, 'admin-4-delete-confirm');
  await page.getByRole('button', {name: 'Удалить навсегда'}).click();
  await waitUntil(page, 'back at the search after deletion', () => location.hash === '#/');
  const status = await page.evaluate(id => fetch(`/api/protocols/${id}`).then(r => r.status), uploaded.protocolId);
  check(status === 404, `the deleted protocol still answers ${status}`);
  check(!page.errors.length, `script errors: ${page.errors}`);
  await page.close();
}

async function heatMap(context) {
  const page = await newPage(context);
  await page.goto(at('#/matrix'));
  await page.getByLabel('Темы, по одной в строке').fill('наставничество\nмониторинг');
  await page.getByRole('button', {name: 'Построить'}).click();
  await atLeast(page, '.heatmap tbody tr', 2, 'rows of the heat map');
  const heads = await page.locator('.heatmap thead th').allTextContents();
  check(heads.join('|') === 'Регион|наставничество|мониторинг', `heat map columns: ${heads}`);
  const heats = await page.locator('.heatmap td.heat').evaluateAll(cells => cells.map(c => Number(c.style.getPropertyValue('--heat'))));
  check(heats.some(h => h === 1) && heats.some(h => h < 1), `the colours do not follow the counts: ${heats}`);
  const csv = await page.getByRole('link', {name: 'Скачать таблицу (CSV)'}).getAttribute('href');
  const answer = await page.request.get(`${BASE}${csv}`);
  check(answer.ok() && /text\/csv/.test(answer.headers()['content-type']) && (await answer.text()).includes('наставничество'),
    `the CSV link answers ${answer.status()}`);
  await shot(page, 'matrix-1-heatmap');
  await audit(page, 'matrix-1-heatmap');
  const row = page.locator('.heatmap tbody tr', {has: page.locator('th', {hasText: SMOLENSK})});
  await row.locator('td a').first().click();
  await waitText(page.locator('#summary'), /по запросу «наставничество» с выбранными фильтрами/);
  check(!page.errors.length, `script errors: ${page.errors}`);
  await page.close();
}

async function phone(context, {protocolId, compareIds}) {
  check(protocolId && compareIds, 'skipped: the researcher and analyst flows did not get that far');
  const page = await newPage(context, PHONE);
  const views = [
    ['phone-search', searchUrl({q: 'наставничество'}), '.hits .decision-card'],
    ['phone-protocol', at(`#/protocol/${protocolId}`), '.decisions-table tbody tr'],
    ['phone-compare', at(`#/compare?ids=${compareIds.join(',')}`), '.compare-column'],
    ['phone-upload', at('#/upload'), '.dropzone'],
    ['phone-matrix', at('#/matrix?q=наставничество&q=мониторинг'), '.heatmap tbody tr'],
    ['phone-calendar', at('#/calendar?month=2022-03'), '.calendar-day'],
  ];
  for (const [name, url, ready] of views) {
    await page.goto(url);
    await page.locator(ready).first().waitFor();
    await assertNoSidewaysScroll(page, name);
    await shot(page, name, {fullPage: false});
  }
  // the facets sit behind a button on a phone
  await page.goto(searchUrl({q: 'наставничество'}));
  await page.locator('.hits .decision-card').first().waitFor();
  check(!(await page.locator('#facets').isVisible()), 'the facets take the screen before they are asked for');
  await page.getByRole('button', {name: /^Фильтры/}).click();
  await page.locator('#facets').scrollIntoViewIfNeeded();
  await shot(page, 'phone-search-filters', {fullPage: false});
  await audit(page, 'phone-search-filters');
  // the decisions table as one block per decision
  await page.goto(at(`#/protocol/${protocolId}`));
  await page.locator('.decisions-table tbody tr').nth(4).scrollIntoViewIfNeeded();
  await assertNoSidewaysScroll(page, 'phone-protocol');
  await shot(page, 'phone-protocol-decisions', {fullPage: false});
  check(!page.errors.length, `script errors: ${page.errors}`);
  await page.close();
}

// A question as people ask it: one word the decisions say differently, and a region written into the words.
// The all-words search answered it with nothing; now the region becomes a chip and partial hits are marked.
async function naturalQuestion(context) {
  const page = await newPage(context);
  await page.goto(searchUrl({q: 'наставничество и стажировки молодых специалистов в Смоленской области'}));
  await waitText(page.locator('#summary'), /Найдено \d+ решени/);
  const chip = page.locator('.understood .chip[data-kind="REGION"]');
  await waitText(chip, /регион: Смоленская область/);
  await waitUntil(page, 'every hit is of the region the chip names', region => {
    const cards = [...document.querySelectorAll('.hits .decision-card')];
    return cards.length > 0 && cards.every(c => c.dataset.region === region);
  }, SMOLENSK);
  await atLeast(page, '.hits .partial-match', 1, 'a hit marked as holding only some of the words');
  await waitText(page.locator('.hits .partial-match').first(), /Совпали не все слова запроса: нет «/);
  await shot(page, 'researcher-4-natural-question');
  await audit(page, 'researcher-4-natural-question');

  // removing the chip searches its words as text (the decisions do not say «Смоленской области»): fewer hits
  const withChip = await page.locator('.hits > li').count();
  await chip.getByRole('button').click();
  await waitUntil(page, 'the region chip is removed', () => location.hash.includes('plain=region')
    && !document.querySelector('.understood .chip[data-kind="REGION"]'));
  await waitText(page.locator('#summary'), /Найдено \d+ решени|Ничего не найдено/);
  check(await page.locator('.hits .decision-card').count() < withChip, 'the words of a removed chip are not searched as text');
  check(!page.errors.length, `script errors: ${page.errors}`);
  await page.close();
}

// The analyst's deadlines: a month across regions by day, a region filter, and the same selection as .ics.
async function deadlineCalendar(context) {
  const page = await newPage(context);
  await page.goto(at(''));
  await page.getByRole('navigation', {name: 'Разделы'}).getByRole('link', {name: 'Сроки'}).click();
  await waitText(page.locator('h1'), /^Сроки исполнения$/);
  await waitText(page.locator('#calendar-status'), /^(Сроки|Решений со сроком) в /); // the current month
  await page.getByLabel('Месяц').fill('2022-03');
  await page.getByRole('button', {name: 'Показать'}).click();
  await waitText(page.locator('#calendar-status'), /Сроки в марте 2022: \d+ решени/);
  await atLeast(page, '.calendar-day', 2, 'days of March 2022');
  const dates = await page.locator('.calendar-day').evaluateAll(days => days.map(d => d.dataset.date));
  check(dates.join() === [...dates].sort().join(), `the days are not in order: ${dates}`);
  check(dates.includes('2022-03-31'), `no decisions due on 31 March 2022: ${dates}`);
  // the seeds' deadlines are long past: every day is marked overdue
  check(await page.locator('.calendar-day[data-status="OVERDUE"] > .calendar-date .overdue-label').count() === dates.length,
    'past days are not marked overdue');
  const regions = await page.locator('.calendar-day .decision-card').evaluateAll(cards => [...new Set(cards.map(c => c.dataset.region))]);
  check(regions.length >= 2, `the calendar does not span regions: ${regions}`);
  await shot(page, 'calendar-1-month', {fullPage: false});
  await audit(page, 'calendar-1-month');

  // the search's filters narrow it, and the .ics holds the same decisions
  await page.getByLabel('Регион').fill(SMOLENSK);
  await page.getByRole('button', {name: 'Показать'}).click();
  await waitUntil(page, 'only Smolensk decisions are listed', region => {
    const cards = [...document.querySelectorAll('.calendar-day .decision-card')];
    return location.hash.includes('region=') && cards.length > 0 && cards.every(c => c.dataset.region === region);
  }, SMOLENSK);
  const cards = await page.locator('.calendar-day .decision-card').count();
  const link = await page.getByRole('link', {name: 'Скачать .ics'}).getAttribute('href');
  const answer = await page.request.get(`${BASE}${link}`);
  const ics = await answer.text();
  check(answer.ok() && /^text\/calendar/.test(answer.headers()['content-type']), `the .ics link answers ${answer.status()}`);
  check(ics.startsWith('BEGIN:VCALENDAR') && ics.trimEnd().endsWith('END:VCALENDAR'), 'the .ics is no VCALENDAR');
  const events = ics.split('BEGIN:VEVENT').length - 1;
  check(events === cards, `the .ics has ${events} events, the page ${cards} decisions`);
  check(/\r\nDTSTART;VALUE=DATE:20220301\r\n/.test(ics), 'no event starts on 1 March 2022 (март 2022)');
  check(/\r\nUID:[0-9a-f]{64}-\d+\r\n/.test(ics), 'events are not named by their decision ids');
  log(`  calendar: ${dates.length} days, ${regions.length} regions; Smolensk .ics: ${events} events`);
  check(!page.errors.length, `script errors: ${page.errors}`);
  await page.close();
}

async function main() {
  const started = Date.now();
  const {context, close} = await launch();
  let failed = false;
  const results = {};
  const flows = [
    ['researcher: search, facet, protocol page', async () => Object.assign(results, await researcher(context))],
    ['researcher: a natural question with a region in its words, a chip removed', () => naturalQuestion(context)],
    ['analyst: similar decisions, side-by-side comparison', async () => Object.assign(results, await analyst(context))],
    ['archivist: signed out, sign in, upload with metadata, drag and drop, duplicate, error; then find it',
      async () => Object.assign(results, await archivist(context))],
    ['analyst: region × topic heat map and its CSV', () => heatMap(context)],
    ['analyst: deadlines of a month across regions, a region filter, the .ics', () => deadlineCalendar(context)],
    ['rendering: document text escaped, deadline chips by kind', () => mockedRendering(context, BASE, shot)],
    ['admin: correct metadata, audit log, users, token, delete', () => admin(context, results)],
    ['phone width 375 px: every view', () => phone(context, results)],
  ];
  for (const [index, [name, flow]] of flows.entries()) {
    const t0 = Date.now();
    log(`${name}`);
    try {
      await flow();
      log(`  ok (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed = true;
      log(`  FAILED: ${e.message}`);
      for (const [n, page] of context.pages().entries()) {
        if (page.url() !== 'about:blank') {
          await shot(page, `failure-${index + 1}-${n + 1}`).catch(() => {});
          await page.close();
        }
      }
    }
  }
  await close();
  log(`${failed ? 'FAILED' : 'all flows passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(failed ? 1 : 0);
}

main().catch(e => {
  console.error(`[flows] ${e.stack ?? e}`);
  process.exit(1);
});

// Rendering against answers the browser is handed (the API intercepted): document text that looks like
// markup must stay text, highlights may only add <mark>, and each kind of deadline gets its chip.
import {audit, check, log, newPage, waitText} from './support.mjs';

const TRAP = '<img src="x" onerror="window.__svodInjected=1"><script>window.__svodInjected=2</script>';
const PROTOCOL_ID = 'rendering-check';

const deadline = (kind, from, to, recurrence = null) =>
  ({kind, from, to, recurrence, raw: `${kind} как в протоколе`, shared: false});

const DEADLINES = [
  [deadline('DATE', '2999-01-31', '2999-01-31'), 'до 31.01.2999', false],
  [deadline('DATE', '2020-12-01', '2020-12-01'), 'до 01.12.2020', true],
  [deadline('MONTH', '2022-02-01', '2022-02-28'), 'февраль 2022', true],
  [deadline('RANGE', '2022-03-01', '2022-06-30'), 'март – июнь 2022', true],
  [deadline('YEAR', '2999-01-01', '2999-12-31'), 'в течение 2999 года', false],
  [deadline('ONGOING', null, null), 'постоянно', false],
  [deadline('PERIODIC', null, null, 'ежеквартально'), 'периодически: ежеквартально', false],
  [deadline('NONE', null, null), null, false],
];

const hit = {
  protocolId: PROTOCOL_ID, decisionId: `${PROTOCOL_ID}-1`, number: '1',
  text: `Обеспечить наставничество ${TRAP} <b>жирно</b>`,
  highlight: `Обеспечить <em>наставничество</em> ${TRAP} <b>жирно</b>`,
  region: '<i>Область</i>', municipality: null, issuingBody: '<u>Орган</u>', kind: 'протокол', date: '2021-12-09',
  fileName: 'x.txt', addressees: [{raw: '<b>Школам</b>', name: '<b>Школы</b>', kind: 'SCHOOLS'}], persons: [],
  deadline: DEADLINES[1][0], score: 1,
};

const protocol = {
  id: PROTOCOL_ID, fileName: '<script>.txt', contentType: 'text/plain', size: 2048, region: '<i>Область</i>',
  municipality: null, issuingBody: '<u>Орган</u>', kind: 'протокол', title: `Протокол ${TRAP}`, date: '2021-12-09',
  number: '7', draft: true, chair: null, secretary: null, agenda: [{number: '1', title: TRAP, speakers: []}],
  decisions: DEADLINES.map(([d], i) => ({number: `${i + 1}`, parent: null, text: `Решение ${i + 1} ${TRAP}`,
    section: null, addressees: [{raw: 'ОМСУ', name: 'Органы местного самоуправления', kind: 'MUNICIPAL_AUTHORITY'}],
    persons: [], deadline: d, projects: []})),
  parsed: {region: null, municipality: null, date: null, kind: null},
  override: {region: null, municipality: null, date: null, kind: null},
  uploadedAt: '2024-05-17T10:00:00Z', parserVersion: 1, indexState: 'INDEXED', text: TRAP,
};

const EMPTY_FACETS = {region: [{value: '<i>Область</i>', count: 1}], municipality: [], issuingBody: [], kind: [],
  addresseeKind: [{value: 'SCHOOLS', count: 1}], addressee: [], deadlineKind: [{value: 'DATE', count: 1}], year: []};

async function noInjection(page, where) {
  const found = await page.evaluate(() => ({
    injected: window.__svodInjected ?? null,
    elements: document.querySelectorAll('main img, main script, main b, main i, main u').length,
  }));
  check(found.injected === null && found.elements === 0,
    `${where}: document text became markup (${found.elements} elements, flag ${found.injected})`);
}

export async function mockedRendering(context, base, shot) {
  const page = await newPage(context);
  await page.route(url => url.pathname === '/api/search/decisions', route =>
    route.fulfill({json: {total: 1, totalExact: true, hits: [hit], facets: EMPTY_FACETS, next: null}}));
  await page.route(url => url.pathname === `/api/protocols/${PROTOCOL_ID}`, route => route.fulfill({json: protocol}));

  await page.goto(`${base}/#/?q=наставничество`);
  await waitText(page.locator('.hits .decision-text'), /<img src="x"/);
  await noInjection(page, 'search hit');
  const marks = await page.locator('.hits mark').allTextContents();
  check(marks.length === 1 && marks[0] === 'наставничество', `highlight marks: ${marks}`);
  await waitText(page.locator('.hits .deadline'), /до 01\.12\.2020.*просрочено/);
  await waitText(page.locator('[data-facet="addresseeKind"]'), /школы/);
  await waitText(page.locator('[data-facet="region"]'), /<i>Область<\/i>/);

  await page.goto(`${base}/#/protocol/${PROTOCOL_ID}`);
  await page.locator('.decisions-table').waitFor();
  await page.locator('.text-details summary').click();
  await waitText(page.locator('.fulltext'), /<script>/);
  await noInjection(page, 'protocol page');
  const chips = await page.locator('.decisions-table tbody tr[data-decision-id]').evaluateAll(rows => rows.map(row => {
    const chip = row.querySelector('.deadline');
    return chip ? {kind: chip.dataset.kind, text: chip.textContent, overdue: chip.classList.contains('is-overdue')} : null;
  }));
  DEADLINES.forEach(([d, label, overdue], i) => {
    const chip = chips[i];
    if (label === null) {
      check(chip === null, `a ${d.kind} deadline shows a chip`);
      return;
    }
    check(chip && chip.kind === d.kind && chip.text.includes(label), `${d.kind}: chip «${chip?.text}», expected «${label}»`);
    check(chip.overdue === overdue && chip.text.includes('просрочено') === overdue,
      `${d.kind} ${d.to}: overdue should be ${overdue}`);
  });
  log(`  chips: ${chips.filter(Boolean).map(c => c.text.replace('Срок: ', '')).join(' | ')}`);
  await shot(page, 'rendering-protocol');
  await audit(page, 'rendering-protocol');
  check(!page.errors.length, `script errors: ${page.errors}`);
  await page.close();
}

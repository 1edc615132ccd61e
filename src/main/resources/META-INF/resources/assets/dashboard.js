// The dashboard: the controls, the URL that keeps them (share or bookmark a view), and the chart and table they
// drive. Every figure comes from the public GraphQL API.
import * as api from './api.js';
import * as format from './format.js';
import { ObservationChart } from './chart.js';
import { ObservationTable } from './table.js';
import { lang, t, translatePage } from './i18n.js';

const $ = (selector) => document.querySelector(selector);
const FIELDS = ['metric', 'population', 'during', 'from', 'to', 'granularity', 'asOf'];

// loads counts the refreshes shown, for whoever waits for one (the browser tests); requests ignores stale answers.
const state = { metrics: [], namedPeriods: [], loads: 0, requests: 0 };

function status(text, isError = false) {
  const element = $('#status');
  element.textContent = text;
  element.classList.toggle('error', isError);
}

function selectedSpecialties() {
  return [...document.querySelectorAll('#specialties input:checked')].map((input) => input.value);
}

function filter() {
  const value = (id) => $(`#${id}`).value || null;
  return {
    metric: [value('metric')],
    specialty: selectedSpecialties(),
    population: value('population') ? [value('population')] : null,
    from: value('from'),
    to: value('to'),
    during: value('during'),
    asOf: value('asOf'),
  };
}

function saveToUrl() {
  const params = new URLSearchParams({ lang });
  FIELDS.forEach((id) => { if ($(`#${id}`).value) params.set(id, $(`#${id}`).value); });
  params.set('specialty', selectedSpecialties().join(','));
  history.replaceState(null, '', `?${params}`);
}

function csvUrl(f, sort) {
  const params = new URLSearchParams({ lang });
  Object.entries(f).forEach(([key, v]) => {
    if (Array.isArray(v)) v.forEach((item) => params.append(key, item));
    else if (v) params.set(key, v);
  });
  if (sort) params.set('sort', sort);
  return `/api/observations.csv?${params}`;
}

async function fillSpecialties(wanted) {
  const specialties = await api.specialtiesOf($('#metric').value);
  const keep = wanted.filter((code) => specialties.some((s) => s.code === code));
  const chosen = keep.length ? keep : [specialties[0] && specialties[0].code];
  $('#specialty-list').replaceChildren(...specialties.map((s) => {
    const label = document.createElement('label');
    label.innerHTML = `<input type="checkbox" name="specialty" value="${format.escape(s.code)}"> ${format.escape(s.label)}`;
    label.querySelector('input').checked = chosen.includes(s.code);
    return label;
  }));
}

// The groups of people of the metric's series; the one wanted stays chosen if the metric has it.
async function fillPopulations(wanted) {
  const populations = await api.populationsOf($('#metric').value);
  $('#population').replaceChildren(new Option(t('people.all'), ''),
    ...populations.map((p) => new Option(p.code === 'ALL' ? t('people.none') : p.label, p.code)));
  $('#population').value = populations.some((p) => p.code === wanted) ? wanted : '';
}

function describeMetric() {
  const metric = state.metrics.find((m) => m.code === $('#metric').value);
  $('#metric-definition').textContent = metric ? metric.definition || '' : '';
  return metric;
}

function rangeOf(f) {
  const named = state.namedPeriods.find((p) => p.code === f.during);
  return { from: f.from || (named && named.start), to: f.to || (named && named.end) };
}

function showDetails(o) {
  const details = $('#details');
  const unit = describeMetric().unit;
  details.innerHTML = `<h3>${format.escape(format.value(o, unit))} <span class="muted">(${format.qualifier(o.qualifier)})</span></h3>
    <dl>
      <dt>${t('details.period')}</dt><dd>${format.escape(format.period(o.period))}</dd>
      <dt>${t('details.series')}</dt><dd>${format.escape(o.series.key)}</dd>
      <dt>${t('details.source')}</dt><dd>${format.escape(o.source.name)}</dd>
      <dt>${t('details.publication')}</dt><dd><a href="${format.publicationLink(o.publication)}">${format.escape(format.publicationTitle(o.publication))}</a>
        ${o.publication.publishedOn ? `(${format.date(o.publication.publishedOn)})` : ''}
        ${format.safeUrl(o.publication.url) ? ` · <a href="${format.escape(format.safeUrl(o.publication.url))}" rel="noopener">${t('details.original')}</a>` : ''}</dd>
      ${o.note ? `<dt>${t('details.reading')}</dt><dd>${format.escape(o.note)}</dd>` : ''}
    </dl>
    ${o.quote ? `<blockquote lang="fr">${format.escape(o.quote)}</blockquote>` : ''}`;
  details.hidden = false;
  document.querySelectorAll('#observations tr.selected').forEach((tr) => tr.classList.remove('selected'));
  const row = document.querySelector(`#observations tr[data-id="${CSS.escape(o.id)}"]`);
  if (row) row.classList.add('selected');
}

async function refresh() {
  const f = filter();
  if (!f.specialty.length) {
    status(t('status.chooseSpecialty'), true);
    loaded();
    return;
  }
  saveToUrl();
  const request = ++state.requests;
  status(t('status.loading'));
  const metric = describeMetric();
  const granularity = $('#granularity').value;
  try {
    const [selection, conflicts, lines] = await Promise.all([
      api.observations(f),
      api.conflicts(f),
      granularity ? api.timelines(f, granularity) : Promise.resolve([]),
    ]);
    if (request !== state.requests) return;
    const labelled = lines.map((line) => ({ ...line, granularity,
      label: $(`#specialties input[value="${line.specialty}"]`).parentElement.textContent.trim().replace(/ \(.*\)$/, '') }));
    chart.show({ rows: selection.rows, conflicts, namedPeriods: state.namedPeriods, unit: metric.unit, range: rangeOf(f), lines: labelled });
    table.show(selection.rows, metric.unit, conflicts, () => updateCsvLink(f));
    updateCsvLink(f);
    const shown = selection.rows.length;
    const conflictCount = selection.rows.filter((o) => conflicts.has(o.id)).length;
    status(`${shown === 1 ? t('status.countOne') : t('status.count', { count: shown })}`
      + `${selection.truncated ? t('status.truncated', { shown, total: selection.totalCount }) : ''}`
      + `${conflictCount ? t('status.conflicts', { count: conflictCount }) : ''}.`);
    $('#chart').setAttribute('aria-label', t('chart.ariaCount', { count: shown, metric: metric.name }));
    $('#details').hidden = true;
  } catch (error) {
    if (request !== state.requests) return;
    status(t('status.refused', { message: error.message }), true);
  }
  loaded();
}

function loaded() {
  document.body.dataset.loads = String(++state.loads);
}

function updateCsvLink(f) {
  $('#csv').href = csvUrl(f, table.sortParameter);
  $('#explore').href = api.explorerUrl(f);
}

const chart = new ObservationChart($('#chart'), showDetails);
const table = new ObservationTable($('#observations'), (o) => {
  showDetails(o);
  $('#details').focus();
});

async function start() {
  translatePage('page.title');
  const params = new URLSearchParams(location.search);
  const reference = await api.referenceData();
  state.metrics = reference.metrics;
  state.namedPeriods = reference.namedPeriods;
  $('#metric').replaceChildren(...state.metrics.map((m) => new Option(m.name, m.code)));
  $('#during').append(...state.namedPeriods.map((p) => new Option(`${p.label} (${p.start} – ${p.end})`, p.code)));
  FIELDS.forEach((id) => { if (params.has(id)) $(`#${id}`).value = params.get(id); });
  if (!params.has('metric') && state.metrics.some((m) => m.code === 'TELECONSULTATIONS')) $('#metric').value = 'TELECONSULTATIONS';
  await Promise.all([fillSpecialties((params.get('specialty') || 'ALL').split(',')),
    fillPopulations(params.get('population') || '')]);
  $('#metric').addEventListener('change', async () => {
    await Promise.all([fillSpecialties(selectedSpecialties()), fillPopulations($('#population').value)]);
    refresh();
  });
  $('#controls').addEventListener('change', (event) => { if (event.target.id !== 'metric') refresh(); });
  $('#controls').addEventListener('submit', (event) => { event.preventDefault(); refresh(); });
  $('#reset-dates').addEventListener('click', () => { ['from', 'to', 'during', 'asOf'].forEach((id) => { $(`#${id}`).value = ''; }); refresh(); });
  await refresh();
}

window.telebarometer = { chart, table };
start().catch((error) => status(t('status.noStart', { message: error.message }), true));

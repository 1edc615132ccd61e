// The search box: the figures whose quote, note, title or labels match the words, with the passage that matched,
// each linked to its view on the dashboard and to its publication.
import * as api from './api.js';
import * as format from './format.js';
import { lang, t } from './i18n.js';

const $ = (selector) => document.querySelector(selector);

function dashboardView(o) {
  const params = new URLSearchParams({ lang, metric: o.series.metric.code, specialty: o.series.specialty.code,
    from: o.period.start, to: o.period.end });
  return `/?${params}`;
}

function result(hit) {
  const o = hit.observation;
  const item = document.createElement('li');
  item.dataset.id = o.id;
  const passage = document.createElement('blockquote');
  format.markedText(passage, hit.highlight);
  const about = document.createElement('p');
  about.className = 'muted';
  about.innerHTML = `<strong>${format.escape(format.value(o, o.series.metric.unit))}</strong>
    · ${format.escape(format.period(o.period))} · ${format.escape(o.series.specialty.label)} · ${format.escape(o.source.name)}
    · <a class="show" href="${format.escape(dashboardView(o))}">${t('search.show')}</a>
    · <a href="${format.publicationLink(o.publication)}">${format.escape(format.publicationTitle(o.publication))}</a>`;
  item.append(passage, about);
  return item;
}

async function run(event) {
  event.preventDefault();
  const text = $('#search-text').value.trim();
  if (!text) return;
  $('#search-status').textContent = t('search.searching');
  $('#search-status').classList.remove('error');
  try {
    const found = await api.search(text);
    $('#search-results').replaceChildren(...found.nodes.map(result));
    $('#search-status').textContent = found.totalCount === 0 ? t('search.none', { text })
      : found.totalCount === 1 ? t('search.countOne')
        : t(found.totalCountIsExact ? 'search.count' : 'search.countAtLeast',
          { count: found.totalCount, shown: found.nodes.length });
  } catch (error) {
    $('#search-results').replaceChildren();
    $('#search-status').textContent = t('search.failed', { message: error.message });
    $('#search-status').classList.add('error');
  }
  document.body.dataset.searches = String(Number(document.body.dataset.searches || 0) + 1);
}

$('#search-form').addEventListener('submit', run);

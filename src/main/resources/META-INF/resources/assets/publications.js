// The publications page: every publication with its figures, from the public GraphQL API.
import * as api from './api.js';
import * as format from './format.js';

const $ = (selector) => document.querySelector(selector);

function dashboardLink(o) {
  const params = new URLSearchParams({ metric: o.series.key.split('.')[0], specialty: o.series.specialty.code });
  return `/?${params}`;
}

function figureRow(o) {
  return `<tr>
    <td><a href="${dashboardLink(o)}">${format.escape(o.series.metric.name)}</a></td>
    <td>${format.escape(o.series.specialty.label)}</td>
    <td>${format.escape(format.period(o.period))}</td>
    <td class="number">${format.escape(format.value(o, o.series.metric.unit))}</td>
    <td>${format.escape(o.source.name)}</td>
    <td class="quote" lang="fr">${format.escape(o.quote)}</td>
  </tr>`;
}

function article(p) {
  const element = document.createElement('article');
  element.id = p.id;
  element.className = 'publication';
  element.dataset.search = `${p.id} ${p.title || ""} ${p.publisher.name}`.toLowerCase();
  element.innerHTML = `
    <h2>${format.safeUrl(p.url) ? `<a href="${format.escape(format.safeUrl(p.url))}" rel="noopener">${format.escape(format.publicationTitle(p))}</a>` : format.escape(format.publicationTitle(p))}</h2>
    <p class="muted">${format.escape(p.publisher.name)} · ${p.publishedOn || 'date unknown'} · id <code>${format.escape(p.id)}</code>
      · <a href="/api/observations.csv?publication=${encodeURIComponent(p.id)}">CSV</a></p>
    ${p.note ? `<p>${format.escape(p.note)}</p>` : ''}
    <div class="scroll" role="region" tabindex="0" aria-label="Figures of ${format.escape(format.publicationTitle(p))}">
      <table>
        <caption>${p.observations.totalCount} figure${p.observations.totalCount === 1 ? '' : 's'}</caption>
        <thead><tr><th scope="col">Metric</th><th scope="col">Specialty</th><th scope="col">Period</th>
          <th scope="col">Value</th><th scope="col">Source</th><th scope="col">Quote</th></tr></thead>
        <tbody>${p.observations.nodes.map(figureRow).join('')}</tbody>
      </table>
    </div>`;
  return element;
}

async function start() {
  const list = await api.publications();
  $('#publications').replaceChildren(...list.map(article));
  $('#status').textContent = `${list.length} publications.`;
  $('#search').addEventListener('input', () => {
    const words = $('#search').value.toLowerCase().trim();
    let shown = 0;
    document.querySelectorAll('article.publication').forEach((a) => {
      a.hidden = words !== '' && !a.dataset.search.includes(words);
      if (!a.hidden) shown++;
    });
    $('#status').textContent = `${shown} publication${shown === 1 ? '' : 's'}.`;
  });
  if (location.hash) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView();
  }
  document.body.dataset.loads = '1';
}

start().catch((error) => {
  $('#status').textContent = `The page could not load the publications: ${error.message}`;
  $('#status').classList.add('error');
});

// The publications page: every publication with its figures, from the public GraphQL API.
import * as api from './api.js';
import * as format from './format.js';
import { lang, t, translatePage } from './i18n.js';

const $ = (selector) => document.querySelector(selector);

function dashboardLink(o) {
  const params = new URLSearchParams({ metric: o.series.key.split('.')[0], specialty: o.series.specialty.code, lang });
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
    <p class="muted">${format.escape(p.publisher.name)} · ${p.publishedOn ? format.date(p.publishedOn) : t('pub.dateUnknown')} · id <code>${format.escape(p.id)}</code>
      · <a href="/api/observations.csv?publication=${encodeURIComponent(p.id)}">CSV</a></p>
    ${p.note ? `<p>${format.escape(p.note)}</p>` : ''}
    <div class="scroll" role="region" tabindex="0" aria-label="${format.escape(t('pub.figuresOf', { title: format.publicationTitle(p) }))}">
      <table>
        <caption>${p.observations.totalCount === 1 ? t('pub.figuresOne') : t('pub.figures', { count: p.observations.totalCount })}</caption>
        <thead><tr><th scope="col">${t('col.metric')}</th><th scope="col">${t('col.specialty')}</th><th scope="col">${t('col.period')}</th>
          <th scope="col">${t('col.value')}</th><th scope="col">${t('col.source')}</th><th scope="col">${t('col.quote')}</th></tr></thead>
        <tbody>${p.observations.nodes.map(figureRow).join('')}</tbody>
      </table>
    </div>`;
  return element;
}

function countText(count) {
  return count === 1 ? t('pub.countOne') : t('pub.count', { count });
}

async function start() {
  translatePage('pub.title');
  const list = await api.publications();
  $('#publications').replaceChildren(...list.map(article));
  $('#status').textContent = `${countText(list.length)}.`;
  $('#search').addEventListener('input', () => {
    const words = $('#search').value.toLowerCase().trim();
    let shown = 0;
    document.querySelectorAll('article.publication').forEach((a) => {
      a.hidden = words !== '' && !a.dataset.search.includes(words);
      if (!a.hidden) shown++;
    });
    $('#status').textContent = `${countText(shown)}.`;
  });
  if (location.hash) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView();
  }
  document.body.dataset.loads = '1';
}

start().catch((error) => {
  $('#status').textContent = t('pub.failed', { message: error.message });
  $('#status').classList.add('error');
});

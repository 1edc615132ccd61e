// The table of the chart's observations: sortable by its column buttons, in the same orders as the CSV export
// (GET /api/observations.csv?...&sort=key or -key), so that the download holds exactly the rows shown, in order.
import * as format from './format.js';
import { t } from './i18n.js';

const KEYS = {
  period: (a, b) => cmp(a.period.start, b.period.start) || cmp(a.period.end, b.period.end),
  specialty: (a, b) => cmp(a.series.specialty.label, b.series.specialty.label),
  value: (a, b) => a.value - b.value,
  qualifier: (a, b) => cmp(a.qualifier, b.qualifier),
  source: (a, b) => cmp(a.source.name, b.source.name),
  publication: (a, b) => cmpNullsFirst(a.publication.publishedOn, b.publication.publishedOn)
    || cmp(a.publication.id, b.publication.id),
};

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpNullsFirst(a, b) {
  if (a == null) return b == null ? 0 : -1;
  return b == null ? 1 : cmp(a, b);
}

export class ObservationTable {
  constructor(table, onSelect) {
    this.table = table;
    this.body = table.tBodies[0];
    this.onSelect = onSelect;
    this.sort = null;
    this.rows = [];
    table.querySelectorAll('th button[data-sort]').forEach((button) => {
      button.addEventListener('click', () => this.sortBy(button.dataset.sort));
    });
  }

  // The sort as the CSV endpoint takes it: "value", "-value", or "" for the API's order.
  get sortParameter() {
    return this.sort ? `${this.sort.descending ? '-' : ''}${this.sort.key}` : '';
  }

  show(rows, unit, conflicts, onChange) {
    this.rows = rows;
    this.unit = unit;
    this.conflicts = conflicts;
    this.onChange = onChange;
    this.render();
  }

  sortBy(key) {
    const descending = this.sort && this.sort.key === key && !this.sort.descending;
    this.sort = { key, descending };
    this.render();
    if (this.onChange) this.onChange();
  }

  sorted() {
    if (!this.sort) return this.rows;
    const compare = KEYS[this.sort.key];
    return [...this.rows].sort(this.sort.descending ? (a, b) => compare(b, a) : compare);
  }

  render() {
    this.table.querySelectorAll('th[data-key]').forEach((th) => {
      const sorted = this.sort && th.dataset.key === this.sort.key;
      th.setAttribute('aria-sort', sorted ? (this.sort.descending ? 'descending' : 'ascending') : 'none');
    });
    this.body.replaceChildren(...this.sorted().map((o) => this.row(o)));
  }

  row(o) {
    const tr = document.createElement('tr');
    tr.dataset.id = o.id;
    const conflict = this.conflicts.has(o.id);
    if (conflict) tr.classList.add('in-conflict');
    tr.innerHTML = `
      <td><button type="button" class="link" aria-label="${format.escape(t('showOnChart', { period: o.period.label }))}">${format.escape(format.period(o.period))}</button></td>
      <td>${format.escape(o.series.specialty.label)}</td>
      <td class="number">${format.escape(format.value(o, this.unit))}${conflict ? ` <span class="badge" title="${format.escape(t('conflict.title'))}">${t('conflict')}</span>` : ''}</td>
      <td>${format.escape(format.qualifier(o.qualifier))}</td>
      <td>${format.escape(o.source.name)}</td>
      <td><a href="${format.publicationLink(o.publication)}">${format.escape(format.publicationTitle(o.publication))}</a>${o.publication.publishedOn ? `<br><span class="muted">${format.date(o.publication.publishedOn)}</span>` : ''}</td>
      <td class="quote" lang="fr">${format.escape(o.quote)}</td>`;
    tr.querySelector('button').addEventListener('click', () => this.onSelect(o));
    return tr;
  }
}

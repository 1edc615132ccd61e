// How values, qualifiers and periods read on the dashboard, in the chart, the table and the publications page.

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export const QUALIFIERS = {
  EXACT: { symbol: '', label: 'exact' },
  APPROXIMATE: { symbol: '≈ ', label: 'approximate' },
  AT_LEAST: { symbol: '≥ ', label: 'at least' },
  AT_MOST: { symbol: '≤ ', label: 'at most' },
  RANGE: { symbol: '', label: 'range' },
};

export function number(value) {
  return value == null ? '–' : NUMBER.format(value);
}

function withUnit(text, unit) {
  if (unit === 'PERCENT') return `${text} %`;
  if (unit === 'PERCENT_CHANGE') return `${text} % change`;
  if (unit === 'EUR') return `${text} €`;
  if (unit === 'DAYS') return `${text} days`;
  return text;
}

// "486,369", "≈ 29,000", "≥ 1,000,000", "25 – 27 %".
export function value(observation, unit) {
  if (observation.qualifier === 'RANGE') {
    return withUnit(`${number(observation.low)} – ${number(observation.high)}`, unit);
  }
  return withUnit(QUALIFIERS[observation.qualifier].symbol + number(observation.value), unit);
}

export function qualifier(code) {
  return QUALIFIERS[code] ? QUALIFIERS[code].label : code;
}

// "2020-W13 (23 Mar – 29 Mar 2020)"
export function period(p) {
  const options = { day: 'numeric', month: 'short' };
  const start = new Date(`${p.start}T00:00:00Z`);
  const end = new Date(`${p.end}T00:00:00Z`);
  const fmt = (d, withYear) => d.toLocaleDateString('en-GB', { ...options, ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
  const span = p.start === p.end ? fmt(start, true) : `${fmt(start, start.getUTCFullYear() !== end.getUTCFullYear())} – ${fmt(end, true)}`;
  return p.label && p.label !== `${p.start}/${p.end}` ? `${p.label} (${span})` : span;
}

// A publication's address, when it is one a browser may follow: http or https only, never javascript: or data:.
export function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

export function escape(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function publicationLink(publication) {
  return `/publications.html#${encodeURIComponent(publication.id)}`;
}

// The title as printed, or, where none is known, who published it.
export function publicationTitle(publication) {
  return publication.title || `${publication.publisher ? publication.publisher.name : 'Publication'} (${publication.id})`;
}

// How values, qualifiers and periods read on the dashboard, in the chart, the table and the publications page, in the
// page's language: "486,369" and "31 Mar 2020" in English, "486 369" and "31 mars 2020" in French.
import { locale, t } from './i18n.js';

const NUMBER = new Intl.NumberFormat(locale === 'fr-FR' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 2 });

const SYMBOLS = { EXACT: '', APPROXIMATE: '≈ ', AT_LEAST: '≥ ', AT_MOST: '≤ ', RANGE: '' };

export function number(value) {
  return value == null ? '–' : NUMBER.format(value);
}

function withUnit(text, unit) {
  return ['PERCENT', 'PERCENT_CHANGE', 'EUR', 'DAYS'].includes(unit) ? t(`unit.${unit}`, { value: text }) : text;
}

// The name of the chart's value axis for a unit ('' for a count).
export function axisName(unit) {
  return ['PERCENT', 'PERCENT_CHANGE', 'EUR', 'DAYS'].includes(unit) ? t(`axis.${unit}`) : '';
}

// "486,369", "≈ 29,000", "≥ 1,000,000", "25 – 27 %".
export function value(observation, unit) {
  if (observation.qualifier === 'RANGE') {
    return withUnit(`${number(observation.low)} – ${number(observation.high)}`, unit);
  }
  return withUnit(SYMBOLS[observation.qualifier] + number(observation.value), unit);
}

export function qualifier(code) {
  return code in SYMBOLS ? t(`qualifier.${code}`) : code;
}

// "2020-W13 (23 Mar – 29 Mar 2020)"
export function period(p) {
  const options = { day: 'numeric', month: 'short' };
  const start = new Date(`${p.start}T00:00:00Z`);
  const end = new Date(`${p.end}T00:00:00Z`);
  const fmt = (d, withYear) => d.toLocaleDateString(locale, { ...options, ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
  const span = p.start === p.end ? fmt(start, true) : `${fmt(start, start.getUTCFullYear() !== end.getUTCFullYear())} – ${fmt(end, true)}`;
  return p.label && p.label !== `${p.start}/${p.end}` ? `${p.label} (${span})` : span;
}

// "31 Mar 2020", "31 mars 2020": a day of the ISO calendar in the page's language.
export function date(isoDay) {
  if (!isoDay) return '';
  return new Date(`${isoDay}T00:00:00Z`).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

// A publication's address, when it is one a browser may follow: http or https only, never javascript: or data:.
export function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

// Fills an element with a passage the API marked ("... <mark>word</mark> ..."; the rest of it escaped), as text
// nodes and <mark> elements: nothing in it is ever parsed as HTML.
export function markedText(element, passage) {
  const decode = (s) => s.replace(/&(amp|lt|gt|quot|#39);/g, (m, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }[e]));
  element.replaceChildren(...passage.split(/(<mark>.*?<\/mark>)/).filter(Boolean).map((piece) => {
    const marked = piece.match(/^<mark>(.*)<\/mark>$/);
    if (!marked) return document.createTextNode(decode(piece));
    const mark = document.createElement('mark');
    mark.textContent = decode(marked[1]);
    return mark;
  }));
}

export function escape(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function publicationLink(publication) {
  return `/publications.html#${encodeURIComponent(publication.id)}`;
}

// The title as printed, or, where none is known, who published it.
export function publicationTitle(publication) {
  return publication.title || `${publication.publisher ? publication.publisher.name : t('publication')} (${publication.id})`;
}

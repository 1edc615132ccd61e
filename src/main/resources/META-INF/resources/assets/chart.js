// The time chart: one ECharts custom series per specialty × source (× area, × group of people), the qualifier drawn in each mark, conflicts
// ringed in red, lockdowns shaded, and the timeline of the chosen granularity as a dashed line.
import * as format from './format.js';
import { t } from './i18n.js';

const DAY = 86400000;
const COLORS = ['#1f4e9c', '#b3401b', '#1b7a3a', '#7b3fa0', '#7a5d00', '#006d77', '#b0175b', '#455a64'];
const CONFLICT = '#d00000';
const LONG_PERIOD_DAYS = 8;

const time = (isoDay) => Date.parse(`${isoDay}T00:00:00Z`);
const midpoint = (p) => (time(p.start) + time(p.end) + DAY) / 2;

function groupName(observation, manySpecialties) {
  const parts = [];
  if (manySpecialties) parts.push(observation.series.specialty.label.replace(/ \(.*\)$/, ''));
  parts.push(observation.source.name);
  if (observation.series.geography.code !== 'FR') parts.push(observation.series.geography.code);
  if (observation.series.population.code !== 'ALL') parts.push(observation.series.population.label);
  return parts.join(' — ');
}

// A marker whose shape says the qualifier: ● exact, ○ approximate, ▲ at least, ▼ at most, I-bar for a range.
function marker(x, y, item, api, color) {
  const r = 5;
  const style = { fill: color, stroke: color, lineWidth: 1.5 };
  switch (item.qualifier) {
    case 'APPROXIMATE':
      return [{ type: 'circle', shape: { cx: x, cy: y, r }, style: { fill: '#fff', stroke: color, lineWidth: 2 } }];
    case 'AT_LEAST':
      return [{ type: 'polygon', shape: { points: [[x, y - r - 2], [x - r, y + r - 1], [x + r, y + r - 1]] }, style }];
    case 'AT_MOST':
      return [{ type: 'polygon', shape: { points: [[x, y + r + 2], [x - r, y - r + 1], [x + r, y - r + 1]] }, style }];
    case 'RANGE': {
      const low = api.coord([0, item.low])[1];
      const high = api.coord([0, item.high])[1];
      return [
        { type: 'line', shape: { x1: x, y1: low, x2: x, y2: high }, style: { stroke: color, lineWidth: 2 } },
        { type: 'line', shape: { x1: x - r, y1: low, x2: x + r, y2: low }, style: { stroke: color, lineWidth: 2 } },
        { type: 'line', shape: { x1: x - r, y1: high, x2: x + r, y2: high }, style: { stroke: color, lineWidth: 2 } },
        { type: 'rect', shape: { x: x - 3, y: y - 3, width: 6, height: 6 }, style },
      ];
    }
    default:
      return [{ type: 'circle', shape: { cx: x, cy: y, r }, style }];
  }
}

function renderItem(items, color) {
  return (params, api) => {
    const item = items[params.dataIndex];
    const [x, y] = api.coord([midpoint(item.period), item.value]);
    const children = [];
    if (item.days >= LONG_PERIOD_DAYS) {
      const x1 = api.coord([time(item.period.start), item.value])[0];
      const x2 = api.coord([time(item.period.end) + DAY, item.value])[0];
      children.push({ type: 'line', shape: { x1, y1: y, x2, y2: y }, style: { stroke: color, lineWidth: 2, opacity: 0.45 } });
    }
    if (item.conflict) {
      children.push({ type: 'circle', shape: { cx: x, cy: y, r: 10 }, style: { fill: 'none', stroke: CONFLICT, lineWidth: 2.5 } });
    }
    children.push(...marker(x, y, item, api, color));
    return { type: 'group', children };
  };
}

function observationSeries(rows, conflicts) {
  const manySpecialties = new Set(rows.map((o) => o.series.specialty.code)).size > 1;
  const groups = new Map();
  rows.forEach((o) => {
    const name = groupName(o, manySpecialties);
    if (!groups.has(name)) groups.set(name, []);
    const days = (time(o.period.end) - time(o.period.start)) / DAY + 1;
    groups.get(name).push({ ...o, days, conflict: conflicts.has(o.id) });
  });
  return [...groups.entries()].map(([name, items], i) => {
    const color = COLORS[i % COLORS.length];
    return {
      type: 'custom',
      name,
      color,
      itemStyle: { color },
      renderItem: renderItem(items, color),
      encode: { x: [0, 1], y: [2, 3, 4] },
      data: items.map((o) => [time(o.period.start), time(o.period.end) + DAY, o.value,
        o.low ?? o.value, o.high ?? o.value]),
      items,
    };
  });
}

function timelineSeries(lines) {
  return lines.map((line, i) => ({
    type: 'line',
    name: t('timeline.line', { label: line.label, granularity: t(`granularity.word.${line.granularity}`) }),
    color: '#333',
    lineStyle: { type: 'dashed', width: 1.5, color: COLORS[(i + 3) % COLORS.length] },
    symbol: 'none',
    connectNulls: false,
    tooltip: { show: false },
    data: line.points.map((p) => [midpoint(p.period), p.value]),
  }));
}

function lockdownSeries(namedPeriods) {
  const lockdowns = namedPeriods.filter((p) => p.code.includes('LOCKDOWN'));
  return {
    type: 'line',
    name: t('lockdowns'),
    data: [],
    silent: true,
    color: '#9aa5b1',
    markArea: {
      silent: true,
      itemStyle: { color: 'rgba(120, 130, 150, 0.16)' },
      label: { color: '#333', fontSize: 11, position: 'insideTop' },
      data: lockdowns.map((p) => [{ name: p.label, xAxis: time(p.start) }, { xAxis: time(p.end) + DAY }]),
    },
  };
}

function figure(item, unit) {
  const publication = item.publication;
  return `<div class="figure">
    <strong>${format.escape(format.value(item, unit))}</strong> <span class="muted">(${format.qualifier(item.qualifier)})</span>
    ${item.conflict ? ` <span class="conflict">${t('conflict')}</span>` : ''}<br>
    ${format.escape(format.period(item.period))} · ${format.escape(item.series.specialty.label)}<br>
    ${t('tip.source', { name: format.escape(item.source.name) })}<br>
    <a href="${format.publicationLink(publication)}">${format.escape(format.publicationTitle(publication))}</a>
    ${publication.publishedOn ? `(${format.date(publication.publishedOn)})` : ''}
    ${item.quote ? `<blockquote lang="fr">${format.escape(item.quote)}</blockquote>` : ''}
  </div>`;
}

// Marks of the same period whose values are this close (a share of the largest value) overlap on screen:
// the tooltip lists them all, so that no figure hides behind another.
const OVERLAP = 0.04;
const MAX_LISTED = 4;

function overlapping(item, series) {
  const all = series.flatMap((s) => s.items);
  const largest = Math.max(...all.map((o) => Math.abs(o.high ?? o.value)));
  const near = all.filter((o) => o.period.start === item.period.start && o.period.end === item.period.end
    && Math.abs(o.value - item.value) <= OVERLAP * largest);
  return [item, ...near.filter((o) => o !== item)];
}

function tooltip(item, series, unit) {
  const listed = overlapping(item, series);
  const more = listed.length > MAX_LISTED ? `<p class="muted">${t('tip.more', { count: listed.length - MAX_LISTED })}</p>` : '';
  const heading = listed.length > 1 ? `<p class="muted">${t('tip.here', { count: listed.length })}</p>` : '';
  return `<div class="tip">${heading}${listed.slice(0, MAX_LISTED).map((o) => figure(o, unit)).join('<hr>')}${more}</div>`;
}

export function option({ rows, conflicts, namedPeriods, unit, range, lines }) {
  const series = observationSeries(rows, conflicts);
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 64, right: 24, top: 56, bottom: 72 },
    legend: { type: 'scroll', top: 0, textStyle: { color: '#222' } },
    tooltip: {
      trigger: 'item',
      enterable: true,
      confine: true,
      extraCssText: 'max-height: 60vh; overflow-y: auto;',
      formatter: (params) => {
        const s = series[params.seriesIndex - 1];
        return s ? tooltip(s.items[params.dataIndex], series, unit) : '';
      },
    },
    xAxis: { type: 'time', min: range.from ? time(range.from) : null, max: range.to ? time(range.to) + DAY : null,
      axisLabel: { color: '#222', hideOverlap: true } },
    yAxis: { type: 'value', name: format.axisName(unit), axisLabel: { color: '#222', formatter: (v) => format.number(v) } },
    dataZoom: [{ type: 'inside', xAxisIndex: 0 }, { type: 'slider', xAxisIndex: 0, height: 22, bottom: 12 }],
    series: [lockdownSeries(namedPeriods), ...series, ...timelineSeries(lines)],
    observationSeries: series,
  };
}

// Draws the chart and answers where an observation is on screen (for keyboard users' details and for tests).
export class ObservationChart {
  constructor(element, onSelect) {
    this.element = element;
    this.chart = window.echarts.init(element, null, { renderer: 'svg' });
    this.chart.on('click', (params) => {
      const s = this.series && this.series[params.seriesIndex - 1];
      if (s && s.items) onSelect(s.items[params.dataIndex]);
    });
    new ResizeObserver(() => this.chart.resize()).observe(element);
  }

  show(input) {
    const built = option(input);
    this.series = built.observationSeries;
    delete built.observationSeries;
    this.chart.setOption(built, { notMerge: true });
    const count = this.series.reduce((n, s) => n + s.items.length, 0);
    this.element.dataset.points = String(count);
  }

  // The pixel of an observation's mark, relative to the chart element.
  pixelOf(id) {
    for (let i = 0; i < this.series.length; i++) {
      const item = this.series[i].items.find((o) => o.id === id);
      if (item) return this.chart.convertToPixel({ seriesIndex: i + 1 }, [midpoint(item.period), item.value]);
    }
    return null;
  }
}

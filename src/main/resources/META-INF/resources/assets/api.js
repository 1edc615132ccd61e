// The dashboard's only way to the data: the public GraphQL API, as any other client would use it, asking for its
// labels in the page's language.
import { lang } from './i18n.js';

const ENDPOINT = '/graphql';
const PAGE_SIZE = 500;
export const MAX_OBSERVATIONS = 5000;

export class ApiError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join(' '));
    this.codes = errors.map((e) => (e.extensions && e.extensions.code) || 'ERROR');
  }
}

export async function graphql(query, variables = {}) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': lang },
    body: JSON.stringify({ query, variables }),
  });
  const body = (response.headers.get('Content-Type') || '').includes('json') ? await response.json() : {};
  if (!response.ok && !(body.errors && body.errors.length)) {
    throw new ApiError([{ message: `The API answered HTTP ${response.status}.` }]);
  }
  if (body.errors && body.errors.length) {
    throw new ApiError(body.errors);
  }
  return body.data;
}

const OBSERVATION_FIELDS = `
  id value low high qualifier quote note
  period { start end label }
  series { key specialty { code label } geography { code label } population { code label } }
  source { code name }
  publication { id title url publishedOn publisher { name } }`;

export async function referenceData() {
  return graphql(`{
    metrics { code name unit definition }
    namedPeriods { code label start end }
  }`);
}

// The specialties (or the populations) the metric has series for, ALL first, then by label. `dimension` is one of
// this module's own field names, never a user's text.
async function dimensionOf(metric, dimension) {
  const data = await graphql(`query($metric: [String!]) {
      series(filter: {metric: $metric}, first: 500) { nodes { ${dimension} { code label } } }
    }`, { metric: [metric] });
  const byCode = new Map();
  data.series.nodes.forEach((s) => byCode.set(s[dimension].code, s[dimension]));
  return [...byCode.values()].sort((a, b) => (a.code === 'ALL' ? -1 : b.code === 'ALL' ? 1 : a.label < b.label ? -1 : 1));
}

export const specialtiesOf = (metric) => dimensionOf(metric, 'specialty');

// GraphiQL with the query behind the chart, its variables and the page's language, ready to run.
export function explorerUrl(filter) {
  const variables = Object.fromEntries(Object.entries(filter).filter(([, v]) => v != null));
  const params = {
    query: OBSERVATIONS,
    variables: JSON.stringify({ filter: variables, first: PAGE_SIZE }, null, 2),
    headers: JSON.stringify({ 'Accept-Language': lang }),
  };
  // encodeURIComponent, not URLSearchParams: GraphiQL's page decodes with decodeURIComponent, which keeps a '+'
  return `/q/graphql-ui/?${Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

// The figures whose quote, note, title or labels match, most relevant first, with the passage that matched.
export async function search(text, first = 20) {
  const data = await graphql(`query Search($text: String!, $first: Int) {
      search(text: $text, first: $first) {
        totalCount totalCountIsExact
        nodes { highlight observation { id value low high qualifier
          period { start end label }
          series { key metric { code unit } specialty { code label } }
          source { name }
          publication { id title publishedOn publisher { name } } } }
      }
    }`, { text, first });
  return data.search;
}

// The groups of people the metric has series about.
export const populationsOf = (metric) => dimensionOf(metric, 'population');

const OBSERVATIONS = `query Observations($filter: ObservationFilter, $first: Int, $after: String) {
  observations(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${OBSERVATION_FIELDS.trim()} }
  }
}`;

// Every page of a selection, up to MAX_OBSERVATIONS; `truncated` says whether there were more.
export async function observations(filter) {
  const rows = [];
  let after = null;
  for (;;) {
    const data = await graphql(OBSERVATIONS, { filter, first: PAGE_SIZE, after });
    rows.push(...data.observations.nodes);
    const { hasNextPage, endCursor } = data.observations.pageInfo;
    if (!hasNextPage || rows.length >= MAX_OBSERVATIONS) {
      return { rows, totalCount: data.observations.totalCount, truncated: hasNextPage };
    }
    after = endCursor;
  }
}

// Ids of the observations that disagree with a figure of another publication, each with its counterparts.
export async function conflicts(filter) {
  const data = await graphql(`query($metric: [String!], $specialty: [String!], $population: [String!], $from: Date,
        $to: Date, $during: String, $asOf: Date) {
      discrepancies(metric: $metric, specialty: $specialty, population: $population, from: $from, to: $to,
          during: $during, asOf: $asOf, first: 500) {
        nodes { first { id } second { id } relativeGap }
      }
    }`, {
    metric: filter.metric, specialty: filter.specialty, population: filter.population, from: filter.from, to: filter.to,
    during: filter.during, asOf: filter.asOf,
  });
  const byId = new Map();
  const add = (id, other, gap) => {
    if (!byId.has(id)) byId.set(id, []);
    byId.get(id).push({ id: other, relativeGap: gap });
  };
  data.discrepancies.nodes.forEach((d) => {
    add(d.first.id, d.second.id, d.relativeGap);
    add(d.second.id, d.first.id, d.relativeGap);
  });
  return byId;
}

const CODE = /^[A-Z0-9_]+$/;

function requireCode(code) {
  if (!CODE.test(code)) throw new ApiError([{ message: `Not a code: ${code}` }]);
  return code;
}

// One timeline per specialty, in one request (aliases t0, t1...), about the group of people chosen (everyone if none).
export async function timelines(filter, granularity) {
  requireCode(granularity);
  filter.specialty.forEach(requireCode);
  const fields = filter.specialty.map((code, i) => `t${i}: timeline(metric: $metric, specialty: "${code}",
      population: $population, from: $from, to: $to, during: $during, asOf: $asOf, granularity: ${granularity}) {
      seriesKey points { period { start end label } value conflict observationCount }
    }`).join('\n');
  const data = await graphql(`query($metric: String!, $population: String!, $from: Date, $to: Date, $during: String,
        $asOf: Date) {
      ${fields}
    }`, { metric: filter.metric[0], population: filter.population ? filter.population[0] : 'ALL', from: filter.from, to: filter.to, during: filter.during, asOf: filter.asOf });
  return filter.specialty.map((code, i) => ({ specialty: code, ...data[`t${i}`] }));
}

// Every publication with its figures: the publications, then every figure by pages (each with its publication's
// id), grouped here. Two lists rather than one nested in the other: a nested list would multiply the query's cost.
export async function publications() {
  const data = await graphql(`{
      publications(first: 500) { nodes { id title url publishedOn language note publisher { code name } } }
    }`);
  const figures = await everyPage(`query($first: Int, $after: String) {
      observations(first: $first, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { ${OBSERVATION_FIELDS} series { metric { name unit } } }
      }
    }`);
  const byPublication = new Map();
  figures.forEach((o) => {
    if (!byPublication.has(o.publication.id)) byPublication.set(o.publication.id, []);
    byPublication.get(o.publication.id).push(o);
  });
  return data.publications.nodes.map((p) => {
    const nodes = byPublication.get(p.id) || [];
    return { ...p, observations: { totalCount: nodes.length, nodes } };
  });
}

async function everyPage(query) {
  const rows = [];
  let after = null;
  for (;;) {
    const data = await graphql(query, { first: PAGE_SIZE, after });
    rows.push(...data.observations.nodes);
    if (!data.observations.pageInfo.hasNextPage) return rows;
    after = data.observations.pageInfo.endCursor;
  }
}

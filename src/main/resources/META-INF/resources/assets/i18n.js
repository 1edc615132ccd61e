// The page's language: ?lang=fr or ?lang=en in the URL, else the browser's (French for fr, fr-FR...), else English.
// Every text of the pages is here in both languages; the API answers its labels in the same language
// (Accept-Language), and numbers and dates are formatted for it.

const MESSAGES = {
  en: {
    'page.title': 'telebarometer — teleconsultation in France, figure by figure',
    'skip': 'Skip to the table of observations',
    'nav.site': 'Site', 'nav.dashboard': 'Dashboard', 'nav.publications': 'Publications', 'nav.explorer': 'GraphQL explorer',
    'nav.language': 'Language',
    'h1': 'Teleconsultation in France, as published',
    'lead': 'Every figure below was read in a publication of Assurance Maladie, GERS Data or the press, and is shown with its qualifier (exact, approximate, at least, at most, range), its source and its quote.',
    'controls': 'What to show', 'metric': 'Metric', 'definition': 'What it counts',
    'specialties': 'Specialties and professions', 'people': 'People', 'people.all': 'Everyone and every group',
    'people.none': 'Everyone (no group)', 'during': 'Named period', 'during.any': 'Any', 'from': 'From', 'to': 'To',
    'granularity': 'Timeline', 'granularity.none': 'None: figures as published', 'granularity.WEEK': 'Weekly level',
    'granularity.MONTH': 'Monthly level', 'granularity.QUARTER': 'Quarterly level', 'granularity.YEAR': 'Yearly level',
    'asOf': 'As known on', 'optional': '(optional)', 'show': 'Show', 'resetDates': 'Clear dates',
    'chart': 'Chart', 'chart.aria': 'Chart of the observations; the table below lists them.',
    'chart.ariaCount': 'Chart of {count} observations of {metric}; the table below lists them.',
    'legend': '<span aria-hidden="true">●</span> exact · <span aria-hidden="true">○</span> approximate · <span aria-hidden="true">▲</span> at least · <span aria-hidden="true">▼</span> at most · <span aria-hidden="true">I</span> range · a horizontal bar spans a figure\'s period · <span class="conflict">red ring</span>: disagrees with another publication · grey bands: lockdowns. Hover or click a mark for its quote.',
    'observations': 'Observations', 'csv': 'Download CSV', 'explore': 'Open the query behind this chart in GraphiQL',
    'search.title': 'Search what was published', 'search.label': 'Words, or "a phrase" in quotes',
    'search.placeholder': 'tiers payant, Doctolib, déserts médicaux…', 'search.button': 'Search',
    'search.searching': 'Searching…', 'search.none': 'No figure matches {text}.',
    'search.count': '{count} figures match; the {shown} most relevant:', 'search.countOne': '1 figure matches:',
    'search.countAtLeast': 'At least {count} figures match; the {shown} most relevant:',
    'search.show': 'show on the dashboard', 'search.failed': 'The search failed: {message}',
    'table.caption': 'The observations of the chart; sort by a column with its button.',
    'col.period': 'Period', 'col.specialty': 'Specialty', 'col.value': 'Value', 'col.qualifier': 'Qualifier',
    'col.source': 'Source', 'col.publication': 'Publication', 'col.quote': 'Quote', 'col.metric': 'Metric',
    'footer': 'Data: publications listed on the <a href="/publications.html">publications page</a>. API: <a href="/graphql/schema.graphql">GraphQL schema</a> · <a href="/api/observations.csv">all observations as CSV</a>.',
    'status.loading': 'Loading…', 'status.chooseSpecialty': 'Choose at least one specialty.',
    'status.count': '{count} observations', 'status.countOne': '1 observation',
    'status.truncated': ' (the first {shown} of {total}; the CSV holds them all)',
    'status.conflicts': ', {count} in conflict with another source',
    'status.refused': 'The API refused the request: {message}', 'status.noStart': 'The dashboard could not start: {message}',
    'details.period': 'Period', 'details.series': 'Series', 'details.source': 'Source', 'details.publication': 'Publication',
    'details.original': 'original', 'details.reading': 'Reading',
    'conflict': 'conflict', 'conflict.title': 'Disagrees with a figure of another publication',
    'showOnChart': 'Show {period} on the chart', 'tip.source': 'Source: {name}', 'tip.here': '{count} figures here',
    'tip.more': 'and {count} more in the table', 'lockdowns': 'Lockdowns', 'timeline.line': '{label} — {granularity} level',
    'granularity.word.WEEK': 'weekly', 'granularity.word.MONTH': 'monthly', 'granularity.word.QUARTER': 'quarterly',
    'granularity.word.YEAR': 'yearly',
    'unit.PERCENT': '{value} %', 'unit.PERCENT_CHANGE': '{value} % change', 'unit.EUR': '{value} €', 'unit.DAYS': '{value} days',
    'axis.PERCENT': '%', 'axis.PERCENT_CHANGE': '% change', 'axis.EUR': '€', 'axis.DAYS': 'days',
    'qualifier.EXACT': 'exact', 'qualifier.APPROXIMATE': 'approximate', 'qualifier.AT_LEAST': 'at least',
    'qualifier.AT_MOST': 'at most', 'qualifier.RANGE': 'range', 'publication': 'Publication',
    'pub.title': 'Publications — telebarometer', 'pub.h1': 'Publications',
    'pub.lead': 'Every publication the figures were read in, with its figures and the sentences they come from.',
    'pub.search': 'Filter publications', 'pub.placeholder': 'title, publisher, id…', 'pub.dateUnknown': 'date unknown',
    'pub.figures': '{count} figures', 'pub.figuresOne': '1 figure', 'pub.figuresOf': 'Figures of {title}',
    'pub.count': '{count} publications', 'pub.countOne': '1 publication',
    'pub.failed': 'The page could not load the publications: {message}',
  },
  fr: {
    'page.title': 'telebarometer — la téléconsultation en France, chiffre par chiffre',
    'skip': 'Aller au tableau des observations',
    'nav.site': 'Site', 'nav.dashboard': 'Tableau de bord', 'nav.publications': 'Publications',
    'nav.explorer': 'Explorateur GraphQL', 'nav.language': 'Langue',
    'h1': 'La téléconsultation en France, telle que publiée',
    'lead': 'Chaque chiffre ci-dessous a été lu dans une publication de l\'Assurance Maladie, de GERS Data ou de la presse, et s\'affiche avec son qualificatif (exact, approximatif, au moins, au plus, fourchette), sa source et sa citation.',
    'controls': 'Que montrer', 'metric': 'Indicateur', 'definition': 'Ce qu\'il compte',
    'specialties': 'Spécialités et professions', 'people': 'Personnes', 'people.all': 'Tout le monde et chaque groupe',
    'people.none': 'Tout le monde (aucun groupe)', 'during': 'Période nommée', 'during.any': 'Toutes', 'from': 'Du',
    'to': 'Au', 'granularity': 'Chronologie', 'granularity.none': 'Aucune : les chiffres tels que publiés',
    'granularity.WEEK': 'Niveau hebdomadaire', 'granularity.MONTH': 'Niveau mensuel',
    'granularity.QUARTER': 'Niveau trimestriel', 'granularity.YEAR': 'Niveau annuel',
    'asOf': 'Tel que connu le', 'optional': '(facultatif)', 'show': 'Afficher', 'resetDates': 'Effacer les dates',
    'chart': 'Graphique', 'chart.aria': 'Graphique des observations ; le tableau ci-dessous les liste.',
    'chart.ariaCount': 'Graphique de {count} observations de « {metric} » ; le tableau ci-dessous les liste.',
    'legend': '<span aria-hidden="true">●</span> exact · <span aria-hidden="true">○</span> approximatif · <span aria-hidden="true">▲</span> au moins · <span aria-hidden="true">▼</span> au plus · <span aria-hidden="true">I</span> fourchette · une barre horizontale couvre la période d\'un chiffre · <span class="conflict">cercle rouge</span> : en désaccord avec une autre publication · bandes grises : confinements. Survolez ou cliquez un point pour sa citation.',
    'observations': 'Observations', 'csv': 'Télécharger le CSV',
    'explore': 'Ouvrir la requête de ce graphique dans GraphiQL',
    'search.title': 'Chercher dans ce qui a été publié', 'search.label': 'Des mots, ou « une expression » entre guillemets',
    'search.placeholder': 'tiers payant, Doctolib, déserts médicaux…', 'search.button': 'Chercher',
    'search.searching': 'Recherche…', 'search.none': 'Aucun chiffre ne correspond à {text}.',
    'search.count': '{count} chiffres correspondent ; les {shown} plus pertinents :', 'search.countOne': '1 chiffre correspond :',
    'search.countAtLeast': 'Au moins {count} chiffres correspondent ; les {shown} plus pertinents :',
    'search.show': 'voir dans le tableau de bord', 'search.failed': 'La recherche a échoué : {message}',
    'table.caption': 'Les observations du graphique ; triez par une colonne avec son bouton.',
    'col.period': 'Période', 'col.specialty': 'Spécialité', 'col.value': 'Valeur', 'col.qualifier': 'Qualificatif',
    'col.source': 'Source', 'col.publication': 'Publication', 'col.quote': 'Citation', 'col.metric': 'Indicateur',
    'footer': 'Données : les publications listées sur la <a href="/publications.html">page des publications</a>. API : <a href="/graphql/schema.graphql">schéma GraphQL</a> · <a href="/api/observations.csv">toutes les observations en CSV</a>.',
    'status.loading': 'Chargement…', 'status.chooseSpecialty': 'Choisissez au moins une spécialité.',
    'status.count': '{count} observations', 'status.countOne': '1 observation',
    'status.truncated': ' (les {shown} premières sur {total} ; le CSV les contient toutes)',
    'status.conflicts': ', dont {count} en conflit avec une autre source',
    'status.refused': 'L\'API a refusé la requête : {message}',
    'status.noStart': 'Le tableau de bord n\'a pas pu démarrer : {message}',
    'details.period': 'Période', 'details.series': 'Série', 'details.source': 'Source', 'details.publication': 'Publication',
    'details.original': 'original', 'details.reading': 'Lecture',
    'conflict': 'conflit', 'conflict.title': 'En désaccord avec un chiffre d\'une autre publication',
    'showOnChart': 'Montrer {period} sur le graphique', 'tip.source': 'Source : {name}', 'tip.here': '{count} chiffres ici',
    'tip.more': 'et {count} de plus dans le tableau', 'lockdowns': 'Confinements', 'timeline.line': '{label} — niveau {granularity}',
    'granularity.word.WEEK': 'hebdomadaire', 'granularity.word.MONTH': 'mensuel', 'granularity.word.QUARTER': 'trimestriel',
    'granularity.word.YEAR': 'annuel',
    'unit.PERCENT': '{value} %', 'unit.PERCENT_CHANGE': '{value} % d\'évolution', 'unit.EUR': '{value} €',
    'unit.DAYS': '{value} jours',
    'axis.PERCENT': '%', 'axis.PERCENT_CHANGE': '% d\'évolution', 'axis.EUR': '€', 'axis.DAYS': 'jours',
    'qualifier.EXACT': 'exact', 'qualifier.APPROXIMATE': 'approximatif', 'qualifier.AT_LEAST': 'au moins',
    'qualifier.AT_MOST': 'au plus', 'qualifier.RANGE': 'fourchette', 'publication': 'Publication',
    'pub.title': 'Publications — telebarometer', 'pub.h1': 'Publications',
    'pub.lead': 'Chaque publication où les chiffres ont été lus, avec ses chiffres et les phrases dont ils viennent.',
    'pub.search': 'Filtrer les publications', 'pub.placeholder': 'titre, éditeur, identifiant…',
    'pub.dateUnknown': 'date inconnue', 'pub.figures': '{count} chiffres', 'pub.figuresOne': '1 chiffre',
    'pub.figuresOf': 'Chiffres de {title}', 'pub.count': '{count} publications', 'pub.countOne': '1 publication',
    'pub.failed': 'La page n\'a pas pu charger les publications : {message}',
  },
};

export const LANGUAGES = ['fr', 'en'];

function chosen() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(asked)) return asked;
  const browser = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return browser.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const lang = chosen();

// BCP 47 locale of numbers and dates: « 486 369 » and « 31 mars 2020 » in French.
export const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';

// The text of a key with its {placeholders} filled.
export function t(key, params = {}) {
  const text = MESSAGES[lang][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

// Fills the page's marked elements: data-i18n (text), data-i18n-html (trusted markup of this file),
// data-i18n-aria (aria-label), data-i18n-placeholder; sets <html lang> and the title.
export function translatePage(titleKey) {
  document.documentElement.lang = lang;
  if (titleKey) document.title = t(titleKey);
  document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
  document.querySelectorAll('[data-i18n-html]').forEach((e) => { e.innerHTML = t(e.dataset.i18nHtml); });
  document.querySelectorAll('[data-i18n-aria]').forEach((e) => e.setAttribute('aria-label', t(e.dataset.i18nAria)));
  document.querySelectorAll('[data-i18n-placeholder]').forEach((e) => { e.placeholder = t(e.dataset.i18nPlaceholder); });
  document.querySelectorAll('[data-lang]').forEach((link) => {
    if (link.dataset.lang === lang) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
    // the same page, the same selection (the URL holds it), in the other language
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const params = new URLSearchParams(location.search);
      params.set('lang', link.dataset.lang);
      location.assign(`${location.pathname}?${params}${location.hash}`);
    });
  });
}

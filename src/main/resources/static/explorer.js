// The explorer: one page over the public read API (no key, no cookie, same origin). Each section
// loads on its own, says in its status line (a polite live region) what it found or what went
// wrong, and keeps working when another fails.
import { apiLink, el, fill, number, partialDate, qualified, signed, snippet, unit, words } from './explorer-dom.js';

const INDICATORS = new Set(['TURNOVER', 'EXPORTS', 'IMPORTS', 'BALANCE', 'FDI_INFLOW', 'FDI_CUMULATIVE']);
const CODE = /^[A-Z]{2}$/;
const CHART_WIDTH = 880;
const CHART_HEIGHT = 440;

const $ = (id) => document.getElementById(id);

// The newest request of each section: an answer that arrives after a newer choice was made is dropped, so a slow
// answer for the previous pair never overwrites the current one.
const latest = {};

function begin(section) {
	const token = Symbol(section);
	latest[section] = token;
	return () => latest[section] === token;
}

/** A problem (RFC 9457) or a network failure, told in one sentence. */
class ApiError extends Error {}

async function getJson(path) {
	let response;
	try {
		response = await fetch(path, { headers: { Accept: 'application/json' } });
	}
	catch {
		throw new ApiError('The server could not be reached.');
	}
	if (!response.ok) {
		let detail = response.statusText;
		try {
			const problem = await response.json();
			detail = [problem.title, problem.detail].filter(Boolean).join(': ');
		}
		catch {
			// not a problem body: the status text will do
		}
		throw new ApiError(`${response.status} ${detail}`);
	}
	return response.json();
}

function query(path, parameters) {
	const search = new URLSearchParams();
	for (const [name, value] of Object.entries(parameters)) {
		if (value !== undefined && value !== null && value !== '') {
			search.set(name, value);
		}
	}
	return `${path}?${search}`;
}

function today() {
	const now = new Date();
	const pad = (n) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

let countryNames = new Map([['KZ', 'Kazakhstan'], ['CZ', 'Czech Republic']]);

function countryName(code) {
	return countryNames.get(code) ?? code;
}

function indicatorName(indicator) {
	return [...$('indicator').options].find((option) => option.value === indicator)?.textContent ?? words(indicator);
}

/** The choice in the form, from the address (so a view can be linked to), else KZ-CZ turnover. */
function initialChoice() {
	const parameters = new URLSearchParams(location.search);
	const pick = (name, fallback, valid) => {
		const value = (parameters.get(name) ?? '').toUpperCase();
		return valid(value) ? value : fallback;
	};
	return {
		country: pick('country', 'KZ', (v) => CODE.test(v)),
		partner: pick('partner', 'CZ', (v) => CODE.test(v)),
		indicator: pick('indicator', 'TURNOVER', (v) => INDICATORS.has(v)),
		q: parameters.get('q') ?? '',
	};
}

function currentChoice() {
	return { country: $('country').value, partner: $('partner').value, indicator: $('indicator').value };
}

async function loadCountries(choice) {
	const answer = await getJson('/api/v1/countries?size=200&sort=name');
	countryNames = new Map(answer.items.map((c) => [c.code, c.name]));
	for (const [id, selected] of [['country', choice.country], ['partner', choice.partner]]) {
		const select = $(id);
		fill(select, answer.items.map((c) => el('option', { value: c.code }, `${c.name} (${c.code})`)));
		select.value = countryNames.has(selected) ? selected : (id === 'country' ? 'KZ' : 'CZ');
	}
}

// --- Trade ------------------------------------------------------------------------------------

let chartMarked = false;

function showChart({ country, partner, indicator }) {
	const base = { country, partner, indicator };
	const chart = $('chart');
	const pair = `${countryName(country)} and ${countryName(partner)}`;
	$('chart-fallback').hidden = true;
	chart.hidden = false;
	chart.alt = `Chart of ${indicatorName(indicator).toLowerCase()} between ${pair}, by period and reporter. `
		+ 'The table below lists the same points.';
	chart.src = query('/api/v1/trade/series', { ...base, format: 'svg', width: CHART_WIDTH, height: CHART_HEIGHT });
	fill($('chart-caption'), `${indicatorName(indicator)}: ${pair}, as each side's statistics report it.`);

	const file = `${country}-${partner}-${indicator}`;
	$('csv-link').href = query('/api/v1/trade/series', { ...base, format: 'csv' });
	$('csv-link').setAttribute('download', `${file}.csv`);
	$('json-link').href = query('/api/v1/trade/series', { ...base, format: 'json' });
	$('svg-link').href = query('/api/v1/trade/series', { ...base, format: 'svg' });
}

function changeCell(change) {
	if (!change || change.basis === 'NONE' || change.percent === null) {
		return el('td', { class: 'num muted', title: change?.reason ?? '' }, '–');
	}
	const how = change.basis === 'STATED' ? 'as the source states' : 'computed';
	return el('td', { class: 'num' },
		signed(change.percent, '%'),
		el('span', { class: 'sub' }, `${signed(change.absolute)} on ${change.previousPeriod?.label ?? 'the period before'}, ${how}`));
}

function pointRow(point) {
	const reporter = point.reporter ?? {};
	const period = point.period ?? {};
	return el('tr', { class: [point.derived ? 'derived' : '', period.partial ? 'partial' : ''].join(' ').trim() || null },
		el('th', { scope: 'row' }, period.label ?? '', period.partial ? el('span', { class: 'tag' }, 'partial') : null),
		el('td', {}, reporter.country ?? '',
			reporter.agencyName ? el('span', { class: 'sub' }, reporter.agencyName) : null),
		el('td', { class: 'num' }, qualified(point.value, point.valueQualifier)),
		el('td', {}, unit(point.currency, point.scale, point.unit)),
		changeCell(point.change),
		el('td', {}, point.derived
			? [words(point.derivation?.kind), el('span', { class: 'sub' }, point.derivation?.rule ?? '')]
			: 'As stated'),
		el('td', {}, (point.flags ?? []).length === 0 ? '' : el('ul', { class: 'flags' },
			point.flags.map((flag) => el('li', { class: flag.severity === 'WARNING' ? 'warning' : 'info' },
				el('strong', {}, words(flag.code)), ': ', flag.message)))),
		el('td', {}, el('ul', { class: 'sources' },
			(point.sources ?? []).map((source) => el('li', {}, apiLink(source.self, source.title ?? source.id))))));
}

async function showPoints({ country, partner, indicator }) {
	const status = $('trade-status');
	const body = $('points').querySelector('tbody');
	const current = begin('points');
	$('trade').setAttribute('aria-busy', 'true');
	fill(status, 'Loading the series…');
	try {
		const series = await getJson(query('/api/v1/trade/series', { country, partner, indicator }));
		if (!current()) {
			return;
		}
		const points = series.points ?? [];
		fill(body, points.map(pointRow));
		fill($('points-caption'),
			`${indicatorName(indicator)}, ${countryName(country)} with ${countryName(partner)}: every point with its change on the same period of the year before`);
		fill(status, points.length === 0
			? `No ${indicatorName(indicator).toLowerCase()} figures between ${countryName(country)} and ${countryName(partner)}.`
			: `${points.length} points of ${indicatorName(indicator).toLowerCase()} between ${countryName(country)} and ${countryName(partner)}.`);
	}
	catch (error) {
		if (current()) {
			fill(body);
			fill(status, `The series could not be loaded: ${error.message}`);
		}
	}
	finally {
		if (current()) {
			$('trade').removeAttribute('aria-busy');
		}
	}
}

// --- Search -----------------------------------------------------------------------------------

async function search(q) {
	const status = $('search-status');
	const list = $('search-results');
	if (q.trim() === '') {
		fill(list);
		fill(status, 'Type a word to search for.');
		return;
	}
	const current = begin('search');
	fill(status, 'Searching…');
	try {
		const answer = await getJson(query('/api/v1/search', { q, size: 20 }));
		if (!current()) {
			return;
		}
		const hits = answer.items ?? [];
		fill(list, hits.map((hit) => el('li', {},
			el('span', { class: 'tag' }, words(hit.kind)), ' ',
			apiLink(hit.self, hit.title ?? hit.id),
			el('p', { class: 'snippet' }, snippet(hit.snippet)))));
		const total = answer.page?.totalElements ?? hits.length;
		fill(status, total === 0 ? `Nothing found for “${q}”.`
			: `${total} ${total === 1 ? 'result' : 'results'} for “${q}”${total > hits.length ? `, the first ${hits.length} shown` : ''}.`);
	}
	catch (error) {
		if (current()) {
			fill(list);
			fill(status, `The search failed: ${error.message}`);
		}
	}
}

// --- Timeline and officials -------------------------------------------------------------------

async function showTimeline({ country, partner }) {
	const status = $('timeline-status');
	const list = $('timeline-events');
	const current = begin('timeline');
	fill(status, 'Loading the timeline…');
	try {
		// The timeline filters by one country; the pair's events are those that involve both.
		const answer = await getJson(query('/api/v1/timeline', { country: partner, size: 200 }));
		if (!current()) {
			return;
		}
		const events = (answer.items ?? []).filter((event) => (event.countries ?? []).includes(country));
		fill(list, events.map((event) => el('li', {},
			el('time', { datetime: event.date ?? null }, partialDate(event.date, event.datePrecision)), ' ',
			el('span', { class: 'tag' }, words(event.type)), ' ',
			apiLink(event.self, event.title ?? event.id),
			event.status ? el('span', { class: 'sub' }, words(event.status)) : null)));
		fill(status, events.length === 0
			? `No recorded events between ${countryName(country)} and ${countryName(partner)}.`
			: `${events.length} events between ${countryName(country)} and ${countryName(partner)}, newest first.`);
	}
	catch (error) {
		if (current()) {
			fill(list);
			fill(status, `The timeline could not be loaded: ${error.message}`);
		}
	}
}

async function officialsList(from, to, date) {
	const answer = await getJson(query('/api/v1/officials', { country: from, postedTo: to, activeOn: date, size: 50 }));
	const people = answer.items ?? [];
	return el('section', { 'aria-labelledby': `officials-${from}-${to}` },
		el('h3', { id: `officials-${from}-${to}` }, `${countryName(from)} in ${countryName(to)}`),
		people.length === 0
			? el('p', { class: 'muted' }, `No post of ${countryName(from)} in ${countryName(to)} is on record as held on ${date}.`)
			: el('ul', {}, people.map((person) => el('li', {},
				apiLink(person.self, [person.honorific, person.name].filter(Boolean).join(' ')),
				el('span', { class: 'sub' }, (person.currentPosts ?? []).join('; '))))));
}

async function showOfficials({ country, partner }) {
	const status = $('officials-status');
	const date = today();
	const current = begin('officials');
	fill(status, 'Loading the officials…');
	try {
		const lists = await Promise.all([officialsList(country, partner, date), officialsList(partner, country, date)]);
		if (!current()) {
			return;
		}
		fill($('officials-lists'), lists);
		fill(status, `Posts held on ${date} by officials of each side posted to the other.`);
	}
	catch (error) {
		if (current()) {
			fill($('officials-lists'));
			fill(status, `The officials could not be loaded: ${error.message}`);
		}
	}
}

// --- Wiring -----------------------------------------------------------------------------------

function showPair(choice) {
	showChart(choice);
	return Promise.all([showPoints(choice), showTimeline(choice), showOfficials(choice)]);
}

function remember(parameters) {
	const search = new URLSearchParams(location.search);
	for (const [name, value] of Object.entries(parameters)) {
		if (value) {
			search.set(name, value);
		}
		else {
			search.delete(name);
		}
	}
	history.replaceState(null, '', `${location.pathname}?${search}`);
}

async function start() {
	const chart = $('chart');
	chart.addEventListener('load', () => {
		if (!chartMarked) {
			// Time to first chart, read by the browser tests (and by anyone in the dev tools).
			performance.mark('explorer:first-chart');
			chartMarked = true;
		}
	});
	chart.addEventListener('error', () => {
		chart.hidden = true;
		$('chart-fallback').hidden = false;
	});

	const choice = initialChoice();
	// The chart needs no country list: start drawing it at once.
	for (const id of ['country', 'partner', 'indicator']) {
		const select = $(id);
		if (![...select.options].some((option) => option.value === choice[id])) {
			select.append(el('option', { value: choice[id] }, choice[id]));
		}
		select.value = choice[id];
	}
	showChart(choice);
	try {
		await loadCountries(choice);
	}
	catch (error) {
		fill($('trade-status'), `The list of countries could not be loaded: ${error.message}`);
	}
	showPoints(choice);
	showTimeline(choice);
	showOfficials(choice);

	$('pair-form').addEventListener('submit', (event) => {
		event.preventDefault();
		const next = currentChoice();
		remember(next);
		showPair(next);
	});
	$('search-form').addEventListener('submit', (event) => {
		event.preventDefault();
		const q = $('q').value;
		remember({ q });
		search(q);
	});
	if (choice.q) {
		$('q').value = choice.q;
		search(choice.q);
	}
	document.body.dataset.ready = 'true';
}

start();

// Building the page from API data without ever parsing it as HTML: every string from the API
// becomes a text node (textContent or createTextNode), so a stored "<img onerror=...>" shows as
// those characters and runs nothing. The Content Security Policy is the second lock.

/**
 * An element with attributes and children; strings among the children become text nodes.
 * Attribute values are set with setAttribute, never through markup.
 */
export function el(tag, attributes = {}, ...children) {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value !== null && value !== undefined && value !== false) {
			element.setAttribute(name, value === true ? '' : String(value));
		}
	}
	append(element, children);
	return element;
}

function append(parent, children) {
	for (const child of children.flat()) {
		if (child === null || child === undefined || child === false) {
			continue;
		}
		parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
	}
}

/** Replaces every child of the element. */
export function fill(element, ...children) {
	element.replaceChildren();
	append(element, children);
}

/**
 * A link to the API: only same-origin paths under /api/ (what the API's self links are), so a
 * stored value can never become a javascript: or foreign URL.
 */
export function apiLink(href, ...children) {
	const safe = typeof href === 'string' && href.startsWith('/api/') && !href.startsWith('//');
	return safe ? el('a', { href }, ...children) : el('span', {}, ...children);
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#34': '"' };

function decodeEntities(text) {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
		const lower = name.toLowerCase();
		if (lower in ENTITIES) {
			return ENTITIES[lower];
		}
		if (lower.startsWith('#x')) {
			return String.fromCodePoint(parseInt(lower.slice(2), 16));
		}
		if (lower.startsWith('#')) {
			return String.fromCodePoint(parseInt(lower.slice(1), 10));
		}
		return whole;
	});
}

/**
 * A search snippet: the API escapes the text as HTML and marks the matches with <mark>. The
 * snippet is split on those two tags only; the rest is decoded to plain characters and added
 * as text, so nothing else in it can ever become markup.
 */
export function snippet(html) {
	const parts = [];
	const pieces = String(html ?? '').split(/(<mark>|<\/mark>)/);
	let marked = false;
	for (const piece of pieces) {
		if (piece === '<mark>') {
			marked = true;
		}
		else if (piece === '</mark>') {
			marked = false;
		}
		else if (piece !== '') {
			const text = decodeEntities(piece);
			parts.push(marked ? el('mark', {}, text) : text);
		}
	}
	return parts;
}

const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

export function number(value) {
	return value === null || value === undefined ? '' : NUMBER.format(value);
}

export function signed(value, suffix = '') {
	if (value === null || value === undefined) {
		return '';
	}
	return (value > 0 ? '+' : value < 0 ? '\u2212' : '') + NUMBER.format(Math.abs(value)) + suffix;
}

const QUALIFIERS = {
	EXACT: '',
	APPROXIMATE: 'about ',
	ALMOST: 'almost ',
	MORE_THAN: 'more than ',
	LESS_THAN: 'less than ',
	AT_LEAST: 'at least ',
	AT_MOST: 'at most ',
};

/** A value as stated: "almost 1.3". */
export function qualified(value, qualifier) {
	const words = QUALIFIERS[qualifier] ?? (qualifier ? qualifier.toLowerCase().replaceAll('_', ' ') + ' ' : '');
	return words + number(value);
}

const SCALES = { UNIT: '', THOUSAND: 'thousand', MILLION: 'million', BILLION: 'billion' };

export function unit(currency, scale, fallback) {
	const words = [currency ?? fallback ?? '', SCALES[scale] ?? (scale ?? '').toLowerCase()];
	return words.filter((word) => word !== '').join(' ');
}

/**
 * A date as precise as it is known: a MONTH date is stored as the first day of its month and
 * must not be read as that day.
 */
export function partialDate(date, precision) {
	if (!date) {
		return 'date unknown';
	}
	switch (precision) {
		case 'YEAR':
			return date.slice(0, 4);
		case 'HALF_YEAR':
			return (date.slice(5, 7) < '07' ? 'H1 ' : 'H2 ') + date.slice(0, 4);
		case 'QUARTER':
			return 'Q' + (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) + ' ' + date.slice(0, 4);
		case 'MONTH':
			return date.slice(0, 7);
		default:
			return date;
	}
}

export function words(constant) {
	const text = String(constant ?? '').toLowerCase().replaceAll('_', ' ');
	return text.charAt(0).toUpperCase() + text.slice(1);
}

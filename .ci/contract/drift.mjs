// Contract drift: compares the committed OpenAPI document (the baseline) with the one the application serves now,
// using openapi-diff, and exits 1 when a change is breaking (2 when the comparison itself failed).
//
// Usage: node drift.mjs [--closed-requests] BASELINE GENERATED WORKDIR
//
// openapi-diff compares paths, methods, status codes, response headers and the application/json body of each
// request and response, the bodies with json-schema-diff (which knows type, properties, required, items,
// additionalProperties, the length, size and range limits and allOf/anyOf/oneOf/not, but not enum, pattern or
// format). Parameters are not compared. Both documents are prepared the same way before the comparison, and the
// prepared copies are written to WORKDIR:
//  - object keys are sorted, so that ordering alone never shows as a change;
//  - a "pattern" that is not an ECMAScript regular expression is left out: openapi-diff's validator would reject
//    the whole document (Spectral reports such a pattern as an error);
//  - with --closed-requests, object schemas reached from request bodies get "additionalProperties": false where
//    they say nothing: the server refuses unknown fields (spring.jackson.deserialization.fail-on-unknown-properties),
//    so a removed request field is breaking and a new optional one is not. They are compared as copies named
//    "<Schema>.asRequest"; responses keep the open schemas (a client must ignore fields it does not know);
//  - a body of another JSON media type (application/merge-patch+json, application/problem+json, ...) is compared
//    as application/json on a synthetic path "<path>/~<method>-<request|status>/<media type>";
//  - a body whose schema is a top-level oneOf/anyOf is compared branch by branch, each on a synthetic path
//    ".../oneOf/<branch>", and the body itself becomes {}. json-schema-diff takes exponential time on unions of
//    object schemas: one oneOf [AgreementDetail, Snapshot] did not finish in ten minutes. A branch that
//    disappears shows as a removed (synthetic) path, which openapi-diff counts as breaking.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const openApiDiff = require('openapi-diff');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const UNIONS = ['oneOf', 'anyOf'];
const JSON_BODY = 'application/json';
const SCHEMA_REF = '#/components/schemas/';
const REQUEST_COPY = '.asRequest';
const PRINTED = 40;

const args = process.argv.slice(2);
const closedRequests = args[0] === '--closed-requests';
const [baselineFile, generatedFile, workdir] = closedRequests ? args.slice(1) : args;
if (!baselineFile || !generatedFile || !workdir) {
  console.error('usage: node drift.mjs [--closed-requests] BASELINE GENERATED WORKDIR');
  process.exit(2);
}

function sortKeysAndDropForeignPatterns(value, pointer, notes) {
  if (Array.isArray(value)) {
    return value.map((item, i) => sortKeysAndDropForeignPatterns(item, `${pointer}/${i}`, notes));
  }
  if (value === null || typeof value !== 'object') {
    return value;
  }
  const result = {};
  for (const key of Object.keys(value).sort()) {
    const childPointer = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (key === 'pattern' && typeof value[key] === 'string' && !isEcmaScriptRegex(value[key])) {
      const pattern = JSON.stringify(value[key]);
      notes.push(`not an ECMAScript pattern, left out of the comparison: ${childPointer} ${pattern}`);
      continue;
    }
    result[key] = sortKeysAndDropForeignPatterns(value[key], childPointer, notes);
  }
  return result;
}

function isEcmaScriptRegex(pattern) {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

function* operations(document) {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      if (item[method]) {
        yield { path, item, method, operation: item[method] };
      }
    }
  }
}

// Every request or response body of an operation, as { where, holder } (holder has the content map).
function bodies(operation) {
  const result = [];
  if (operation.requestBody?.content) {
    result.push({ where: 'request', holder: operation.requestBody });
  }
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (response?.content) {
      result.push({ where: status, holder: response });
    }
  }
  return result;
}

// Applies fn to every schema object nested in schema (schema itself included), depth first.
function visitSchemas(schema, fn) {
  if (schema === null || typeof schema !== 'object') {
    return;
  }
  fn(schema);
  for (const key of ['items', 'not', 'additionalProperties']) {
    visitSchemas(schema[key], fn);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    (schema[key] ?? []).forEach((branch) => visitSchemas(branch, fn));
  }
  Object.values(schema.properties ?? {}).forEach((property) => visitSchemas(property, fn));
}

function closeRequestSchemas(document, notes) {
  const components = document.components?.schemas ?? {};
  const reached = new Set();
  const reach = (schema) =>
    visitSchemas(schema, (node) => {
      const ref = typeof node.$ref === 'string' ? node.$ref : '';
      const name = ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : null;
      if (name && components[name] && !reached.has(name)) {
        reached.add(name);
        reach(components[name]);
      }
    });
  const requestSchemas = [];
  for (const { operation } of operations(document)) {
    for (const media of Object.values(operation.requestBody?.content ?? {})) {
      if (media?.schema) {
        reach(media.schema);
        requestSchemas.push(media.schema);
      }
    }
  }
  const close = (schema) =>
    visitSchemas(schema, (node) => {
      if (typeof node.$ref === 'string' && reached.has(node.$ref.slice(SCHEMA_REF.length))) {
        node.$ref += REQUEST_COPY;
      }
      const composed = UNIONS.some((keyword) => keyword in node) || 'allOf' in node;
      if (node.properties && !('additionalProperties' in node) && !composed) {
        node.additionalProperties = false;
      }
    });
  for (const name of [...reached].sort()) {
    const copy = structuredClone(components[name]);
    close(copy);
    components[`${name}${REQUEST_COPY}`] = copy;
  }
  requestSchemas.forEach(close);
  if (reached.size > 0) {
    notes.push(`request bodies compared as closed schemas (additionalProperties: false), ${reached.size} of them`);
  }
}

function branchName(branch, index) {
  const ref = typeof branch?.$ref === 'string' ? branch.$ref : null;
  return ref ? ref.substring(ref.lastIndexOf('/') + 1).replace(REQUEST_COPY, '') : `${index}`;
}

// Moves other JSON media types and the branches of top-level unions onto synthetic paths (see the header).
function spreadBodies(document, notes) {
  const synthetic = {};
  const addSynthetic = (path, item, method, operation, where, holder, schema) => {
    const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])];
    const body = { ...holder, content: { [JSON_BODY]: { schema } } };
    synthetic[path] = {
      [method]:
        where === 'request'
          ? { parameters, requestBody: body, responses: { 200: { description: 'synthetic' } } }
          : { parameters, responses: { [where]: body } },
    };
  };
  const splitUnion = (syntheticBase, item, method, operation, where, holder, media, label) => {
    const union = UNIONS.find((keyword) => Array.isArray(media.schema?.[keyword]));
    if (!union) {
      return false;
    }
    media.schema[union].forEach((branch, index) => {
      const path = `${syntheticBase}/${union}/${branchName(branch, index)}`;
      addSynthetic(path, item, method, operation, where, holder, branch);
    });
    notes.push(`${union} in ${label} compared branch by branch`);
    media.schema = {};
    return true;
  };
  for (const { path, item, method, operation } of operations(document)) {
    for (const { where, holder } of bodies(operation)) {
      const base = `${path}/~${method}-${where}`;
      const label = `${method.toUpperCase()} ${path} ${where} body`;
      for (const [mediaType, media] of Object.entries(holder.content)) {
        if (mediaType === JSON_BODY) {
          splitUnion(base, item, method, operation, where, holder, media, label);
        } else if (/^application\/([\w.-]+\+)?json\b/.test(mediaType) && media?.schema) {
          const syntheticBase = `${base}/${mediaType}`;
          const copy = { schema: media.schema };
          if (!splitUnion(syntheticBase, item, method, operation, where, holder, copy, `${label} (${mediaType})`)) {
            addSynthetic(syntheticBase, item, method, operation, where, holder, copy.schema);
          }
        }
      }
    }
  }
  document.paths = { ...document.paths, ...synthetic };
}

function prepare(file, name) {
  const notes = [];
  const document = sortKeysAndDropForeignPatterns(JSON.parse(readFileSync(file, 'utf8')), '#', notes);
  if (closedRequests) {
    closeRequestSchemas(document, notes);
  }
  spreadBodies(document, notes);
  const content = JSON.stringify(document, null, 2) + '\n';
  writeFileSync(join(workdir, name), content);
  return { content, notes };
}

function describe(difference) {
  const where = [...difference.sourceSpecEntityDetails, ...difference.destinationSpecEntityDetails]
    .map((detail) => detail.location)
    .filter((location, index, all) => all.indexOf(location) === index)
    .join(', ');
  return `${difference.code} at ${where}`;
}

async function main() {
  mkdirSync(workdir, { recursive: true });
  const baseline = prepare(baselineFile, 'baseline.json');
  const generated = prepare(generatedFile, 'generated.json');
  const notes = new Set([...baseline.notes, ...generated.notes]);
  const unions = [...notes].filter((note) => note.includes('compared branch by branch')).length;
  for (const note of notes) {
    if (!note.includes('compared branch by branch')) {
      console.log(`openapi-diff: note: ${note}`);
    }
  }
  if (unions > 0) {
    console.log(`openapi-diff: note: ${unions} oneOf/anyOf bodies compared branch by branch`);
  }

  const outcome = await openApiDiff.diffSpecs({
    sourceSpec: { content: baseline.content, location: baselineFile, format: 'openapi3' },
    destinationSpec: { content: generated.content, location: generatedFile, format: 'openapi3' },
  });
  writeFileSync(join(workdir, 'openapi-diff.json'), JSON.stringify(outcome, null, 2) + '\n');

  const breaking = outcome.breakingDifferences ?? [];
  // A change to a shared schema (ProblemDetail) shows once per response that uses it: print the first few.
  const print = (label, differences) => {
    for (const difference of differences.slice(0, PRINTED)) {
      console.log(`openapi-diff: ${label} ${describe(difference)}`);
    }
    if (differences.length > PRINTED) {
      const more = differences.length - PRINTED;
      console.log(`openapi-diff: ... and ${more} more ${label}, all in ${join(workdir, 'openapi-diff.json')}`);
    }
  };
  print('BREAKING', breaking);
  print('non-breaking', outcome.nonBreakingDifferences);
  print('unclassified', outcome.unclassifiedDifferences);
  const summary = {
    breaking: breaking.length,
    nonBreaking: outcome.nonBreakingDifferences.length,
    unclassified: outcome.unclassifiedDifferences.length,
  };
  writeFileSync(join(workdir, 'openapi-diff-summary.json'), JSON.stringify(summary) + '\n');
  return breaking.length > 0 ? 1 : 0;
}

main().then(
  (status) => process.exit(status),
  (error) => {
    console.error(`openapi-diff: could not compare ${baselineFile} with ${generatedFile}: ${error?.message ?? error}`);
    process.exit(2);
  },
);

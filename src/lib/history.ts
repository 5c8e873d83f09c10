import { z } from 'astro/zod';
import type { Condition } from './conditions.ts';
import { evaluateVendor, type Policy, type VendorState } from './eligibility.ts';
import type { Status } from './criteria.ts';
import type { Note } from './schema/shared.ts';
import { vendorSchema, type Correction } from './schema/vendor.ts';

/**
 * A vendor file's history in words a reader understands, computed from the parsed frontmatter of
 * each committed version (never from a text diff): per version, the outcome under today's rule,
 * the facts that matter by name (conditions, storage, sub-processors, support access,
 * commitments, certifications, price) and a count of the other facts that changed; the first
 * version is "added". Corrections the editor recorded in the file mark the version that added
 * them. Pure: the versions come from src/lib/git-history.ts by way of src/data/history.ts.
 *
 * Old versions were written against older schemas. A version that the rule's part of today's
 * schema cannot read gets no outcome (the last known one stands), and a field that appears or
 * disappears between such a version and the next is a change of file format, not of facts, so
 * it is not counted.
 */

export interface Version {
  commit: string;
  /** When the change landed on the published branch (the commit date), ISO 8601 with offset. */
  timestamp: string;
  /** The frontmatter as the content loader parses it; anything but an object is skipped. */
  data: unknown;
}

export type StorageValue = 'unknown' | 'eea' | string[];
export type SupportValue = 'unknown' | 'none' | 'eea' | string[];
export type Countries = 'unknown' | string[];
export type SubProcessorLocations = 'listed' | 'not-documented';

export type Change =
  | { kind: 'outcome'; from: VendorState; to: VendorState }
  | { kind: 'condition-added' | 'condition-removed'; offering: Note; condition: Condition }
  | { kind: 'offering-added' | 'offering-removed'; offering: Note }
  | { kind: 'storage'; offering: Note; from: StorageValue; to: StorageValue }
  | { kind: 'support-access'; offering: Note; from: SupportValue; to: SupportValue }
  | { kind: 'subprocessor-list'; offering: Note; from: SubProcessorLocations; to: SubProcessorLocations }
  | { kind: 'subprocessor-added'; offering: Note; name: string; countries: Countries }
  | { kind: 'subprocessor-removed'; offering: Note; name: string }
  | { kind: 'subprocessor-countries'; offering: Note; name: string; from: Countries; to: Countries }
  /** Many sub-processor changes in one offering, folded into one line. */
  | { kind: 'subprocessors-updated'; offering: Note; added: number; removed: number; changed: number }
  | { kind: 'commitment-added' | 'commitment-removed' | 'commitment-changed'; offering: Note; scope: Note }
  | { kind: 'certification'; certification: CertificationKey; from: Status; to: Status }
  | { kind: 'certification-added' | 'certification-removed'; name: string }
  | { kind: 'price'; from: number | 'unknown'; to: number | 'unknown' }
  | { kind: 'free-plan'; from: Status; to: Status };

export type ChangeKind = Change['kind'];

export const CERTIFICATIONS = ['iso27001', 'soc2'] as const;
export type CertificationKey = (typeof CERTIFICATIONS)[number];

/** Changes that alter what a buyer may rely on: the outcome or the conditions of a listing. */
export const OUTCOME_KINDS: readonly ChangeKind[] = ['outcome', 'condition-added', 'condition-removed'];

/** More sub-processor changes than this in one offering become one line. */
export const SUBPROCESSOR_LINES = 5;

export interface HistoryEntry {
  commit: string;
  timestamp: string;
  /** The calendar day of `timestamp`, YYYY-MM-DD, as the committer's clock had it. */
  date: string;
  /** The first version of the file. */
  added: boolean;
  /** The outcome under today's rule after this version; undefined when it cannot be computed. */
  state?: VendorState;
  changes: Change[];
  /** Facts that changed beyond those named in `changes`. */
  otherFacts: number;
  /** Set when this version moved `lastVerified`: the editor checked all facts again. */
  verified?: string;
  /** Corrections this version recorded: it fixes an error, not only new information. */
  corrections: Correction[];
}

export type VendorHistory =
  | { available: true; entries: HistoryEntry[] }
  /**
   * `no-git`: git is not installed; `not-a-repository`: the content is not in a git repository;
   * `shallow` / `partial-clone`: the clone lacks the old versions; `not-committed`: this file has
   * no committed version yet; `failed`: git answered with an error.
   */
  | { available: false; reason: 'no-git' | 'not-a-repository' | 'shallow' | 'partial-clone' | 'not-committed' | 'failed' };

// The part of today's schema the rule reads. Validating only this keeps the history cheap (the
// whole schema costs about five times as much per version) and lets a version whose criteria
// were written in an older format still have an outcome.
const shape = vendorSchema.shape;
const ruleInput = z.object({ offerings: shape.offerings, headquarters: shape.headquarters, parentCompany: shape.parentCompany, sources: shape.sources });

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
const at = (value: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** YAML dates arrive as Date objects from js-yaml; the schema and the pages speak YYYY-MM-DD. */
function dateText(value: unknown): unknown {
  return value instanceof Date ? (Number.isNaN(value.valueOf()) ? String(value) : value.toISOString().slice(0, 10)) : value;
}

const isPlain = (value: unknown) => value === null || typeof value !== 'object' || value instanceof Date;

/**
 * A value as comparable text: dates as YYYY-MM-DD whichever way they were parsed, and lists of
 * plain values as sets ([DE, NL] is [NL, DE]). Written out by hand: JSON.stringify with a
 * replacer was the history's largest cost at 1,000 vendors.
 */
function json(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(dateText(value));
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    if (value.every(isPlain)) return JSON.stringify(value.map(dateText).sort());
    return `[${value.map(json).join(',')}]`;
  }
  return `{${Object.entries(value)
    .map(([key, child]) => `${JSON.stringify(key)}:${json(child)}`)
    .join(',')}}`;
}

function asNote(value: unknown): Note | undefined {
  if (typeof value === 'string' && value.trim()) return value;
  if (isObject(value) && typeof value.nl === 'string') return value as Note;
  return undefined;
}

function asStatus(value: unknown): Status | undefined {
  return value === 'yes' || value === 'no' || value === 'partial' || value === 'unknown' ? value : undefined;
}

/** Country lists compare as sets: [DE, NL] and [NL, DE] are the same fact. */
function sameValue(a: unknown, b: unknown): boolean {
  const key = (v: unknown) => JSON.stringify(isStringList(v) ? [...v].sort() : v);
  return key(a) === key(b);
}

function storageOf(offering: Raw): StorageValue | undefined {
  const value = at(offering, 'storage', 'value');
  return value === 'unknown' || value === 'eea' || isStringList(value) ? value : undefined;
}

function supportOf(offering: Raw): SupportValue | undefined {
  const value = at(offering, 'supportAccess', 'value');
  return value === 'unknown' || value === 'none' || value === 'eea' || isStringList(value) ? value : undefined;
}

function countriesOf(value: unknown): Countries | undefined {
  return value === 'unknown' || isStringList(value) ? value : undefined;
}

/** A path segment of an array element: its `id` or `name` when it has one, else its index. */
function elementSegment(element: unknown, index: number): string {
  const id = at(element, 'id');
  if (typeof id === 'string') return `[${id}]`;
  const name = at(element, 'name');
  return typeof name === 'string' ? `[${name}]` : `[${index}]`;
}

/** The parts of a fact that are not facts of their own: its value, evidence and texts. */
const ATTRIBUTES = new Set(['value', 'status', 'note', 'quote', 'quoteLang', 'source', 'nl', 'en', 'fr']);
const SEP = '\u001f';

/** A fact's parts (its value, note, sources, ...), each as comparable text. */
type Fact = Map<string, string>;

const isEmpty = (value: unknown) => (Array.isArray(value) ? value.length === 0 : isObject(value) && Object.keys(value).length === 0);

/**
 * Every fact of the frontmatter by its path: `offerings\u001f[cloud]\u001fstorage` holds that
 * storage's value, note, quote and sources. An object's attribute fields belong to it; any other
 * field is a fact of its own or holds facts; list items are named by their `id` or `name`. A
 * source is one fact. An empty list or object is no fact: its first item appearing is that
 * item's change.
 */
function factsOf(data: Raw): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  const put = (key: string, part: string, value: unknown) => {
    if (isEmpty(value)) return;
    let fact = facts.get(key);
    if (!fact) facts.set(key, (fact = new Map()));
    fact.set(part, json(value));
  };
  const visit = (node: Raw, key: string) => {
    for (const [name, child] of Object.entries(node)) {
      if (key === '') {
        // Not facts: when they were checked is `verified`, corrections are listed as such.
        if (name === 'lastVerified' || name === 'corrections') continue;
        if (name === 'sources' && Array.isArray(child)) {
          child.forEach((source, i) => {
            if (isObject(source)) for (const [field, v] of Object.entries(source)) put(name + SEP + elementSegment(source, i), field, v);
          });
          continue;
        }
      }
      if (ATTRIBUTES.has(name)) {
        put(key, name, child);
        continue;
      }
      const path = key ? key + SEP + name : name;
      if (isObject(child)) visit(child, path);
      else if (Array.isArray(child) && !child.every(isPlain)) {
        child.forEach((item, i) => (isObject(item) ? visit(item, path + SEP + elementSegment(item, i)) : put(path, String(i), item)));
      } else put(path, '', child);
    }
  };
  visit(data, '');
  return facts;
}

/**
 * Whether a fact changed. Between two versions in today's format, any difference counts, a fact
 * added or removed too. Otherwise only the parts both versions have are compared: a field one of
 * them lacks is the file format changing, not the fact.
 */
function factChanged(a: Fact | undefined, b: Fact | undefined, sameFormat: boolean): boolean {
  if (!a || !b) return sameFormat && a !== b;
  let common = 0;
  for (const [part, text] of a) {
    const other = b.get(part);
    if (other === undefined) continue;
    if (other !== text) return true;
    common++;
  }
  return sameFormat && (common !== a.size || common !== b.size);
}

interface Snapshot {
  data: Raw;
  /** Whether the rule's part of today's schema reads this version. */
  readable: boolean;
  state?: VendorState;
  /** Conditions of qualifying offerings, by offering and condition. */
  conditions: Map<string, { offering: string; condition: Condition }>;
  qualifying: Set<string>;
  facts: Map<string, Fact>;
  offerings: Map<string, Raw>;
  corrections: Correction[];
}

function conditionKey(offering: string, condition: Condition): string {
  return [offering, condition.code, condition.code === 'exception-off' ? condition.name : JSON.stringify(condition.what)].join(SEP);
}

function correctionsOf(data: Raw): Correction[] {
  const list = data.corrections;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const wrong = asNote(at(item, 'wrong'));
    const right = asNote(at(item, 'right'));
    const date = dateText(at(item, 'date'));
    if (!wrong || !right || typeof date !== 'string') return [];
    const source = at(item, 'source');
    return [{ date, wrong, right, ...(isStringList(source) ? { source } : {}) }];
  });
}

const correctionKey = (c: Correction) => JSON.stringify([c.date, c.wrong, c.right]);

function snapshot(data: Raw, policy: Policy): Snapshot {
  const offerings = new Map<string, Raw>();
  if (Array.isArray(data.offerings)) {
    for (const offering of data.offerings) if (isObject(offering) && typeof offering.id === 'string') offerings.set(offering.id, offering);
  }
  const snap: Snapshot = { data, readable: false, conditions: new Map(), qualifying: new Set(), facts: factsOf(data), offerings, corrections: correctionsOf(data) };
  const parsed = ruleInput.safeParse(data);
  if (parsed.success) {
    const verdict = evaluateVendor(parsed.data, policy);
    snap.readable = true;
    snap.state = verdict.status;
    for (const o of verdict.qualifying) {
      snap.qualifying.add(o.offering.id);
      for (const condition of o.conditions) snap.conditions.set(conditionKey(o.offering.id, condition), { offering: o.offering.id, condition });
    }
  }
  return snap;
}

const nameOf = (offering: Raw | undefined, id: string): Note => asNote(offering?.name) ?? id;

/** Named changes, and the fact paths they account for so they are not counted again. */
class Changes {
  readonly list: Change[] = [];
  readonly claimed = new Set<string>();

  add(change: Change, ...paths: string[][]) {
    this.list.push(change);
    for (const path of paths) this.claimed.add(path.join(SEP));
  }

  /** Whether `key` or a fact that contains it is accounted for. */
  claims(key: string): boolean {
    if (this.claimed.size === 0) return false;
    for (let end = key.indexOf(SEP); end !== -1; end = key.indexOf(SEP, end + 1)) if (this.claimed.has(key.slice(0, end))) return true;
    return this.claimed.has(key);
  }
}

function compareSubProcessors(id: string, name: Note, before: Raw, after: Raw, out: Changes) {
  const base = ['offerings', `[${id}]`, 'subProcessors'];
  const from = at(before, 'subProcessors', 'locations');
  const to = at(after, 'subProcessors', 'locations');
  if ((from === 'listed' || from === 'not-documented') && (to === 'listed' || to === 'not-documented') && from !== to) {
    out.add({ kind: 'subprocessor-list', offering: name, from, to }, [...base, 'locations']);
  }
  const entries = (offering: Raw) => {
    const list = at(offering, 'subProcessors', 'entries');
    const map = new Map<string, Countries | undefined>();
    if (Array.isArray(list)) for (const entry of list) if (typeof at(entry, 'name') === 'string') map.set(at(entry, 'name') as string, countriesOf(at(entry, 'countries')));
    return map;
  };
  const a = entries(before);
  const b = entries(after);
  if (!Array.isArray(at(before, 'subProcessors', 'entries')) || !Array.isArray(at(after, 'subProcessors', 'entries'))) return;
  const lines: [Change, string[]][] = [];
  for (const [entry, countries] of b) {
    const path = [...base, 'entries', `[${entry}]`];
    if (!a.has(entry)) lines.push([{ kind: 'subprocessor-added', offering: name, name: entry, countries: countries ?? 'unknown' }, path]);
    else {
      const old = a.get(entry);
      if (old !== undefined && countries !== undefined && !sameValue(old, countries)) {
        lines.push([{ kind: 'subprocessor-countries', offering: name, name: entry, from: old, to: countries }, [...path, 'countries']]);
      }
    }
  }
  for (const entry of a.keys()) if (!b.has(entry)) lines.push([{ kind: 'subprocessor-removed', offering: name, name: entry }, [...base, 'entries', `[${entry}]`]]);
  if (lines.length > SUBPROCESSOR_LINES) {
    const count = (kind: ChangeKind) => lines.filter(([change]) => change.kind === kind).length;
    out.add(
      { kind: 'subprocessors-updated', offering: name, added: count('subprocessor-added'), removed: count('subprocessor-removed'), changed: count('subprocessor-countries') },
      ...lines.map(([, path]) => path),
    );
  } else for (const [change, path] of lines) out.add(change, path);
}

function compareCommitment(id: string, name: Note, before: Raw, after: Raw, out: Changes) {
  const path = ['offerings', `[${id}]`, 'commitment'];
  const a = at(before, 'commitment');
  const b = at(after, 'commitment');
  if (!isObject(a) && isObject(b)) out.add({ kind: 'commitment-added', offering: name, scope: asNote(b.scope) ?? name }, path);
  else if (isObject(a) && !isObject(b)) out.add({ kind: 'commitment-removed', offering: name, scope: asNote(a.scope) ?? name }, path);
  else if (isObject(a) && isObject(b)) {
    // What the statement covers and excepts changes what it documents; its wording or source alone is another fact.
    const substance = (c: Raw) => JSON.stringify([c.scope, c.covers ?? null, c.exceptions ?? null]);
    if (substance(a) !== substance(b)) out.add({ kind: 'commitment-changed', offering: name, scope: asNote(b.scope) ?? name }, path);
  }
}

function compareOfferings(before: Snapshot, after: Snapshot, out: Changes) {
  for (const [id, offering] of after.offerings) {
    const old = before.offerings.get(id);
    const name = nameOf(offering, id);
    if (!old) {
      out.add({ kind: 'offering-added', offering: name }, ['offerings', `[${id}]`]);
      continue;
    }
    const storage = [storageOf(old), storageOf(offering)] as const;
    if (storage[0] !== undefined && storage[1] !== undefined && !sameValue(storage[0], storage[1])) {
      out.add({ kind: 'storage', offering: name, from: storage[0], to: storage[1] }, ['offerings', `[${id}]`, 'storage']);
    }
    compareSubProcessors(id, name, old, offering, out);
    const support = [supportOf(old), supportOf(offering)] as const;
    if (support[0] !== undefined && support[1] !== undefined && !sameValue(support[0], support[1])) {
      out.add({ kind: 'support-access', offering: name, from: support[0], to: support[1] }, ['offerings', `[${id}]`, 'supportAccess']);
    }
    compareCommitment(id, name, old, offering, out);
  }
  for (const [id, offering] of before.offerings) {
    if (!after.offerings.has(id)) out.add({ kind: 'offering-removed', offering: nameOf(offering, id) }, ['offerings', `[${id}]`]);
  }
}

function compareCertifications(before: Raw, after: Raw, out: Changes) {
  for (const certification of CERTIFICATIONS) {
    const from = asStatus(at(before, 'security', certification, 'status'));
    const to = asStatus(at(after, 'security', certification, 'status'));
    if (from && to && from !== to) out.add({ kind: 'certification', certification, from, to }, ['security', certification]);
  }
  const names = (data: Raw) => {
    const list = at(data, 'security', 'otherCertifications');
    return Array.isArray(list) ? new Set(list.map((c) => at(c, 'name')).filter((n): n is string => typeof n === 'string')) : undefined;
  };
  const a = names(before);
  const b = names(after);
  if (!a || !b) return;
  for (const name of b) if (!a.has(name)) out.add({ kind: 'certification-added', name }, ['security', 'otherCertifications', `[${name}]`]);
  for (const name of a) if (!b.has(name)) out.add({ kind: 'certification-removed', name }, ['security', 'otherCertifications', `[${name}]`]);
}

function comparePricing(before: Raw, after: Raw, out: Changes) {
  const price = (data: Raw): number | 'unknown' | undefined => {
    const value = at(data, 'pricing', 'entryPrice', 'value');
    return value === 'unknown' || typeof value === 'number' ? value : undefined;
  };
  const [from, to] = [price(before), price(after)];
  if (from !== undefined && to !== undefined && from !== to) out.add({ kind: 'price', from, to }, ['pricing', 'entryPrice']);
  const [freeFrom, freeTo] = [asStatus(at(before, 'pricing', 'freePlan', 'status')), asStatus(at(after, 'pricing', 'freePlan', 'status'))];
  if (freeFrom && freeTo && freeFrom !== freeTo) out.add({ kind: 'free-plan', from: freeFrom, to: freeTo }, ['pricing', 'freePlan']);
}

function compare(before: Snapshot, after: Snapshot, lastState: VendorState | undefined, version: Version): HistoryEntry {
  const out = new Changes();
  if (after.state && lastState && after.state !== lastState) out.add({ kind: 'outcome', from: lastState, to: after.state });
  if (before.readable && after.readable) {
    const added = [...after.conditions].filter(([key]) => !before.conditions.has(key)).map(([, c]) => c);
    // A condition of an offering that no longer qualifies goes with the outcome, not on its own.
    const removed = [...before.conditions].filter(([key, c]) => !after.conditions.has(key) && after.qualifying.has(c.offering)).map(([, c]) => c);
    // What self-hosted software sends is named in words: one condition of that kind dropped and
    // one added on the same offering is the same switch, reworded or translated.
    const reworded = (c: { offering: string; condition: Condition }, others: typeof added) =>
      c.condition.code === 'sending-off' && others.filter((o) => o.offering === c.offering && o.condition.code === 'sending-off').length === 1;
    for (const c of added) if (!reworded(c, removed)) out.add({ kind: 'condition-added', offering: nameOf(after.offerings.get(c.offering), c.offering), condition: c.condition });
    for (const c of removed) if (!reworded(c, added)) out.add({ kind: 'condition-removed', offering: nameOf(after.offerings.get(c.offering), c.offering), condition: c.condition });
  }
  compareOfferings(before, after, out);
  compareCertifications(before.data, after.data, out);
  comparePricing(before.data, after.data, out);

  const sameFormat = before.readable && after.readable;
  let otherFacts = 0;
  for (const [key, fact] of after.facts) if (factChanged(before.facts.get(key), fact, sameFormat) && !out.claims(key)) otherFacts++;
  for (const [key, fact] of before.facts) if (!after.facts.has(key) && factChanged(fact, undefined, sameFormat) && !out.claims(key)) otherFacts++;
  const known = new Set(before.corrections.map(correctionKey));
  const [checked, checkedBefore] = [dateText(after.data.lastVerified), dateText(before.data.lastVerified)];
  const verified = typeof checked === 'string' && checked !== checkedBefore ? checked : undefined;
  return {
    ...entryBase(version, after),
    added: false,
    changes: out.list,
    otherFacts,
    ...(verified ? { verified } : {}),
    corrections: after.corrections.filter((c) => !known.has(correctionKey(c))),
  };
}

function entryBase(version: Version, snap: Snapshot) {
  return { commit: version.commit, timestamp: version.timestamp, date: version.timestamp.slice(0, 10), ...(snap.state ? { state: snap.state } : {}) };
}

const saysNothing = (entry: HistoryEntry) => entry.changes.length === 0 && entry.otherFacts === 0 && entry.corrections.length === 0 && !entry.verified;

/**
 * The history of one vendor file from its versions, oldest first; entries come newest first.
 * A version whose frontmatter is not an object (it did not parse) is skipped, and so is one that
 * changed nothing a reader sees (only the MDX body, or only formatting).
 */
export function vendorHistory(versions: readonly Version[], policy: Policy): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  let previous: Snapshot | undefined;
  let lastState: VendorState | undefined;
  for (const version of versions) {
    if (!isObject(version.data)) continue;
    const snap = snapshot(version.data, policy);
    if (!previous) {
      entries.push({ ...entryBase(version, snap), added: true, changes: [], otherFacts: 0, corrections: snap.corrections });
    } else {
      const entry = compare(previous, snap, lastState, version);
      if (!saysNothing(entry)) entries.push(entry);
    }
    previous = snap;
    lastState = snap.state ?? lastState;
  }
  return entries.reverse();
}

/** Whether an entry changes the outcome or the conditions of a listing (a new vendor that is listed counts). */
export function isOutcomeEntry(entry: HistoryEntry): boolean {
  return (entry.added && entry.state === 'listed') || entry.changes.some((change) => OUTCOME_KINDS.includes(change.kind));
}

/** Whether an entry takes a listed vendor off the list. */
export function leavesList(entry: HistoryEntry): boolean {
  return entry.changes.some((change) => change.kind === 'outcome' && change.from === 'listed' && change.to !== 'listed');
}

export interface SiteVendor {
  id: string;
  name: string;
  /** The vendor's state today. */
  state: VendorState;
  history: VendorHistory;
}

export interface ChangeItem {
  id: string;
  /**
   * The vendor's name, or undefined when it is not listed today: pages outside the methodology
   * do not name such a vendor (README, "How it works"); the item points at its methodology entry.
   */
  name?: string;
  entry: HistoryEntry;
}

export interface SiteChanges {
  /** Vendors newly listed or taken off the list, conditions added or removed: newest first. */
  outcomes: ChangeItem[];
  /** Every other change of a listed vendor: newest first. */
  facts: ChangeItem[];
  /** Entries left off by `limit`, per list. */
  omitted: { outcomes: number; facts: number };
}

const newestFirst = (a: ChangeItem, b: ChangeItem) => Date.parse(b.entry.timestamp) - Date.parse(a.entry.timestamp) || a.id.localeCompare(b.id);

/**
 * The site-wide list of changes. A listed vendor's entries all count. Of a vendor that is not
 * listed, only the entries that took it off the list appear, without its name: a reader who
 * relied on the listing must learn that it ended, and the methodology page says who and why.
 */
export function siteChanges(vendors: readonly SiteVendor[], limit = Infinity): SiteChanges {
  const outcomes: ChangeItem[] = [];
  const facts: ChangeItem[] = [];
  for (const vendor of vendors) {
    if (!vendor.history.available) continue;
    for (const entry of vendor.history.entries) {
      if (vendor.state === 'listed') (isOutcomeEntry(entry) ? outcomes : facts).push({ id: vendor.id, name: vendor.name, entry });
      else if (leavesList(entry)) outcomes.push({ id: vendor.id, entry });
    }
  }
  outcomes.sort(newestFirst);
  facts.sort(newestFirst);
  return {
    outcomes: outcomes.slice(0, limit),
    facts: facts.slice(0, limit),
    omitted: { outcomes: Math.max(0, outcomes.length - limit), facts: Math.max(0, facts.length - limit) },
  };
}

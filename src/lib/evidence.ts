/**
 * The kinds of evidence a source can be, declared once. The vendor schema takes its `kind` values
 * from here, the rule asks `decides` whether a source may settle a verdict, and the pages label
 * every source with the dictionary's `evidenceKinds.<kind>`.
 *
 * Only first-party evidence decides (domain.md, "Three outcomes, and what counts as evidence"):
 * the vendor's own page or document, a faithful copy of one (labelled as a copy), or, for the
 * product itself, its source code and the docs in its repository. A third party's claim is shown,
 * labelled, but counts as not documented.
 */

export interface EvidenceKind {
  /** Whether a source of this kind may decide a verdict, in either direction. */
  decides: boolean;
  /** A copy of a vendor document read elsewhere: listed vendors that rest on one say so. */
  copy: boolean;
}

export const EVIDENCE_KINDS = {
  vendor: { decides: true, copy: false },
  'vendor-copy': { decides: true, copy: true },
  code: { decides: true, copy: false },
  'third-party': { decides: false, copy: false },
} as const satisfies Record<string, EvidenceKind>;

export type EvidenceKindKey = keyof typeof EVIDENCE_KINDS;
export const EVIDENCE_KIND_KEYS = Object.keys(EVIDENCE_KINDS) as [EvidenceKindKey, ...EvidenceKindKey[]];

/** The kind of each source id of one vendor file. */
export type SourceKinds = ReadonlyMap<string, EvidenceKindKey>;

export function sourceKinds(sources: readonly { id: string; kind: EvidenceKindKey }[]): SourceKinds {
  return new Map(sources.map((source) => [source.id, source.kind]));
}

/** The ids among `ids` whose source may decide a verdict. */
export function decidingSources(ids: readonly string[] | undefined, kinds: SourceKinds): string[] {
  return (ids ?? []).filter((id) => {
    const kind = kinds.get(id);
    return kind !== undefined && EVIDENCE_KINDS[kind].decides;
  });
}

/** A fact is documented for the rule when at least one of its sources is first-party. */
export function isDocumented(ids: readonly string[] | undefined, kinds: SourceKinds): boolean {
  return decidingSources(ids, kinds).length > 0;
}

/** The ids among `ids` that are copies of vendor documents, for the notice near a verdict. */
export function copiesAmong(ids: readonly string[], kinds: SourceKinds): string[] {
  return ids.filter((id) => {
    const kind = kinds.get(id);
    return kind !== undefined && EVIDENCE_KINDS[kind].copy;
  });
}

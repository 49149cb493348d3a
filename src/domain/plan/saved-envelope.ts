/**
 * The versioned form every store saves in: JSON text of `{ "state": …, "version": N }`. Reading it
 * parses the JSON, checks the version and migrates older versions, and says which of those failed, so
 * each store can say in its own words what it could not read. Pure: no storage. Never throws.
 */

/** Turns the state saved by version N into the state saved by version N + 1. May throw. */
export type Migration = (state: unknown) => unknown;
/** Keyed by the version each step starts from. */
export type Migrations = Readonly<Record<number, Migration>>;

export type MigrationResult =
  | { readonly ok: true; readonly state: unknown }
  | { readonly ok: false; readonly failedFrom: number };

/** Runs each migration in order from `fromVersion` up to `toVersion`. Never throws. */
export function migrate(
  state: unknown,
  fromVersion: number,
  toVersion: number,
  table: Migrations,
): MigrationResult {
  let current = state;
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = table[version];
    if (!step) return { ok: false, failedFrom: version };
    try {
      current = step(current);
    } catch {
      return { ok: false, failedFrom: version };
    }
  }
  return { ok: true, state: current };
}

export type EnvelopeReading =
  /** `state` is in this version's form; `versionKnown` is false when the version was unreadable. */
  | { readonly kind: 'read'; readonly state: unknown; readonly versionKnown: boolean }
  /** Not JSON: cut short or changed by hand. */
  | { readonly kind: 'not-json' }
  /** JSON, but not an object with a `state`. */
  | { readonly kind: 'not-saved-state' }
  | { readonly kind: 'newer'; readonly state: unknown }
  | { readonly kind: 'not-migrated'; readonly state: unknown };

export type EnvelopeOptions = {
  /** The version this Pathway writes. */
  readonly version: number;
  readonly migrations: Migrations;
  /** The version to read a state with an unreadable version as (migrating from it). */
  readonly unknownVersionReadAs: number;
};

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readEnvelope(raw: string, options: EnvelopeOptions): EnvelopeReading {
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    return { kind: 'not-json' };
  }
  if (!isRecord(saved) || !('state' in saved)) return { kind: 'not-saved-state' };
  const version = saved.version;
  const versionKnown = typeof version === 'number' && Number.isInteger(version) && version >= 1;
  if (versionKnown && version > options.version) return { kind: 'newer', state: saved.state };
  const from = versionKnown ? version : Math.min(options.unknownVersionReadAs, options.version);
  const migrated = migrate(saved.state, from, options.version, options.migrations);
  if (!migrated.ok) return { kind: 'not-migrated', state: saved.state };
  return { kind: 'read', state: migrated.state, versionKnown };
}

import type { Transaction } from 'kysely';
import type { DatabaseSchema } from './schema.ts';

/** Which database engine a store runs on. */
export type DatabaseEngine = 'sqlite' | 'postgres';

/** A clinic: the unit of data isolation; every record belongs to one. */
export interface Clinic {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

/** What a migration run did. */
export interface MigrationReport {
  readonly applied: readonly number[];
  readonly schemaVersion: number;
}

/** Injected sources of time and identity, so tests are deterministic. */
export interface StoreDeps {
  /** Current time as an ISO 8601 string. */
  readonly now: () => string;
  /** A new unique id. */
  readonly newId: () => string;
}

/**
 * What a transaction may see. On PostgreSQL each kind sets one setting that the row-level security
 * policies read; with nothing set a clinic table shows no rows. SQLite relies on the repositories'
 * explicit `clinic_id` filters, which every repository writes for both engines.
 */
export type Scope =
  /** One clinic's rows: every request after login, and the CLI acting for one clinic. */
  | { readonly kind: 'clinic'; readonly clinicId: string }
  /** The one session row with this token hash (reading the session cookie before the clinic is known). */
  | { readonly kind: 'session-token'; readonly tokenHash: string }
  /** The one user row with this (lower-case) email: login. */
  | { readonly kind: 'login-email'; readonly email: string }
  /** The one invite row with this token hash: accepting an invite. */
  | { readonly kind: 'invite-token'; readonly tokenHash: string }
  /** Clinic names and ids only (first-run check, CLI); other clinic tables stay hidden. */
  | { readonly kind: 'all-clinics' };

/** A transaction opened by ClinicStore.run. */
export type ScopedTx = Transaction<DatabaseSchema>;

/** What a scoped transaction can do besides querying. */
export interface TxTools {
  readonly engine: DatabaseEngine;
  /** Narrows the transaction to one clinic once it is known (e.g. after finding a session by its token). */
  enterClinic(clinicId: string): Promise<void>;
  /** Serialises writers of one named chain until commit (PostgreSQL advisory lock; SQLite already has one writer). */
  lock(name: string): Promise<void>;
}

/**
 * The one storage interface. Routes and services only see this; SQLite and PostgreSQL implement it
 * and pass the same contract suite (contract.int.test.ts).
 */
export interface ClinicStore {
  readonly engine: DatabaseEngine;
  /** Applies pending forward-only migrations; refuses a database newer than this code. */
  migrate(): Promise<MigrationReport>;
  /** Highest migration applied to the database (0 for an empty one). */
  schemaVersion(): Promise<number>;
  /** Throws AppError('database-unreachable') when the database does not answer. */
  ping(): Promise<void>;
  createClinic(input: { name: string }): Promise<Clinic>;
  getClinic(id: string): Promise<Clinic | undefined>;
  listClinics(): Promise<Clinic[]>;
  /** The clock and id generator the store was opened with (routes use the same ones). */
  readonly deps: StoreDeps;
  /**
   * Runs `fn` in one transaction limited to `scope` (PostgreSQL: as the non-owner app role with the
   * scope's setting; row-level security does the rest). Repositories take this transaction.
   */
  run<T>(scope: Scope, fn: (tx: ScopedTx, tools: TxTools) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

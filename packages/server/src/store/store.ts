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
  close(): Promise<void>;
}

import {
  type DatabaseConnection,
  type Driver,
  type QueryCompiler,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  type SqliteStatement,
  type TransactionSettings,
} from "kysely";

/**
 * Kysely's SQLite dialect, with two changes for a server answering many requests at once.
 *
 * SQLite has one connection, so each query waits for the one before (a transaction holds it
 * across awaits). Kysely's lock wakes every waiter on each release and all but one go back to
 * waiting; here a release hands the connection to the next waiter only (a fifth less work per
 * session lookup at 32 concurrent requests).
 *
 * And a read can run at once, synchronously, when nothing holds the connection (see
 * readImmediately): with no await between taking and giving back the connection it cannot
 * interleave with anything, and it skips the dozen promise hops of Kysely's executor.
 *
 * Every statement goes through this dialect's prepare, so it also counts the writes made on
 * this connection; with SQLite's data_version, which counts those of every other connection
 * (the CLI, another process), that tells whether the database changed at all (changeStamp).
 */
// Reading data_version costs a read transaction (WAL locks), about what the session lookup it
// would spare costs. Read at most every 5 ms, a write by another process (a CLI command) is
// noticed within 5 ms, far sooner than a person could act on it. This connection's own writes
// are counted at once.
const otherConnectionsCheckedEveryMs = 5;

export class FairSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase | null;
  #driver: FairSqliteDriver | null = null;
  #localWrites = 0;
  #dataVersionStatement: { get(): unknown } | null = null;
  #dataVersion = 0;
  #dataVersionReadAt = Number.NEGATIVE_INFINITY;

  constructor(config: SqliteDialectConfig) {
    const database = typeof config.database === "function" ? null : config.database;
    const counted = database && countingWrites(database, () => this.#localWrites++);
    super(counted ? { ...config, database: counted } : config);
    this.#database = counted;
  }

  override createDriver(): Driver {
    this.#driver = new FairSqliteDriver(super.createDriver());
    return this.#driver;
  }

  /** The rows of a read-only statement, or undefined when it has to wait its turn. */
  readNow(sqlText: string, parameters: readonly unknown[]): unknown[] | undefined {
    if (!this.#database || !this.#driver || this.#driver.isHeld()) return undefined;
    const statement = this.#database.prepare(sqlText);
    return statement.reader && isReadOnly(statement) ? statement.all(parameters) : undefined;
  }

  /**
   * A value that stays the same as long as nothing was written to the database, by this
   * connection or (noticed within 5 ms) any other; undefined while a transaction (or any query) holds the
   * connection, when reads might see uncommitted writes.
   */
  changeStamp(): string | undefined {
    if (!this.#database || !this.#driver || this.#driver.isHeld()) return undefined;
    const now = performance.now();
    if (now - this.#dataVersionReadAt >= otherConnectionsCheckedEveryMs) {
      this.#dataVersionStatement ??= this.#database.prepare("PRAGMA data_version") as unknown as { get(): unknown };
      this.#dataVersion = (this.#dataVersionStatement.get() as { data_version: number }).data_version;
      this.#dataVersionReadAt = now;
    }
    return `${this.#localWrites}:${this.#dataVersion}`;
  }
}

/**
 * Whether a statement leaves the database as it is. Not the same as `reader` (it returns rows):
 * an INSERT … RETURNING returns rows and writes. better-sqlite3 answers with SQLite's own
 * sqlite3_stmt_readonly; BEGIN and COMMIT count as read-only, the writes between them do not.
 */
function isReadOnly(statement: SqliteStatement): boolean {
  return (statement as SqliteStatement & { readonly?: boolean }).readonly === true;
}

/** The database with a prepare that reports each statement that may write. */
function countingWrites(database: SqliteDatabase, onWrite: () => void): SqliteDatabase {
  return {
    close: () => database.close(),
    prepare(sqlText) {
      const statement = database.prepare(sqlText);
      // Counted when prepared: Kysely runs a statement in the same tick it prepares it.
      if (!isReadOnly(statement)) onWrite();
      return statement;
    },
  };
}

const immediateReaders = new WeakMap<object, FairSqliteDialect>();

/** Lets readImmediately run reads on this Kysely instance (made with a FairSqliteDialect). */
export function allowImmediateReads(kysely: object, dialect: FairSqliteDialect): void {
  immediateReaders.set(kysely, dialect);
}

/**
 * The database's change stamp (see FairSqliteDialect.changeStamp) when `kysely` is SQLite;
 * undefined for PostgreSQL, whose other instances' writes cannot be seen without a query.
 */
export function databaseChangeStamp(kysely: object): string | undefined {
  return immediateReaders.get(kysely)?.changeStamp();
}

/**
 * Runs a compiled read at once when `kysely` is a SQLite database whose connection is free;
 * undefined otherwise (PostgreSQL, a transaction, a busy connection, a write), and the caller
 * goes through Kysely as usual.
 */
export function readImmediately(
  kysely: object,
  sqlText: string,
  parameters: readonly unknown[],
): unknown[] | undefined {
  return immediateReaders.get(kysely)?.readNow(sqlText, parameters);
}

class FairSqliteDriver implements Driver {
  readonly #waiting: (() => void)[] = [];
  #held = false;

  constructor(private readonly inner: Driver) {}

  isHeld(): boolean {
    return this.#held;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    // The releaser passes the connection on without freeing it, so a woken waiter owns it.
    if (this.#held) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#held = true;
    try {
      return await this.inner.acquireConnection();
    } catch (error) {
      this.#passOn();
      throw error;
    }
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    try {
      await this.inner.releaseConnection(connection);
    } finally {
      this.#passOn();
    }
  }

  #passOn(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }

  init(): Promise<void> {
    return this.inner.init();
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    await this.inner.savepoint?.(connection, name, compile);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    await this.inner.rollbackToSavepoint?.(connection, name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler["compileQuery"]) {
    await this.inner.releaseSavepoint?.(connection, name, compile);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";

// The better-sqlite3 adapter shares one connection and locks it only for transactions: a
// query from another request issued while a transaction is open runs inside it, and is
// lost if that transaction rolls back. This wrapper makes every statement outside a
// transaction wait for open transactions, so concurrent requests never share one.

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Tx = Awaited<ReturnType<Adapter["startTransaction"]>>;

function createLock() {
  let tail: Promise<void> = Promise.resolve();
  return function acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = tail.then(() => release);
    tail = tail.then(() => next);
    return ready;
  };
}

type Acquire = ReturnType<typeof createLock>;

function serialize(adapter: Adapter, acquire: Acquire): Adapter {
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);

  const locked =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const release = await acquire();
      try {
        return await fn(...args);
      } finally {
        release();
      }
    };

  adapter.queryRaw = locked(queryRaw);
  adapter.executeRaw = locked(executeRaw);
  adapter.startTransaction = async (...args) => {
    const release = await acquire();
    let tx: Tx;
    try {
      tx = await startTransaction(...args);
    } catch (error) {
      release();
      throw error;
    }
    const commit = tx.commit.bind(tx);
    const rollback = tx.rollback.bind(tx);
    const txExecuteRaw = tx.executeRaw.bind(tx);
    tx.commit = () => commit().finally(release);
    tx.rollback = () => rollback().finally(release);
    // Prisma ends a transaction with a COMMIT or ROLLBACK statement, then commit()/rollback(),
    // which release the connection. When that statement fails, it skips them, and every later
    // query would wait for good. SQLite ends a transaction itself after some errors (a full
    // disk under an FTS5 write, for one): then a ROLLBACK has nothing to do, and succeeds. A
    // COMMIT that fails (a deferred constraint, a full disk) is rolled back and released here.
    const connection = (tx as unknown as { client: { inTransaction: boolean } }).client;
    tx.executeRaw = async (query) => {
      if (query.sql === "ROLLBACK" && !connection.inTransaction) return 0;
      if (query.sql !== "COMMIT") return txExecuteRaw(query);
      try {
        return await txExecuteRaw(query);
      } catch (error) {
        if (connection.inTransaction) await txExecuteRaw({ ...query, sql: "ROLLBACK" }).catch(() => {});
        await tx.rollback();
        throw error;
      }
    };
    return tx;
  };
  return adapter;
}

/** A better-sqlite3 connection, as much of it as the direct reads and writes use. */
export interface SqliteConnection {
  readonly open: boolean;
  prepare(sql: string): SqliteStatement;
  transaction<T>(fn: () => T): () => T;
  close(): void;
}

export interface SqliteStatement {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): { changes: number };
  /** rows as arrays (column order) instead of objects */
  raw(on: boolean): SqliteStatement;
  /** rows as their first column's value */
  pluck(on: boolean): SqliteStatement;
  /** whether it returns rows (a SELECT, or a write with RETURNING) */
  readonly reader: boolean;
  columns(): Array<{ name: string; table: string | null; type: string | null }>;
}

// Hot reads (the per-request session check) skip Prisma's query pipeline and run as prepared
// statements on a second, read-only connection. In WAL mode it sees exactly the committed
// state: never another request's open transaction, and it never waits for the writer or for
// the lock above. It lives as long as the Prisma connection.
interface State {
  /** Prisma's own connection and the lock that keeps its transactions apart; set while connected */
  writer?: { connection: SqliteConnection; acquire: Acquire };
  reader?: SqliteConnection;
}
const readers = new WeakMap<PrismaBetterSQLite3, State>();

function connectedState(factory: PrismaBetterSQLite3): State & Required<Pick<State, "writer">> {
  const state = readers.get(factory);
  if (!state?.writer) throw new Error("the database is not connected");
  return state as State & Required<Pick<State, "writer">>;
}

/** Prisma's own (writing) connection, for settings that outlive a statement; not for statements (see writeDirect). */
export const writingConnection = (factory: PrismaBetterSQLite3): SqliteConnection => connectedState(factory).writer.connection;

/** Run synchronous reads on the read-only connection. */
export function readDirect<T>(factory: PrismaBetterSQLite3, file: string, busyTimeoutMs: number, read: (connection: SqliteConnection) => T): T {
  const state = connectedState(factory);
  state.reader ??= new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs }) as unknown as SqliteConnection;
  return read(state.reader);
}

// Hot writes (opening a session at sign-in) likewise skip the pipeline (~5 ms of CPU through
// Prisma, ~0.2 ms here): synchronous statements in one transaction on Prisma's own connection,
// run once the lock is free, so never inside another request's open transaction.
/** Run synchronous statements in one transaction on the writing connection. */
export async function writeDirect<T>(factory: PrismaBetterSQLite3, write: (connection: SqliteConnection) => T): Promise<T> {
  const { writer } = connectedState(factory);
  const release = await writer.acquire();
  try {
    return writer.connection.transaction(() => write(writer.connection))();
  } finally {
    release();
  }
}

/**
 * `setup` runs on each new writing connection (the pragmas). The factory connects once, for
 * whichever asks first: Prisma at its first query, or the direct reads and writes before it
 * (which never load Prisma's query engine: a server that only checks sessions never does).
 */
export function createSerializedAdapter(file: string, busyTimeoutMs = 5000, setup: (connection: SqliteConnection) => void = () => {}): PrismaBetterSQLite3 {
  const factory = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: busyTimeoutMs });
  const connect = factory.connect.bind(factory);
  const state: State = {};
  readers.set(factory, state);
  let connecting: ReturnType<typeof factory.connect> | undefined;
  factory.connect = () =>
    (connecting ??= (async () => {
      const acquire = createLock();
      const connected = await connect();
      // the adapter keeps its better-sqlite3 Database as `client`
      const connection = (connected as unknown as { client: SqliteConnection }).client;
      setup(connection);
      const adapter = serialize(connected, acquire);
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        state.writer = undefined;
        state.reader?.close();
        state.reader = undefined;
        connecting = undefined;
        return dispose();
      };
      state.writer = { connection, acquire };
      return adapter;
    })().catch((error: unknown) => {
      connecting = undefined;
      throw error;
    }));
  return factory;
}

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

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

function serialize(adapter: Adapter, acquire: () => Promise<() => void>): Adapter {
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
    tx.commit = () => commit().finally(release);
    tx.rollback = () => rollback().finally(release);
    return tx;
  };
  return adapter;
}

/** The raw better-sqlite3 connection, as much of it as the direct reads use. */
export interface SqliteConnection {
  readonly open: boolean;
  prepare(sql: string): SqliteStatement;
}

export interface SqliteStatement {
  get(...params: unknown[]): Record<string, unknown> | undefined;
  columns(): Array<{ name: string; type: string | null }>;
}

const connections = new WeakMap<PrismaBetterSQLite3, { acquire: () => Promise<() => void>; connection: SqliteConnection }>();

/**
 * Run synchronous reads on the adapter's own connection, under the same lock as every Prisma
 * statement (so never inside another request's transaction). Undefined when the client is
 * not connected: the caller then goes through Prisma.
 */
export async function readDirect<T>(factory: PrismaBetterSQLite3, read: (connection: SqliteConnection) => T): Promise<T | undefined> {
  const current = connections.get(factory);
  if (!current?.connection.open) return undefined;
  const release = await current.acquire();
  try {
    return current.connection.open ? read(current.connection) : undefined;
  } finally {
    release();
  }
}

export function createSerializedAdapter(file: string, busyTimeoutMs = 5000): PrismaBetterSQLite3 {
  const factory = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: busyTimeoutMs });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const acquire = createLock();
    // the adapter keeps its better-sqlite3 Database in `client`
    connections.set(factory, { acquire, connection: (adapter as unknown as { client: SqliteConnection }).client });
    return serialize(adapter, acquire);
  };
  return factory;
}

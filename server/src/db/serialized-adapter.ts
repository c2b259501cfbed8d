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

function serialize(adapter: Adapter): Adapter {
  const acquire = createLock();
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

export function createSerializedAdapter(file: string, busyTimeoutMs = 5000): PrismaBetterSQLite3 {
  const factory = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: busyTimeoutMs });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => serialize(await connect());
  return factory;
}

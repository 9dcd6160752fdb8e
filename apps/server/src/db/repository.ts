import type { Db } from './database.ts';

/** A repository that can also run a unit of work: the same queries, bound to one transaction. */
export type Transactional<R> = R & {
  /**
   * Runs `work` in one transaction. It gets this repository bound to the transaction, and the
   * transaction handle to pass to other modules' exported writes (`openTask`, `audit.record`,
   * `notify`, …) so that everything commits or rolls back together.
   */
  transaction<T>(work: (repo: R, trx: Db) => Promise<T>): Promise<T>;
};

/**
 * Builds a module's repository from its queries. A service gets the result and never the raw
 * database handle: SQL lives in `make`, and transactions are opened through the repository.
 */
export function repository<R>(db: Db, make: (db: Db) => R): Transactional<R> {
  return Object.assign(make(db) as object, {
    transaction: <T>(work: (repo: R, trx: Db) => Promise<T>) =>
      db.transaction().execute((trx) => work(make(trx), trx)),
  }) as Transactional<R>;
}

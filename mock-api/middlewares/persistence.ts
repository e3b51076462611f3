/**
 * Answers json-server's router only once a write is durable: applies the write's effects, commits
 * the store, then replies. If the commit fails, the data is reloaded from the last good file and
 * the client gets a 500, so nothing is acknowledged that is not on disk.
 */
import type { Request, Response } from 'express';
import type { JsonServerRouter } from 'json-server';
import type { Database, Decision } from '../../src/domain/types';
import { isWrite, targetOf } from '../context';
import { applyDecision } from '../effects';
import type { Store } from '../store/types';

/** json-server's router, with the `render` hook its typings leave out. */
export type RenderingRouter = JsonServerRouter<Database> & { render: (req: Request, res: Response) => void };

export function persistWrites(
  router: RenderingRouter,
  store: Store,
  onChange: () => void,
  log: (message: string) => void,
): (req: Request, res: Response) => void {
  return (req, res) => {
    if (!isWrite(req)) {
      res.json(res.locals.data);
      return;
    }
    const db = router.db.getState();
    const written = structuredClone(req.method === 'DELETE' ? res.locals.deleted : res.locals.data) as unknown;
    if (req.method === 'POST' && targetOf(res).resource === 'decisions') applyDecision(db, written as Decision);
    onChange();
    store.commit(db).then(
      () => res.json(written),
      async (error: unknown) => {
        log(`Commit to ${store.location} failed, reloading the last good state: ${String(error)}`);
        try {
          router.db.setState(await store.load());
        } catch (reloadError) {
          log(`Reload failed too: ${String(reloadError)}`);
        }
        onChange();
        res.status(500).json({ message: 'The change could not be saved; it was not applied' });
      },
    );
  };
}

import DataLoader from 'dataloader';
import type { Queryable } from '../../store';
import { applicationsByIds, childrenByIds, historiesOf, slotsByIds, type ApplicationRow, type ChildRow, type SlotRow } from './store';

export interface ApplyLoaders {
  child: DataLoader<string, ChildRow | null>;
  application: DataLoader<string, ApplicationRow | null>;
  history: DataLoader<string, Awaited<ReturnType<typeof historiesOf>>[number]>;
  slot: DataLoader<string, SlotRow | null>;
}

/** Per request, never shared across users (CONVENTIONS 4); one `= any($1)` per batch, results in key order. */
export function createApplyLoaders(db: Queryable): ApplyLoaders {
  const byId = <T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await fetch(ids);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
  return {
    child: byId((ids) => childrenByIds(db, ids)),
    application: byId((ids) => applicationsByIds(db, ids)),
    history: new DataLoader((ids) => historiesOf(db, ids)),
    slot: byId((ids) => slotsByIds(db, ids)),
  };
}

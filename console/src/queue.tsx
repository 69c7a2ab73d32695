import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A paged work queue of the console (anomaly flags, moderation, unanswered
 * questions): the page shown and the `after` cursor of every page up to it,
 * loading and failure state, and focus kept where the editor works — after a
 * decision reloads the list, on that item's heading, else on the one now in
 * its place, else on the page heading.
 */
export interface QueuePage<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: Node }[];
}

export interface QueueOptions<Vars, Node> {
  /** Reads one page: the page, or the message to show (in the page's language). */
  fetch(vars: Vars, after: string | null): Promise<{ page: QueuePage<Node> | null; error: string | null }>;
  /** What the first load asks for. */
  initial: Vars;
  nodeId(node: Node): string;
  /** The id of the element of an item that takes focus (its heading, tabIndex -1). */
  headingId(node: Node): string;
}

export function useQueue<Vars, Node, P extends QueuePage<Node>>(options: QueueOptions<Vars, Node>) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState<P | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const vars = useRef(options.initial);
  const focusAfter = useRef<{ id: string; index: number } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  /** Loads the last page of `stack` (`stack` ends with its cursor) for `next` (default: what was asked last). */
  const load = async (stack: (string | null)[], next: Vars = vars.current) => {
    vars.current = next;
    setBusy(true);
    const res = await options.fetch(next, stack[stack.length - 1] ?? null);
    setBusy(false);
    setError(res.error);
    if (res.error || !res.page) return;
    setCursors(stack);
    setPage(res.page as P);
  };
  useEffect(() => void load([null]), []);

  useEffect(() => {
    const target = focusAfter.current;
    if (!target || !page) return;
    focusAfter.current = null;
    const items = page.edges.map((e) => e.node);
    const index = items.findIndex((item) => options.nodeId(item) === target.id);
    const next = items[index >= 0 ? index : Math.min(target.index, items.length - 1)];
    const el = next ? document.getElementById(options.headingId(next)) : null;
    (el ?? heading.current)?.focus();
  }, [page]);

  /** Reloads the page shown after a decision on `node` (at `index` in it), keeping focus there. */
  const reloadAfter = (node: Node, index: number) => {
    focusAfter.current = { id: options.nodeId(node), index };
    void load(cursors);
  };

  return { page, cursors, error, setError, busy, setBusy, heading, load, reloadAfter };
}

/** Previous / next page of a queue, shown only when there is another page. */
export function QueuePager({ page, cursors, busy, load, labels }: {
  page: QueuePage<unknown> | null;
  cursors: (string | null)[];
  busy: boolean;
  load(stack: (string | null)[]): void;
  labels: { pager: string; previous: string; next: string };
}) {
  if (!page || (cursors.length <= 1 && !page.pageInfo.hasNextPage)) return null;
  return (
    <nav class="pager actions" aria-label={labels.pager}>
      {cursors.length > 1 && <button type="button" disabled={busy} onClick={() => load(cursors.slice(0, -1))}>{labels.previous}</button>}
      {page.pageInfo.hasNextPage && <button type="button" disabled={busy} onClick={() => load([...cursors, page.pageInfo.endCursor ?? null])}>{labels.next}</button>}
    </nav>
  );
}

import { inflightKey, InflightQueries } from './inflight';

/** An execution that answers when told to, counting how often it ran. */
function gate() {
  let runs = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const execute = async () => {
    runs++;
    await opened;
    return { data: { node: { id: 'x', runs } } };
  };
  return { execute, open: () => open(), runs: () => runs };
}

describe('in-flight subgraph queries', () => {
  it('runs identical queries of one caller once, and hands each its own copy', async () => {
    const inflight = new InflightQueries();
    const g = gate();
    const key = inflightKey('query($id:ID!){node(id:$id){id}}', { id: 'x' }, { authorization: 'Bearer a' });
    const both = Promise.all([inflight.run(key, g.execute), inflight.run(key, g.execute)]);
    g.open();
    const [a, b] = await both;
    expect(g.runs()).toBe(1);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a.data).not.toBe(b.data);
  });

  it('never shares between callers, variables, or with a mutation, nor after the first has ended', async () => {
    const q = 'query($id:ID!){node(id:$id){id}}';
    expect(inflightKey(q, { id: 'x' }, { authorization: 'Bearer a' })).not.toBe(inflightKey(q, { id: 'x' }, { authorization: 'Bearer b' }));
    expect(inflightKey(q, { id: 'x' }, { 'x-api-key': 'k1' })).not.toBe(inflightKey(q, { id: 'x' }, { 'x-api-key': 'k2' }));
    expect(inflightKey(q, { id: 'x' }, {})).not.toBe(inflightKey(q, { id: 'y' }, {}));
    expect(inflightKey('mutation{reset}', {}, {})).toBeNull();
    expect(inflightKey('{ a }', undefined, undefined)).not.toBeNull();

    const inflight = new InflightQueries();
    const g = gate();
    g.open();
    const key = inflightKey(q, { id: 'x' }, {});
    await inflight.run(key, g.execute);
    await inflight.run(key, g.execute);
    expect(g.runs()).toBe(2);
    const m = gate();
    m.open();
    await Promise.all([inflight.run(null, m.execute), inflight.run(null, m.execute)]);
    expect(m.runs()).toBe(2);
  });

  it('passes a failure to everyone who waited for it', async () => {
    const inflight = new InflightQueries();
    const key = inflightKey('{ a }', {}, {});
    let fail: (e: Error) => void = () => undefined;
    const failing = () => new Promise<never>((_, reject) => (fail = reject));
    const both = Promise.allSettled([inflight.run(key, failing), inflight.run(key, failing)]);
    fail(new Error('down'));
    expect((await both).map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});

import { registryPeople } from './people';
import { startRegistrySimulator } from './server';
import { httpRegistry, lateRegistry, useSimulatedRegistry } from '../../subgraphs/welfare/registry';

/** The simulated resident registry: deterministic, and people change with ticks. */
test('the same seed gives the same people; statuses follow the clock', async () => {
  expect(registryPeople(3, 200)).toEqual(registryPeople(3, 200));
  const sim = await startRegistrySimulator({ seed: 3, size: 200 });
  try {
    const registry = httpRegistry(sim.baseUrl);
    const later = registryPeople(3, 200).find((p) => p.diesAt !== undefined && p.diesAt > 0)!;
    const before = await registry.lookup(later.identityKey);
    expect(before).toEqual({ ref: later.ref, status: 'RESIDENT' });
    sim.setTick(later.diesAt!);
    expect(await registry.statuses([later.ref, 'unknown-ref'])).toEqual([{ ref: later.ref, status: 'DECEASED' }, { ref: 'unknown-ref', status: 'NOT_FOUND' }]);
    expect((await registry.lookup('000000-0000000')).status).toBe('NOT_FOUND');
    const res = await fetch(`${sim.baseUrl}/__sim/tick?to=0`, { method: 'POST' });
    expect(await res.json()).toEqual({ tick: 0 });
  } finally {
    await sim.close();
  }
});

test('the late-bound registry (npm start) is unavailable until the start-up job names the simulator, then answers', async () => {
  await expect(lateRegistry.lookup('000000-0000000')).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  const sim = await startRegistrySimulator({ seed: 3, size: 50 });
  try {
    useSimulatedRegistry(sim.baseUrl);
    const person = registryPeople(3, 50)[0]!;
    expect((await lateRegistry.lookup(person.identityKey)).ref).toBe(person.ref);
  } finally {
    useSimulatedRegistry(null);
    await sim.close();
  }
});

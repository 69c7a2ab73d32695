import { createHash } from 'node:crypto';

/** A deterministic number in [0, 1) from strings (no Math.random: the same request always behaves the same). */
export function unit(...parts: (string | number)[]): number {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  return digest.readUInt32BE(0) / 0x1_0000_0000;
}

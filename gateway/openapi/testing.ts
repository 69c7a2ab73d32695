import { XMLParser } from 'fast-xml-parser';
import { issueKey, type IssueKeyInput } from '../../common/access/issue-key';
import { tokenFor } from '../../common/auth/testing';
import type { Store } from '../../store';

/** Test helpers of the Open API: keys, admin tokens, and the XML parser the tests read answers with. */
export async function createKey(store: Store, input: Partial<IssueKeyInput> = {}, secret?: string): Promise<{ key: string; id: string }> {
  const issued = await issueKey(store, { name: 'test portal', scopes: ['read'], ...input }, { perSecond: 1000, perDay: 100_000 }, 'test', secret);
  return { key: issued.key, id: issued.apiKey.id };
}

/** An ADMIN token signed with the keys of `store` (the hub's database). */
export function adminToken(store: Store): Promise<string> {
  return tokenFor(store, { sub: 'admin-1', role: 'ADMIN' });
}

/** Reads an envelope in XML: `item` is an array whatever its count; values stay strings (XML has no types). */
export const xmlParser = new XMLParser({ isArray: (_name, jpath) => jpath === 'response.body.items.item', parseTagValue: false });

export async function getText(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; text: string }> {
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

import { issueKey, type QuotaDefaults } from '../common/access/issue-key';
import { listKeys, revokeKey, usage } from '../common/access/store';
import { HubError } from '../common/errors';
import type { Store } from '../store';

export const USAGE = `사용법 / usage:
  npm run apikey -- create --name <portal> --scopes read[,apply] [--per-second N] [--per-day N]
                          [--origin https://portal.example]… [--issuer <iss> --jwks <url> [--audience <aud>]]… [--expires YYYY-MM-DD]
  npm run apikey -- list
  npm run apikey -- revoke <key id>
  npm run apikey -- usage [--key <key id>] [--from YYYY-MM-DD] [--to YYYY-MM-DD]`;

/**
 * `npm run apikey -- …`: partner keys from the command line (the admin
 * mutations do the same over GraphQL). Prints what it did; the secret of a
 * new key is printed once, on stdout, and never stored.
 */
export async function runApiKeyCommand(args: string[], store: Store, defaults: QuotaDefaults, print: (line: string) => void): Promise<number> {
  const values = (name: string) => args.flatMap((a, i) => (a === `--${name}` && args[i + 1] !== undefined ? [args[i + 1]!] : []));
  const one = (name: string) => values(name)[0];
  const int = (name: string) => (one(name) === undefined ? undefined : Number(one(name)));
  try {
    switch (args[0]) {
      case 'create': {
        const name = one('name');
        const scopes = one('scopes');
        if (!name || !scopes) break;
        const jwks = values('jwks');
        const audiences = values('audience');
        const issued = await issueKey(
          store,
          {
            name,
            scopes: scopes.split(','),
            perSecond: int('per-second'),
            perDay: int('per-day'),
            allowedOrigins: values('origin'),
            trustedIssuers: values('issuer').map((issuer, i) => ({ issuer, jwksUrl: jwks[i] ?? '', audience: audiences[i] ?? null })),
            expiresAt: one('expires') ?? null,
          },
          defaults,
          'cli',
        );
        const k = issued.apiKey;
        print(`created ${k.id} "${k.name}" scopes=${k.scopes.join(',')} perSecond=${k.perSecond} perDay=${k.perDay}${k.expiresAt ? ` expires=${k.expiresAt}` : ''}`);
        print('서비스 키 (이번 한 번만 표시됩니다) / service key (shown this once):');
        print(issued.key);
        return 0;
      }
      case 'list': {
        for (const k of await listKeys(store)) {
          print(`${k.id}\t${k.name}\t${k.keyPrefix}…\t${k.scopes.join(',')}\t${k.perSecond}/s\t${k.perDay}/day\t${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}`);
        }
        return 0;
      }
      case 'revoke': {
        const id = args[1];
        if (!id) break;
        const k = await revokeKey(store, id, 'cli');
        if (!k) {
          print(`없는 키입니다 / no such key: ${id}`);
          return 1;
        }
        print(`revoked ${k.id} "${k.name}" at ${k.revokedAt}`);
        return 0;
      }
      case 'usage': {
        const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
        for (const u of await usage(store, one('key') ?? null, one('from') ?? '2000-01-01', one('to') ?? today)) print(`${u.day}\t${u.keyId}\t${u.name}\t${u.requests}\t${u.rejected} rejected`);
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof HubError) {
      print(error.message);
      return 2;
    }
    throw error;
  }
  print(USAGE);
  return 2;
}

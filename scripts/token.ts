import { EMBEDDED_DATABASE_NOTE, helpAndExitIfAsked } from '../common/cli-help';
import { isRole, organisationOf, signAccessToken } from '../common/auth';
import { duration, loadConfig } from '../common/config';
import { configuredStore } from '../store';

const USAGE =
  '사용법 / usage: npm run token -- --role PARENT|CENTER_STAFF|COUNSELLOR|EDITOR|ADMIN|COMMUNITY_CENTER|WELFARE_AGENCY|DISTRICT_OFFICER --sub <id> [--facility <id>]… [--org <id> --org-kind COMMUNITY_CENTER|WELFARE_AGENCY|DISTRICT [--dong <행정동>]] [--email <email>] [--expires 1h]';

/**
 * `npm run token -- --role EDITOR --sub x [--facility <id> …] [--expires 1h]`
 * prints an access token signed with this data directory's own ES256 key
 * (the database named by DATABASE_URL or DATA_DIR, as `npm start` opens it).
 * The lifetime is bounded by ACCESS_TOKEN_MAX_LIFETIME (24h by default): a
 * longer one is refused, here and by the hub.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  helpAndExitIfAsked(args, `${USAGE}\nPrints an access token signed with this data directory's key (lifetime ≤ ACCESS_TOKEN_MAX_LIFETIME).\n${EMBEDDED_DATABASE_NOTE}`);
  const values = (name: string) => args.flatMap((a, i) => (a === `--${name}` && args[i + 1] ? [args[i + 1]!] : []));
  const role = values('role')[0] ?? 'PARENT';
  const sub = values('sub')[0];
  const organisation = values('org')[0] ? organisationOf({ id: values('org')[0], kind: values('org-kind')[0], dong: values('dong')[0] }) : null;
  if (!sub || !isRole(role) || (values('org')[0] && !organisation)) {
    console.error(USAGE);
    process.exit(2);
  }
  const config = loadConfig();
  const expires = duration.safeParse(values('expires')[0] ?? '1h');
  if (!expires.success || expires.data <= 0) {
    console.error(`--expires: 1h, 30m, 3600 같은 기간이어야 합니다 / must be a duration such as 1h, 30m or 3600\n${USAGE}`);
    process.exit(2);
  }
  if (expires.data > config.ACCESS_TOKEN_MAX_LIFETIME) {
    console.error(`--expires: 최대 ${config.ACCESS_TOKEN_MAX_LIFETIME}초(ACCESS_TOKEN_MAX_LIFETIME)를 넘습니다 / exceeds the ${config.ACCESS_TOKEN_MAX_LIFETIME} s bound (ACCESS_TOKEN_MAX_LIFETIME)`);
    process.exit(2);
  }
  const store = await configuredStore(config);
  try {
    const { token } = await signAccessToken(store, { sub, role, facilities: values('facility'), email: values('email')[0], ...(organisation ? { organisation } : {}), lifetimeSeconds: expires.data });
    console.log(token);
  } finally {
    await store.close();
  }
}

void main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

import { signToken, isRole } from '../common/auth';
import { loadConfig } from '../common/config';

/**
 * `npm run token -- --role PARENT --sub p1 [--facility <id> …] [--expires 8h]`
 * prints a local HS256 token for the Authorization header (JWT_SECRET, or the
 * development secret outside production).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const values = (name: string) => args.flatMap((a, i) => (a === `--${name}` && args[i + 1] ? [args[i + 1]!] : []));
  const role = values('role')[0] ?? 'PARENT';
  const sub = values('sub')[0];
  if (!sub || !isRole(role)) {
    console.error('사용법 / usage: npm run token -- --role PARENT|CENTER_STAFF|EDITOR|ADMIN --sub <id> [--facility <id>]… [--expires 8h]');
    process.exit(2);
  }
  const token = await signToken(loadConfig(), { sub, role, facilities: values('facility'), expiresIn: values('expires')[0] });
  console.log(token);
}

void main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});

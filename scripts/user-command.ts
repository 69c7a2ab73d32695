import { accountByEmail, countActiveAdmins, insertAccount, listAccounts, setDisabled, setPassword, unlock, type Account } from '../common/auth/accounts';
import { hubSecret } from '../common/auth/hub-secret';
import { generatePassword } from '../common/auth/password';
import { isRole, organisationOf, ROLES } from '../common/auth/roles';
import { HubError } from '../common/errors';
import type { Store } from '../store';

export const USAGE = `사용법 / usage:
  npm run user -- add --role ${ROLES.join('|')} --email <email> [--facility <id>]… [--org <id> --org-kind COMMUNITY_CENTER|WELFARE_AGENCY|DISTRICT [--dong <행정동>]] [--password-stdin]
  npm run user -- list
  npm run user -- passwd --email <email> [--password-stdin]
  npm run user -- disable --email <email>
  npm run user -- enable --email <email>
  npm run user -- unlock --email <email>
  npm run user -- webhook-secret
Without --password-stdin a random password is generated and shown once.`;

export interface UserCommandIo {
  print(line: string): void;
  /** The password typed or piped in (--password-stdin). */
  readPassword(): Promise<string>;
  /** WEBHOOK_SECRET, when the operator set one. */
  webhookSecret?: string;
}

function status(a: Account): string {
  if (a.disabled) return 'disabled';
  if (a.lockedUntil && a.lockedUntil.getTime() > Date.now()) return `locked until ${a.lockedUntil.toISOString()}`;
  return 'active';
}

/**
 * `npm run user -- …`: the hub's accounts from the command line, against the
 * database of this data directory. A generated password is printed once, on
 * stdout, and stored only as its scrypt hash.
 */
export async function runUserCommand(args: string[], store: Store, io: UserCommandIo): Promise<number> {
  const values = (name: string) => args.flatMap((a, i) => (a === `--${name}` && args[i + 1] !== undefined ? [args[i + 1]!] : []));
  const email = values('email')[0];
  const fromStdin = args.includes('--password-stdin');
  const password = async () => (fromStdin ? (await io.readPassword()).replace(/\r?\n$/, '') : null);
  const showOnce = (generated: string) => {
    io.print('비밀번호 (이번 한 번만 표시됩니다) / password (shown this once):');
    io.print(generated);
  };
  const existing = async () => {
    const account = email ? await accountByEmail(store, email) : null;
    if (!account) io.print(`없는 계정입니다 / no such account: ${email ?? ''}`);
    return account;
  };
  try {
    switch (args[0]) {
      case 'add': {
        const role = values('role')[0];
        if (!email || !isRole(role)) break;
        const given = await password();
        const chosen = given ?? generatePassword();
        // Welfare roles (issue 19) work for one organisation: --org, --org-kind and, for a 동주민센터, --dong.
        const organisation = values('org')[0] ? organisationOf({ id: values('org')[0], kind: values('org-kind')[0], dong: values('dong')[0] }) : null;
        if (values('org')[0] && !organisation) break;
        const account = await insertAccount(store, { email, role, password: chosen, facilities: values('facility'), ...(organisation ? { organisation } : {}) });
        io.print(`created ${account.id} ${account.email} ${account.role}${account.facilities.length ? ` facilities=${account.facilities.join(',')}` : ''}${account.organisation ? ` org=${account.organisation.id}` : ''}`);
        if (!given) showOnce(chosen);
        return 0;
      }
      case 'list': {
        for (const a of await listAccounts(store)) {
          io.print(`${a.id}\t${a.email}\t${a.role}\t${a.facilities.join(',') || '-'}\t${a.passwordHash ? 'password' : 'oidc'}\t${status(a)}\t${a.createdAt.toISOString()}`);
        }
        return 0;
      }
      case 'passwd': {
        if (!email) break;
        const account = await existing();
        if (!account) return 1;
        const given = await password();
        const chosen = given ?? generatePassword();
        await setPassword(store, account.id, chosen);
        io.print(`password changed for ${account.id} ${account.email}`);
        if (!given) showOnce(chosen);
        return 0;
      }
      case 'disable':
      case 'enable': {
        if (!email) break;
        const account = await existing();
        if (!account) return 1;
        if (args[0] === 'disable' && account.role === 'ADMIN' && !account.disabled && (await countActiveAdmins(store)) <= 1) {
          io.print('마지막 관리자 계정은 비활성화할 수 없습니다 / the last active ADMIN cannot be disabled: add another first');
          return 1;
        }
        await setDisabled(store, account.id, args[0] === 'disable');
        io.print(`${args[0]}d ${account.id} ${account.email}`);
        return 0;
      }
      case 'unlock': {
        if (!email) break;
        const account = await existing();
        if (!account) return 1;
        await unlock(store, account.id);
        io.print(`unlocked ${account.id} ${account.email}`);
        return 0;
      }
      case 'webhook-secret': {
        if (io.webhookSecret) {
          io.print('WEBHOOK_SECRET is set in the environment; the hub signs webhooks with it.');
          return 0;
        }
        io.print(await hubSecret(store, 'webhook'));
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof HubError) {
      io.print(error.message);
      return 2;
    }
    throw error;
  }
  io.print(USAGE);
  return 2;
}

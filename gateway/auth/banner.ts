/** The lines `npm start` prints once when it created the first ADMIN account. */
export function firstAdminBanner(admin: { email: string; password: string | null }): string {
  const password = admin.password
    ? `  비밀번호 / password: ${admin.password}\n  (이번 한 번만 표시됩니다 / shown this once; change it with: npm run user -- passwd --email ${admin.email})`
    : '  비밀번호 / password: ADMIN_PASSWORD';
  return `  관리자 계정을 만들었습니다 / First ADMIN account created\n  이메일 / email: ${admin.email}\n${password}\n`;
}

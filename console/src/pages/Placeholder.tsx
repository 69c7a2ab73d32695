import { defineDict, useT } from '../i18n';

const dict = defineDict({
  ko: { body: '이 화면은 이슈 {issue}에서 추가됩니다. 준비 중입니다.' },
  en: { body: 'This screen comes with issue {issue}. Coming soon.' },
});

/** A screen a later issue brings: the navigation keeps its place. */
export function Placeholder({ title, issue }: { title: string; issue: string }) {
  const t = useT(dict);
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      <p>{t('body', { issue })}</p>
    </>
  );
}

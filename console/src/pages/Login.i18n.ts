import { defineDict } from '../i18n';

export const loginDict = defineDict({
  ko: {
    heading: '로그인',
    intro: '편집자·관리자 계정으로 로그인하세요.',
    email: '이메일',
    password: '비밀번호',
    submit: '로그인',
    busy: '로그인 중…',
    oidc: '{name}(으)로 로그인',
    required: '이메일과 비밀번호를 입력하세요.',
  },
  en: {
    heading: 'Sign in',
    intro: 'Sign in with an editor or administrator account.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    oidc: 'Sign in with {name}',
    required: 'Enter your email and password.',
  },
});

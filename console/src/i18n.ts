import { createContext } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';

/**
 * Korean first, English on request. Each page keeps its own dictionary
 * (`pages/<Name>.i18n.ts`) so two people never edit one file; a dictionary
 * is typed so the English side cannot miss a key the Korean side has.
 */
export type Lang = 'ko' | 'en';

export type Dict<K extends string> = { ko: Record<K, string>; en: Record<K, string> };

export function defineDict<K extends string>(dict: Dict<K>): Dict<K> {
  return dict;
}

const STORAGE_KEY = 'dolbom.console.lang';

export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ko';
  } catch {
    return 'ko';
  }
}

export interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

export const LangContext = createContext<LangState>({ lang: 'ko', setLang: () => undefined });

/** The language state for the app root: remembered in localStorage, mirrored to <html lang>. */
export function useLangState(): LangState {
  const [lang, setLangState] = useState<Lang>(storedLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
    setLangState(next);
  }, []);
  return { lang, setLang };
}

export function useLang(): LangState {
  return useContext(LangContext);
}

/** `t('key', {n: 3})` replaces `{n}` in the current language's text. */
export function useT<K extends string>(dict: Dict<K>): (key: K, vars?: Record<string, string | number>) => string {
  const { lang } = useLang();
  return (key, vars) => {
    const text = dict[lang][key] ?? dict.ko[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? '')) : text;
  };
}

/** Picks the message of a typed API error (messageKo / messageEn) in the current language. */
export function pickMessage(lang: Lang, message: { messageKo?: string; messageEn?: string; message?: string }): string {
  return (lang === 'en' ? message.messageEn : message.messageKo) ?? message.messageKo ?? message.message ?? '';
}

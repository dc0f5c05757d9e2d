/** Chinese and English names of the countries the libraries name most (ISO 3166 codes); others show the code. */
const COUNTRIES: Record<string, [string, string]> = {
  US: ['美国', 'United States'],
  DE: ['德国', 'Germany'],
  JP: ['日本', 'Japan'],
  KR: ['韩国', 'South Korea'],
  VN: ['越南', 'Viet Nam'],
  GB: ['英国', 'United Kingdom'],
  FR: ['法国', 'France'],
  IT: ['意大利', 'Italy'],
  ES: ['西班牙', 'Spain'],
  NL: ['荷兰', 'Netherlands'],
  IN: ['印度', 'India'],
  BR: ['巴西', 'Brazil'],
  RU: ['俄罗斯', 'Russia'],
  AU: ['澳大利亚', 'Australia'],
  CA: ['加拿大', 'Canada'],
  MX: ['墨西哥', 'Mexico'],
  TH: ['泰国', 'Thailand'],
  MY: ['马来西亚', 'Malaysia'],
  ID: ['印度尼西亚', 'Indonesia'],
  SG: ['新加坡', 'Singapore'],
  TR: ['土耳其', 'Türkiye'],
  AE: ['阿联酋', 'United Arab Emirates'],
  SA: ['沙特阿拉伯', 'Saudi Arabia'],
  PK: ['巴基斯坦', 'Pakistan'],
  EG: ['埃及', 'Egypt'],
};

export const countryCodes = Object.keys(COUNTRIES);

/** 「美国（US）」 / "United States (US)"; an unlisted code as it is. */
export function countryName(code: string | null | undefined, lang: 'zh' | 'en'): string {
  if (!code) return '—';
  const n = COUNTRIES[code];
  if (!n) return code;
  return lang === 'zh' ? `${n[0]}（${code}）` : `${n[1]} (${code})`;
}

export const countryOptions = (lang: 'zh' | 'en') => countryCodes.map((c) => ({ value: c, label: countryName(c, lang) }));

import { describe, expect, it } from 'vitest';
import { cleanMultilineText, cleanText } from './clean-text';
import { cutPlanName } from './plan-name';

describe('cleanText', () => {
  it.each([
    ['plain text is unchanged', 'Plan A – 2027 📅', 'Plan A – 2027 📅'],
    ['a tab or line break becomes a space', 'Plan\tA\r\nfor\nme', 'Plan A  for me'],
    ['C0 controls and DEL go', 'a\u0000b\u0007c\u001Bd\u007F', 'abcd'],
    ['C1 controls go (a next-line control becomes a space)', 'a\u0080b\u009Fc\u0085d', 'abc d'],
    ['a right-to-left override goes', 'Plan \u202Egpj.exe', 'Plan gpj.exe'],
    ['embeddings and pops go', '\u202A\u202B\u202C\u202Dname', 'name'],
    ['isolates go', '\u2066\u2067\u2068x\u2069', 'x'],
    ['direction marks go', 'a\u200Eb\u200Fc\u061Cd', 'abcd'],
    ['a lone high surrogate becomes U+FFFD', 'a\uD83Db', 'a\uFFFDb'],
    ['a lone low surrogate becomes U+FFFD', '\uDCC5end', '\uFFFDend'],
    ['a lone high surrogate at the end becomes U+FFFD', 'end\uD800', 'end\uFFFD'],
    ['a pair in the wrong order becomes two', '\uDC00\uD800', '\uFFFD\uFFFD'],
    ['a real pair is kept', '\uD83D\uDCC5', '📅'],
    ['Arabic and Hebrew letters are kept', 'خطة תוכנית', 'خطة תוכנית'],
  ])('%s', (_, text, cleaned) => {
    expect(cleanText(text)).toBe(cleaned);
  });
});

describe('cleanMultilineText', () => {
  it.each([
    ['keeps line feeds, and makes CRLF and CR one', 'a\r\nb\rc\nd', 'a\nb\nc\nd'],
    ['makes a tab a space', 'a\tb', 'a b'],
    ['strips other controls, overrides and marks', 'a\u0000\u202E\u200F\u0085b', 'ab'],
    ['replaces lone surrogates', '\uD800x\uDFFF', '\uFFFDx\uFFFD'],
  ])('%s', (_, text, cleaned) => {
    expect(cleanMultilineText(text)).toBe(cleaned);
  });
});

describe('cutPlanName', () => {
  it('cleans a name before trimming and cutting it', () => {
    expect(cutPlanName('\u202E  My plan\n\u0000 ')).toBe('My plan');
    expect(cutPlanName('\u2066\u0007\t')).toBe('');
  });
});

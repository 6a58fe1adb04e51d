import fc from 'fast-check';
import { nameTokens, normaliseName } from './normalise-name.js';

describe('normaliseName (DOMAIN.md §5)', () => {
  it.each([
    ['Łukasz', 'lukasz'],
    ['Nguyễn', 'nguyen'],
    ["O'Neill", 'oneill'],
    ['O’Neill', 'oneill'],
    ['O´Neill', 'oneill'],
    ['ONeill', 'oneill'],
    ['Müller', 'muller'],
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['Søren Kierkegaard', 'soren kierkegaard'],
    ['Đorđević', 'dordevic'],
    ['Æsa', 'aesa'],
    ['Œuvre', 'oeuvre'],
    ['Þór', 'thor'],
    ['Yılmaz', 'yilmaz'],
    ['İbrahim', 'ibrahim'],
    ['Gjergj Kastrioti Skënderbeu', 'gjergj kastrioti skenderbeu'],
    ['Çela', 'cela'],
    ['Smith-Jones', 'smith jones'],
    ['Smith–Jones', 'smith jones'],
    ['  Jan   \t Kowalski  ', 'jan kowalski'],
    ['Ｊａｎ', 'jan'],
    ['García\u200BMárquez', 'garciamarquez'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseName(raw)).toBe(expected);
  });

  it('folds Romanian comma-below and cedilla letters the same (Ștefan / Ştefan, Țăran / Ţăran)', () => {
    expect(normaliseName('Ștefan')).toBe('stefan');
    expect(normaliseName('Ştefan')).toBe(normaliseName('Ștefan'));
    expect(normaliseName('Ţăran')).toBe(normaliseName('Țăran'));
  });

  it('gives the same key for composed and decomposed input', () => {
    expect(normaliseName('Nguye\u0302\u0303n')).toBe(normaliseName('Nguyễn'));
  });

  it('is idempotent', () => {
    for (const raw of ['Łukasz', "O'Neill-Smith", 'Nguyễn Văn An', 'Straße']) {
      expect(normaliseName(normaliseName(raw))).toBe(normaliseName(raw));
    }
  });

  it('folds a plain name (ASCII letters, single spaces) as the full folding does', () => {
    const part = fc.stringMatching(/^[A-Za-z]{1,12}$/);
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
        const plain = parts.join(' ');
        // A leading apostrophe takes the full folding, which removes it.
        expect(normaliseName(plain)).toBe(normaliseName(`'${plain}`));
        expect(normaliseName(plain)).toBe(plain.toLowerCase());
      }),
    );
  });

  it('leaves an empty or blank name empty', () => {
    expect(normaliseName('')).toBe('');
    expect(normaliseName(" - ' ")).toBe('');
  });
});

describe('nameTokens', () => {
  it('splits a normalised name on spaces and hyphens', () => {
    expect(nameTokens('Nguyễn Văn An')).toEqual(['nguyen', 'van', 'an']);
    expect(nameTokens('María-José  García Márquez')).toEqual(['maria', 'jose', 'garcia', 'marquez']);
  });

  it('keeps an apostrophe name in one token', () => {
    expect(nameTokens("Seán O'Neill")).toEqual(['sean', 'oneill']);
  });

  it('drops empty tokens', () => {
    expect(nameTokens('  -  ')).toEqual([]);
  });
});

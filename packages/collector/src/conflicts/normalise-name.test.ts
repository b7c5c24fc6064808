import { describe, expect, it } from 'vitest';
import { nameKey } from './normalise-name.ts';

const shouldMatch: [string, string][] = [
  ['John Smith', 'JOHN SMITH'],
  ['José García Márquez', 'Jose Garcia Marquez'],
  ['Smith, John', 'John Smith'],
  ['García Márquez, José', 'jose garcia marquez'],
  ['Acme LLC', 'ACME, Inc.'],
  ['Acme, L.L.C.', 'Acme'],
  ['Acme Corp.', 'The Acme Company'],
  ['Müller GmbH', 'Muller'],
  ['Straße & Söhne GmbH', 'Strasse and Sohne'],
  ['Harbor & Vale LLP', 'Harbor Vale'],
  ["Patrick O'Brien", 'Patrick OBrien'],
  ['Søren Kierkegaard', 'Soren Kierkegaard'],
  ['Northwind Traders Ltd', 'Northwind Traders Limited'],
  ['Globex PLC', 'globex'],
  ['Ｆｕｌｌ Ｗｉｄｔｈ Ｌｔｄ', 'Full Width'],
  ['ООО «Ромашка»', 'Ромашка'],
  ['Ромашка, ООО', 'ромашка'],
  ['Иванов Иван Иванович', 'Иван Иванович Иванов'],
  ['Фёдоров Пётр', 'Петр Федоров'],
  ['王 小明', '王小明'],
  ['王小明', '王　小明'],
  ['华为技术有限公司', '华为技术'],
  ['阿卜杜勒·哈米德', '阿卜杜勒哈米德'],
  ['Jean-Luc Picard', 'Picard Jean Luc'],
];

const shouldNotMatch: [string, string][] = [
  ['John Smith', 'Jon Smith'],
  ['John Smith', 'John A. Smith'],
  ['Acme LLC', 'Acme Widgets LLC'],
  ['Иван Иванов', 'Ivan Ivanov'],
  ['王小明', '小明王'],
  ['王小明', '王小红'],
  ['Иванов Иван Иванович', 'Иван Иванов'],
  ['Anna Lee', 'Annalee'],
  ['Harbor & Vale', 'Harbor & Dale'],
  ['Maria Garcia', 'Mario Garcia'],
];

describe('nameKey', () => {
  it.each(shouldMatch)('%s matches %s', (a, b) => {
    expect(nameKey(a)).not.toBe('');
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each(shouldNotMatch)('%s does not match %s', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('keeps a name made only of suffix words instead of emptying it', () => {
    expect(nameKey('The Company')).toBe('company the');
    expect(nameKey('  ,. ')).toBe('');
  });
});

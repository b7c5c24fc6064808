import { describe, expect, it } from 'vitest';
import { CsvError, csvField, neutraliseCell, parseCsv, toCsv } from './index.ts';

describe('toCsv', () => {
  it('quotes per RFC 4180', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'two\nlines', '']])).toBe('a,"b,c","say ""hi""","two\nlines",\r\n');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\r=1', '"\'\r=1"'],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠x', "'＠x"],
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
    ['plain = text', 'plain = text'],
  ])('neutralises %j', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it('leaves numbers we produce as numbers and empty values empty', () => {
    expect(toCsv([[-5, 1700000000000, true, null, undefined]])).toBe('-5,1700000000000,true,,\r\n');
    expect(neutraliseCell('Ann')).toBe('Ann');
  });

  it('round-trips through the parser (apart from the neutralising apostrophe)', () => {
    const rows = [
      ['name', 'note'],
      ['Acme, "Inc."', 'line one\r\nline two'],
      ['=evil()', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual([
      ['name', 'note'],
      ['Acme, "Inc."', 'line one\r\nline two'],
      ["'=evil()", ''],
    ]);
  });
});

describe('parseCsv', () => {
  it('reads CRLF and LF rows, a BOM, blank lines and a missing final newline', () => {
    expect(parseCsv('\uFEFFname,kind\r\n\r\nAcme,client\nBeta,adverse')).toEqual([
      ['name', 'kind'],
      ['Acme', 'client'],
      ['Beta', 'adverse'],
    ]);
  });

  it('keeps empty fields and quoted commas', () => {
    expect(parseCsv('"Smith, John",,x\n')).toEqual([['Smith, John', '', 'x']]);
  });

  it('rejects an unterminated quote with its line', () => {
    expect(() => parseCsv('a\n"open,b\nc')).toThrow(CsvError);
    expect(() => parseCsv('a\n"open,b\nc')).toThrow(/line 2/);
  });
});

import { describe, expect, it } from 'vitest';
import { partiesFromCsv } from './import-parties.ts';

describe('partiesFromCsv', () => {
  it('uses a header row to find the name and kind columns', () => {
    const csv = 'kind,Name,notes\r\nadverse,"Acme, Inc.",x\r\nclient,Иван Иванов,\r\n,王小明,\r\n';
    expect(partiesFromCsv(csv)).toEqual({
      parties: [
        { name: 'Acme, Inc.', kind: 'adverse', source: 'csv' },
        { name: 'Иван Иванов', kind: 'client', source: 'csv' },
        { name: '王小明', kind: 'client', source: 'csv' },
      ],
      skipped: 0,
    });
  });

  it('reads name then kind without a header, skips empty names, defaults unknown kinds', () => {
    expect(partiesFromCsv('Globex LLC,ADVERSE\n  ,client\nInitech,partner\n')).toEqual({
      parties: [
        { name: 'Globex LLC', kind: 'adverse', source: 'csv' },
        { name: 'Initech', kind: 'client', source: 'csv' },
      ],
      skipped: 1,
    });
  });

  it('undoes the apostrophe our CSV export adds before formula characters', () => {
    expect(partiesFromCsv("name\n'=Evil Corp\n'Brien\n").parties.map((p) => p.name)).toEqual(['=Evil Corp', "'Brien"]);
  });
});

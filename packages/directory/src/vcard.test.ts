import { describe, expect, it } from 'vitest';
import { lawyers } from './test-collector.ts';
import { toVCard } from './vcard.ts';

describe('toVCard', () => {
  it('writes a vCard 4.0 with escaped text and a resolved photo', () => {
    const card = toVCard({ ...lawyers[1]!, name: 'Lin, Daniel; Esq.' }, 'Harbor & Vale LLP', 'https://c.example');
    expect(card.split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Lin\\, Daniel\\; Esq.',
      'ORG:Harbor & Vale LLP',
      'TITLE:Partner',
      'PHOTO:https://c.example/demo/images/attorney-lin.svg',
      'END:VCARD',
      '',
    ]);
  });
});

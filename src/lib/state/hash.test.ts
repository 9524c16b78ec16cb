import { describe, expect, test } from 'vitest';
import { formatHash, parseHash } from './hash.ts';

const known = {
  pick: (kind: string, id: string) => kind === 'segment' && id === 'aktau-alat',
  step: (id: string) => id === 'caspian',
};

describe('the address hash', () => {
  test('round-trips a selection, a view and a tour step', () => {
    const state = {
      pick: { kind: 'segment' as const, id: 'aktau-alat' },
      view: { zoom: 4.5, center: [50.1, 41.5] as [number, number] },
      step: 'caspian',
    };
    expect(parseHash(formatHash(state), known)).toEqual(state);
  });

  test('an empty state writes no hash', () => {
    expect(formatHash({})).toBe('');
  });

  const malformed = [
    '',
    '#',
    '#segment',
    '#segment=',
    '#segment=unknown-id',
    '#segment=AKTAU-ALAT',
    '#segment=../../etc/passwd',
    '#segment=%',
    '#segment=%E0%A4%A',
    '#flight=aktau-alat',
    '#node=aktau-alat',
    '#map=',
    '#map=1/2',
    '#map=a/b/c',
    '#map=4/91/50',
    '#map=4/41/181',
    '#map=-1/41/50',
    '#map=99/41/50',
    '#map=4/41/50/7',
    '#map=4e2/41/50',
    '#map=NaN/NaN/NaN',
    '#map=Infinity/0/0',
    '#step=',
    '#step=unknown',
    '#step=<script>',
    '#<img src=x onerror=alert(1)>',
    '#segment=aktau-alat<svg>',
    '#' + 'x'.repeat(10_000),
    '#segment=' + 'a'.repeat(200),
    '#&&&&',
    '#=',
    '#==segment',
    '#segment==aktau-alat',
    '#%00',
    '#\u0000\u0001',
    '#segment=aktau-alat\n',
    '#🙂=🙂',
    '#map=4.2/41.5/50.1.2',
    '#map=.5/41/50',
    '#map= 4/41/50',
    '#__proto__=x',
    '#constructor=x',
    '#segment=__proto__',
    '#segment=constructor',
    '#step=__proto__',
    '#segment[]=aktau-alat',
    'segment=unknown',
    '##segment=unknown',
    '#map=0x10/0/0',
    '#map=+4/+41/+50',
  ];

  test.each(malformed)('ignores %j without throwing', (hash) => {
    const state = parseHash(hash, known);
    expect(state.pick).toBeUndefined();
    expect(state.step).toBeUndefined();
    expect(state.view).toBeUndefined();
  });

  test('keeps the good parts of a half-broken hash', () => {
    expect(parseHash('#segment=unknown&map=4/41.5/50', known)).toEqual({
      view: { zoom: 4, center: [50, 41.5] },
      ignored: ['segment=unknown'],
    });
  });

  test('names each part it leaves out, as written, and only the parts it reads', () => {
    expect(
      parseHash('#step=nowhere&node=baku&segment=aktau-alat&map=99/0/0&p=7&zoom=3', known),
    ).toEqual({
      pick: { kind: 'segment', id: 'aktau-alat' },
      ignored: ['node=baku', 'step=nowhere', 'p=7', 'map=99/0/0'],
    });
    expect(parseHash('#segment=aktau-alat&map=4/41.5/50', known).ignored).toBeUndefined();
  });
});

describe('the reader in the address', () => {
  const withParagraphs = { ...known, paragraph: (n: number) => n <= 21 };

  test('#p=19 opens the reader at ¶19, and is written back after the selection', () => {
    expect(parseHash('#p=19', withParagraphs)).toEqual({ paragraph: 19 });
    expect(formatHash({ pick: { kind: 'segment', id: 'aktau-alat' }, paragraph: 19 })).toBe(
      '#segment=aktau-alat&p=19',
    );
  });

  test.each(['#p=0', '#p=22', '#p=-1', '#p=1.5', '#p=19x', '#p=', '#p=00019'])(
    '%s is ignored',
    (hash) => {
      expect(parseHash(hash, withParagraphs)).toEqual({ ignored: [hash.slice(1)] });
    },
  );

  test('without a paragraph count no ¶ is known', () => {
    expect(parseHash('#p=3', known)).toEqual({ ignored: ['p=3'] });
  });
});

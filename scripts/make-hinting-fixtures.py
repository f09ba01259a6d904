"""FreeType's autohinted glyph boxes as matplotlib's Agg backend loads glyphs (FT2Font with text.hinting_factor 8,
LOAD_FORCE_AUTOHINT), for the contract test of the text stage's model of the autohinter
(test/fixtures/hinting.json): for each face, character and size in pixels, the hinted outline's bottom and top
(glyph.bbox) and the unhinted ones; and for the glyphs of tick labels, legends and titles, every vertex's hinted
place as FT2Font.get_path gives the outline (test/fixtures/hinted-outlines.json). Run with Debian's python3-matplotlib (3.6):
/usr/bin/python3 scripts/make-hinting-fixtures.py
"""
import json
import os

from matplotlib import get_data_path
from matplotlib.ft2font import FT2Font, LOAD_FORCE_AUTOHINT, LOAD_NO_HINTING

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.join(get_data_path(), 'fonts', 'ttf')

CHARS = {
    'DejaVuSans.ttf': '0123456789xoHOlpTEZfy()[]{}|.,:;+=\u2212\u00d7\u00b1<>\u2192\u221e\u221a\u2202\u2207\u223c\u2248'
                      '\u0393\u0394\u0398\u039b\u03a3\u03a6\u03a8\u03a9\u0302\u0303\u0304\u0307\u20d7',
    'DejaVuSans-Oblique.ttf': 'xefiy\u03b1\u03b2\u03b3\u03b4\u03b5\u03b8\u03bb\u03bc\u03c0\u03c3\u03c6\u03d5',
    'DejaVuSerif.ttf': '0123xoHp()=+',
}
# Text of 7 to 14 pt at 72 to 200 dpi, as (points, dpi); points in 64ths, as FT2Font.set_size passes them.
SIZES = [(7, 72), (10, 72), (12, 72), (7, 100), (8, 100), (10, 100), (12, 100), (14, 100), (8, 150), (10, 150),
         (7, 200), (10, 200), (14, 200)]


def box(font, ch, flags):
    g = font.load_char(ord(ch), flags=flags)
    return g.bbox[1] / 64, g.bbox[3] / 64


# Glyphs whose every vertex is recorded: the tick labels' and the common letters of labels and titles.
OUTLINE_CHARS = {'DejaVuSans.ttf': '0123456789.\u2212xeSsaoHRgGLUn', 'DejaVuSans-Oblique.ttf': 'xy', 'DejaVuSerif.ttf': '0123'}
OUTLINE_SIZES = [(7, 100), (8, 100), (9, 100), (10, 100), (12, 100), (14, 100), (10, 72), (10, 150), (10, 200)]


def outlines():
    """Each glyph's path as FT2Font.get_path gives it: vertices in pixels (y up) and path codes."""
    cases = []
    for name, chars in OUTLINE_CHARS.items():
        font = FT2Font(os.path.join(FONTS, name), hinting_factor=8)
        for pt, dpi in OUTLINE_SIZES:
            font.set_size(pt, dpi)
            for ch in chars:
                font.load_char(ord(ch), flags=LOAD_FORCE_AUTOHINT)
                vertices, codes = font.get_path()
                cases.append({'file': name, 'char': ch, 'pt': pt, 'dpi': dpi, 'px': pt * dpi / 72,
                              'x': [round(float(x), 6) for x, _ in vertices],
                              'y': [round(float(y), 6) for _, y in vertices], 'codes': [int(c) for c in codes]})
    path = os.path.join(HERE, '..', 'test', 'fixtures', 'hinted-outlines.json')
    with open(path, 'w') as f:
        json.dump({'cases': cases}, f, separators=(',', ':'), ensure_ascii=False)
        f.write('\n')
    print(f'{len(cases)} hinted outlines')


def main():
    cases = []
    for name, chars in CHARS.items():
        font = FT2Font(os.path.join(FONTS, name), hinting_factor=8)
        for pt, dpi in SIZES:
            px = pt * dpi / 72
            font.set_size(pt, dpi)
            for ch in chars:
                lo, hi = box(font, ch, LOAD_FORCE_AUTOHINT)
                ulo, uhi = box(font, ch, LOAD_NO_HINTING)
                cases.append({'file': name, 'char': ch, 'pt': pt, 'dpi': dpi, 'px': px, 'bottom': lo, 'top': hi,
                              'unhinted': [ulo, uhi]})
    path = os.path.join(HERE, '..', 'test', 'fixtures', 'hinting.json')
    with open(path, 'w') as f:
        json.dump({'cases': cases}, f, indent=0, ensure_ascii=False)
        f.write('\n')
    print(f'{len(cases)} glyph boxes')
    outlines()


if __name__ == '__main__':
    main()

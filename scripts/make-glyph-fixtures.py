#!/usr/bin/env python3
"""Writes test/fixtures/glyphs.json: for strings of the kind figures hold, at several pixel sizes, the left
edge of the string's box in matplotlib's FreeType layout (its bitmap offset, xMin), the string's advance
(the width matplotlib lays text out with) and the bottom and top of its hinted ink (which place its bitmap);
and for single glyphs, the bottom and top of their hinted outline.
A development tool (needs Debian's python3-matplotlib); the tests only read its output.

    /usr/bin/python3 scripts/make-glyph-fixtures.py
"""
import json
import os

import matplotlib
matplotlib.use('Agg')
from matplotlib.backends.backend_agg import RendererAgg, get_hinting_flag
from matplotlib.font_manager import FontProperties

STRINGS = ['0', '1', '\u22121', '0.5', '\u22122.5', '10', 'x', 'y', 'L', 'j', 'jx', 'Leaky-ReLU(x)',
           'activation value', 'ELU family', 'sigmoid(x)', 'GELU (tanh)', ' x', 'x ', '1e6', '(x)', 'W', 'T', 'ReLU6(x)', 'f(x)', 'Q']
out = []
for dpi in (72, 90, 100, 150, 200):
    renderer = RendererAgg(100, 100, dpi)
    for points in (10, 12):
        font = renderer._prepare_font(FontProperties(family='DejaVu Sans', size=points))
        for s in STRINGS:
            font.set_text(s, 0, flags=get_hinting_flag())
            xmin, _ = font.get_bitmap_offset()
            width, height = font.get_width_height()
            descent = font.get_descent() / 64
            out.append({'text': s, 'pixels': points * dpi / 72, 'xMin': xmin / 64, 'advance': width / 64,
                        'bottom': -descent, 'top': height / 64 - descent})

heights = []
for dpi in (72, 90, 100, 150, 200):
    renderer = RendererAgg(100, 100, dpi)
    for points in (10, 12):
        font = renderer._prepare_font(FontProperties(family='DejaVu Sans', size=points))
        for ch in 'xoHOlp0adgtn1eEy()Q,':
            font.set_text(ch, 0, flags=get_hinting_flag())
            descent = font.get_descent() / 64
            _, height = font.get_width_height()
            heights.append({'char': ch, 'pixels': points * dpi / 72, 'bottom': -descent, 'top': height / 64 - descent})

path = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'glyphs.json')
with open(path, 'w') as f:
    rows = ',\n'.join(json.dumps(c) for c in out)
    glyphs = ',\n'.join(json.dumps(c) for c in heights)
    f.write(f'{{"matplotlib": "{matplotlib.__version__}", "cases": [\n{rows}\n],\n"heights": [\n{glyphs}\n]}}\n')
print(f'{len(out)} cases -> {os.path.normpath(path)}')

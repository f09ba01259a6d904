"""
Text widths as matplotlib's Agg backend measures them (FT2Font at hinting_factor 8, autohinted as
text.hinting 'force_autohint' asks): each string's width and bitmap offset, for the unit tests of
src/text/agg-text.ts. A development tool (needs Debian's python3-matplotlib); the tests only read its output,
test/fixtures/text/widths.json.
"""
import json
import os

from matplotlib import font_manager
from matplotlib.ft2font import FT2Font, LOAD_FORCE_AUTOHINT

STRINGS = [
    'Sigmoid', 'Tanh', 'ReLU', 'Leaky ReLU', 'GELU', 'Swish', 'SiLU', 'Mish', 'Softplus', 'ELU', 'SELU',
    'Activation functions', 'Derivative', 'Input', 'Output', 'x', 'f(x)', 'y', 'tanh(x)', 'sigmoid(x)',
    'beta = 1.5', 'Hardswish', 'LogSigmoid', 'GEGLU', 'SwiGLU', 'Two panels', 'value', 'gradient',
    '\u22125', '\u22122.5', '0.0', '1.5', '10', '0.25', '\u22121.0', '100', '2', '4', '6', '8',
]
SIZES = [8, 10, 12, 14.4, 16, 20]

out = []
for weight in ['normal', 'bold']:
    font = FT2Font(font_manager.findfont(font_manager.FontProperties(family='DejaVu Sans', weight=weight)),
                   hinting_factor=8)
    for size in SIZES:
        font.set_size(size, 100)
        for s in STRINGS:
            font.set_text(s, 0, flags=LOAD_FORCE_AUTOHINT)
            out.append({'text': s, 'weight': weight, 'points': size, 'dpi': 100,
                        'width': font.get_width_height()[0] / 64, 'offset': font.get_bitmap_offset()[0] / 64})
path = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'text', 'widths.json')
with open(path, 'w') as f:
    json.dump({'source': 'scripts/make-text-widths.py (matplotlib 3.6 FT2Font)', 'strings': out}, f, indent=0)
print(len(out), 'strings written to', os.path.normpath(path))

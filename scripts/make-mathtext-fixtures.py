"""matplotlib's own mathtext layout, for the contract tests of src/mathtext (test/fixtures/mathtext.json): for each
string, font size, dpi and fontset, the box the Agg backend measures (width, height, depth in pixels, as
`MathTextParser('agg').parse` returns them) and the glyphs and rules `ship` places, with the hinting the Agg
backend uses (its font file, character, position and metrics). Also the tables the typesetter reads:
matplotlib's TeX symbol names (tex2uni), the STIX virtual fonts and the Bakoma prime (src/mathtext/tables.json).
Run with Debian's python3-matplotlib (3.6):
/usr/bin/python3 scripts/make-mathtext-fixtures.py
"""
import json
import os

import matplotlib
matplotlib.use('Agg')
from matplotlib import _mathtext, _mathtext_data  # noqa: E402
from matplotlib.backends import backend_agg  # noqa: E402
from matplotlib.font_manager import FontProperties  # noqa: E402
from matplotlib.mathtext import MathTextParser  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

STRINGS = [
    r'$\sigma(x)$',
    r'$\phi(z)$',
    r'$\beta=0.5$',
    r'$\frac{1}{1+e^{-x}}$',
    r"$f'(x)$",
    r"$f''(x)$",
    r'$e^{-x}$',
    r'$x_i^2$',
    r'$x^{2^{n}}$',
    r'$\dfrac{1}{1+e^{-x}}$',
    r'$\sqrt{x}$',
    r'$\sqrt[3]{x}$',
    r'$\sqrt{\frac{2}{\pi}}$',
    r'$\left(\frac{x}{2}\right)$',
    r'$\left[x+1\right]$',
    r'$\left\{x\right\}$',
    r'$\left|x\right|$',
    r'$\alpha\beta\gamma\delta\epsilon\lambda\mu\pi\theta$',
    r'$\Gamma\Delta\Theta\Lambda\Sigma\Phi\Psi\Omega$',
    r'$a\cdot b\times c\pm d$',
    r'$x\leq y\geq z\neq w$',
    r'$a\approx b\sim c\equiv d$',
    r'$x\to\infty$',
    r'$x\rightarrow 0$',
    r'$\partial f/\partial x$',
    r'$\nabla f$',
    r'$\sum_{i=1}^{n} x_i$',
    r'$\prod_i x_i$',
    r'$\int_0^x e^{-t^2}dt$',
    r'$\sin x+\cos x$',
    r'$\tanh(x)$',
    r'$\exp(x)$',
    r'$\log x$',
    r'$\ln(1+e^x)$',
    r'$\max(0, x)$',
    r'$\min(0,x)$',
    r'$\operatorname{GELU}(x)$',
    r'$\mathrm{ReLU}(x)$',
    r'$\mathit{sw}$',
    r'$\mathbf{W}x$',
    r'$\mathsf{SiLU}$',
    r'$\mathcal{L}$',
    r'$a\,b\;c\quad d\!e$',
    r'$\hat{y}$',
    r'$\bar{x}$',
    r'$\tilde{x}$',
    r'$\dot{x}$',
    r'$\vec{v}$',
    r'$\overline{xy}$',
    r'Sigmoid $\sigma(x)$',
    r'GELU: $x\Phi(x)$',
    r'costs \$5 and $x$',
    r'$0.5x(1+\tanh[\sqrt{2/\pi}(x+0.044715x^3)])$',
    r'$x\cdot\sigma(\beta x)$',
    r'$f(x)=\max(0,x)$',
    r'$-1$',
]

# (font size in points, dpi): the sizes of titles, labels and legends at the dpis figures use.
SIZES = [(10, 100), (12, 72), (14, 200), (8, 150)]

# The alphabets STIX draws from its Mathematical Alphanumeric Symbols (hinted as Latin by FreeType).
STIX_ALPHABETS = [r'$\mathsf{SiLU}$', r'$\mathbb{R}^n$', r'$\mathcal{L}_1$', r'$\mathfrak{g}$', r'$\mathsf{x}$',
                  r'$\mathbf{W}x$', r'$\mathit{sw}$']

SERIF = [r'$\sigma(x)$', r'$\frac{1}{1+e^{-x}}$', r"$f'(x)$", r'$\sqrt{x}$', r'$\mathcal{L}$', r'Sigmoid $\beta=1$']


def font_file(font):
    return os.path.basename(font.fname)


def layout(s, size, dpi, fontset, family='DejaVu Sans'):
    """The Agg parse's box and the glyphs and rules ship places, with the Agg backend's hinting."""
    prop = FontProperties(family=family, size=size, math_fontfamily=fontset)
    raster = MathTextParser('agg').parse(s, dpi, prop)
    fonts = {'dejavuserif': _mathtext.DejaVuSerifFonts, 'stix': _mathtext.StixFonts,
             'cm': _mathtext.BakomaFonts}.get(fontset, _mathtext.DejaVuSansFonts)
    fs = fonts(prop, backend_agg.get_hinting_flag())
    box = _mathtext.Parser().parse(s, fs, prop.get_size_in_points(), dpi)
    out = _mathtext.ship(box)
    glyphs = [
        {
            'file': font_file(info.font),
            'code': int(info.num),
            'size': float(info.fontsize),
            'x': float(ox),
            'y': float(oy),
            'iceberg': float(info.metrics.iceberg),
            'width': float(info.metrics.width),
            'advance': float(info.metrics.advance),
            'xmin': float(info.metrics.xmin),
            'xmax': float(info.metrics.xmax),
            'ymin': float(info.metrics.ymin),
            'ymax': float(info.metrics.ymax),
        }
        for ox, oy, info in out.glyphs
    ]
    rects = [[float(v) for v in r] for r in out.rects]
    return {
        'tex': s,
        'size': size,
        'dpi': dpi,
        'fontset': fontset,
        'width': float(raster.width),
        'height': float(raster.height),
        'depth': float(raster.depth),
        'box': {'width': float(box.width), 'height': float(box.height), 'depth': float(box.depth)},
        'glyphs': glyphs,
        'rects': rects,
    }


def figure_strings():
    """Every math string of the mathtext reference figures (scripts/make-references.py), at the size and dpi it is
    drawn at there (titles 12 pt, labels, legend entries and legend titles 10 pt), with the Agg box."""
    import re
    from matplotlib import cbook
    with open(os.path.join(HERE, '..', 'test', 'fixtures', 'cases', 'cases.json')) as f:
        cases = json.load(f)['cases']
    found = set()
    for case in cases:
        if not case['name'].startswith('mathtext'):
            continue
        args = case['args']
        dpi = int(args[args.index('--dpi') + 1]) if '--dpi' in args else 100
        for i, a in enumerate(args[:-1]):
            if a in ('--title', '--xlabel', '--ylabel', '--label'):
                found.add((args[i + 1], 12 if a == '--title' else 10, dpi))
            if a == '--legend':
                m = re.search(r"title='([^']*)'", args[i + 1])
                if m:
                    found.add((m.group(1), 10, dpi))
    out = []
    for tex, size, dpi in sorted(found):
        if cbook.is_math_text(tex):
            r = MathTextParser('agg').parse(tex, dpi, FontProperties(size=size))
            out.append({'tex': tex, 'size': size, 'dpi': dpi, 'width': float(r.width), 'height': float(r.height),
                        'depth': float(r.depth)})
    return out


def errors():
    """The strings matplotlib refuses, with its message."""
    bad = [r'$\text{x}$', r'$x^{2$', r'$\frac{1}$', r'$\foo$', r'$x^2^3$', r'$\left(x$', r'$\sqrt$']
    out = []
    for s in bad:
        try:
            MathTextParser('agg').parse(s, 100, FontProperties(size=10))
            out.append({'tex': s, 'error': None})
        except ValueError as err:
            out.append({'tex': s, 'error': str(err).strip().splitlines()[-1]})
    return out


def tables():
    return {
        'tex2uni': dict(sorted(_mathtext_data.tex2uni.items())),
        'stixVirtualFonts': {
            name: ({cls: [list(r) for r in ranges] for cls, ranges in m.items()} if isinstance(m, dict)
                   else [list(r) for r in m])
            for name, m in _mathtext_data.stix_virtual_fonts.items()
        },
        'stixGlyphFixes': {str(k): v for k, v in _mathtext_data.stix_glyph_fixes.items()},
        'bakomaPrime': list(_mathtext_data.latex_to_bakoma[r'\prime']),
        'latexToBakoma': {k: list(v) for k, v in _mathtext_data.latex_to_bakoma.items()},
        'bakomaSizeAlternatives': {k: [list(a) for a in v] for k, v in _mathtext.BakomaFonts._size_alternatives.items()},
    }


def main():
    cases = [layout(s, size, dpi, 'dejavusans') for size, dpi in SIZES for s in STRINGS]
    cases += [layout(s, 10, 100, 'dejavuserif', 'DejaVu Serif') for s in SERIF]
    # The STIX fontset, its text in DejaVu Sans (the default font.family): every string at two sizes.
    cases += [layout(s, size, dpi, 'stix') for size, dpi in SIZES[:2] for s in STRINGS]
    cases += [layout(s, size, dpi, 'stix') for size, dpi in SIZES[:3] for s in STIX_ALPHABETS]
    # The Computer Modern fontset (BaKoMa's fonts, STIX for what they lack), every string at two sizes.
    cases += [layout(s, size, dpi, 'cm') for size, dpi in SIZES[:2] for s in STRINGS + STIX_ALPHABETS]
    fixture = {'matplotlib': matplotlib.__version__, 'cases': cases, 'figureStrings': figure_strings(),
               'errors': errors()}
    path = os.path.join(HERE, '..', 'test', 'fixtures', 'mathtext.json')
    with open(path, 'w') as f:
        json.dump(fixture, f, indent=1)
        f.write('\n')
    with open(os.path.join(HERE, '..', 'src', 'mathtext', 'tables.json'), 'w') as f:
        json.dump(tables(), f, separators=(',', ':'))
        f.write('\n')
    print(f'{len(cases)} cases, {len(fixture["errors"])} errors')


if __name__ == '__main__':
    main()

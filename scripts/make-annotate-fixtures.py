"""matplotlib's own annotate() arrows, for the contract test of layout/arrows.ts (test/fixtures/annotate-arrows.json):
for each call, the text's box and the annotated point in display units (pixels, y up) and the arrow's paths as
FancyArrowPatch computes them, at two dpis. Run with Debian's python3-matplotlib:
/usr/bin/python3 scripts/make-annotate-fixtures.py
"""
import json

import matplotlib
matplotlib.use('Agg')
from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.path import Path  # noqa: E402

CALLS = [
    ("'kink', xy=(0, 0), xytext=(-2, 2), arrowprops={'arrowstyle': '->'}"),
    ("'max', xy=(2, 2), xytext=(0.5, 2.5), arrowprops=dict(facecolor='black', shrink=0.05)"),
    ("'curve', xy=(1, 1), xytext=(2, 0.3), arrowprops=dict(arrowstyle='-|>', connectionstyle='arc3,rad=0.3')"),
    ("'both', xy=(-1, -1), xytext=(1, -2), arrowprops=dict(arrowstyle='<|-|>', lw=2, shrinkA=0, shrinkB=5)"),
    ("'open', xy=(2, -2), xytext=(-2.5, -1), arrowprops=dict(arrowstyle='<->, head_length=0.8, head_width=0.4')"),
    ("'plain', xy=(-2, 1), xytext=(-1, 2.5), arrowprops=dict(arrowstyle='-', connectionstyle='arc3,rad=-0.5')"),
    ("'simple', xy=(0, 2), xytext=(1.5, 1.2), arrowprops=dict(arrowstyle='simple', fc='C2')"),
    ("'fat', xy=(0.5, 0.5), xytext=(2.5, 2.8), arrowprops=dict(arrowstyle='simple, head_length=1, head_width=1, tail_width=0.4', connectionstyle='arc3,rad=0.2')"),
    ("'short', xy=(1.2, 0), xytext=(1.3, 0.1), arrowprops=dict(arrowstyle='simple')"),
    ("'old', xy=(-2.5, -2.5), xytext=(-1, -1.5), arrowprops=dict(width=2, headwidth=8, headlength=6, shrink=0.1)"),
    ("'below', xy=(2.5, 1), xytext=(2.5, -1), arrowprops=dict(), fontsize=14"),
    ("'', xy=(-1.5, 2), xytext=(-2.5, 2.8), arrowprops=dict(arrowstyle='->', relpos=(0, 1), mutation_scale=20)"),
    ("'offset', xy=(0, -2), xytext=(30, -20), textcoords='offset points', arrowprops=dict(arrowstyle='->', shrinkA=10)"),
    # With a bbox the arrow starts at the patch's outline (its corners rounded, grown by half its edge width).
    ("'round', xy=(1, 1), xytext=(-1.5, 2), bbox=dict(boxstyle='round', fc='w'), arrowprops=dict(arrowstyle='->')"),
    ("'square', xy=(-1, -1), xytext=(1.5, -2.2), bbox=dict(boxstyle='square,pad=0.5', fc='0.9', lw=2), arrowprops=dict(arrowstyle='-|>', connectionstyle='arc3,rad=0.3')"),
    ("'corner', xy=(2.5, 2.5), xytext=(0, 0), fontsize=14, bbox=dict(boxstyle='round,pad=1', ec='none'), arrowprops=dict(arrowstyle='->', shrinkA=0)"),
]


def paths_of(annotation, renderer):
    annotation.update_positions(renderer)
    patch = annotation.arrow_patch
    patch._dpi_cor = renderer.points_to_pixels(1.)
    path, fillable = patch._get_path_in_displaycoord()
    if not isinstance(fillable, list):
        path, fillable = [path], [fillable]
    out = []
    for p, f in zip(path, fillable):
        codes = [int(c) for c in (p.codes if p.codes is not None else [Path.MOVETO] + [Path.LINETO] * (len(p.vertices) - 1))]
        out.append({"vertices": [[float(x), float(y)] for x, y in p.vertices], "codes": codes, "fillable": bool(f)})
    return out


cases = []
for dpi in (100, 72):
    for call in CALLS:
        plt.close('all')
        fig, ax = plt.subplots(dpi=dpi)
        ax.set_xlim(-3, 3)
        ax.set_ylim(-3, 3)
        a = eval(f"ax.annotate({call})")  # noqa: S307 - the script's own literal calls
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        from matplotlib.text import Text
        bbox = Text.get_window_extent(a, renderer)
        patch = a.get_bbox_patch()
        if patch is not None:
            ext = patch.get_window_extent(renderer)
            style = patch.get_boxstyle()
            size = patch.get_mutation_scale()
            radius = (style.rounding_size or style.pad) * size if type(style).__name__ == 'Round' else 0
            grow = patch.get_linewidth() / 2 if patch.get_edgecolor()[3] != 0 else 0
        cases.append({
            **({"patch": [ext.x0, ext.y0, ext.x1, ext.y1, radius, grow]} if patch is not None else {}),
            "call": call,
            "dpi": dpi,
            "fontsize": a.get_fontsize(),
            "box": [bbox.x0, bbox.y0, bbox.x1, bbox.y1],
            "end": [float(v) for v in a._get_position_xy(renderer)],
            "paths": paths_of(a, renderer),
        })
json.dump({"matplotlib": matplotlib.__version__, "codes": {"MOVETO": 1, "LINETO": 2, "CURVE3": 3, "CLOSEPOLY": 79},
           "cases": cases}, open("test/fixtures/annotate-arrows.json", "w"), indent=0)
print(len(cases), "cases")

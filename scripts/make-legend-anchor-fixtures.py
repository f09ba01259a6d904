"""Where matplotlib puts a legend given bbox_to_anchor, an (x, y) loc and its padding keywords
(test/fixtures/legend-anchor.json), and where tight_layout then puts the axes.

Each case is drawn as `actplot sigmoid tanh relu --style matplotlib --label ...` draws it (6.4x4.8 inches,
100 dpi), with the legend() keywords given as text, the same text actplot's --legend takes. The legend's frame
and the axes are printed in canvas pixels, top-left origin.
Run with Debian's python3-matplotlib and python3-torch: /usr/bin/python3 scripts/make-legend-anchor-fixtures.py
"""
import json

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import torch

CASES = [
    {"legend": "bbox_to_anchor=(1.02, 1), loc='upper left', borderaxespad=0"},
    {"legend": "bbox_to_anchor=(1.02, 1), loc='upper left'", "tight": True},
    {"legend": "loc='center left', bbox_to_anchor=(1, 0.5)"},
    {"legend": "bbox_to_anchor=(0, 1.02, 1, 0.2), loc='lower center', ncol=3", "tight": True},
    {"legend": "loc=(0.05, 0.55)"},
    {"legend": "loc=(0.5, 0.5), bbox_to_anchor=(0.2, 0.1, 0.5, 0.5)"},
    {"legend": "bbox_to_anchor=(0.5, 0.5), loc='best'"},
    {"legend": "loc='lower right', bbox_to_anchor=(0.9, 0.1, 0.1, 0.1), borderpad=1.5, labelspacing=2, "
               "handlelength=1, handletextpad=2, fontsize=12"},
    {"legend": "bbox_to_anchor=(0., 1.02, 1., .102), loc='lower left', ncol=2, mode='expand', borderaxespad=0.",
     "tight": True},
    {"legend": "mode='expand', loc='upper center', title='activation'"},
    {"legend": "loc='upper right', markerscale=2, shadow=True, title='t', title_fontsize=14, columnspacing=3, ncol=2"},
]
LABELS = ["sigmoid", "tanh", "ReLU"]

out = []
x = torch.arange(-5.0, 5.0, 0.01)
for case in CASES:
    fig = plt.figure(dpi=100)
    for label, f in zip(LABELS, [torch.sigmoid, torch.tanh, torch.relu]):
        plt.plot(x, f(x), label=label)
    legend = plt.legend(**eval(f"dict({case['legend']})"))
    if case.get("tight"):
        plt.tight_layout()
    fig.canvas.draw()
    height = fig.bbox.height

    def box(bb):
        return {"left": bb.x0, "top": height - bb.y1, "right": bb.x1, "bottom": height - bb.y0}

    out.append({**case, "frame": box(legend.get_frame().get_window_extent()), "axes": box(plt.gca().bbox)})
    plt.close(fig)

json.dump({"matplotlib": matplotlib.__version__, "labels": LABELS, "cases": out},
          open("test/fixtures/legend-anchor.json", "w"), indent=1)
print(json.dumps(out, indent=1))

"""Where matplotlib's legend loc='best' puts the legend for long curves (test/fixtures/legend-best.json).

Each case is drawn as `actplot` draws several functions on one axes (8x4 inches, 100 dpi, x label, grid,
line width 2, labels, legend at 'best'); the legend's box is printed in canvas pixels, top-left origin.
Run with Debian's python3-matplotlib and python3-torch: /usr/bin/python3 scripts/make-legend-fixtures.py
"""
import json

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import torch

CASES = [
    {"exprs": ["sin(4000*x)*2", "abs(x)", "2-abs(x)"], "from": -3, "to": 3, "num": 600000},
    {"exprs": ["sin(5000*x)", "sin(7*x)"], "from": -3, "to": 3, "num": 600000},
    {"exprs": ["x^3", "sin(4000*x)*x"], "from": -3, "to": 3, "num": 600000},
]


# The same formulas as actplot's expressions, written out in numpy.
FORMULAS = {
    "sin(4000*x)*2": lambda x: np.sin(4000 * x) * 2,
    "abs(x)": np.abs,
    "2-abs(x)": lambda x: 2 - np.abs(x),
    "sin(5000*x)": lambda x: np.sin(5000 * x),
    "sin(7*x)": lambda x: np.sin(7 * x),
    "x^3": lambda x: x**3,
    "sin(4000*x)*x": lambda x: np.sin(4000 * x) * x,
}


out = []
for case in CASES:
    # actplot's --num: torch.linspace's float32 values.
    x = torch.linspace(case["from"], case["to"], case["num"], dtype=torch.float32).numpy().astype(np.float64)
    fig = plt.figure(figsize=(8, 4), dpi=100)
    plt.xlabel("x")
    plt.grid()
    for e in case["exprs"]:
        plt.plot(x, FORMULAS[e](x), linewidth=2, label=e)
    legend = plt.legend(loc="best")
    fig.canvas.draw()
    bb = legend.get_frame().get_window_extent()
    height = fig.bbox.height
    out.append({**case, "box": {"left": bb.x0, "top": height - bb.y1, "right": bb.x1, "bottom": height - bb.y0}})
    plt.close(fig)

json.dump({"matplotlib": matplotlib.__version__, "cases": out}, open("test/fixtures/legend-best.json", "w"), indent=1)
print(json.dumps(out, indent=1))

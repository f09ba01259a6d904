"""Where plt.tight_layout() puts the axes, and the page savefig(bbox_inches='tight') keeps
(test/fixtures/tight-layout.json), for the contract tests of actplot's.

Each case is drawn as actplot draws it (see scripts/make-references.py for the same figures as images); the
axes positions are printed in figure fractions, as ax.get_position() gives them, and the tight bounding box
(pad_inches 0.1, savefig's default) in inches.
Run with Debian's python3-matplotlib and python3-torch: /usr/bin/python3 scripts/make-tight-fixtures.py
"""
import json

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import torch  # noqa: E402

F = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "relu": torch.relu, "gelu": torch.nn.functional.gelu}
LABEL = {"sigmoid": "sigmoid(x)", "tanh": "tanh(x)", "relu": "ReLU(x)", "gelu": "GELU(x)"}


def two():
    x = torch.arange(-7.0, 7.0, 0.01)
    plt.figure(figsize=(8, 4))
    plt.title("Two"); plt.xlabel("x"); plt.ylabel("f(x)"); plt.grid()
    for name in ["sigmoid", "tanh"]:
        plt.plot(x, F[name](x), label=LABEL[name], linewidth=2)
    plt.legend(loc="best")
    plt.tight_layout(pad=0.5)


def grid():
    x = torch.arange(-5.0, 5.0, 0.1)
    plt.figure(figsize=(8, 6))
    for i, (title, name, ylabel) in enumerate([("sigmoid", "sigmoid", "f(x)"), ("tanh", "tanh", None),
                                               ("ReLU", "relu", "f(x)"), ("GELU", "gelu", None)]):
        plt.subplot(2, 2, i + 1); plt.title(title); plt.xlabel("x"); plt.grid()
        if ylabel:
            plt.ylabel(ylabel)
        plt.plot(x, F[name](x), color="blue", label=LABEL[name], linewidth=2); plt.legend(loc="upper left")
    plt.tight_layout(w_pad=3, h_pad=2)


CASES = [
    ("two", ["sigmoid", "tanh", "--title", "Two", "--ylabel", "f(x)", "--tight-layout", "pad=0.5"], two),
    ("grid", ["sigmoid", "--from", "-5", "--to", "5", "--step", "0.1", "--title", "sigmoid", "--ylabel", "f(x)",
              "--panel", "tanh", "--from", "-5", "--to", "5", "--step", "0.1", "--title", "tanh",
              "--panel", "relu", "--from", "-5", "--to", "5", "--step", "0.1", "--title", "ReLU", "--ylabel", "f(x)",
              "--panel", "gelu", "--from", "-5", "--to", "5", "--step", "0.1", "--title", "GELU",
              "--layout", "2x2", "--size", "8x6", "--tight-layout", "w_pad=3, h_pad=2"], grid),
]

out = []
for name, args, draw in CASES:
    plt.close("all")
    draw()
    fig = plt.gcf()
    positions = [[p.x0, p.y0, p.x1, p.y1] for p in (ax.get_position() for ax in fig.axes)]
    bbox = fig.get_tightbbox(fig.canvas.get_renderer()).padded(0.1)
    out.append({"name": name, "args": args, "positions": positions, "bboxInches": [bbox.width, bbox.height]})
json.dump({"matplotlib": matplotlib.__version__, "cases": out}, open("test/fixtures/tight-layout.json", "w"), indent=1)
print(json.dumps(out))

"""str(module) of PyTorch's activation modules, the titles of PyTorch's activation images (its docs script
titles each figure plt.title(module)), for the contract test of the pytorch-docs style
(test/fixtures/torch-repr.json). Run with Debian's python3-torch: /usr/bin/python3 scripts/make-torch-repr-fixtures.py

Each case: actplot's function name, its parameters as actplot is given them, and the module built with the same
arguments. A float parameter is passed as a float, as a script writes it (ELU(alpha=2.0)).
"""
import json

import torch
import torch.nn as nn

CASES = [
    ("sigmoid", {}, nn.Sigmoid()),
    ("tanh", {}, nn.Tanh()),
    ("relu", {}, nn.ReLU()),
    ("leaky-relu", {}, nn.LeakyReLU()),
    ("leaky-relu", {"negative_slope": 0.1}, nn.LeakyReLU(negative_slope=0.1)),
    ("gelu", {}, nn.GELU()),
    ("gelu", {"approximate": "tanh"}, nn.GELU(approximate="tanh")),
    ("silu", {}, nn.SiLU()),
    ("elu", {}, nn.ELU()),
    ("elu", {"alpha": 2}, nn.ELU(alpha=2.0)),
    ("elu", {"alpha": 1e-05}, nn.ELU(alpha=1e-05)),
    ("selu", {}, nn.SELU()),
    ("celu", {}, nn.CELU()),
    ("celu", {"alpha": 0.5}, nn.CELU(alpha=0.5)),
    ("softplus", {}, nn.Softplus()),
    ("softplus", {"beta": 2}, nn.Softplus(beta=2)),
    ("softplus", {"beta": 0.5, "threshold": 10}, nn.Softplus(beta=0.5, threshold=10)),
    ("softsign", {}, nn.Softsign()),
    ("softshrink", {}, nn.Softshrink()),
    ("softshrink", {"lambd": 1}, nn.Softshrink(lambd=1.0)),
    ("hardshrink", {}, nn.Hardshrink()),
    ("hardtanh", {}, nn.Hardtanh()),
    ("hardtanh", {"min_val": -2, "max_val": 2}, nn.Hardtanh(min_val=-2.0, max_val=2.0)),
    ("hardsigmoid", {}, nn.Hardsigmoid()),
    ("hardswish", {}, nn.Hardswish()),
    ("relu6", {}, nn.ReLU6()),
    ("log-sigmoid", {}, nn.LogSigmoid()),
    ("prelu", {}, nn.PReLU()),
    ("rrelu", {}, nn.RReLU()),
    ("rrelu", {"lower": 0.1, "upper": 0.3}, nn.RReLU(lower=0.1, upper=0.3)),
    ("mish", {}, nn.Mish()),
    ("tanhshrink", {}, nn.Tanhshrink()),
    ("threshold", {"threshold": 0, "value": 0.5}, nn.Threshold(0.0, 0.5)),
    ("threshold", {"threshold": 1, "value": -1}, nn.Threshold(1.0, -1.0)),
]
out = [{"function": name, "params": params, "repr": str(module)} for name, params, module in CASES]
json.dump({"torch": torch.__version__, "cases": out}, open("test/fixtures/torch-repr.json", "w"), indent=1)
print(len(out), "cases")

"""PyTorch's own signatures of torch.nn.functional's elementwise activations and of torch.nn's activation
modules: the parameters after the input (or self), in order, as a script passes them in order or by name
(test/fixtures/torch-signatures.json, for the expression reader's binding of F.leaky_relu(x, 0.2, True) and
nn.PReLU(init=0.1)). Run with Debian's python3-torch: /usr/bin/python3 scripts/make-torch-signature-fixtures.py

Functions written in Python give inspect.signature(); PyTorch's built-in ones (gelu, softplus, ...) state
theirs on the first line of their docstring, 'gelu(input, approximate = 'none') -> Tensor'.
"""
import inspect
import json
import os
import re

import torch
import torch.nn as nn
import torch.nn.functional as F

FUNCTIONAL = ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'gelu', 'silu', 'mish', 'elu', 'selu', 'celu', 'softplus',
              'softsign', 'softshrink', 'hardshrink', 'hardtanh', 'hardsigmoid', 'hardswish', 'relu6', 'rrelu',
              'logsigmoid', 'tanhshrink', 'threshold', 'prelu']
MODULES = ['Sigmoid', 'Tanh', 'ReLU', 'LeakyReLU', 'GELU', 'SiLU', 'Mish', 'ELU', 'SELU', 'CELU', 'Softplus',
           'Softsign', 'Softshrink', 'Hardshrink', 'Hardtanh', 'Hardsigmoid', 'Hardswish', 'ReLU6', 'RReLU',
           'LogSigmoid', 'Tanhshrink', 'Threshold', 'PReLU']


def after_first(names):
    return [n for n in names[1:] if n not in ('*',)]


def functional(name):
    f = getattr(F, name)
    try:
        return after_first(list(inspect.signature(f).parameters))
    except ValueError:
        first = f.__doc__.strip().splitlines()[0]
        inside = re.match(r'\w+\((.*)\)', first).group(1)
        return after_first([a.split('=')[0].strip() for a in inside.split(',')])


def module(cls):
    return after_first(list(inspect.signature(getattr(nn, cls).__init__).parameters))


out = {
    'torch': torch.__version__,
    'functional': {n: functional(n) for n in FUNCTIONAL},
    'modules': {c: module(c) for c in MODULES},
}
path = os.path.join(os.path.dirname(__file__), '..', 'test', 'fixtures', 'torch-signatures.json')
with open(path, 'w') as f:
    json.dump(out, f, indent=1)
    f.write('\n')
print(f'{len(out["functional"])} functions and {len(out["modules"])} modules written to {os.path.normpath(path)}')

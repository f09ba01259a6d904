#!/usr/bin/env python3
"""Writes test/fixtures/expressions.json: expressions as scripts write them (comparisons as numbers, where, clamp
and clip, PyTorch's activations with their parameters in order, torch.nn modules called at once), each with the text actplot reads and the value and
derivative PyTorch's autograd gives in float64 at a few points, boundaries included. A development tool (needs
Debian's python3-torch); the tests only read its output.

    /usr/bin/python3 scripts/make-expression-fixtures.py
"""
import json
import os

import torch
import torch.nn as nn
import torch.nn.functional as F

NORMAL = torch.distributions.Normal(torch.tensor(0.0, dtype=torch.float64), torch.tensor(1.0, dtype=torch.float64))
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'test', 'fixtures', 'expressions.json')
POINTS = [-3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 6.0, 7.5]

# (actplot's text, the same in PyTorch)
CASES = [
    ('x * (x > 0)', lambda x: x * (x > 0)),
    ('(x >= 0) - (x < -1)', lambda x: (x >= 0).double() - (x < -1).double()),
    ('np.where(x > 0, x, 0.01 * x)', lambda x: torch.where(x > 0, x, 0.01 * x)),
    ('torch.where((x > -1) & (x < 1), x, 0 * x)', lambda x: torch.where((x > -1) & (x < 1), x, 0 * x)),
    ('torch.where((x < -1) | (x > 1), x ** 2, x)', lambda x: torch.where((x < -1) | (x > 1), x ** 2, x)),
    ('torch.clamp(x, min=0, max=6)', lambda x: torch.clamp(x, min=0, max=6)),
    ('torch.clamp(x, min=-1)', lambda x: torch.clamp(x, min=-1)),
    ('np.clip(x, -1, 1)', lambda x: torch.clip(x, -1, 1)),
    ('F.leaky_relu(x, 0.2)', lambda x: F.leaky_relu(x, 0.2)),
    ('F.elu(x, 0.5, inplace=False)', lambda x: F.elu(x, 0.5, inplace=False)),
    ('F.softplus(x, 2, 10)', lambda x: F.softplus(x, 2, 10)),
    ('F.hardtanh(x, -2, 2)', lambda x: F.hardtanh(x, -2, 2)),
    ('F.celu(x, 2.0)', lambda x: F.celu(x, 2.0)),
    ('F.threshold(x, 0.5, -1)', lambda x: F.threshold(x, 0.5, -1)),
    ("F.gelu(x, approximate='tanh')", lambda x: F.gelu(x, approximate='tanh')),
    ('x * torch.sigmoid(1.702 * x) * (x != 0)', lambda x: x * torch.sigmoid(1.702 * x) * (x != 0)),
    ('x * norm.cdf(x)', lambda x: x * torch.special.ndtr(x)),
    # GELU's derivative as numpy scripts write it: Φ(x) + x·φ(x).
    ('norm.cdf(x) + x * norm.pdf(x)', lambda x: torch.special.ndtr(x) + x * torch.exp(NORMAL.log_prob(x))),
    ('0.5 * x * (1 + scipy.special.erf(x / np.sqrt(2)))', lambda x: 0.5 * x * (1 + torch.special.erf(x / 2 ** 0.5))),
    # torch.nn modules built and called at once, parameters in the constructor's order or by name.
    ("nn.GELU(approximate='tanh')(x)", lambda x: nn.GELU(approximate='tanh')(x)),
    ('torch.nn.LeakyReLU()(x) - nn.ReLU()(x)', lambda x: torch.nn.LeakyReLU()(x) - nn.ReLU()(x)),
    ('nn.Softplus(2, 10)(x)', lambda x: nn.Softplus(2, 10)(x)),
    ('nn.ELU(alpha=2, inplace=False)(2 * x)', lambda x: nn.ELU(alpha=2, inplace=False)(2 * x)),
    ('nn.Hardtanh(-2, 2)(x) + nn.Sigmoid()(x)', lambda x: nn.Hardtanh(-2, 2)(x) + nn.Sigmoid()(x)),
    # Arguments as PyTorch's signatures bind them: inplace in order, PReLU's init (its weight made in float64 here,
    # as x is: the slope 0.1 itself, not float32's nearest), Hardtanh's older min_value and max_value, rrelu's
    # training=False in order.
    ('F.leaky_relu(2 * x, 0.2, True)', lambda x: F.leaky_relu(2 * x, 0.2, True)),
    ('nn.ReLU(True)(x - 1) + nn.ELU(0.5, False)(x)', lambda x: nn.ReLU(True)(x - 1) + nn.ELU(0.5, False)(x)),
    ('nn.PReLU(init=0.1)(x)', lambda x: nn.PReLU(init=0.1, dtype=torch.float64)(x)),
    ('nn.PReLU(1, 0.3)(x) - nn.PReLU()(x)',
     lambda x: nn.PReLU(1, 0.3, dtype=torch.float64)(x) - nn.PReLU(dtype=torch.float64)(x)),
    ('nn.Hardtanh(min_value=-0.5, max_value=0.5)(x)', lambda x: nn.Hardtanh(min_value=-0.5, max_value=0.5)(x)),
    ('F.rrelu(x, 0.1, 0.3, False)', lambda x: F.rrelu(x, 0.1, 0.3, False)),
    # A tensor of one number written out is that number: F.prelu's weight, a factor.
    ('F.prelu(x, torch.tensor([0.25])) + x * torch.tensor(-0.5)',
     lambda x: F.prelu(x, torch.tensor([0.25], dtype=torch.float64)) + x * torch.tensor(-0.5, dtype=torch.float64)),
    ('F.prelu(x, torch.full((1,), 0.1))', lambda x: F.prelu(x, torch.full((1,), 0.1, dtype=torch.float64))),
    # Every elementwise activation of torch.nn.functional by its own name, at its defaults (F.threshold has none).
    *[(f'F.{name}(x)', lambda x, name=name: getattr(F, name)(x))
      for name in ['sigmoid', 'tanh', 'relu', 'leaky_relu', 'gelu', 'silu', 'mish', 'elu', 'selu', 'celu', 'softplus',
                   'softsign', 'softshrink', 'hardshrink', 'hardtanh', 'hardsigmoid', 'hardswish', 'relu6', 'rrelu',
                   'logsigmoid', 'tanhshrink']],
    # PyTorch has no derivative for heaviside (autograd refuses it): its values alone.
    ('np.heaviside(x, 0.5)', lambda x: torch.heaviside(x, torch.tensor(0.5, dtype=torch.float64))),
]


def main():
    cases = []
    for text, f in CASES:
        x = torch.tensor(POINTS, dtype=torch.float64, requires_grad=True)
        y = f(x).double()
        # A comparison alone has no slope: autograd has nothing to differentiate.
        try:
            grad = (torch.autograd.grad(y.sum(), x)[0] if y.requires_grad else torch.zeros_like(x)).tolist()
        except RuntimeError:  # not implemented (heaviside)
            grad = None
        cases.append({'text': text, 'x': POINTS, 'y': y.tolist(), 'grad': grad})
    with open(OUT, 'w') as fh:
        json.dump({'torch': torch.__version__, 'cases': cases}, fh, indent=1)
    print(f'{len(cases)} expressions written to {os.path.normpath(OUT)}')


if __name__ == '__main__':
    main()

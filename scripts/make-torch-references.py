"""PyTorch's values of every function actplot draws, for its contract tests. Run with Debian's python3-torch:

    /usr/bin/python3 scripts/make-torch-references.py

Writes test/fixtures/torch-float64.json (values and autograd gradients in float64, each function as torch.nn or
its Python formula defines it: transformers' activations.py for its ACT2CLS names, the gated units as the LLM code
writes them) and test/fixtures/torch-lowp.json (bfloat16 and float16 values from torch on the CPU).
"""
import base64
import json
import math

import torch
import torch.nn.functional as F

torch.set_num_threads(1)
F64 = torch.float64

# -10..10 by 0.01, then the edges where formulas overflow, cancel or saturate.
EXTREMES = [0.0, -0.0, 1e-300, -1e-300, 1e-12, -1e-12, 1e-8, -1e-8, 0.5, -0.5, 1.0, -1.0, 6.0, -6.0, 20.0, -20.0,
            20.5, -20.5, 30.0, -30.0, 50.0, -50.0, 100.0, -100.0, 700.0, -700.0, 710.0, -710.0, 800.0, -800.0,
            10000.0, -10000.0, 1e300, -1e300]
X = [round(-10 + i / 100, 2) for i in range(2001)] + EXTREMES


def gelu_tanh_python(x):
    """transformers' NewGELUActivation, GELUTanh(use_gelu_tanh_python=True) and AccurateGELUActivation."""
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))


def xielu(alpha_p_init=0.8, alpha_n_init=0.8, beta=0.5, eps=-1e-6, dtype=torch.bfloat16):
    """transformers' XIELUActivation._xielu_python with its parameters initialised as __init__ does."""
    alpha_p0 = torch.log(torch.expm1(torch.tensor(alpha_p_init, dtype=dtype))).unsqueeze(0)
    alpha_n0 = torch.log(torch.expm1(torch.tensor(alpha_n_init - beta, dtype=dtype))).unsqueeze(0)
    beta_t = torch.tensor(beta, dtype=dtype)
    eps_t = torch.tensor(eps, dtype=dtype)

    def forward(x):
        alpha_p = F.softplus(alpha_p0)
        alpha_n = beta_t + F.softplus(alpha_n0)
        return torch.where(x > 0, alpha_p * x * x + beta_t * x,
                           (torch.expm1(torch.min(x, eps_t)) - x) * alpha_n + beta_t * x)
    return forward


def laplace(x, mu=0.707107, sigma=0.282095):
    x = (x - mu).div(sigma * math.sqrt(2.0))
    return 0.5 * (1.0 + torch.erf(x))


def swigluoai(alpha=1.702, limit=7.0):
    """GPT-OSS's clamped SwiGLU (vLLM's SwigluOAIAndMul on its interleaved halves): gate, up -> y."""
    def f(gate, up):
        gate = gate.clamp(min=None, max=limit)
        up = up.clamp(min=-limit, max=limit)
        glu = gate * torch.sigmoid(gate * alpha)
        return (up + 1) * glu
    return f


# The gated units as act(gate) * up, the LLM code's own words (LLaMA: down(act(gate_proj(x)) * up_proj(x))).
GATED = {
    "glu": ("torch.sigmoid(gate) * up (torch.nn.GLU on [up, gate])", {}, lambda g, u: torch.sigmoid(g) * u),
    "bilinear": ("gate * up", {}, lambda g, u: g * u),
    "reglu": ("F.relu(gate) * up", {}, lambda g, u: F.relu(g) * u),
    "geglu": ("F.gelu(gate) * up (vLLM's gelu_and_mul)", {"approximate": "none"}, lambda g, u: F.gelu(g) * u),
    "geglu@tanh": ("F.gelu(gate, approximate='tanh') * up (vLLM's gelu_tanh_and_mul)", {"approximate": "tanh"},
                   lambda g, u: F.gelu(g, approximate="tanh") * u),
    "swiglu": ("F.silu(gate) * up (vLLM's silu_and_mul)", {"beta": 1.0}, lambda g, u: F.silu(g) * u),
    "swiglu@2": ("gate * torch.sigmoid(2.0 * gate) * up", {"beta": 2.0},
                 lambda g, u: g * torch.sigmoid(2.0 * g) * u),
    "swigluoai": ("GPT-OSS swiglu(alpha=1.702, limit=7.0)", {"alpha": 1.702, "limit": 7.0}, swigluoai()),
    "swigluoai@3": ("GPT-OSS swiglu(alpha=1.702, limit=3.0)", {"alpha": 1.702, "limit": 3.0}, swigluoai(limit=3.0)),
}

# name@variant: (how torch computes it, actplot's parameters, x -> y on a float64 tensor)
ONE_INPUT = {
    "sigmoid": ("torch.nn.Sigmoid()", {}, torch.sigmoid),
    "tanh": ("torch.nn.Tanh()", {}, torch.tanh),
    "relu": ("torch.nn.ReLU()", {}, F.relu),
    "leaky-relu": ("torch.nn.LeakyReLU()", {"negative_slope": 0.01}, F.leaky_relu),
    "leaky-relu@0.1": ("torch.nn.LeakyReLU(negative_slope=0.1)", {"negative_slope": 0.1},
                       lambda x: F.leaky_relu(x, 0.1)),
    "gelu": ("torch.nn.GELU()", {"approximate": "none"}, F.gelu),
    "gelu@tanh": ("torch.nn.GELU(approximate='tanh')", {"approximate": "tanh"},
                  lambda x: F.gelu(x, approximate="tanh")),
    "swish": ("torch.nn.SiLU()", {"beta": 1.0}, F.silu),
    "swish@2": ("x * torch.sigmoid(2.0 * x)", {"beta": 2.0}, lambda x: x * torch.sigmoid(2.0 * x)),
    "newfun": ("2 * torch.sigmoid(x) - 1", {}, lambda x: 2 * torch.sigmoid(x) - 1),
    "silu": ("torch.nn.SiLU()", {}, F.silu),
    "elu": ("torch.nn.ELU()", {"alpha": 1.0}, F.elu),
    "selu": ("torch.nn.SELU()", {}, F.selu),
    "celu": ("torch.nn.CELU()", {"alpha": 1.0}, F.celu),
    "celu@2": ("torch.nn.CELU(alpha=2.0)", {"alpha": 2.0}, lambda x: F.celu(x, 2.0)),
    "softplus": ("torch.nn.Softplus()", {"beta": 1.0, "threshold": 20.0}, F.softplus),
    "softplus@2": ("torch.nn.Softplus(beta=2.0, threshold=10.0)", {"beta": 2.0, "threshold": 10.0},
                   lambda x: F.softplus(x, 2.0, 10.0)),
    "softsign": ("torch.nn.Softsign()", {}, F.softsign),
    "softshrink": ("torch.nn.Softshrink()", {"lambd": 0.5}, F.softshrink),
    "hardshrink": ("torch.nn.Hardshrink()", {"lambd": 0.5}, F.hardshrink),
    "hardtanh": ("torch.nn.Hardtanh()", {"min_val": -1.0, "max_val": 1.0}, F.hardtanh),
    "hardsigmoid": ("torch.nn.Hardsigmoid()", {}, F.hardsigmoid),
    "hardswish": ("torch.nn.Hardswish()", {}, F.hardswish),
    "relu6": ("torch.nn.ReLU6()", {}, F.relu6),
    "log-sigmoid": ("torch.nn.LogSigmoid()", {}, F.logsigmoid),
    "prelu": ("torch.nn.PReLU() (weight 0.25)", {"weight": 0.25},
              lambda x: F.prelu(x, torch.tensor([0.25], dtype=F64))),
    "rrelu": ("torch.nn.RReLU() in eval mode", {"lower": 0.125, "upper": 1 / 3},
              lambda x: F.rrelu(x, 1 / 8, 1 / 3, training=False)),
    "mish": ("torch.nn.Mish()", {}, F.mish),
    "tanhshrink": ("torch.nn.Tanhshrink()", {}, F.tanhshrink),
    "threshold": ("torch.nn.Threshold(0.0, -1.0)", {"threshold": 0.0, "value": -1.0},
                  lambda x: F.threshold(x, 0.0, -1.0)),
    "quick-gelu": ("x * torch.sigmoid(1.702 * x)", {}, lambda x: x * torch.sigmoid(1.702 * x)),
    # transformers' ACT2CLS names that are functions of their own (the rest are the torch.nn ones above).
    "gelu_10": ("torch.clip(F.gelu(x), -10, 10) (ClippedGELUActivation)", {"min": -10.0, "max": 10.0},
                lambda x: torch.clip(F.gelu(x), -10, 10)),
    "gelu_fast": ("0.5 * x * (1.0 + torch.tanh(x * 0.7978845608 * (1.0 + 0.044715 * x * x)))", {},
                  lambda x: 0.5 * x * (1.0 + torch.tanh(x * 0.7978845608 * (1.0 + 0.044715 * x * x)))),
    "gelu_new": ("NewGELUActivation", {}, gelu_tanh_python),
    "gelu_python": ("x * 0.5 * (1.0 + torch.erf(x / math.sqrt(2.0)))", {},
                    lambda x: x * 0.5 * (1.0 + torch.erf(x / math.sqrt(2.0)))),
    "gelu_pytorch_tanh": ("F.gelu(x, approximate='tanh') (GELUTanh)", {}, lambda x: F.gelu(x, approximate="tanh")),
    "gelu_python_tanh": ("GELUTanh(use_gelu_tanh_python=True)", {},
                         lambda x: x * 0.5 * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) *
                                                                (x + 0.044715 * torch.pow(x, 3.0))))),
    "gelu_accurate": ("AccurateGELUActivation", {},
                      lambda x: 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * torch.pow(x, 3))))),
    "laplace": ("LaplaceActivation (mu=0.707107, sigma=0.282095)", {"mu": 0.707107, "sigma": 0.282095}, laplace),
    "linear": ("LinearActivation", {}, lambda x: x * 1),
    "relu2": ("torch.square(F.relu(x)) (ReLUSquaredActivation)", {}, lambda x: torch.square(F.relu(x))),
    "xielu": ("XIELUActivation() (bfloat16 parameters)", {}, xielu()),
}


def encode(v):
    return "nan" if math.isnan(v) else ("inf" if v == math.inf else ("-inf" if v == -math.inf else v))


def values_and_grads(f, xs):
    x = torch.tensor(xs, dtype=F64, requires_grad=True)
    y = f(x)
    (dy,) = torch.autograd.grad(y.sum(), x)
    return [encode(v) for v in y.detach().tolist()], [encode(v) for v in dy.tolist()]


def gated_views(name, f, params):
    """The one-axis views: both inputs tied to x, and up held at 2."""
    out = {}
    tied = lambda x: f(x, x)  # noqa: E731
    y, dy = values_and_grads(tied, X)
    out[name] = {"torch": GATED[name][0] + " with gate = up = x", "params": params, "y": y, "dy": dy}
    for up in (2.0,):
        held = lambda x, up=up: f(x, torch.full_like(x, up))  # noqa: E731
        y, dy = values_and_grads(held, X)
        key = f"{name.split('@')[0]}@{name.split('@')[1] + ',' if '@' in name else ''}up={up:g}"
        out[key] = {"torch": GATED[name][0] + f" with up = {up:g}", "params": {**params, "up": up}, "y": y, "dy": dy}
    return out


GRID = [-8.0, -3.0, -1.5, -0.5, 0.0, 0.25, 1.0, 2.5, 6.5, 7.0, 7.5, 12.0]


def gated_grid(f):
    """y and both partial derivatives at every (gate, up) pair of GRID x GRID."""
    gates = [g for g in GRID for _ in GRID]
    ups = [u for _ in GRID for u in GRID]
    g = torch.tensor(gates, dtype=F64, requires_grad=True)
    u = torch.tensor(ups, dtype=F64, requires_grad=True)
    y = f(g, u)
    dg, du = torch.autograd.grad(y.sum(), (g, u))
    return {"gate": gates, "up": ups, "y": y.detach().tolist(), "dgate": dg.tolist(), "dup": du.tolist()}


def float64_file():
    functions = {}
    for key, (text, params, f) in ONE_INPUT.items():
        y, dy = values_and_grads(f, X)
        functions[key] = {"torch": text, "params": params, "y": y, "dy": dy}
    for key, (text, params, f) in GATED.items():
        functions.update(gated_views(key, f, params))
    arange = {}
    for a, b, s in [(-6.0, 6.0, 0.1), (-4.0, 4.0, 0.1), (-8.0, 8.0, 0.1), (-7.0, 7.0, 0.01), (0.0, 1.0, 0.3),
                    (-1.0, 1.0, 0.25)]:
        arange[f"{a},{b},{s}"] = torch.arange(a, b, s, dtype=torch.float32).tolist()
    grids = {key: {"torch": text, "params": params, **gated_grid(f)} for key, (text, params, f) in GATED.items()}
    return {"torch": torch.__version__, "dtype": "float64", "x": [encode(v) for v in X], "functions": functions,
            "arange_float32": arange, "gated_grid": grids}


# Low precision: every finite value of the type with 2^-6 <= |x| <= 12, and 0, evaluated by torch on the CPU.
# Debian's torch 1.13 has no CPU kernel for most functions in float16 (and none for mish in bfloat16); there
# each kernel runs in float32 and torch rounds its result to the type, as torch 2's CPU kernels compute it.
# Arithmetic (mul, add, pow) runs in the type itself, as it does in torch.
def native(f):
    def run(x, *args, **kwargs):
        try:
            return f(x, *args, **kwargs)
        except RuntimeError:
            xf = x.float()
            if not x.is_contiguous():  # keep to the scalar path, as the caller asked (see lowp_file)
                xf = torch.stack([xf, xf], 1)[:, 0]
            return f(xf, *args, **kwargs).to(x.dtype)
    return run


sigmoid_, tanh_, silu_, gelu_, mish_ = (native(f) for f in (torch.sigmoid, torch.tanh, F.silu, F.gelu, F.mish))

LOWP = {
    "sigmoid": ("torch.sigmoid", {}, sigmoid_),
    "tanh": ("torch.tanh", {}, tanh_),
    "relu": ("F.relu", {}, native(F.relu)),
    "leaky-relu": ("F.leaky_relu", {"negative_slope": 0.01}, native(F.leaky_relu)),
    "elu": ("F.elu", {"alpha": 1.0}, native(F.elu)),
    "silu": ("F.silu", {}, silu_),
    "softplus": ("F.softplus", {"beta": 1.0, "threshold": 20.0}, native(F.softplus)),
    "mish": ("F.mish", {}, mish_),
    "hardswish": ("F.hardswish", {}, native(F.hardswish)),
    "quick-gelu": ("x * torch.sigmoid(1.702 * x)", {}, lambda x: x * sigmoid_(1.702 * x)),
    "gelu": ("F.gelu", {"approximate": "none"}, gelu_),
    "gelu@tanh": ("F.gelu(approximate='tanh')", {"approximate": "tanh"}, lambda x: gelu_(x, approximate="tanh")),
    "gelu_new": ("NewGELUActivation", {},
                 lambda x: 0.5 * x * (1.0 + tanh_(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))),
    "swiglu": ("F.silu(x) * x", {}, lambda x: silu_(x) * x),
}


def lowp_inputs(dtype):
    bits = torch.arange(0, 0x7C00 if dtype == torch.float16 else 0x7F80, dtype=torch.int32).to(torch.int16)
    pos = bits.view(dtype).to(F64)
    pos = pos[(pos >= 2 ** -6) & (pos <= 12)]
    return torch.cat([torch.tensor([0.0], dtype=F64), -pos.flip(0), pos]).to(dtype)


def b64(t):
    return base64.b64encode(t.contiguous().view(torch.int16).numpy().tobytes()).decode()


def lowp_file():
    out = {"torch": torch.__version__, "note": "x and y are little-endian 16-bit patterns of the type, base64; "
           "a function torch has no CPU kernel for in the type ran in float32, rounded to the type by torch"}
    for name, dtype in (("bfloat16", torch.bfloat16), ("float16", torch.float16)):
        x = lowp_inputs(dtype)
        entry = {"x": b64(x), "functions": {}}
        for key, (text, params, f) in LOWP.items():
            with torch.no_grad():
                y = f(x)
                # torch's vector kernel and its scalar path (a tensor of one element, or a strided one) can round a
                # value apart: keep both answers. Every other element of a doubled tensor takes the scalar path.
                alone = f(torch.stack([x, x], 1)[:, 0])
                differ = (alone.view(torch.int16) != y.view(torch.int16)).nonzero().flatten().tolist()
                entry["functions"][key] = {"torch": text, "params": params, "y": b64(y),
                                           "alone": {str(i): b64(alone[i:i + 1]) for i in differ}}
        out[name] = entry
    return out


def write(path, data):
    with open(path, "w") as f:
        json.dump(data, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    write("test/fixtures/torch-float64.json", float64_file())
    write("test/fixtures/torch-lowp.json", lowp_file())
    print("torch", torch.__version__)

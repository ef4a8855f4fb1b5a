#!/usr/bin/env python3
"""Writes semantics/<op>.csv: rows `a,b,expected` for every LODA arithmetic operation.

The expected values come from this file's own implementation of the rules in
../shared/spec/loda-language.md (sections 2-3), written with Python's exact integers,
independently of the Swift code under test. `inf` means the operation fails (INF).
The spec's worked examples are asserted below before anything is written.

Usage (from the repository root): python3 Tests/LODATests/Fixtures/tools/write_semantics.py
"""
import math, os

LIMIT = 2 ** 3840
INF = None

def chk(x):
    return x if x is not None and abs(x) < LIMIT else INF

def tdiv(a, b):
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q

def sign(x):
    return (x > 0) - (x < 0)

def op_trn(a, b):
    r = chk(a - b)
    return INF if r is None else max(r, 0)

def op_div(a, b):
    return INF if b == 0 else chk(tdiv(a, b))

def op_mod(a, b):
    return INF if b == 0 else chk(a - b * tdiv(a, b))

def op_dif(a, b):
    if b == 0:
        return a
    return tdiv(a, b) if a % b == 0 else a

def op_dir(a, b):
    if b in (0, 1, -1):
        return a
    x = a
    while x != 0 and x % b == 0:
        x = tdiv(x, b)
    return x

def op_pow(a, b):
    if a == 1:
        return 1
    if a == -1:
        return -1 if b % 2 else 1
    if a == 0:
        return 0 if b > 0 else (1 if b == 0 else INF)
    if b < 0:
        return 0
    if (abs(a).bit_length() - 1) * b >= 3840:
        return INF
    return chk(a ** b)

def op_lex(a, b):
    if b in (0, 1, -1) or a == 0:
        return 0
    x, y, c = abs(a), abs(b), 0
    while x % y == 0:
        x //= y
        c += 1
    return c

def op_bin(n, k):
    neg = False
    if n >= 0:
        if k < 0 or k > n:
            return 0
        N, K = n, k
    elif k >= 0:
        N, K, neg = k - n - 1, k, k % 2 == 1
    elif k <= n:
        N, K, neg = -k - 1, n - k, (n - k) % 2 == 1
    else:
        return 0
    if N < 2 * K:
        K = N - K
    if K >= 2 ** 64:
        return INF
    r = 1
    for i in range(K):
        r *= N - i
        if abs(r) >= LIMIT:
            return INF
        r //= i + 1
    return -r if neg else r

def op_fac(a, b):
    if b == 0:
        return 1
    r, x, step, left = 1, a, (1 if b > 0 else -1), abs(b)
    while left > 0:
        r *= x
        if r == 0:
            return 0
        if abs(r) >= LIMIT:
            return INF
        x += step
        left -= 1
    return r

def op_log(a, b):
    if a < 1 or b < 2:
        return INF
    c, p = 0, b
    while p <= a:
        p *= b
        c += 1
    return c

def iroot(a, k):
    lo, hi = 0, 1 << (a.bit_length() // k + 1)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid ** k <= a:
            lo = mid
        else:
            hi = mid - 1
    return lo

def op_nrt(a, b):
    if a < 0 or b < 1:
        return INF
    if a in (0, 1) or b == 1:
        return a
    if b >= a.bit_length():
        return 1
    return iroot(a, b)

def op_dgs(a, b):
    if b < 2:
        return INF
    x, s = abs(a), 0
    while x:
        s += x % b
        x //= b
    return sign(a) * s

def op_dgr(a, b):
    if b < 2:
        return INF
    if a == 0:
        return 0
    return sign(a) * (1 + (abs(a) - 1) % (b - 1))

OPS = {
    "mov": lambda a, b: b,
    "add": lambda a, b: chk(a + b),
    "sub": lambda a, b: chk(a - b),
    "trn": op_trn,
    "mul": lambda a, b: chk(a * b),
    "div": op_div,
    "dif": op_dif,
    "dir": op_dir,
    "mod": op_mod,
    "pow": op_pow,
    "gcd": lambda a, b: math.gcd(a, b),
    "lex": op_lex,
    "bin": op_bin,
    "fac": op_fac,
    "log": op_log,
    "nrt": op_nrt,
    "dgs": op_dgs,
    "dgr": op_dgr,
    "equ": lambda a, b: int(a == b),
    "neq": lambda a, b: int(a != b),
    "leq": lambda a, b: int(a <= b),
    "geq": lambda a, b: int(a >= b),
    "min": min,
    "max": max,
    "ban": lambda a, b: chk(a & b),
    "bor": lambda a, b: chk(a | b),
    "bxo": lambda a, b: chk(a ^ b),
}

# The spec's examples (section 3 and the edge-case table): the implementation above must agree.
SPEC = [
    ("trn", 3, 5, 0), ("trn", -2, -3, 1), ("div", -7, 2, -3), ("div", 7, -2, -3), ("div", -7, -2, 3),
    ("mod", -7, 2, -1), ("mod", 7, -2, 1), ("mod", -7, -2, -1), ("dif", -7, 0, -7), ("dif", 6, -3, -2),
    ("dif", 7, 2, 7), ("dir", 24, 2, 3), ("dir", 8, -2, -1), ("dir", -8, 2, -1), ("dir", 5, -1, 5),
    ("pow", 0, 0, 1), ("pow", 2, -1, 0), ("pow", -1, -3, -1), ("pow", -2, 3, -8), ("pow", 0, -1, INF),
    ("pow", 2, 3840, INF), ("gcd", 0, 0, 0), ("gcd", -5, 0, 5), ("gcd", -12, 18, 6), ("lex", -8, 2, 3),
    ("lex", 8, -2, 3), ("lex", 18, 3, 2), ("lex", 5, 1, 0), ("lex", -4, -2, 2), ("lex", 0, 2, 0),
    ("lex", -24, -2, 3), ("bin", -3, 2, 6), ("bin", -5, 3, -35), ("bin", -5, 2, 15), ("bin", -3, -5, 6),
    ("bin", -5, -6, -5), ("bin", -1, -1, 1), ("bin", -5, -3, 0), ("bin", -5, -2, 0), ("bin", 5, -1, 0),
    ("bin", 3, 5, 0), ("bin", 10, 7, 120), ("bin", 2 ** 1920 + 1, 2, INF), ("fac", 5, 3, 210),
    ("fac", 5, -3, 60), ("fac", -2, -3, -24), ("fac", 0, -3, 0), ("fac", 3, -4, 0), ("fac", -3, 2, 6),
    ("fac", 1, 10 ** 9, INF), ("log", 0, 2, INF), ("log", 8, 1, INF), ("log", 1, 2, 0), ("log", 20, 2, 4),
    ("log", 9999999999, 10, 9), ("log", 10000000000, 10, 10), ("nrt", -8, 3, INF), ("nrt", 5, 0, INF),
    ("nrt", 80, 3, 4), ("nrt", 0, 5, 0), ("nrt", 1000, 1, 1000), ("nrt", 19871237129386461982364836347, 17, 46),
    ("dgs", -123, 10, -6), ("dgs", 255, 16, 30), ("dgs", 123, 1, INF), ("dgs", 12345, 100000, 12345),
    ("dgr", -123, 10, -6), ("dgr", 0, 10, 0), ("dgr", 6, 2, 1), ("dgr", 1235, 10, 2), ("ban", -5, 3, 3),
    ("bor", -5, 3, -5), ("bxo", -5, 3, -8), ("ban", -4, -3, -4), ("bxo", -4, -3, 1),
    ("ban", -10 ** 20, -3, -10 ** 20), ("bxo", 10 ** 20, -1, -10 ** 20 - 1),
    ("nrt", 10 ** 100, 7, 193069772888325), ("log", 10 ** 100, 7, 118),
]
for op, a, b, want in SPEC:
    got = OPS[op](a, b)
    assert got == want, (op, a, b, got, want)

X = 1234567890123456789012345678901234567890123    # 43 digits
Y = 98765432109876543210987654321098765432109      # 41 digits
I64 = 2 ** 63

def signed(pairs):
    out = []
    for a, b in pairs:
        for sa in (1, -1):
            for sb in (1, -1):
                out.append((sa * a, sb * b))
    return out

GENERIC = signed([(7, 2), (12, 18), (X, Y), (X, 3), (5, X), (I64 - 1, 2)]) + [(0, 0), (0, 5), (5, 0), (-I64, -1), (2 ** 3839, 2 ** 3839)]
SPECIFIC = {
    "pow": signed([(3, 5), (X, 3), (2, 3839)]) + [(0, 7), (0, 0), (1, -X), (-1, X), (-1, X + 1), (2, X), (X, -2), (4, 1919), (4, 1920)],
    "bin": signed([(10, 3), (X, 2), (7, 7)]) + [(0, 0), (X, X), (X, X - 1), (30, 15), (-1, -1), (2 ** 1920 + 1, 2), (10 ** 20, 5 * 10 ** 19)],
    "fac": signed([(5, 3), (X, 2), (3, 4)]) + [(0, 0), (0, -3), (0, X), (1, X), (2, 300), (2, 500), (-X, 3)],
    "log": signed([(20, 2), (X, 10), (X, Y)]) + [(1, 2), (0, 2), (1, 1), (2 ** 3839, 2), (2 ** 3839, 3), (Y, X), (10 ** 18, 10), (10 ** 18 - 1, 10)],
    "nrt": signed([(80, 3), (X, 2), (X, 7)]) + [(0, 5), (1, 5), (X, 1), (X, 200), (2 ** 3839, 3839), (2 ** 3839 - 1, 3839), (10 ** 36, 2), (10 ** 36 - 1, 2)],
    "dgs": signed([(123, 10), (X, 10), (X, Y)]) + [(0, 10), (255, 16), (X, 2), (X, 1), (X, 0), (12345, 100000), (I64 - 1, 7)],
    "dgr": signed([(123, 10), (X, 10), (X, Y)]) + [(0, 10), (6, 2), (X, 2), (X, 1), (1235, 10), (I64 - 1, 7)],
    "lex": signed([(24, 2), (3 ** 80, 3), (X, 7)]) + [(0, 2), (5, 1), (5, 0), (5, -1), (2 ** 3839, 2), (2 ** 3839, 4), (-2 ** 62, 2)],
    "dir": signed([(24, 2), (3 ** 80, 3), (X, 7)]) + [(0, 2), (5, 1), (5, 0), (5, -1), (2 ** 3839, 2), (2 ** 3839, -4), (-I64, 2)],
    "dif": signed([(6, 3), (X * 3, 3), (X, Y)]) + [(0, 2), (5, 0), (-I64, -1), (X, X), (7, 2)],
}

def fmt(v):
    return "inf" if v is None else str(v)

out = os.path.join(os.path.dirname(__file__), "..", "semantics")
os.makedirs(out, exist_ok=True)
for op, f in OPS.items():
    rows = SPECIFIC.get(op, []) + GENERIC + [(a, b) for (o, a, b, _) in SPEC if o == op]
    seen, lines = set(), []
    for a, b in rows:
        if (a, b) in seen or abs(a) >= LIMIT or abs(b) >= LIMIT:
            continue
        seen.add((a, b))
        lines.append(f"{a},{b},{fmt(f(a, b))}")
    assert len(lines) >= 20, op
    with open(os.path.join(out, op + ".csv"), "w") as fh:
        fh.write("# a,b,expected for `%s t,s` with t=a, s=b; inf = the operation fails. Written by tools/write_semantics.py.\n" % op)
        fh.write("\n".join(lines) + "\n")
print("wrote", len(OPS), "tables")

#!/usr/bin/env python3
"""Writes the hand-written fixture programs with LODA headers.

The code bodies below are Lodestone's own. Each header's name and first terms come
from the OEIS data in ../shared/data/oeis (CC BY-SA 4.0), never from running the
programs, so the fixture tests compare the interpreter with the OEIS.

Usage (from the repository root): python3 Tests/LODATests/Fixtures/tools/write_fixtures.py ../shared/data/oeis
"""
import gzip, os, sys

BODIES = {
"A000045": """
mov $1,1
lpb $0
  sub $0,1
  mov $2,$1
  add $1,$3
  mov $3,$2
lpe
mov $0,$3
""",
"A000032": """
; Lucas numbers from a table in memory, reached through pointers ($$)
mov $10,2
mov $11,1
mov $1,10 ; pointer to a(k)
mov $2,$0
lpb $2
  sub $2,1
  mov $3,$$1
  add $1,1
  add $3,$$1
  mov $4,$1
  add $4,1
  mov $$4,$3 ; a(k+2)
lpe
mov $0,$$1
""",
"A001477": """
; a loop whose counter is reached through a pointer: lpb $$1
mov $1,2
mov $2,$0
lpb $$1
  add $3,1
  sub $2,1
lpe
mov $0,$3
""",
"A000027": """
; the identity: no instructions at all, only the offset
""",
"A000079": """
mov $1,2
pow $1,$0
mov $0,$1
""",
"A001045": """
; (2^n - (-1)^n) / 3
mov $1,2
pow $1,$0
mov $2,-1
pow $2,$0
sub $1,$2
div $1,3
mov $0,$1
""",
"A000142": """
mov $1,1
fac $1,$0 ; rising factorial 1*2*...*n
mov $0,$1
""",
"A000217": """
; a region loop over ($1,$2): the pair decreases lexicographically each pass
mov $1,$0
mov $2,$0
lpb $1,2
  mov $4,$2
  min $4,1 ; 1 while the inner counter is positive
  add $3,$4
  sub $2,$4
  mov $5,1
  sub $5,$4 ; 1 when the inner counter is exhausted
  sub $1,$5
  mul $5,$1
  add $2,$5 ; restart the inner counter at the new outer value
lpe
mov $0,$3
""",
"A000290": """
; n^2 by a region loop whose length is a register ($9 = 2)
mov $9,2
mov $1,$0
mov $2,$0
lpb $1,$9
  mov $4,$2
  min $4,1
  add $3,$4
  sub $2,$4
  mov $6,1
  sub $6,$4
  sub $1,$6
  mov $7,$1
  min $7,1
  mul $7,$6
  mul $7,$0
  add $2,$7
lpe
mov $0,$3
""",
"A000292": """
add $0,2
bin $0,3
""",
"A000108": """
mov $1,$0
mul $1,2
bin $1,$0
add $0,1
div $1,$0
mov $0,$1
""",
"A000984": """
mov $1,$0
mul $1,2
bin $1,$0
mov $0,$1
""",
"A000010": """
; count k = 1..n with gcd(k,n) = 1
mov $1,$0
lpb $1
  mov $2,$1
  gcd $2,$0
  equ $2,1
  add $3,$2
  sub $1,1
lpe
mov $0,$3
""",
"A000005": """
; count k = 1..n dividing n (k divides n iff gcd(n,k) = k)
mov $1,$0
lpb $1
  mov $2,$0
  gcd $2,$1
  equ $2,$1
  add $3,$2
  sub $1,1
lpe
mov $0,$3
""",
"A000203": """
mov $1,$0
lpb $1
  mov $2,$0
  gcd $2,$1
  equ $2,$1
  mul $2,$1
  add $3,$2
  sub $1,1
lpe
mov $0,$3
""",
"A010051": """
seq $0,5 ; number of divisors
equ $0,2
""",
"A005171": """
seq $0,10051
neq $0,1
""",
"A000040": """
; test candidates until the n-th prime; the loop bound n^2+2 is set to 0 when done
mov $1,1
mov $4,$0
pow $4,2
add $4,2
lpb $4
  add $1,1
  mov $3,$1
  seq $3,10051
  sub $0,$3
  mov $5,$0
  min $5,1
  sub $4,1
  mul $4,$5
lpe
mov $0,$1
""",
"A007504": """
; sum of the first n primes (max keeps the seq argument valid in the final, rolled-back pass)
lpb $0
  mov $2,$0
  max $2,1
  seq $2,40
  add $1,$2
  sub $0,1
lpe
mov $0,$1
""",
"A000120": "dgs $0,2\n",
"A007953": "dgs $0,10\n",
"A010888": "dgr $0,10\n",
"A007814": "lex $0,2\n",
"A000265": "dir $0,2\n",
"A000523": "log $0,2\n",
"A000196": "nrt $0,2\n",
"A003188": """
mov $1,$0
div $1,2
bxo $0,$1
""",
"A000035": "ban $0,1\n",
"A109613": "bor $0,1\n",
"A003817": """
mov $1,$0
lpb $1
  bor $2,$1
  sub $1,1
lpe
mov $0,$2
""",
"A000007": """
mov $1,1
trn $1,$0
mov $0,$1
""",
"A057427": """
leq $0,0
mov $1,1
sub $1,$0
mov $0,$1
""",
"A000012": "geq $0,0\n",
"A010872": "mod $0,3\n",
"A004526": "div $0,2\n",
"A026741": "dif $0,2\n",
"A000073": """
; a window of three cells rotated left with rol
mov $3,1
lpb $0
  sub $0,1
  mov $4,$1
  add $4,$2
  add $4,$3
  rol $1,3
  mov $3,$4
lpe
mov $0,$1
""",
"A000931": """
; a window of three cells, newest first, rotated right with ror
mov $3,1
lpb $0
  sub $0,1
  mov $4,$2
  add $4,$3
  ror $1,3
  mov $1,$4
lpe
mov $0,$3
""",
"A000129": """
; Pell numbers: a(k+2) = 2 a(k+1) + a(k); fil copies $2 into $1
mov $2,1
lpb $0
  sub $0,1
  mov $3,$2
  mul $3,2
  add $3,$1
  fil $2,-2
  mov $2,$3
lpe
mov $0,$1
""",
"A002620": """
; floor(n^2/4); clr wipes two scratch cells before they are added
mov $5,7
mov $6,8
clr $5,2
pow $0,2
div $0,4
add $0,$5
add $0,$6
""",
"A005843": """
; 2n through a prg call: P000001 adds its two inputs
mov $1,$0
prg $0,4222124650659841
""",
"A023443": """
sub $0,1
""",
"A008619": """
; floor(n/2) + 1 with max and min (n >= 0)
div $0,2
add $0,1
max $0,1
min $0,1000000000
""",
"A000004": """
mul $0,0
""",
}

PRG = {
"P000001": """; P000001: sum of two inputs
#inputs 2
#outputs 1

add $0,$1
""",
}

def load(path, parse):
    out = {}
    with gzip.open(path, "rt") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            k, v = parse(line.rstrip("\n"))
            out[k] = v
    return out

def main():
    data = sys.argv[1]
    stripped = load(os.path.join(data, "stripped.gz"), lambda l: (l.split(" ", 1)[0], l.split(" ", 1)[1].strip(",").split(",")))
    names = load(os.path.join(data, "names.gz"), lambda l: (l.split(" ", 1)[0], l.split(" ", 1)[1]))
    offsets = load(os.path.join(data, "offsets.gz"), lambda l: (l.split(":")[0], int(l.split(":")[1])))
    root = os.path.join(os.path.dirname(__file__), "..", "programs")
    for aid, body in BODIES.items():
        terms = stripped[aid][:80]
        line = ""
        for t in terms:
            nxt = t if not line else line + "," + t
            if len(nxt) > 500:
                break
            line = nxt
        header = f"; {aid}: {names[aid]}\n; {line}\n\n"
        if offsets[aid] != 0:
            header += f"#offset {offsets[aid]}\n\n"
        text = header + body.strip("\n") + "\n"
        folder = os.path.join(root, "oeis", aid[1:4])
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, aid + ".asm"), "w") as f:
            f.write(text)
    for pid, text in PRG.items():
        folder = os.path.join(root, "prg", pid[1:4])
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, pid + ".asm"), "w") as f:
            f.write(text)

main()

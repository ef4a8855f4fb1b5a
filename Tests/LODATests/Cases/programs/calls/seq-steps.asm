; case: seq steps
; from: written here
; note: the fixture A000045 takes 5n+8 steps (58 for n = 10), plus the caller's three
; expect-steps: 61
mov $1,10
seq $1,45
mov $0,$1

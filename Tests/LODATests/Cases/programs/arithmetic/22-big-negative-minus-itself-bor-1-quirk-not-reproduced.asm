; case: big negative minus itself, bor 1 (quirk not reproduced)
; from: spec §12, edge case 22
; note: the reference's negative-zero quirk is deliberately not reproduced: a big negative minus itself is plain 0, and 0 bor 1 is 1
; expect: 1
mov $1,-100000000000000000000
sub $1,$1
bor $1,1
mov $0,$1

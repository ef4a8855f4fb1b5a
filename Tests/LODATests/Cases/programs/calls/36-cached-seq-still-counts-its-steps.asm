; case: cached seq still counts its steps
; from: spec §12, edge case 36
; expect-steps: 120
mov $1,10
seq $1,45
mov $1,10
seq $1,45

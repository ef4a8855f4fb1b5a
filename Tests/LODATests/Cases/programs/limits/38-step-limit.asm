; case: step limit
; from: spec §12, edge case 38
; expect:
; error: Exceeded maximum number of steps (100000000); last operation: sub $1,1
mov $1,100000000
lpb $1
sub $1,1
lpe

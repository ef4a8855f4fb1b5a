; case: loop steps
; from: spec §12, edge case 26
; terms: 4
; expect-steps: 3,5,7,9
lpb $0
sub $0,1
lpe

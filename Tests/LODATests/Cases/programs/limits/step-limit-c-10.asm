; case: step limit -c 10
; from: written here
; note: the reference's incremental evaluator leaves out "; last operation ..." here
; terms: 8
; max-steps: 10
; expect: 0,0,0,0
; error: Exceeded maximum number of steps (10); last operation: lpe
lpb $0
sub $0,1
lpe

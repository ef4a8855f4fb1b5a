; case: lpb without lpe
; from: written here
; expect:
; error: execution error
lpb $0
sub $0,1

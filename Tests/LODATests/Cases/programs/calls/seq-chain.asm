; case: seq chain
; from: written here
; expect: 0
mov $1,7
seq $1,5171
mov $0,$1

; case: seq ok
; from: written here
; expect: 55
mov $1,10
seq $1,45
mov $0,$1

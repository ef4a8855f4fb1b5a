; case: log big
; from: written here
; expect: 118
mov $0,10
pow $0,100
log $0,7

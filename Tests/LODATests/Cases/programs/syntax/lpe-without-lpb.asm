; case: lpe without lpb
; from: written here
; expect:
; error: {file}:6:1: lpe without a matching lpb
mov $0,1
lpe

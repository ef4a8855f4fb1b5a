; case: seq id too large
; from: written here
; expect:
; error: Invalid UID number: 1000000
seq $0,1000000

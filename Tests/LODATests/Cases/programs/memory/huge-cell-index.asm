; case: huge cell index
; from: written here
; expect:
; error: Integer overflow
mov $0,$99999999999999999999

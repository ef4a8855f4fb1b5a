; case: region bounds beyond 64 bits
; from: written here
; expect:
; error: Integer overflow
rol $9223372036854775807,2

; case: int64 min times 2
; from: written here
; expect: -18446744073709551616
mov $0,-4611686018427387904
add $0,-4611686018427387904
mul $0,2

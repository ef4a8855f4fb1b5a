; case: int64 min times -1
; from: written here
; expect: 9223372036854775808
mov $0,-4611686018427387904
add $0,-4611686018427387904
mul $0,-1

; case: ban big negative
; from: written here
; expect: -100000000000000000000
mov $0,-100000000000000000000
ban $0,-3

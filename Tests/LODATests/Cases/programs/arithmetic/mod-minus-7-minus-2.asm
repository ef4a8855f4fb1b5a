; case: mod -7,-2
; from: written here
; expect: -1
mov $0,-7
mod $0,-2

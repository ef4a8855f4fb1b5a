; case: mod 7,-2
; from: spec §12, edge case 3
; expect: 1
mov $0,7
mod $0,-2

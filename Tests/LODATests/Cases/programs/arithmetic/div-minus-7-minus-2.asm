; case: div -7,-2
; from: written here
; expect: 3
mov $0,-7
div $0,-2

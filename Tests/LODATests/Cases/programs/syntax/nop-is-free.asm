; case: nop is free
; from: written here
; expect-steps: 1
nop
mov $0,3

; case: fil longer than memory
; from: written here
; expect:
; error: Maximum memory exceeded: 2001
mov $1,1
fil $1,2001

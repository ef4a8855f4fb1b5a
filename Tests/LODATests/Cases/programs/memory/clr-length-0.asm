; case: clr length 0
; from: written here
; expect: 5
mov $0,5
clr $0,0

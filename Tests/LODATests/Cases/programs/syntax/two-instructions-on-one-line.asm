; case: two instructions on one line
; from: written here
; expect: 6
mov $0,5 add $0,1

; case: bin -1,-1
; from: written here
; expect: 1
mov $0,-1
bin $0,-1

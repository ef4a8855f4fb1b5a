; case: bin 10,7
; from: written here
; expect: 120
mov $0,10
bin $0,7

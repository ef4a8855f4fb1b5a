; case: offset 1
; from: written here
; terms: 3
; expect: 10,20,30
#offset 1
mul $0,10

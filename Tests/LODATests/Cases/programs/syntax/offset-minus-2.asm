; case: offset -2
; from: written here
; terms: 3
; expect: -20,-10,0
#offset -2
mul $0,10

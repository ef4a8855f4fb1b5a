; case: empty program
; from: written here
; terms: 3
; expect: 0,1,2
; nothing

; case: rol over 10^15 empty cells
; from: written here
; note: what the reference prints after its long walk
; terms: 2
; expect: 0,1
rol $1000000000000000,-999999999999999

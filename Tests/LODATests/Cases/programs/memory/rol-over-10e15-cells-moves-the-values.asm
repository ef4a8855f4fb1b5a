; case: rol over 10^15 cells moves the values
; from: written here
; note: the reference would walk 10^15 cells or allocate them: this is the specification's semantics computed here
; expect: 5
mov $1,5
rol $1000000000000000,-1000000000000000
mov $0,$1000000000000000

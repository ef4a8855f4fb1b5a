; case: ror over a million cells
; from: written here
; expect: 7
mov $5,7
ror $1000000,-999999
mov $0,$6

; case: fil writes past 2000
; from: written here
; expect: 1
mov $1990,1
fil $1990,20
mov $0,$2009

; case: fil of 0 over a billion cells
; from: written here
; expect: 4
mov $2,4
mov $20,9
fil $1000000000,-999999990
add $2,$20
mov $0,$2

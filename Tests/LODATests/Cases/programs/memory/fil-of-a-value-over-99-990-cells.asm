; case: fil of a value over 99,990 cells
; from: written here
; expect:
; error: Maximum memory exceeded: 100001; last operation: fil $100000,-99990
mov $1,1
rol $100000,-100000
fil $100000,-99990

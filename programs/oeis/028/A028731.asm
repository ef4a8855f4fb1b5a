; A028731: Nonsquares mod 18.
; Formula: a(n) = A268226(n)
; 2,3,5,6,8,11,12,14,15,17

#offset 1

seq $0,268226

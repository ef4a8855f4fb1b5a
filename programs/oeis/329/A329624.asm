; A329624: Number of iterations of A329623 for starting value n before a repeated value appears, or -1 if this never happens.
; Formula: a(n) = floor(n/10)+1
; 1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,8,8,8,8,8,8,8,8,8,8,9

#offset 1

div $0,10
add $0,1

; A071874: Decimal expansion of the seventh (of 10) decimal selvage number; the n-th digit of a decimal selvage number, x, is equal to the tenths digit of n*x.
; Formula: a(n) = floor((44*n+3823)/7)%10
; 6,2,8,5,1,7,3,0,6,2,9,5,1,7,4,0,6,3,9,5,1,8,4,0,7,3,9,5,2,8,4,1,7,3,9,6,2,8,5,1,7,3,0,6,2,9,5,1,7,4,0,6,3,9,5,1,8,4,0,7,3,9,5,2,8,4,1,7,3,9,6,2,8,5,1,7,3,0,6,2

mul $0,44
add $0,3823
div $0,7
mod $0,10

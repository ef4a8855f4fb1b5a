; A071875: Decimal expansion of the eighth (of 10) decimal selvage number; the n-th digit of a decimal selvage number, x, is equal to the tenths digit of n*x.
; Formula: a(n) = -A071791(n)+9
; 7,4,2,9,7,4,2,9,6,4,1,9,6,4,1,8,6,3,1,8,6,3,0,8,5,3,0,8,5,2,0,7,5,2,0,7,4,2,9,7,4,2,9,6,4,1,9,6,4,1,8,6,3,1,8,6,3,0,8,5,3,0,8,5,2,0,7,5,2,0,7,4,2,9,7,4,2,9,6,4

seq $0,71791
mul $0,-1
add $0,9

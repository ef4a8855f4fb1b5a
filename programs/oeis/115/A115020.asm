; A115020: Count backwards from 100 in steps of 7.
; Formula: a(n) = -7*n+100
; 100,93,86,79,72,65,58,51,44,37,30,23,16,9,2

mul $0,-7
add $0,100

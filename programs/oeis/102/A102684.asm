; A102684: Number of times the digit 9 appears in the decimal representations of all integers from 0 to n.
; Formula: a(n) = floor((n+1)/10)
; 0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,8

add $0,1
div $0,10

; A290256: a(n) is the number of parts equal to 1 in the integer partition having viabin number n.
; Formula: a(n) = A065120(2*n)-1
; 1,2,0,3,1,0,0,4,2,1,1,0,0,0,0,5,3,2,2,1,1,1,1,0,0,0,0,0,0,0,0,6,4,3,3,2,2,2,2,1,1,1,1,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,7,5,4,4,3,3,3,3,2,2,2,2,2,2,2

#offset 1

mul $0,2
seq $0,65120
sub $0,1

; A272532: Single bit representation of the sum of two sinusoids with periods 2 and 2*sqrt(2).
; Formula: a(n) = (sqrtint(A007590(n))+1)%2
; 1,0,1,1,0,1,1,0,1,0,0,1,0,0,1,0,1,1,0,1,1,0,1,1,0,1,0,0,1,0,0,1,0,1,1,0,1,1,0,1,1,0,1,0,0,1,0,0,1,0,1,1,0,1,1,0,1,0,0,1,0,0,1,0,0,1,0,1,1,0,1,1,0,1,0,0,1,0,0,1

#offset 1

seq $0,7590
nrt $0,2
add $0,1
mod $0,2

; A133483: A way of splitting the numbers from 1 to 16 into two groups so that the numbers in each group have the same sum, the same sum of squares and the same sum of cubes.
; Formula: a(n) = n-1+max(0,n-1)+sumdigits(max(0,n-1),2)%2+1
; 1,4,6,7,10,11,13,16

#offset 1

sub $0,1
max $1,$0
add $0,$1
dgs $1,2
mod $1,2
add $0,$1
add $0,1

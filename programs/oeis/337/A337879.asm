; A337879: a(n) is the length of the n-th line segment to draw the squares of the Fibonacci spiral without lifting the pencil, including superpositions.
; Formula: a(n) = truncate(A022350(max(n-2,0)%3+1+floor(max(n-2,0)/3))/16)
; 1,1,1,2,1,2,3,2,3,5,3,5,8,5,8,13,8,13,21,13,21,34,21,34,55,34,55,89,55,89,144,89,144,233,144,233,377,233,377,610,377,610,987,610,987,1597,987,1597,2584,1597,2584,4181,2584,4181,6765,4181,6765,10946

#offset 1

sub $0,2
max $0,0
mov $1,$0
div $1,3
mod $0,3
add $0,1
add $0,$1
seq $0,22350
div $0,16

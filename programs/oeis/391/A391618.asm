; A391618: Chebyshev distance from n to the origin in a square spiral of positive integers and 1 at the origin.
; Formula: a(n) = floor((sqrtint(n-1)+1)/2)
; 0,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4

#offset 1

sub $0,1
nrt $0,2
add $0,1
div $0,2

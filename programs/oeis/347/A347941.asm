; A347941: For sets of n random points in the real plane, a(n) is an upper bound for the minimal number of nearest neighbors.
; Formula: a(n) = truncate(2*truncate((n-4)/3)/3)+2
; 2,2,2,2,2,2,2,2,3,3,3,4,4,4,4,4,4,5,5,5,6,6,6,6,6,6,7,7,7,8,8,8,8,8,8,9,9,9,10,10,10,10,10,10,11,11,11,12,12,12,12,12,12,13,13,13,14,14,14,14,14,14,15,15,15,16,16,16,16,16,16,17,17,17,18,18,18,18,18,18

#offset 2

sub $0,4
div $0,3
mul $0,2
div $0,3
add $0,2

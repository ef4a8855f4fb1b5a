; A006624: a(n) is the least k such that every n X (n+3) {0,1}-matrix with k ones contains an all-ones 2 X 4 submatrix.
; 9,14,20,27,33,41,49,57

#offset 2

sub $0,2
sub $0,1
add $0,6
sub $0,1
add $0,1
pow $0,5
nrt $0,3
mul $0,8
div $0,8
sub $0,14
add $0,9

; A082204: Begin with a 1, then place the smallest (as far as possible distinct) digits, such that, beginning from the n-th term, n terms form a palindrome.
; 1,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2,2,3,2

sub $0,1
mod $0,3
add $0,2
add $0,1
mul $0,5
sub $0,16
div $0,-5
add $0,-1
sub $0,-1
mul $0,-3
add $0,1
sub $0,-2
div $0,3
add $0,1

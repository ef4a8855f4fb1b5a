; A102684: Number of times the digit 9 appears in the decimal representations of all integers from 0 to n.
; 0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,7,7,7,7,7,7,7,7,7,7,8

sub $0,1
sub $0,1
sub $0,1
add $0,124
sub $0,-164
div $0,2
add $0,5
add $0,30
sub $0,735
add $0,124
div $0,5
mul $0,4
sub $0,101
div $0,4
add $0,124
mul $0,5
add $0,1
sub $0,66
div $0,5

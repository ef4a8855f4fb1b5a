; A006619: Zarankiewicz's problem.
; 8,13,18,24,31,38,46,55

#offset 2

sub $0,2
add $0,4
sub $0,1
add $0,1
sub $0,1
add $0,3
fac $0,2
sub $0,1
div $0,3
add $0,1
sub $0,14
add $0,8

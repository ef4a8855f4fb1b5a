; A006619: Zarankiewicz's problem.
; 8,13,18,24,31,38,46,55

#offset 2

sub $0,2
sub $0,2
add $0,1
sub $0,1
add $0,1
add $0,2
mov $4,$0
sub $0,1
add $0,2
add $0,3
mov $5,$4
add $5,6
mul $5,$0
add $0,$5
sub $0,1
mul $0,2
add $0,4
sub $0,6
div $0,6
add $0,1
sub $0,13
add $0,8

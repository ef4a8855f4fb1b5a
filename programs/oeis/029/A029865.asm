; A029865: Smallest covering radius of [ n,6 ] binary code.
; 0,1,1,1,2,2,3,3,3,4,4

#offset 6

sub $0,6
add $0,1
add $0,1
add $0,$0
sub $0,1
div $0,5

; A082543: Take a string of n x's and insert n-1 ^'s and n-1 pairs of parentheses in all possible ways. Sequence gives number of distinct integer values when x=sqrt(2).
; 0,0,1,1,2,2,3,4,5,7

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
mul $0,$0
sub $0,14
sub $0,-15
div $0,3
sub $0,3
add $0,1
sub $0,-9
div $0,5
mul $0,2
sub $0,-2
sub $0,2
div $0,2
add $0,2
sub $0,3

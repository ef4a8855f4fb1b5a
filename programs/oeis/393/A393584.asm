; A393584: a(n) is the minimum, over all partitions {X, Y} of {1..2n} with |X| = |Y|, of the maximum number of pairs (x, y) with the same difference x - y for x in X and y in Y.
; 1,1,2,2,3,3,3,4,4,5,5,5,6,6,6,7,7,8,8,8,9

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $3,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,$0
add $3,$0
add $0,8
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
add $3,3
add $3,$0
mov $0,$3
mul $0,6
add $0,$0
div $0,7
add $0,3
div $0,3
mul $0,2
add $0,16
div $0,12
sub $0,3
add $0,5
sub $0,3
add $0,1

; A364153: a(n) is the smallest positive integer such that from the set {1, 2, ..., a(n)} one can choose a sequence (s(1), s(2), ..., s(n)) in which every segment has a unique sum.
; 1,2,3,5,6,7,9,10,12,13,14,17,18

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,1
sub $0,-1
add $3,3
add $3,$0
mov $0,$3
add $0,$0
mul $0,7
sub $0,5
div $0,7
div $0,5
mul $0,10
add $0,25
div $0,8
add $3,$0
mov $0,$3
sub $0,5
sub $0,-2
sub $0,-1
sub $0,2
add $0,2

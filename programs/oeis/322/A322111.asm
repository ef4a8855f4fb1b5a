; A322111: Number of non-isomorphic self-dual connected multiset partitions of weight n with multiset density -1.
; 1,1,1,2,2,5,5,13,13,37,37

sub $0,1
div $0,2
sub $0,1
add $0,1
add $0,1
sub $0,1
add $2,1
mov $1,$0
sub $2,5
lpb $1
  sub $1,1
  mul $2,3
lpe
mov $0,$2
div $0,2
sub $0,3
mul $0,7
div $0,3
mul $0,8
div $0,-7
mul $0,2
div $0,6
add $0,4
sub $0,4
add $0,1
sub $0,3
div $0,2
div $0,2
add $0,1

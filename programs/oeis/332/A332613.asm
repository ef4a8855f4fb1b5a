; A332613: Covering radius of the dihedral group code D_n.
; 0,1,2,3,4,5,5,6,7,8,9,10,11,12,12,13,14,15

#offset 3

sub $0,3
add $0,1
sub $0,1
sub $0,1
add $0,3
gcd $3,$0
mul $3,3
sub $3,4
add $1,$3
mov $0,$1
mul $0,5
div $0,17
mul $0,6
div $0,6

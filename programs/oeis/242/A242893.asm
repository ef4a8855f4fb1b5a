; A242893: Beginning with a centrally symmetric 'Sun' configuration of 9 rhombi with rotational symmetry, number of tiles that can be added to the free edges of the tiling.
; 9,9,9,9,18,27,27,36

#offset 1

sub $0,1
sub $0,1
max $0,0
sub $0,1
add $0,$0
div $0,3
add $0,1
lpb $2
  sub $2,1
lpe
equ $2,0
add $0,$2
sub $0,2
mul $0,9
add $0,9

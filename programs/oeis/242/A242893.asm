; A242893: Beginning with a centrally symmetric 'Sun' configuration of 9 rhombi with rotational symmetry, number of tiles that can be added to the free edges of the tiling.
; 9,9,9,9,18,27,27,36

#offset 1

sub $0,1
bin $0,2
div $0,2
add $0,4
div $0,3
add $0,1
sub $0,1
mul $0,4
div $0,4
sub $0,1
mul $0,9
add $0,9

; A228318: The Wiener index of the graph obtained by applying Mycielski's construction to the star graph K(1,n).
; 15,33,59,93,135,185,243,309,383,465,555,653,759,873,995,1125,1263,1409,1563,1725,1895,2073,2259,2453,2655,2865,3083,3309,3543,3785,4035,4293,4559,4833,5115,5405,5703,6009

#offset 1

sub $0,1
add $0,2
mul $0,2
lpb $0
  sub $0,1
  sub $3,$0
lpe
mov $0,$3
mul $0,-2
sub $0,6
mul $0,4
add $0,21
sub $0,45
div $0,4
add $0,15

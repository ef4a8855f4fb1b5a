; A395495: Minimum number of cells in a connected polyomino on the square grid that contains every fixed n-omino as a translated subregion.
; 1,3,5,9,13,18,24,31,39

#offset 1

sub $0,1
sub $0,1
add $0,3
mov $3,$0
sub $0,1
mov $2,$3
lpb $3
  sub $3,1
  add $2,-3
lpe
mul $0,$2
div $0,-1
sub $0,2
mul $0,3
sub $0,16
sub $0,48
div $0,7
sub $0,-13
div $0,2
mul $0,9
add $0,24
sub $0,42
div $0,9
add $0,1

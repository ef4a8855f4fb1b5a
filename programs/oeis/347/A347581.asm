; A347581: The Barnyard sequence: a(n) is the minimum number of unit length line segments required to enclose areas of 1 through n on a square grid.
; 4,9,14,20,26,33,40,47,55,63

#offset 1

sub $0,1
add $0,9
sub $0,1
sub $0,1
add $0,5
pow $0,2
add $0,$0
add $0,50
add $0,24
sub $0,106
mul $0,2
add $0,36
div $0,4
lpb $0
  mul $0,5
lpe
div $0,-5
add $0,13
sub $0,-14
div $0,-1
add $0,4

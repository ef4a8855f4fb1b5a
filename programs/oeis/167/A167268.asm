; A167268: Janet's sequence: Number of elements for each successively filled electronic subshell of an atom.
; 2,2,6,2,6,2,10,6,2,10,6,2,14,10,6,2,14,10,6,2,18,14,10,6,2,18,14,10,6,2,22,18,14,10,6,2,22,18,14,10,6,2,26,22,18,14,10,6,2,26,22,18,14,10,6,2,30,26,22,18,14,10,6,2,30,26,22,18,14,10,6,2,34,30,26,22,18,14,10,6

#offset 1

sub $0,1
mul $0,8
lpb $0
  sub $0,2
  sub $2,4
  add $0,$2
lpe
add $0,$2
div $0,-4
add $0,1
sub $0,1
mul $0,2
add $0,2

; A306390: Size of one subtree in the unlabeled binary rooted tree shape of size n whose leaf-labeled trees have the largest number of coalescence sequences.
; 1,2,2,2,4,4,4,4,4,4,8,8,8,8,8,8,8,8,8,8,8,8,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32

#offset 3

sub $0,3
add $0,1
sub $0,1
sub $0,1
add $0,2
add $0,$0
sub $1,3
add $2,$1
lpb $0
  sub $0,1
  add $2,$1
  div $0,2
  mov $1,$2
  sub $0,1
lpe
mov $0,$1
sub $0,-3
div $0,-3
add $0,1

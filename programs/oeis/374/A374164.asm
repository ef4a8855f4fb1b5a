; A374164: Number of unlabeled n-vertex tournaments with the maximum number (A000198(n)) of automorphisms.
; 1,1,1,2,1,1,1,2,1,2,4

#offset 1

sub $0,1
sub $0,1
sub $1,4
add $2,$1
lpb $0
  sub $0,1
  lpb $0
    sub $0,1
    sub $2,$1
    add $1,$2
    sub $1,4
  lpe
  mov $0,$2
lpe
mov $0,$2
sub $0,-4
div $0,4
add $0,1

; A232832: Shortest composition length for a finite solvable group of derived length n.
; 1,2,4,5,7,8,13,15

#offset 1

sub $0,1
sub $0,1
add $0,1
add $1,$0
div $1,2
sub $1,1
sub $0,1
add $2,2
add $0,$1
div $1,2
add $2,$1
mul $0,$2
div $0,2
add $1,$0
lpb $0
  mov $0,$1
lpe
sub $0,-1
sub $0,-1
add $0,1

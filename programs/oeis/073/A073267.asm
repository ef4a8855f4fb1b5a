; A073267: Number of compositions (ordered partitions) of n into exactly two powers of 2.
; 0,0,1,2,1,2,2,0,1,2,2,0,2,0,0,0,1,2,2,0,2,0,0,0,2,0,0,0,0,0,0,0,1,2,2,0,2,0,0,0,2,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,2,2,0,2,0,0,0,2,0,0,0,0,0,0,0

sub $0,1
add $0,1
sub $0,1
add $0,1
add $1,$0
dgs $0,2
sub $1,1
lpb $0
  sub $0,1
  lpb $0
    mov $0,1
    sub $1,$1
  lpe
  mov $0,$1
lpe

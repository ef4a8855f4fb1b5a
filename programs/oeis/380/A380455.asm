; A380455: Maximum number of prime polyomino factors of an n-polyomino.
; 1,1,1,1,3,1,4,1,5,1,5,1

#offset 2

sub $0,2
mov $3,$0
sub $0,1
sub $0,1
lpb $3
  sub $3,1
  sub $3,1
  sub $3,1
  add $0,1
  sub $0,-1
  sub $0,1
  add $0,1
  lpb $0
    add $2,3
    dif $0,2
  lpe
  mov $0,$2
  div $0,3
  add $0,1
lpe
mov $0,$2
div $0,3
add $0,1
